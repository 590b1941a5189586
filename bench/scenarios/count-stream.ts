import type { Cost } from '../meter.js';
import type { BigRoom } from '../big-room.js';
import type { AckResult } from '../crowd.js';
import type { Counter } from '../participant.js';
import { counterStreamLatencies, summarize, type Summary } from '../stats.js';

/** Longer than the 50 ms coalescing window: after this, a room's next change goes out at once. */
export const QUIET_MS = 200;

/** A stream of changes that each add one to a counter, as sent: when, and with what answer. */
export interface SentStream {
  counter: Counter;
  base: number;
  sentAt: number[];
  acks: Promise<AckResult>[];
  ackAt: number[];
}

export function startStream(counter: Counter, base: number): SentStream {
  return { counter, base, sentAt: [], acks: [], ackAt: [] };
}

/** Records one send; the ack's arrival time is kept for the ack figures. */
export function track(stream: SentStream, ack: Promise<AckResult>): void {
  const index = stream.sentAt.length;
  stream.sentAt.push(performance.now());
  stream.acks.push(
    ack.then((result) => {
      stream.ackAt[index] = performance.now();
      return result;
    }),
  );
}

export interface StreamOutcome {
  accepted: number;
  refused: number;
  perRecipient: Summary;
  ack: Summary;
  /** Recipient-change pairs never delivered before the wait ended. */
  undelivered: number;
  refusals: string[];
  /** Every recipient-change latency and every ack time, for merging several streams. */
  samples: Float64Array;
  ackSamples: number[];
}

/**
 * Waits for every ack and for every participant's view to count every accepted change, then
 * works out each recipient's latency for each change.
 */
export async function settleStream(room: BigRoom, stream: SentStream): Promise<StreamOutcome> {
  const results = await Promise.all(stream.acks);
  const acceptedAt: number[] = [];
  const ackMs: number[] = [];
  const refusals = new Map<string, number>();
  results.forEach((result, i) => {
    if (result.ok) {
      acceptedAt.push(stream.sentAt[i] ?? 0);
      ackMs.push((stream.ackAt[i] ?? 0) - (stream.sentAt[i] ?? 0));
    } else refusals.set(result.error.code, (refusals.get(result.error.code) ?? 0) + 1);
  });
  await room.crowd.reach(stream.counter, stream.base + acceptedAt.length, room.profile.waitMs);
  const recipients = room.crowd.members.filter((m) => m.client);
  const { samples, missing } = counterStreamLatencies(acceptedAt, stream.base, recipients);
  return {
    accepted: acceptedAt.length,
    refused: results.length - acceptedAt.length,
    perRecipient: summarize(samples),
    ack: summarize(ackMs),
    undelivered: missing,
    refusals: [...refusals].map(([code, count]) => `${count} refused with ${code}`),
    samples,
    ackSamples: ackMs,
  };
}

/** The figures every stream scenario reports: delivery latencies, ack latency and what it cost. */
export function streamFigures(outcome: StreamOutcome, cost: Cost): Record<string, number | null> {
  return {
    p50Ms: outcome.perRecipient.p50,
    p99Ms: outcome.perRecipient.p99,
    maxMs: outcome.perRecipient.max,
    ackP99Ms: outcome.ack.p99,
    serverCpuShare: cost.serverCpuShare,
    serverStarvedShare: cost.serverStarvedShare,
    cpuUsPerMessage: cost.cpuUsPerMessage,
    generatorCpuShare: cost.generatorCpuShare,
    meanViewBytes: cost.meanViewBytes,
  };
}
