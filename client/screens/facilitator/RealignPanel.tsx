import { useState, type FormEvent } from 'react';
import { TEXT_LIMITS } from '../../../shared/session/limits.js';
import type { FacilitatorView } from '../../../shared/session/views.js';
import { BusyButton, useBusyAction } from '../../components/BusyButton.js';
import { TextField } from '../../components/form/TextField.js';
import { useT } from '../../i18n/index.js';
import { navigate } from '../../router.js';
import { focusConsoleTitle } from './ConsoleA11y.js';
import { pushNotice } from '../../session/notices.js';
import { createSession } from '../../session/room-actions.js';
import { useAppStore } from '../../store/app-store.js';
import { Card } from '../../components/Card.js';

/**
 * The next review, 6 to 12 months on: a new session seeded with these goals, with the same
 * settings and organizations, so that the comparison of ranks means something.
 */
export function RealignPanel({ view }: { view: FacilitatorView }) {
  const t = useT();
  const token = useAppStore((state) => (state.attachment?.role === 'facilitator' ? state.attachment.token : null));
  const [title, setTitle] = useState(view.title);
  const { busy, run } = useBusyAction();
  const hasGoals = (view.goals?.length ?? 0) > 0;

  async function start(event: FormEvent) {
    event.preventDefault();
    if (!token || !hasGoals || title.trim() === '') return;
    await run(async () => {
      const result = await createSession({
        title: title.trim(),
        settings: view.settings,
        organizations: view.organizations,
        realignFrom: { code: view.code, token },
      });
      if (!result?.ok) return pushNotice({ tone: 'error', key: 'host.realign.failed' });
      navigate(`/host/${result.value.displayCode}`);
      focusConsoleTitle();
    });
  }

  return (
    <Card heading={t('host.realign.heading')} hint={t('host.realign.hint')}>
      {hasGoals ? (
        <form onSubmit={(event) => void start(event)} className="form">
          <TextField
            label={t('host.realign.title')}
            value={title}
            maxLength={TEXT_LIMITS.title}
            required
            onChange={setTitle}
          />
          <BusyButton type="submit" className="button" inactive={busy || title.trim() === ''}>
            {busy ? t('host.realign.starting') : t('host.realign.start')}
          </BusyButton>
        </form>
      ) : (
        <p>{t('host.realign.needGoals')}</p>
      )}
    </Card>
  );
}
