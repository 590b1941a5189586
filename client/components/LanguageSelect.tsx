import { useId } from 'react';
import { LANGUAGES } from '../i18n/languages.js';

/** A choice of the six languages, each named in itself (and marked as such for screen readers). */
export function LanguageSelect({
  label,
  value,
  onChange,
  className,
}: {
  label: string;
  value: string;
  onChange: (tag: string) => void;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={className ?? 'language-select'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {LANGUAGES.map((language) => (
          <option key={language.tag} value={language.tag} lang={language.tag} dir={language.dir}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
