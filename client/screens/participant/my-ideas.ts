import type { PrivateView } from '../../../shared/session/views.js';
import type { OutboxEntry } from '../../store/outbox-slice.js';

export interface MyIdeaRow {
  /** Stable React key: the idea id, or the command id of an idea not yet acknowledged. */
  key: string;
  /** Null until the server has the idea (it makes the id). */
  ideaId: string | null;
  text: string;
  number: number | null;
  /** An action on this idea is still waiting to be sent or acknowledged. */
  pending: boolean;
}

/**
 * The participant's ideas as they will be once queued actions reach the server: additions are
 * shown, edits show their new text, deletions hide the idea. The server's list stays the truth:
 * each entry leaves the queue once acknowledged, and the next private view carries the result.
 */
export function projectMyIdeas(ideas: PrivateView['myIdeas'], outbox: readonly OutboxEntry[]): MyIdeaRow[] {
  let rows: MyIdeaRow[] = ideas
    .filter((idea) => idea.status !== 'withdrawn')
    .map((idea) => ({ key: idea.id, ideaId: idea.id, text: idea.text, number: idea.number, pending: false }));
  for (const entry of outbox) {
    if (entry.event === 'idea:add') {
      rows.push({ key: entry.commandId, ideaId: null, text: entry.payload.text, number: null, pending: true });
    } else if (entry.event === 'idea:edit') {
      const { ideaId, text } = entry.payload;
      rows = rows.map((row) => (row.ideaId === ideaId ? { ...row, text, pending: true } : row));
    } else if (entry.event === 'idea:delete') {
      rows = rows.filter((row) => row.ideaId !== entry.payload.ideaId);
    }
  }
  return rows;
}

/** "Done writing" as the person last set it: their latest unseen toggle, else what the server holds. */
export function isDone(held: boolean, unseen: readonly OutboxEntry[]): boolean {
  let done = held;
  for (const entry of unseen) if (entry.event === 'ideation:done') done = entry.payload.done;
  return done;
}

/** Counts characters as the server does (code points), so the counter and the limit agree. */
export function characterCount(text: string): number {
  return [...text.trim().replace(/\s+/g, ' ')].length;
}
