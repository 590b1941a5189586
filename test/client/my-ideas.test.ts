import { describe, expect, it } from 'vitest';
import { characterCount, isDone, projectMyIdeas } from '../../client/screens/participant/my-ideas.js';
import type { OutboxEntry } from '../../client/store/outbox-slice.js';

const mine = [
  { id: 'i1', text: 'first', number: null, status: 'active' as const },
  { id: 'i2', text: 'second', number: null, status: 'active' as const },
  { id: 'i3', text: 'gone', number: null, status: 'withdrawn' as const },
];

const queued = (entry: Omit<OutboxEntry, 'queuedAt'>) => ({ ...entry, queuedAt: 0 }) as OutboxEntry;

describe('my ideas while actions wait to be sent', () => {
  it('shows queued additions, edits and deletions as they will be, marked as waiting', () => {
    const rows = projectMyIdeas(mine, [
      queued({ commandId: 'c1', event: 'idea:add', payload: { text: 'offline idea' } }),
      queued({ commandId: 'c2', event: 'idea:edit', payload: { ideaId: 'i1', text: 'first, sharper' } }),
      queued({ commandId: 'c3', event: 'idea:delete', payload: { ideaId: 'i2' } }),
    ]);
    expect(rows.map(({ key, text, pending }) => ({ key, text, pending }))).toEqual([
      { key: 'i1', text: 'first, sharper', pending: true },
      { key: 'c1', text: 'offline idea', pending: true },
    ]);
  });

  it('is the server list when nothing waits', () => {
    expect(projectMyIdeas(mine, []).map((row) => row.text)).toEqual(['first', 'second']);
  });

  it('counts characters as the server does: trimmed, spaces collapsed, code points', () => {
    expect(characterCount('  a   b ')).toBe(3);
    expect(characterCount('共通の目標')).toBe(5);
    expect(characterCount('👩‍👩‍👧')).toBe(5);
  });
});

describe('done writing, as the person last set it', () => {
  const toggle = (done: boolean): OutboxEntry => ({
    commandId: `c-done-${String(done)}`,
    event: 'ideation:done',
    payload: { done },
    queuedAt: 0,
  });

  it('is the latest toggle not yet in a view, else the server’s', () => {
    expect(isDone(false, [])).toBe(false);
    expect(isDone(true, [])).toBe(true);
    expect(isDone(false, [toggle(true)])).toBe(true);
    expect(isDone(false, [toggle(true), toggle(false)])).toBe(false);
  });
});
