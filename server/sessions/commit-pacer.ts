/**
 * How long commands wait for company before they are committed, when people act at once (a
 * storm of ideas, a plenary voting, hundreds of rooms busy on one server): a commit costs a
 * transaction and an fsync whatever it holds, and with commands from different people arriving
 * closer together than this, one commit per window carries them all. The wait stays under what a
 * phone's round trip adds, and the views that follow go out at most every 50 ms anyway.
 */
export const COMMIT_WINDOW_MS = 25;

/**
 * When the next batch of commands is committed. A command on its own (a quiet room, one person
 * clicking through steps) is committed on the next turn of the event loop, as it always was; the
 * window applies only while commands from different people keep arriving within a window of
 * each other, and then batches are committed at most once per window.
 */
export class CommitPacer {
  private lastCommitAt = -Infinity;
  private lastArrival = { at: -Infinity, from: '' };
  private crowdedUntil = -Infinity;

  constructor(
    private readonly windowMs: number,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** A command from `from` (whoever sent it) has arrived. */
  arrived(from: string): void {
    const now = this.clock();
    if (from !== this.lastArrival.from && now - this.lastArrival.at < this.windowMs) {
      this.crowdedUntil = now + this.windowMs;
    }
    this.lastArrival = { at: now, from };
  }

  /** How long the commands queued now should wait before their commit (0: at once). */
  delay(): number {
    const now = this.clock();
    return now < this.crowdedUntil ? Math.max(0, this.lastCommitAt + this.windowMs - now) : 0;
  }

  /** A batch is being committed now. */
  committing(): void {
    this.lastCommitAt = this.clock();
  }
}
