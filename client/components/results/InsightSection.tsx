import type { ReactNode } from 'react';

/** One box of what explains the results, titled, with `id` naming its heading. */
export function InsightSection(props: { id: string; heading: string; modifier?: string; children: ReactNode }) {
  const { id, heading, modifier, children } = props;
  const headingId = `${id}-heading`;
  return (
    <section className={modifier ? `insight insight--${modifier}` : 'insight'} aria-labelledby={headingId}>
      <h3 id={headingId} className="insight__heading">
        {heading}
      </h3>
      {children}
    </section>
  );
}
