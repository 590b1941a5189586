/** Why a job was refused: the whole queue is full, or this key already has its share waiting. */
export type Refusal = 'server-busy' | 'key-busy';

/**
 * Jobs that run one at a time, taken from their keys in turn: the next job comes from the key
 * whose last job started longest ago (a key never served goes first). So one key flooding the
 * queue waits behind every other key's next job, and is capped at `perKey` jobs in the queue.
 */
export class FairQueue<J> {
  private readonly waiting = new Map<string, J[]>();
  private readonly lastStart = new Map<string, number>();
  private readonly running = new Map<string, number>();
  private starts = 0;
  private size = 0;

  constructor(
    private readonly total: number,
    private readonly perKey: number,
  ) {}

  /** Adds a job, or says why not. */
  push(key: string, job: J): Refusal | null {
    const queued = (this.waiting.get(key)?.length ?? 0) + (this.running.get(key) ?? 0);
    if (queued >= this.perKey) return 'key-busy';
    if (this.size >= this.total) return 'server-busy';
    const jobs = this.waiting.get(key) ?? [];
    jobs.push(job);
    this.waiting.set(key, jobs);
    this.size += 1;
    return null;
  }

  /** Takes the next job to start, in the keys' turn, marking it running. */
  next(): { key: string; job: J } | null {
    let chosen: string | null = null;
    for (const key of this.waiting.keys()) {
      if (chosen === null || (this.lastStart.get(key) ?? -1) < (this.lastStart.get(chosen) ?? -1)) chosen = key;
    }
    if (chosen === null) return null;
    const jobs = this.waiting.get(chosen) as J[];
    const job = jobs.shift() as J;
    if (jobs.length === 0) this.waiting.delete(chosen);
    this.lastStart.set(chosen, this.starts++);
    this.running.set(chosen, (this.running.get(chosen) ?? 0) + 1);
    return { key: chosen, job };
  }

  /** Marks a started job of `key` as finished. */
  done(key: string): void {
    this.size -= 1;
    const left = (this.running.get(key) ?? 1) - 1;
    if (left > 0) this.running.set(key, left);
    else this.running.delete(key);
    // A key with nothing queued is forgotten, so the maps hold only keys with work.
    if (left <= 0 && !this.waiting.has(key)) this.lastStart.delete(key);
  }
}
