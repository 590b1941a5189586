import { useId, type ReactNode } from 'react';

/** A titled section of a screen, with an optional hint under the title; `id` names its heading, else one is made. */
export function Card(props: { id?: string; heading: ReactNode; hint?: ReactNode; children: ReactNode }) {
  const { id, heading, hint, children } = props;
  const ownId = useId();
  const headingId = `${id ?? ownId}-heading`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {hint !== undefined && <p className="field__hint">{hint}</p>}
      {children}
    </section>
  );
}
