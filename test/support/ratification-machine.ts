import type { Actor } from '../../shared/session/commands.js';
import type { SessionSettingsInput } from '../../shared/session/settings.js';
import type { RatificationAnswer } from '../../shared/session/ratification/rule.js';
import { FACILITATOR, Machine } from './machine.js';

type Participant = Actor & { role: 'participant' };

/**
 * A pure session driven to its results, ready for a ratification round: `people` join with their
 * organizations, write one idea each, and all rank the first three ideas.
 */
export function machineAtResults(
  settings: SessionSettingsInput,
  people: readonly (string | null)[],
  organizations: readonly string[] = [],
): { machine: Machine; participants: Participant[]; ideaIds: string[] } {
  const machine = new Machine(settings);
  machine.state = { ...machine.state, organizations: [...organizations] };
  const participants = people.map((organization, i) => machine.join(`person-${i}`, organization));
  machine.advance();
  for (const [i, p] of participants.entries()) machine.addIdea(p, `Idea number ${i} for the alliance`);
  machine.advance();
  machine.advance();
  machine.advance();
  const ideaIds = machine.state.revealed.slice(0, 3);
  for (const p of participants) machine.must({ type: 'submitBallot', ranking: ideaIds.slice(0, 1) }, p);
  machine.advance();
  return { machine, participants, ideaIds };
}

/** Every participant answers `answerOf(index)` to every goal of the open round. */
export function answerAll(
  machine: Machine,
  participants: readonly Participant[],
  answerOf: (index: number, ideaId: string) => RatificationAnswer,
  reason: (index: number) => string = () => '',
): void {
  const round = machine.state.ratification.rounds.at(-1);
  if (!round) throw new Error('no round open');
  for (const [i, p] of participants.entries()) {
    const answers = round.ideaIds.map((ideaId) => ({ ideaId, answer: answerOf(i, ideaId), reason: reason(i) }));
    machine.must({ type: 'answerRatification', round: round.round, answers }, p);
  }
}

export { FACILITATOR };
