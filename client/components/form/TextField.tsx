import { useId, type InputHTMLAttributes, type KeyboardEvent, type ReactNode } from 'react';

/** Attributes passed through to the input (or textarea) itself. */
type ControlProps = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  | 'maxLength'
  | 'required'
  | 'autoComplete'
  | 'autoCapitalize'
  | 'spellCheck'
  | 'inputMode'
  | 'placeholder'
  | 'autoFocus'
  | 'disabled'
  | 'type'
  | 'min'
  | 'max'
>;

export interface TextFieldProps extends ControlProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The line under the input, read out with it (aria-describedby). */
  hint?: ReactNode;
  /** Shows the hint as an error, announced at once when `announce` is set. */
  hintIsError?: boolean;
  announce?: boolean;
  invalid?: boolean;
  /** A textarea of this many rows; an input when absent. */
  rows?: number;
  /** The control's id, when the caller needs to reach it (to focus it again). */
  id?: string;
  /** Extra classes: the wrapper's (`field--inline`), the label's, the control's. */
  className?: string;
  labelClassName?: string;
  inputClassName?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
}

const join = (...classes: (string | undefined)[]) => classes.filter(Boolean).join(' ');

/** The label, input, and hint or error block every form uses, with the ids that tie them together. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  hintIsError,
  announce,
  invalid,
  rows,
  id: givenId,
  className,
  labelClassName,
  inputClassName,
  ...control
}: TextFieldProps) {
  const ownId = useId();
  const id = givenId ?? ownId;
  const hintId = `${id}-hint`;
  const shared = {
    ...control,
    id,
    className: join('input', inputClassName),
    value,
    // What people type runs in its own direction: Arabic aligns right even in an English form.
    dir: 'auto',
    'aria-invalid': invalid,
    'aria-describedby': hint === undefined ? undefined : hintId,
  };
  return (
    <div className={join('field', className)}>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {rows === undefined ? (
        <input {...shared} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <textarea {...shared} rows={rows} onChange={(event) => onChange(event.target.value)} />
      )}
      {hint !== undefined && (
        <p id={hintId} className={hintIsError ? 'field__error' : 'field__hint'} role={announce ? 'alert' : undefined}>
          {hint}
        </p>
      )}
    </div>
  );
}
