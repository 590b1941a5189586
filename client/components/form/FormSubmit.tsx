import type { ReactNode } from 'react';

/** The end of a form: what went wrong, announced, then the one wide button that sends it. */
export function FormSubmit({ error, busy, children }: { error: string | null; busy: boolean; children: ReactNode }) {
  return (
    <>
      {error !== null && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary button--wide" disabled={busy}>
        {children}
      </button>
    </>
  );
}
