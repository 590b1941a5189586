import type { PhaseTimer } from '../../shared/session/state.js';

/**
 * One pending timeout per session for its running phase timer. When it fires, the session
 * service issues the `expireTimer` command, which re-checks the timer against the state.
 */
export class PhaseTimers {
  private readonly handles = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly now: () => number,
    private readonly onExpire: (sessionId: string) => void,
  ) {}

  /** Re-arms (or clears) the session's timeout to match its timer. */
  schedule(sessionId: string, timer: PhaseTimer | null): void {
    const existing = this.handles.get(sessionId);
    if (existing) clearTimeout(existing);
    this.handles.delete(sessionId);
    if (!timer || timer.expired || timer.endsAt === null) return;
    const delay = Math.max(0, timer.endsAt - this.now());
    this.handles.set(
      sessionId,
      setTimeout(() => {
        this.handles.delete(sessionId);
        this.onExpire(sessionId);
      }, delay),
    );
  }

  /** Whether a timeout is pending for the session (its timer runs). */
  has(sessionId: string): boolean {
    return this.handles.has(sessionId);
  }

  clearAll(): void {
    for (const handle of this.handles.values()) clearTimeout(handle);
    this.handles.clear();
  }
}
