import { useId, type ReactNode } from 'react';

export interface Choice<V extends string> {
  value: V;
  label: ReactNode;
  /** A second, quieter line under the label. */
  hint?: ReactNode;
  /** Shown under this choice while it is the one picked (a field that only it needs). */
  detail?: ReactNode;
}

interface ChoiceGroupProps<V extends string> {
  legend: string;
  choices: readonly Choice<V>[];
  value: V | null;
  onChange: (value: V) => void;
  /** A hint under the whole group. */
  hint?: ReactNode;
  /** After the choices: a field that belongs to the group as a whole. */
  children?: ReactNode;
}

/** A set of radio buttons under a legend, each with an optional hint: the one way a form offers a choice. */
export function ChoiceGroup<V extends string>({
  legend,
  choices,
  value,
  onChange,
  hint,
  children,
}: ChoiceGroupProps<V>) {
  const name = useId();
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <ChoiceRow key={choice.value} name={name} choice={choice} checked={value === choice.value} onPick={onChange} />
      ))}
      {hint !== undefined && <p className="field__hint">{hint}</p>}
      {children}
    </fieldset>
  );
}

function ChoiceRow<V extends string>(props: {
  name: string;
  choice: Choice<V>;
  checked: boolean;
  onPick: (value: V) => void;
}) {
  const { name, choice, checked, onPick } = props;
  return (
    <>
      <label className="choice">
        <input type="radio" name={name} checked={checked} onChange={() => onPick(choice.value)} />
        <span>
          {choice.label}
          {choice.hint !== undefined && <span className="choice__hint">{choice.hint}</span>}
        </span>
      </label>
      {checked && choice.detail !== undefined && <div className="field--nested">{choice.detail}</div>}
    </>
  );
}
