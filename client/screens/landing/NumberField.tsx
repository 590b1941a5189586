import { SETTING_LIMITS, type NumberRange } from '../../../shared/session/limits.js';
import { TextField } from '../../components/form/TextField.js';
import { useT, type MessageKey } from '../../i18n/index.js';
import type { SettingsDraft } from './settings-draft.js';

export interface NumberFieldProps {
  label: MessageKey;
  hint: MessageKey;
  hintParams?: Record<string, number>;
  value: number;
  /** The bounds the server enforces, from shared/session/limits.ts. */
  range: NumberRange;
  onChange: (value: number) => void;
}

/** A labelled number input with its allowed range as a hint; NaN while empty. */
export function NumberField({ label, hint, hintParams, value, range, onChange }: NumberFieldProps) {
  const t = useT();
  const { min, max } = range;
  return (
    <TextField
      label={t(label)}
      hint={t(hint, { min, max, ...hintParams })}
      className="field--inline"
      inputClassName="input--number"
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      value={Number.isFinite(value) ? String(value) : ''}
      onChange={(text) => onChange(text === '' ? Number.NaN : Number(text))}
    />
  );
}

/** The numeric settings, each bounded in shared/session/limits.ts. */
type NumericSetting = keyof typeof SETTING_LIMITS;

interface SettingNumberProps {
  name: NumericSetting;
  label: MessageKey;
  hint?: MessageKey;
  hintParams?: Record<string, number>;
  draft: SettingsDraft;
  onChange: (next: SettingsDraft) => void;
}

/** One numeric setting of the draft, with the bounds the server enforces on it. */
export function SettingNumber({
  name,
  label,
  hint = 'settings.rangeHint',
  hintParams,
  draft,
  onChange,
}: SettingNumberProps) {
  return (
    <NumberField
      label={label}
      hint={hint}
      hintParams={hintParams}
      value={draft[name]}
      range={SETTING_LIMITS[name]}
      onChange={(n) => onChange({ ...draft, [name]: n })}
    />
  );
}
