import type { KeyboardEvent } from 'react';

/**
 * A keydown handler for a form or panel that Escape closes, as people expect of anything that
 * opened in place. The event stops there, so one Escape closes one thing.
 */
export function closeOnEscape(close: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented || event.nativeEvent.isComposing) return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
}
