import { useState } from 'react';
import { useT } from '../../../i18n/index.js';
import { GOAL_LIMITS } from './goal-form.js';

const PERSON = '__person__';

interface Props {
  id: string;
  value: string;
  organizations: string[];
  invalid: boolean;
  describedBy: string;
  onChange: (owner: string) => void;
}

/** The owner: one of the alliance's organizations, or a person (or other body) typed in. */
export function OwnerField({ id, value, organizations, invalid, describedBy, onChange }: Props) {
  const t = useT();
  const isOrganization = organizations.includes(value);
  const [typing, setTyping] = useState(value !== '' && !isOrganization);
  const choice = typing ? PERSON : isOrganization ? value : '';
  return (
    <div className="field">
      <label htmlFor={`${id}-owner`}>{t('host.goals.owner')}</label>
      <select
        id={`${id}-owner`}
        className="input"
        value={choice}
        aria-invalid={invalid && !typing}
        aria-describedby={describedBy}
        onChange={(event) => {
          const next = event.target.value;
          setTyping(next === PERSON);
          onChange(next === PERSON ? '' : next);
        }}
      >
        <option value="">{t('host.goals.ownerChoose')}</option>
        {organizations.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
        <option value={PERSON}>{t('host.goals.ownerPerson')}</option>
      </select>
      {typing && (
        <>
          <label htmlFor={`${id}-owner-name`}>{t('host.goals.ownerName')}</label>
          <input
            id={`${id}-owner-name`}
            className="input"
            value={value}
            maxLength={GOAL_LIMITS.owner}
            aria-invalid={invalid}
            onChange={(event) => onChange(event.target.value)}
          />
        </>
      )}
      <p id={describedBy} className="field__hint">
        {t('host.goals.ownerHint')}
      </p>
    </div>
  );
}
