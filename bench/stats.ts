/** Latency figures in milliseconds, rounded for the report. */
export interface Summary {
  count: number;
  p50: number | null;
  p99: number | null;
  max: number | null;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Nearest-rank percentiles of a sample. */
export function summarize(samples: ArrayLike<number>): Summary {
  const sorted = Float64Array.from(samples).sort();
  const count = sorted.length;
  if (count === 0) return { count, p50: null, p99: null, max: null };
  const rank = (p: number) => sorted[Math.min(count - 1, Math.max(0, Math.ceil(p * count) - 1))] ?? 0;
  return { count, p50: round(rank(0.5)), p99: round(rank(0.99)), max: round(sorted[count - 1] ?? 0) };
}

/** Arrival times of one recipient's views, with the counter value each showed (increasing). */
export interface Observations {
  times: readonly number[];
  values: readonly number[];
}

/**
 * Per-recipient latencies of a stream of changes that each add one to a counter. Change k (in
 * the order sent) counts as delivered to a recipient when its view first shows base + k. Commits
 * follow arrival order, and one process sends all changes in order, so this is the change's own
 * delivery; were two swapped on the way, the figure could only be shorter by the gap between them.
 */
export function counterStreamLatencies(
  sentAt: readonly number[],
  base: number,
  recipients: readonly Observations[],
): { samples: Float64Array; missing: number } {
  const samples = new Float64Array(sentAt.length * recipients.length);
  let filled = 0;
  let missing = 0;
  for (const { times, values } of recipients) {
    let j = 0;
    for (let k = 0; k < sentAt.length; k++) {
      const target = base + k + 1;
      while (j < values.length && (values[j] ?? 0) < target) j++;
      if (j >= values.length) {
        missing += sentAt.length - k;
        break;
      }
      samples[filled++] = (times[j] ?? 0) - (sentAt[k] ?? 0);
    }
  }
  return { samples: samples.subarray(0, filled), missing };
}

/** Median and spread (min, max) of one figure over repeated runs. */
export function medianAndSpread(values: readonly number[]): { median: number; min: number; max: number } | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0 };
}

/** A pause, for pacing the load. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A uniform random number in [min, max). */
export const between = (min: number, max: number) => min + Math.random() * (max - min);
