import { SETTING_LIMITS } from '../../../shared/session/limits.js';
import { ChoiceGroup } from '../../components/form/ChoiceGroup.js';
import { useT } from '../../i18n/index.js';
import { SettingNumber } from './NumberField.js';
import type { SettingsDraft } from './settings-draft.js';

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
  const { commonGroundK } = value;
  return (
    <fieldset className="field settings__group">
      <legend>{t('settings.allianceHeading')}</legend>
      <ChoiceGroup
        legend={t('settings.weighting')}
        choices={[
          { value: 'per-person', label: t('results.perPerson') },
          { value: 'per-organization', label: t('results.perOrganization') },
        ]}
        value={value.weighting}
        onChange={(weighting) => set('weighting', weighting)}
        hint={t('settings.weightingHint')}
      />
      <label className="choice">
        <input type="checkbox" checked={value.twoRounds} onChange={(event) => set('twoRounds', event.target.checked)} />
        <span>
          {t('settings.twoRounds')}
          <span className="choice__hint">{t('settings.twoRoundsHint')}</span>
        </span>
      </label>
      <ChoiceGroup
        legend={t('settings.decisionRule')}
        value={value.decisionRule}
        onChange={(rule) => set('decisionRule', rule)}
        choices={[
          {
            value: 'top-k',
            label: t('settings.ruleTopK'),
            hint: t('settings.ruleTopKHint'),
            detail: (
              <SettingNumber name="decisionTopK" label="settings.ruleTopKCount" draft={value} onChange={onChange} />
            ),
          },
          {
            value: 'min-share',
            label: t('settings.ruleMinShare'),
            hint: t('settings.ruleMinShareHint'),
            detail: (
              <SettingNumber
                name="decisionPercent"
                label="settings.ruleMinSharePercent"
                draft={value}
                onChange={onChange}
              />
            ),
          },
        ]}
      />
      <SettingNumber
        name="commonGroundK"
        label="settings.commonGroundK"
        hint="settings.commonGroundKHint"
        hintParams={{ k: Number.isFinite(commonGroundK) ? commonGroundK : SETTING_LIMITS.commonGroundK.default }}
        draft={value}
        onChange={onChange}
      />
    </fieldset>
  );
}
