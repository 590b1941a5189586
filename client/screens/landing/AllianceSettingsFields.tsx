import { useT } from '../../i18n/index.js';
import { NumberField } from './NumberField.js';
import type { SettingsDraft } from './SettingsFields.js';

interface Props {
  value: SettingsDraft;
  onChange: (next: SettingsDraft) => void;
}

/**
 * What an alliance agrees before anyone votes: how ballots count, whether to vote twice, the rule
 * that proposes the adopted goals, and what counts as common ground. Agreed up front so that
 * nobody can bend the rule to a result they already see.
 */
export function AllianceSettingsFields({ value, onChange }: Props) {
  const t = useT();
  const set = <K extends keyof SettingsDraft>(key: K, next: SettingsDraft[K]) => onChange({ ...value, [key]: next });
  return (
    <fieldset className="field settings__group">
      <legend>{t('settings.allianceHeading')}</legend>
      <fieldset className="field">
        <legend>{t('settings.weighting')}</legend>
        {(['per-person', 'per-organization'] as const).map((weighting) => (
          <label key={weighting} className="choice">
            <input
              type="radio"
              name="weighting"
              checked={value.weighting === weighting}
              onChange={() => set('weighting', weighting)}
            />
            <span>{t(weighting === 'per-person' ? 'results.perPerson' : 'results.perOrganization')}</span>
          </label>
        ))}
        <p className="field__hint">{t('settings.weightingHint')}</p>
      </fieldset>
      <label className="choice">
        <input type="checkbox" checked={value.twoRounds} onChange={(event) => set('twoRounds', event.target.checked)} />
        <span>
          {t('settings.twoRounds')}
          <span className="choice__hint">{t('settings.twoRoundsHint')}</span>
        </span>
      </label>
      <fieldset className="field">
        <legend>{t('settings.decisionRule')}</legend>
        <label className="choice">
          <input
            type="radio"
            name="decisionRule"
            checked={value.decisionRule === 'top-k'}
            onChange={() => set('decisionRule', 'top-k')}
          />
          <span>
            {t('settings.ruleTopK')}
            <span className="choice__hint">{t('settings.ruleTopKHint')}</span>
          </span>
        </label>
        {value.decisionRule === 'top-k' && (
          <div className="field--nested">
            <NumberField
              label="settings.ruleTopKCount"
              hint="settings.rangeHint"
              value={value.decisionTopK}
              min={1}
              max={50}
              onChange={(n) => set('decisionTopK', n)}
            />
          </div>
        )}
        <label className="choice">
          <input
            type="radio"
            name="decisionRule"
            checked={value.decisionRule === 'min-share'}
            onChange={() => set('decisionRule', 'min-share')}
          />
          <span>
            {t('settings.ruleMinShare')}
            <span className="choice__hint">{t('settings.ruleMinShareHint')}</span>
          </span>
        </label>
        {value.decisionRule === 'min-share' && (
          <div className="field--nested">
            <NumberField
              label="settings.ruleMinSharePercent"
              hint="settings.rangeHint"
              value={value.decisionPercent}
              min={1}
              max={100}
              onChange={(n) => set('decisionPercent', n)}
            />
          </div>
        )}
      </fieldset>
      <NumberField
        label="settings.commonGroundK"
        hint="settings.commonGroundKHint"
        hintParams={{ k: Number.isFinite(value.commonGroundK) ? value.commonGroundK : 5 }}
        value={value.commonGroundK}
        min={1}
        max={20}
        onChange={(n) => set('commonGroundK', n)}
      />
    </fieldset>
  );
}
