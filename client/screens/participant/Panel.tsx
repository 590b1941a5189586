import type { ReactNode } from 'react';

interface PanelProps {
  /** Names the heading, which takes focus when the phase changes. */
  id: string;
  heading: ReactNode;
  lead?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** One phase's task on the phone: its heading, a line of what to do, then the task. */
export function Panel({ id, heading, lead, className, children }: PanelProps) {
  const headingId = `${id}-heading`;
  return (
    <section className={className ? `panel ${className}` : 'panel'} aria-labelledby={headingId}>
      <h1 id={headingId} tabIndex={-1}>
        {heading}
      </h1>
      {lead !== undefined && <p className="panel__lead">{lead}</p>}
      {children}
    </section>
  );
}
