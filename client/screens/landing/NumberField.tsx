import { useId } from 'react';
import { useT, type MessageKey } from '../../i18n/index.js';

export interface NumberFieldProps {
  label: MessageKey;
  hint: MessageKey;
  hintParams?: Record<string, number>;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
}

/** A labelled number input with its allowed range as a hint. */
export function NumberField({ label, hint, hintParams, value, min, max, onChange }: NumberFieldProps) {
  const t = useT();
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{t(label)}</label>
      <input
        id={id}
        className="input input--number"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={Number.isFinite(value) ? value : ''}
        onChange={(event) => onChange(event.target.valueAsNumber)}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="field__hint">
        {t(hint, { min, max, ...hintParams })}
      </p>
    </div>
  );
}
