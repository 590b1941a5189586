import { TEXT_LIMITS } from '../../../shared/session/limits.js';
import { ChoiceGroup } from '../../components/form/ChoiceGroup.js';
import { TextField } from '../../components/form/TextField.js';
import { useT } from '../../i18n/index.js';

/** `choice` is an organization from the list, OTHER (typed in `other`), or '' for none. */
export const OTHER = '\u0000other';

interface OrganizationFieldProps {
  organizations: string[];
  choice: string;
  other: string;
  onChoice: (choice: string) => void;
  onOther: (other: string) => void;
}

/** Pick your organization from the facilitator's list, or type another; optional either way. */
export function OrganizationField({ organizations, choice, other, onChoice, onOther }: OrganizationFieldProps) {
  const t = useT();
  // The free-text box is the same whether it stands alone or under "Other".
  const typed = (label: string) => (
    <TextField
      label={label}
      value={other}
      onChange={onOther}
      maxLength={TEXT_LIMITS.organization}
      autoComplete="organization"
    />
  );
  if (organizations.length === 0) return typed(t('join.orgLabel'));
  const choices = [
    ...organizations.map((name) => ({ value: name, label: name })),
    { value: OTHER, label: t('join.orgOther') },
    { value: '', label: t('join.orgNone') },
  ];
  return (
    <ChoiceGroup legend={t('join.orgLabel')} choices={choices} value={choice} onChange={onChoice}>
      {choice === OTHER && <div className="field--nested">{typed(t('join.orgOtherLabel'))}</div>}
    </ChoiceGroup>
  );
}
