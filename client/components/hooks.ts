import { useEffect, useState, useSyncExternalStore } from 'react';

/** Sets the tab's title, which is also the first thing a screen reader reads on a new screen. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** The current time, refreshed every `intervalMs` while `active`. */
export function useNow(active: boolean, intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const tick = () => setNow(Date.now());
    // First tick at once: until then a timer that just started shows its whole length (see remainingMs).
    const first = setTimeout(tick, 0);
    const handle = setInterval(tick, intervalMs);
    return () => {
      clearTimeout(first);
      clearInterval(handle);
    };
  }, [active, intervalMs]);
  return now;
}

function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Whether the device reports a network connection. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine);
}

/** Whether `value` has been true for at least `ms` without a break (false again at once when it is not). */
export function usePersistent(value: boolean, ms: number): boolean {
  const [lasted, setLasted] = useState(false);
  useEffect(() => {
    if (!value) return;
    const handle = setTimeout(() => setLasted(true), ms);
    return () => {
      clearTimeout(handle);
      setLasted(false);
    };
  }, [value, ms]);
  return value && lasted;
}
