import { closeSync, fdatasync, openSync } from 'node:fs';

/**
 * Makes SQLite's write-ahead log durable off the event loop. A commit writes its frames at once
 * (`synchronous = NORMAL`: no fsync on the main thread) and then waits for an fdatasync of the log
 * begun after its write, run on libuv's thread pool while the loop keeps serving. Commits made
 * while a sync runs share the next one: under load, one fsync covers several batches.
 */
export class WalSync {
  private fd: number | null = null;
  private running: Promise<void> | null = null;
  /** The sync that starts when the running one ends, shared by every write made meanwhile. */
  private queued: Promise<void> | null = null;

  constructor(private readonly walFile: string) {}

  /** Resolves once everything written to the log before this call is on disk. */
  sync(): Promise<void> {
    if (this.queued) return this.queued;
    // The running sync may have begun before this write, so it does not cover it.
    const running = this.running;
    if (!running) return this.begin();
    const after = () => {
      this.queued = null;
      return this.begin();
    };
    this.queued = running.then(after, after);
    return this.queued;
  }

  private begin(): Promise<void> {
    const run = new Promise<void>((resolve, reject) => {
      // The log exists from the first write on; it keeps its inode when a checkpoint empties it.
      this.fd ??= openSync(this.walFile, 'r+');
      fdatasync(this.fd, (error) => (error ? reject(error) : resolve()));
    });
    this.running = run;
    const done = () => {
      if (this.running === run) this.running = null;
    };
    run.then(done, done);
    return run;
  }

  /** Settles once the syncs under way have ended, either way; null when none is. */
  settled(): Promise<unknown> | null {
    return this.running || this.queued ? Promise.allSettled([this.running, this.queued]) : null;
  }

  /** Lets go of the log (once `settled`). */
  release(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
