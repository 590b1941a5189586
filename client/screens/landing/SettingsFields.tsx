import { ChoiceGroup } from '../../components/form/ChoiceGroup.js';
import { useT, type MessageKey } from '../../i18n/index.js';
import { AllianceSettingsFields } from './AllianceSettingsFields.js';
import { TablesSettingsFields } from '../tables/TablesSettingsFields.js';
import { RatificationFields } from './RatificationFields.js';
import { NumberField, SettingNumber } from './NumberField.js';
import { TIMER_MINUTES, type SettingsDraft } from './settings-draft.js';

/** A phase duration in minutes; left empty, the phase has no timer. */
function MinutesField({ label, value, onChange }: { label: MessageKey; value: string; onChange: (v: string) => void }) {
  return (
    <NumberField
      label={label}
      hint="settings.minutesHint"
      value={value === '' ? Number.NaN : Number(value)}
      range={TIMER_MINUTES}
      onChange={(minutes) => onChange(Number.isFinite(minutes) ? String(minutes) : '')}
    />
  );
}

export function SettingsFields({ value, onChange }: { value: SettingsDraft; onChange: (next: SettingsDraft) => void }) {
  const t = useT();
  const set = <K extends keyof SettingsDraft>(key: K, next: SettingsDraft[K]) => onChange({ ...value, [key]: next });
  return (
    <div className="settings">
      <SettingNumber
        name="ballotSize"
        label="settings.ballotSize"
        hint="settings.ballotSizeHint"
        draft={value}
        onChange={onChange}
      />
      <SettingNumber
        name="ideasPerParticipant"
        label="settings.ideasPerParticipant"
        draft={value}
        onChange={onChange}
      />
      <ChoiceGroup
        legend={t('settings.sharingMode')}
        choices={[
          { value: 'anonymous', label: t('settings.anonymous'), hint: t('settings.anonymousHint') },
          { value: 'named-turns', label: t('settings.namedTurns'), hint: t('settings.namedTurnsHint') },
        ]}
        value={value.sharingMode}
        onChange={(mode) => set('sharingMode', mode)}
      />
      <MinutesField
        label="settings.ideationMinutes"
        value={value.ideationMinutes}
        onChange={(v) => set('ideationMinutes', v)}
      />
      <MinutesField
        label="settings.rankingMinutes"
        value={value.rankingMinutes}
        onChange={(v) => set('rankingMinutes', v)}
      />
      <SettingNumber
        name="minBallots"
        label="settings.minBallots"
        hint="settings.minBallotsHint"
        draft={value}
        onChange={onChange}
      />
      <SettingNumber name="ideaLength" label="settings.ideaLength" draft={value} onChange={onChange} />
      <AllianceSettingsFields value={value} onChange={onChange} />
      <TablesSettingsFields value={value.tables} onChange={(tables) => set('tables', tables)} />
      <RatificationFields value={value} onChange={onChange} />
    </div>
  );
}
