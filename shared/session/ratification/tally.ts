import { publishableOrganizations, type GroupBallots } from '../../ranking/disclosure.js';
import { NO_ORGANIZATION } from '../../ranking/weights.js';
import type { AnswerCounts, RatificationAnswer, RatificationRule } from './rule.js';
import { ruleVerdict } from './rule.js';
import type { AnswerRecord, GoalOutcome, RatificationState, Tally } from './ratification-types.js';

/** The key prefix of a round's answers. */
export function roundPrefix(round: number): string {
  return `r${round}:`;
}

/** The answers of one round, in key order (never the order they were given). */
export function answersOfRound(ratification: RatificationState, round: number): AnswerRecord[] {
  const prefix = roundPrefix(round);
  return Object.keys(ratification.answers)
    .filter((key) => key.startsWith(prefix))
    .sort()
    .map((key) => ratification.answers[key] as AnswerRecord);
}

function emptyTally(): Tally {
  return { support: 0, live: 0, object: 0 };
}

/** One goal's answers counted, with the organizations that objected (for a veto). */
export function countGoal(records: readonly AnswerRecord[], ideaId: string): AnswerCounts {
  const counts: AnswerCounts = { ...emptyTally(), objectingOrganizations: [] };
  const objecting = new Set<string>();
  for (const record of records) {
    const item = record.answers.find((a) => a.ideaId === ideaId);
    if (!item) continue;
    counts[item.answer] += 1;
    if (item.answer === 'object' && record.organization) objecting.add(record.organization);
  }
  counts.objectingOrganizations = [...objecting].sort();
  return counts;
}

/**
 * The organizations whose own counts may be shown: the same floor and secondary suppression as
 * ballots (shared/ranking/disclosure.ts). Every answer of a round covers every goal, so the
 * groups are the same for all goals of the round.
 */
function shownOrganizations(records: readonly AnswerRecord[], floor: number): string[] {
  const sizes = new Map<string, number>();
  for (const record of records) {
    const name = record.organization ?? NO_ORGANIZATION;
    sizes.set(name, (sizes.get(name) ?? 0) + 1);
  }
  const groups: GroupBallots[] = [...sizes].map(([name, ballots]) => ({ name, ballots }));
  return publishableOrganizations(groups, NO_ORGANIZATION, 'one', floor);
}

function reasonsFor(records: readonly AnswerRecord[], ideaId: string): { answer: RatificationAnswer; text: string }[] {
  const reasons = records.flatMap((record) =>
    record.answers
      .filter((a) => a.ideaId === ideaId && a.reason !== '')
      .map((a) => ({ answer: a.answer, text: a.reason })),
  );
  return reasons.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : a.answer.localeCompare(b.answer)));
}

/** How every goal of a round fared under the rule: what the decision log and the screens show. */
export function roundOutcomes(
  records: readonly AnswerRecord[],
  goals: readonly { ideaId: string; text: string }[],
  rule: RatificationRule,
  floor: number,
): GoalOutcome[] {
  const shown = shownOrganizations(records, floor);
  return goals.map(({ ideaId, text }) => {
    const { objectingOrganizations, ...counts } = countGoal(records, ideaId);
    const byOrganization = shown.map((name) => {
      const { objectingOrganizations: _o, ...own } = countGoal(
        records.filter((r) => r.organization === name),
        ideaId,
      );
      return { name, ...own };
    });
    return {
      ideaId,
      text,
      counts,
      verdict: ruleVerdict(rule, { ...counts, objectingOrganizations }),
      reasons: reasonsFor(records, ideaId),
      byOrganization,
    };
  });
}
