import type { SessionState } from '../state.js';
import type { AnswerItem, AnswerKeys, GoalOutcome } from './ratification-types.js';
import { ratificationSettingsOf, type RatificationSettings } from './rule.js';
import { answersOfRound, roundPrefix } from './tally.js';

/** The ratification as everyone sees it: the goals put, how many answered, and closed rounds' outcomes. */
export interface RatificationView {
  settings: RatificationSettings;
  /** The latest round (open or closed), or null before any. */
  round: number | null;
  open: boolean;
  goals: { ideaId: string; number: number; text: string }[];
  /** How many answered (a count; never who). */
  answersIn: number;
  /** The latest closed round's outcomes; null while the first round is open or before any. */
  outcomes: GoalOutcome[] | null;
  /** The round those outcomes belong to. */
  outcomesRound: number | null;
}

/** The public ratification view; null when the session ratifies nothing or no round was held. */
export function ratificationView(state: SessionState): RatificationView | null {
  const settings = ratificationSettingsOf(state.settings);
  const latest = state.ratification.rounds.at(-1);
  if (settings.rule.kind === 'none' || !latest) return null;
  const closed = [...state.ratification.rounds].reverse().find((r) => r.closedAt !== null);
  return {
    settings,
    round: latest.round,
    open: latest.closedAt === null,
    goals: latest.ideaIds.map((ideaId) => ({
      ideaId,
      number: state.ideas.get(ideaId)?.number ?? 0,
      text: state.ideas.get(ideaId)?.text ?? '',
    })),
    answersIn: answersOfRound(state.ratification, latest.round).length,
    outcomes: closed?.outcomes ?? null,
    outcomesRound: closed?.round ?? null,
  };
}

/** A participant's own answers in the latest round, found only through their keys. */
export function myAnswers(
  state: SessionState,
  organization: string | null,
  answerKeys: AnswerKeys,
): { round: number; answers: AnswerItem[] } | null {
  const latest = state.ratification.rounds.at(-1);
  if (!latest) return null;
  const delegates = ratificationSettingsOf(state.settings).voters === 'delegates';
  const own = delegates ? (organization ? `o:${organization}` : undefined) : answerKeys.forRound(latest.round);
  const record = own === undefined ? undefined : state.ratification.answers[`${roundPrefix(latest.round)}${own}`];
  return record ? { round: latest.round, answers: record.answers } : null;
}
