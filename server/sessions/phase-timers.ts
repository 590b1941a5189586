/**
 * One pending timeout per session, for the earliest end among its running timers (the session's
 * and its tables', see `nextTimerEnd`). When it fires, the session service issues the
 * `expireTimer` command, which ends whatever is due against the state.
 */
export class PhaseTimers {
  private readonly handles = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly now: () => number,
    private readonly onExpire: (sessionId: string) => void,
  ) {}

  /** Re-arms (or clears, with null) the session's timeout for the time its next timer ends. */
  schedule(sessionId: string, endsAt: number | null): void {
    const existing = this.handles.get(sessionId);
    if (existing) clearTimeout(existing);
    this.handles.delete(sessionId);
    if (endsAt === null) return;
    const fire = () => {
      // A timeout may fire up to a millisecond before Date.now() says it is due (nodejs/node#26578):
      // fired then, the command would find nothing due and the timer would never be armed again.
      if (this.now() < endsAt) return this.schedule(sessionId, endsAt);
      this.handles.delete(sessionId);
      this.onExpire(sessionId);
    };
    this.handles.set(sessionId, setTimeout(fire, Math.max(0, endsAt - this.now())));
  }

  /** Whether a timeout is pending for the session (a timer of it runs). */
  has(sessionId: string): boolean {
    return this.handles.has(sessionId);
  }

  clearAll(): void {
    for (const handle of this.handles.values()) clearTimeout(handle);
    this.handles.clear();
  }
}
