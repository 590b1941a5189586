import { weightedTally } from '../../ranking/tally.js';
import { weighBallots } from '../../ranking/weights.js';
import type { SessionEvent } from '../events.js';
import { activeRevealedIdeas, ballotsOfRound, effectiveBallotSize, presentParticipants } from '../queries.js';
import type { SessionState } from '../state.js';
import type { TableEvent } from '../events.js';
import type { ShortlistRule } from './settings.js';

/**
 * Whether a table (seen as a session) sends every idea it kept, without a vote: as set, when it
 * has fewer people than the ballot floor (its vote could never close), or nothing to vote on.
 */
export function sendsAll(table: SessionState, rule = tableRule(table)): boolean {
  return (
    rule.kind === 'all' ||
    presentParticipants(table).length < table.settings.minBallots ||
    activeRevealedIdeas(table).length === 0
  );
}

function tableRule(table: SessionState): ShortlistRule {
  return table.settings.tables?.shortlist ?? { kind: 'all' };
}

/**
 * The ideas a table sends: every idea it kept, or its top N by its secret vote (with the ties at
 * the boundary, as the decision rule "top K" does), best first. Only which ideas go forward is
 * published, never the table's points.
 */
export function shortlistOf(table: SessionState): string[] {
  const ideas = activeRevealedIdeas(table).map((idea) => idea.id);
  const rule = tableRule(table);
  if (rule.kind === 'all' || sendsAll(table, rule)) return ideas;
  const ballots = weighBallots(ballotsOfRound(table, 1), table.settings.weighting);
  return weightedTally(ideas, ballots, effectiveBallotSize(table))
    .filter((line) => line.rank <= rule.top && line.points > 0)
    .map((line) => line.ideaId);
}

/** The table's shortlist, as the event that sends it. */
export function shortlisted(tableId: string, table: SessionState): TableEvent {
  return { type: 'tableShortlisted', tableId, ideaIds: shortlistOf(table) };
}

/** A table that sends every idea ends with its clarification: no vote is held. */
export function closeWithoutVote(now: number): SessionEvent[] {
  return [
    { type: 'phaseChanged', from: 'clarification', to: 'results', at: now },
    { type: 'timerSet', timer: null },
  ];
}
