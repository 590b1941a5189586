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

/** Pick your organization from the facilitator's list, or type another; optional either way. */
export function OrganizationField({ organizations, choice, other, onChoice, onOther }: OrganizationFieldProps) {
  const t = useT();
  const id = useId();
  if (organizations.length === 0) {
    return (
      <div className="field">
        <label htmlFor={`${id}-org`}>{t('join.orgLabel')}</label>
        <input
          id={`${id}-org`}
          className="input"
          value={other}
          onChange={(event) => onOther(event.target.value)}
          maxLength={80}
          autoComplete="organization"
        />
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
          <input
            id={`${id}-other`}
            className="input"
            value={other}
            onChange={(event) => onOther(event.target.value)}
            maxLength={80}
            autoComplete="organization"
          />
        </div>
      )}
    </fieldset>
  );
}
