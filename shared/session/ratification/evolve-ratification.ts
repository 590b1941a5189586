import type { SessionState } from '../state.js';
import type { StateDraft } from '../state-draft.js';
import type { RatificationEvent } from './ratification-types.js';
import { ratificationSettingsOf } from './rule.js';

/** Applies one ratification event to a draft; the ratification record is replaced, never changed in place. */
export function applyRatification(draft: StateDraft, event: RatificationEvent): void {
  const state: SessionState = draft.current;
  const ratification = state.ratification;
  switch (event.type) {
    case 'ratificationOpened':
      state.ratification = {
        ...ratification,
        rounds: [
          ...ratification.rounds,
          { round: event.round, ideaIds: event.ideaIds, openedAt: event.at, closedAt: null, outcomes: null },
        ],
      };
      return;
    case 'ratificationAnswered': {
      const { answerKey, round, organization, answers } = event;
      state.ratification = {
        ...ratification,
        answers: { ...ratification.answers, [answerKey]: { round, organization, answers } },
      };
      return;
    }
    case 'ratificationClosed': {
      const rounds = ratification.rounds.map((r) =>
        r.round === event.round ? { ...r, closedAt: event.at, outcomes: event.outcomes } : r,
      );
      state.ratification = { ...ratification, rounds };
      draft.list('decisions').push({
        at: event.at,
        kind: 'ratified',
        round: event.round,
        rule: ratificationSettingsOf(state.settings).rule,
        outcomes: event.outcomes,
      });
      return;
    }
    default: {
      const unknown: never = event;
      throw new Error(`Unhandled ratification event: ${JSON.stringify(unknown)}`);
    }
  }
}
