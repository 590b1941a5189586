import { useState, type FormEvent } from 'react';
import { TEXT_LIMITS } from '../../../shared/session/limits.js';
import { FormSubmit } from '../../components/form/FormSubmit.js';
import { TextField } from '../../components/form/TextField.js';
import { useT, type MessageKey } from '../../i18n/index.js';
import { navigate } from '../../router.js';
import { focusConsoleTitle } from '../facilitator/ConsoleA11y.js';
import { createSession } from '../../session/room-actions.js';
import { DEFAULT_SETTINGS, toCreateInput, type SettingsDraft } from './settings-draft.js';
import { SettingsFields } from './SettingsFields.js';

/** Title, member organizations, and settings with sensible defaults folded away. */
export function StartSessionForm() {
  const t = useT();
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
      <TextField
        label={t('landing.start.titleLabel')}
        hint={t('landing.start.titleHint')}
        value={title}
        onChange={setTitle}
        maxLength={TEXT_LIMITS.title}
        required
        invalid={error === 'landing.start.titleMissing'}
      />
      <TextField
        label={t('landing.start.orgsLabel')}
        hint={t('landing.start.orgsHint')}
        rows={3}
        value={organizations}
        onChange={setOrganizations}
      />
      <details className="disclosure">
        <summary>{t('landing.start.settings')}</summary>
        <p className="field__hint">{t('landing.start.settingsSummary')}</p>
        <SettingsFields value={settings} onChange={setSettings} />
      </details>
      <FormSubmit error={error && t(error)} busy={busy}>
        {busy ? t('landing.start.creating') : t('landing.start.submit')}
      </FormSubmit>
    </form>
  );
}
