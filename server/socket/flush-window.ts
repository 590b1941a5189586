/**
 * Rooms larger than this get views at most every `2 * intervalMs` during a storm (when the last
 * view carried several changes): fewer, larger batches. A single action in a quiet room still
 * goes out after `intervalMs` at most, as in a small room.
 */
const LARGE_ROOM = 500;

/**
 * When a session's next views go out: the first change after a quiet spell at once, later ones
 * folded into one flush per interval. Also who needs a new private view by then.
 */
export class FlushWindow {
  readonly privateFor = new Set<string>();
  private handle: NodeJS.Timeout | null = null;
  private lastFlush = 0;
  /** Changes came in while this flush was held, beyond the one that scheduled it. */
  private folded = false;
  /** The last flush carried several changes: the room is in a storm. */
  private busy = false;

  constructor(private readonly intervalMs: number) {}

  /** A flush is scheduled and has not gone out yet. */
  get held(): boolean {
    return this.handle !== null;
  }

  /**
   * A change of `commands` commands came in: schedules `flush`, unless one is held already (this
   * change goes with it). A change of several commands is a storm by itself, however its
   * commands were batched.
   */
  changed(roomSize: number, flush: () => void, commands = 1): void {
    if (this.handle || commands > 1) this.folded = true;
    if (this.handle) return;
    const interval = roomSize > LARGE_ROOM && this.busy ? 2 * this.intervalMs : this.intervalMs;
    this.handle = setTimeout(flush, Math.max(0, this.lastFlush + interval - Date.now()));
  }

  /** The held changes are going out now. */
  flushing(): void {
    this.cancel();
    this.lastFlush = Date.now();
    this.busy = this.folded;
    this.folded = false;
  }

  cancel(): void {
    if (this.handle) clearTimeout(this.handle);
    this.handle = null;
  }
}
