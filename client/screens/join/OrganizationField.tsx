import { useId } from 'react';
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

/** The free-text organization box, the same whether it stands alone or under "Other". */
function OrganizationInput({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
  return (
    <input
      id={id}
      className="input"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      maxLength={80}
      autoComplete="organization"
    />
  );
}

/** Pick your organization from the facilitator's list, or type another; optional either way. */
export function OrganizationField({ organizations, choice, other, onChoice, onOther }: OrganizationFieldProps) {
  const t = useT();
  const id = useId();
  if (organizations.length === 0) {
    return (
      <div className="field">
        <label htmlFor={`${id}-org`}>{t('join.orgLabel')}</label>
        <OrganizationInput id={`${id}-org`} value={other} onChange={onOther} />
      </div>
    );
  }
  return (
    <fieldset className="field">
      <legend>{t('join.orgLabel')}</legend>
      {[...organizations, OTHER, ''].map((value) => (
        <label key={value} className="choice">
          <input type="radio" name={`${id}-org`} checked={choice === value} onChange={() => onChoice(value)} />
          <span>{value === OTHER ? t('join.orgOther') : value === '' ? t('join.orgNone') : value}</span>
        </label>
      ))}
      {choice === OTHER && (
        <div className="field field--nested">
          <label htmlFor={`${id}-other`}>{t('join.orgOtherLabel')}</label>
          <OrganizationInput id={`${id}-other`} value={other} onChange={onOther} />
        </div>
      )}
    </fieldset>
  );
}
