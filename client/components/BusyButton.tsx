import { useCallback, useRef, useState, type ButtonHTMLAttributes, type MouseEvent } from 'react';

/**
 * Runs one async action at a time: a second press while the first is on its way does nothing.
 * `busy` is for showing it; the guard itself does not wait for a render.
 */
export function useBusyAction(): { busy: boolean; run: (action: () => Promise<unknown>) => Promise<void> } {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (action: () => Promise<unknown>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await action();
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, run };
}

type BusyButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> & {
  /** Cannot be used now (waiting for its command, or nothing to do): it says so and ignores presses. */
  inactive?: boolean;
};

/**
 * A button that stays focusable when it cannot be used: `aria-disabled` instead of `disabled`,
 * which would blur it and drop keyboard focus to the page. Presses (and form submissions through
 * it) are ignored while inactive.
 */
export function BusyButton({ inactive = false, onClick, type = 'button', ...rest }: BusyButtonProps) {
  const guard = (event: MouseEvent<HTMLButtonElement>) => {
    if (inactive) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return <button {...rest} type={type} aria-disabled={inactive || undefined} onClick={guard} />;
}
