import { describe, expect, it } from 'vitest';
import { FairQueue } from '../../server/export/pdf/fair-queue.js';

/** Runs the queue to empty, one job at a time; the order jobs started in. */
function drain(queue: FairQueue<string>): string[] {
  const order: string[] = [];
  for (let next = queue.next(); next; next = queue.next()) {
    order.push(next.job);
    queue.done(next.key);
  }
  return order;
}

describe('FairQueue', () => {
  it('takes keys in turn, the least recently served first', () => {
    const queue = new FairQueue<string>(100, 10);
    for (const job of ['a1', 'a2', 'a3', 'a4']) queue.push('a', job);
    const first = queue.next();
    expect(first?.job).toBe('a1');
    queue.push('b', 'b1');
    queue.push('c', 'c1');
    queue.push('b', 'b2');
    queue.done('a');
    expect(drain(queue)).toEqual(['b1', 'c1', 'a2', 'b2', 'a3', 'a4']);
  });

  it('refuses a key over its share and everyone over the total, and frees places when done', () => {
    const queue = new FairQueue<string>(3, 2);
    expect(queue.push('a', 'a1')).toBeNull();
    expect(queue.push('a', 'a2')).toBeNull();
    expect(queue.push('a', 'a3')).toBe('key-busy');
    expect(queue.push('b', 'b1')).toBeNull();
    expect(queue.push('c', 'c1')).toBe('server-busy');
    const running = queue.next();
    expect(queue.push('a', 'a3')).toBe('key-busy');
    queue.done(running?.key ?? '');
    expect(queue.push('a', 'a3')).toBeNull();
  });
});
