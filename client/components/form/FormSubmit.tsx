import type { ReactNode } from 'react';
import { BusyButton } from '../BusyButton.js';

/** The end of a form: what went wrong, announced, then the one wide button that sends it. */
export function FormSubmit({ error, busy, children }: { error: string | null; busy: boolean; children: ReactNode }) {
  return (
    <>
      {error !== null && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {/* Focusable while busy: a disabled button would drop keyboard focus to the page. */}
      {/* Pressing it leaves focus in the field being typed in: a blur there can scroll the page
          under the pointer (the browser restores the scroll it made for a resized viewport, as
          when a phone's keyboard closes), and the click would land elsewhere and send nothing. */}
      <BusyButton
        type="submit"
        className="button button--primary button--wide"
        inactive={busy}
        onMouseDown={(event) => event.preventDefault()}
      >
        {children}
      </BusyButton>
    </>
  );
}
