import { useState, type FormEvent } from 'react';
import { TEXT_LIMITS } from '../../../shared/session/limits.js';
import { formatRoomCode } from '../../../shared/session/room-code.js';
import { announce } from '../../components/announcer.js';
import { FormSubmit } from '../../components/form/FormSubmit.js';
import { TextField } from '../../components/form/TextField.js';
import { useDocumentTitle } from '../../components/hooks.js';
import { useT, type MessageKey } from '../../i18n/index.js';
import { navigate } from '../../router.js';
import { joinRoom } from '../../session/room-actions.js';
import { useAppStore } from '../../store/app-store.js';
import { OrganizationField, OTHER } from './OrganizationField.js';

/** Name, optional organization, then straight into the session. */
export function JoinForm({ code }: { code: string }) {
  const t = useT();
  const view = useAppStore((state) => state.publicView?.view ?? null);
  const attachError = useAppStore((state) => state.attachError);
  const [name, setName] = useState('');
  const [choice, setChoice] = useState('');
  const [other, setOther] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t('join.documentTitle', { code: formatRoomCode(code) }));

  if (attachError === 'NOT_FOUND') {
    return (
      <main className="page page--narrow">
        <h1>{t('join.notFound', { code: formatRoomCode(code) })}</h1>
        <p>{t('join.notFoundHelp')}</p>
        <button type="button" className="button" onClick={() => navigate('/')}>
          {t('notFound.home')}
        </button>
      </main>
    );
  }

  const closed = view !== null && (view.locked || view.phase === 'results');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (name.trim() === '') return setError('join.nameMissing');
    const organization = (choice === OTHER || !view?.organizations.length ? other : choice).trim() || null;
    setBusy(true);
    setError(null);
    const result = await joinRoom(code, name.trim(), organization);
    setBusy(false);
    if (result?.ok) announce(t('a11y.joined', { name: name.trim() }));
    else if (result === null) setError('join.network');
    else if (!result.ok) setError(result.error.code === 'JOIN_REFUSED' ? 'join.refused' : 'join.invalid');
  }

  return (
    <main className="page page--narrow join">
      <p className="join__code">{t('join.room', { code: formatRoomCode(code) })}</p>
      <h1>{view ? view.title : t('join.heading')}</h1>
      {attachError === 'UNAUTHORIZED' && (
        <p className="callout callout--warning" role="alert">
          {t('join.tokenRefused')}
        </p>
      )}
      {closed ? (
        <p className="callout callout--warning">{t('join.closed')}</p>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate className="form">
          <TextField
            label={t('join.nameLabel')}
            hint={view?.settings.sharingMode === 'named-turns' ? t('join.nameHintNamed') : t('join.nameHint')}
            value={name}
            onChange={setName}
            maxLength={TEXT_LIMITS.participantName}
            autoComplete="name"
            required
            invalid={error === 'join.nameMissing'}
          />
          <OrganizationField
            organizations={view?.organizations ?? []}
            choice={choice}
            other={other}
            onChoice={setChoice}
            onOther={setOther}
          />
          <FormSubmit error={error && t(error)} busy={busy}>
            {busy ? t('join.joining') : t('join.submit')}
          </FormSubmit>
        </form>
      )}
    </main>
  );
}
