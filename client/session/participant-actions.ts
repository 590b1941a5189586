import { appStore } from '../store/app-store.js';
import type { Drafts } from '../store/drafts-slice.js';
import { outbox } from './runtime.js';
import type { AnswerItem } from '../../shared/session/ratification/ratification-types.js';

/** Participant actions, as plain functions: each goes through the outbox, so it survives going offline. */

function updateDrafts(change: Partial<Drafts>): void {
  appStore.setState((state) => ({ drafts: { ...state.drafts, ...change } }));
}

export function setIdeaDraft(ideaText: string): void {
  updateDrafts({ ideaText });
}

export function addIdea(text: string): void {
  updateDrafts({ ideaText: '' });
  void outbox.enqueue({ event: 'idea:add', payload: { text } });
}

export function editIdea(ideaId: string, text: string): void {
  void outbox.enqueue({ event: 'idea:edit', payload: { ideaId, text } });
}

export function deleteIdea(ideaId: string): void {
  void outbox.enqueue({ event: 'idea:delete', payload: { ideaId } });
}

export function setDone(done: boolean): void {
  void outbox.enqueue({ event: 'ideation:done', payload: { done } });
}

export function shareIdea(ideaId: string): void {
  void outbox.enqueue({ event: 'sharing:share', payload: { ideaId } });
}

export function passTurn(): void {
  void outbox.enqueue({ event: 'sharing:pass', payload: {} });
}

/** The ranking being arranged; kept on the device until it is submitted. */
export function setRankingDraft(ranking: string[]): void {
  updateDrafts({ ranking });
}

/** Forgets a ranking that was never sent, once its owner has seen it was not counted. */
export function dropRankingDraft(): void {
  updateDrafts({ ranking: null });
}

/** From here the ballot is the outbox's entry, then the server's; a refusal hands it back as a draft. */
export function submitBallot(ranking: string[]): void {
  updateDrafts({ ranking: null });
  void outbox.enqueue({ event: 'ballot:submit', payload: { ranking } });
}

/** Answers every goal of the open ratification round; answering again replaces the answers. */
export function answerRatification(round: number, answers: AnswerItem[]): void {
  void outbox.enqueue({ event: 'ratification:answer', payload: { round, answers } });
}

/** Takes a seat at another table (seating "chosen", in the lobby); a full table refuses, with a notice. */
export function chooseTable(tableId: string): void {
  void outbox.enqueue({ event: 'table:choose', payload: { tableId } });
}
