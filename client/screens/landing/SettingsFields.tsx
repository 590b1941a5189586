import { useT, type MessageKey } from '../../i18n/index.js';
import { AllianceSettingsFields } from './AllianceSettingsFields.js';
import { NumberField } from './NumberField.js';

/** The settings a facilitator can change before starting; blank durations mean no timer. */
export interface SettingsDraft {
  ideasPerParticipant: number;
  ballotSize: number;
  sharingMode: 'anonymous' | 'named-turns';
  minBallots: number;
  ideaLength: number;
  ideationMinutes: string;
  rankingMinutes: string;
  twoRounds: boolean;
  weighting: 'per-person' | 'per-organization';
  decisionRule: 'top-k' | 'min-share';
  decisionTopK: number;
  decisionPercent: number;
  commonGroundK: number;
}

export const DEFAULT_SETTINGS: SettingsDraft = {
  ideasPerParticipant: 10,
  ballotSize: 5,
  sharingMode: 'anonymous',
  minBallots: 3,
  ideaLength: 280,
  ideationMinutes: '',
  rankingMinutes: '',
  twoRounds: false,
  weighting: 'per-person',
  decisionRule: 'top-k',
  decisionTopK: 5,
  decisionPercent: 60,
  commonGroundK: 5,
};

/** A phase duration in minutes; left empty, the phase has no timer. */
function MinutesField({ label, value, onChange }: { label: MessageKey; value: string; onChange: (v: string) => void }) {
  return (
    <NumberField
      label={label}
      hint="settings.minutesHint"
      value={value === '' ? Number.NaN : Number(value)}
      min={1}
      max={480}
      onChange={(minutes) => onChange(Number.isFinite(minutes) ? String(minutes) : '')}
    />
  );
}

export function SettingsFields({ value, onChange }: { value: SettingsDraft; onChange: (next: SettingsDraft) => void }) {
  const t = useT();
  const set = <K extends keyof SettingsDraft>(key: K, next: SettingsDraft[K]) => onChange({ ...value, [key]: next });
  return (
    <div className="settings">
      <NumberField
        label="settings.ballotSize"
        hint="settings.ballotSizeHint"
        value={value.ballotSize}
        min={1}
        max={20}
        onChange={(n) => set('ballotSize', n)}
      />
      <NumberField
        label="settings.ideasPerParticipant"
        hint="settings.rangeHint"
        value={value.ideasPerParticipant}
        min={1}
        max={50}
        onChange={(n) => set('ideasPerParticipant', n)}
      />
      <fieldset className="field">
        <legend>{t('settings.sharingMode')}</legend>
        {(['anonymous', 'named-turns'] as const).map((mode) => (
          <label key={mode} className="choice">
            <input
              type="radio"
              name="sharingMode"
              value={mode}
              checked={value.sharingMode === mode}
              onChange={() => set('sharingMode', mode)}
            />
            <span>
              {t(mode === 'anonymous' ? 'settings.anonymous' : 'settings.namedTurns')}
              <span className="choice__hint">
                {t(mode === 'anonymous' ? 'settings.anonymousHint' : 'settings.namedTurnsHint')}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
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
      <NumberField
        label="settings.minBallots"
        hint="settings.minBallotsHint"
        value={value.minBallots}
        min={3}
        max={10000}
        onChange={(n) => set('minBallots', n)}
      />
      <NumberField
        label="settings.ideaLength"
        hint="settings.rangeHint"
        value={value.ideaLength}
        min={20}
        max={1000}
        onChange={(n) => set('ideaLength', n)}
      />
      <AllianceSettingsFields value={value} onChange={onChange} />
    </div>
  );
}
