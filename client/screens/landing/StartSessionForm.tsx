import { useId, useState, type FormEvent } from 'react';
import type { CreateSessionInput } from '../../../shared/protocol/schemas.js';
import { sessionSettingsSchema } from '../../../shared/session/settings.js';
import { BusyButton } from '../../components/BusyButton.js';
import { useT, type MessageKey } from '../../i18n/index.js';
import { navigate } from '../../router.js';
import { focusConsoleTitle } from '../facilitator/ConsoleA11y.js';
import { createSession } from '../../session/room-actions.js';
import { DEFAULT_SETTINGS, SettingsFields, type SettingsDraft } from './SettingsFields.js';

function minutes(value: string): number | undefined {
  const n = Number(value);
  return value.trim() === '' || !Number.isFinite(n) || n <= 0 ? undefined : Math.round(n * 60);
}

/** The request body, or null if a setting is out of range (the schema is the one the server uses). */
export function toCreateInput(title: string, organizations: string, draft: SettingsDraft): CreateSessionInput | null {
  const durations = {
    ...(minutes(draft.ideationMinutes) ? { ideation: minutes(draft.ideationMinutes) } : {}),
    ...(minutes(draft.rankingMinutes) ? { ranking: minutes(draft.rankingMinutes) } : {}),
  };
  const settings = sessionSettingsSchema.safeParse({
    ideasPerParticipant: draft.ideasPerParticipant,
    ballotSize: draft.ballotSize,
    sharingMode: draft.sharingMode,
    minBallots: draft.minBallots,
    ideaLength: draft.ideaLength,
    weighting: draft.weighting,
    twoRounds: draft.twoRounds,
    decisionRule:
      draft.decisionRule === 'top-k'
        ? { kind: 'top-k', k: draft.decisionTopK }
        : { kind: 'min-share', percent: draft.decisionPercent },
    commonGroundK: draft.commonGroundK,
    durations,
  });
  if (!settings.success) return null;
  const orgs = [
    ...new Set(
      organizations
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
  return { title: title.trim(), settings: settings.data, organizations: orgs };
}

/** Title, member organizations, and settings with sensible defaults folded away. */
export function StartSessionForm() {
  const t = useT();
  const id = useId();
  const [title, setTitle] = useState('');
  const [organizations, setOrganizations] = useState('');
  const [settings, setSettings] = useState<SettingsDraft>(DEFAULT_SETTINGS);
  const [error, setError] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (title.trim() === '') return setError('landing.start.titleMissing');
    const input = toCreateInput(title, organizations, settings);
    if (!input) return setError('landing.start.settingsInvalid');
    setBusy(true);
    setError(null);
    const result = await createSession(input);
    setBusy(false);
    if (!result) return setError('landing.start.network');
    if (!result.ok) return setError('landing.start.refused');
    navigate(`/host/${result.value.displayCode}`);
    focusConsoleTitle();
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="form">
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('landing.start.titleLabel')}</label>
        <input
          id={`${id}-title`}
          className="input"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          maxLength={200}
          required
          aria-invalid={error === 'landing.start.titleMissing'}
          aria-describedby={`${id}-title-hint`}
        />
        <p id={`${id}-title-hint`} className="field__hint">
          {t('landing.start.titleHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-orgs`}>{t('landing.start.orgsLabel')}</label>
        <textarea
          id={`${id}-orgs`}
          className="input"
          rows={3}
          value={organizations}
          onChange={(event) => setOrganizations(event.target.value)}
          aria-describedby={`${id}-orgs-hint`}
        />
        <p id={`${id}-orgs-hint`} className="field__hint">
          {t('landing.start.orgsHint')}
        </p>
      </div>
      <details className="disclosure">
        <summary>{t('landing.start.settings')}</summary>
        <p className="field__hint">{t('landing.start.settingsSummary')}</p>
        <SettingsFields value={settings} onChange={setSettings} />
      </details>
      {error && (
        <p className="field__error" role="alert">
          {t(error)}
        </p>
      )}
      <BusyButton type="submit" className="button button--primary button--wide" inactive={busy}>
        {busy ? t('landing.start.creating') : t('landing.start.submit')}
      </BusyButton>
    </form>
  );
}
