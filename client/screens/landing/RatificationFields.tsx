import { useState } from 'react';
import { MAJORITY_PERCENT, type RatificationRule } from '../../../shared/session/ratification/rule.js';
import { ChoiceGroup } from '../../components/form/ChoiceGroup.js';
import { TextField } from '../../components/form/TextField.js';
import { useT } from '../../i18n/index.js';
import type { SettingsDraft } from './settings-draft.js';

interface Props {
  value: SettingsDraft;
  onChange: (next: SettingsDraft) => void;
}

type Kind = RatificationRule['kind'];

function ruleOf(kind: Kind, percent: number, vetoes: string): RatificationRule {
  const organizations = vetoes
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  switch (kind) {
    case 'majority':
      return { kind, percent };
    case 'veto':
      return { kind, percent, organizations };
    default:
      return { kind };
  }
}

/** How proposed goals will be ratified, agreed at creation and shown to everyone from the lobby on. */
export function RatificationFields({ value, onChange }: Props) {
  const t = useT();
  const current = value.ratification.rule;
  const [percent, setPercent] = useState(
    current.kind === 'majority' || current.kind === 'veto' ? current.percent : MAJORITY_PERCENT.default,
  );
  const [vetoes, setVetoes] = useState(current.kind === 'veto' ? current.organizations.join(', ') : '');
  const setRule = (rule: RatificationRule) => onChange({ ...value, ratification: { ...value.ratification, rule } });
  const percentField = (
    <TextField
      label={t('ratify.setup.percent')}
      type="number"
      min={MAJORITY_PERCENT.min}
      max={MAJORITY_PERCENT.max}
      value={String(percent)}
      onChange={(text) => {
        const next = Number(text);
        setPercent(next);
        setRule(ruleOf(current.kind, next, vetoes));
      }}
    />
  );
  return (
    <fieldset className="field settings__group">
      <legend>{t('ratify.setup.heading')}</legend>
      <ChoiceGroup<Kind>
        legend={t('ratify.setup.rule')}
        value={current.kind}
        onChange={(kind) => setRule(ruleOf(kind, percent, vetoes))}
        hint={t('ratify.setup.hint')}
        choices={[
          { value: 'none', label: t('ratify.setup.none') },
          { value: 'unanimity', label: t('ratify.setup.unanimity') },
          { value: 'consensus', label: t('ratify.setup.consensus') },
          { value: 'majority', label: t('ratify.setup.majority'), detail: percentField },
          {
            value: 'veto',
            label: t('ratify.setup.veto'),
            detail: (
              <>
                {percentField}
                <TextField
                  label={t('ratify.setup.vetoOrganizations')}
                  hint={t('ratify.setup.vetoHint')}
                  value={vetoes}
                  onChange={(text) => {
                    setVetoes(text);
                    setRule(ruleOf('veto', percent, text));
                  }}
                />
              </>
            ),
          },
        ]}
      />
      {current.kind !== 'none' && (
        <ChoiceGroup
          legend={t('ratify.setup.voters')}
          value={value.ratification.voters}
          onChange={(voters) => onChange({ ...value, ratification: { ...value.ratification, voters } })}
          choices={[
            { value: 'everyone', label: t('ratify.setup.everyone') },
            { value: 'delegates', label: t('ratify.setup.delegates'), hint: t('ratify.setup.delegatesHint') },
          ]}
        />
      )}
    </fieldset>
  );
}
