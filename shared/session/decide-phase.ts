import { err, ok, type Result } from './result.js';
import type { DecideContext } from './commands.js';
import { nextTurn, unrevealedInRandomOrder } from './decide-sharing.js';
import type { SessionEvent } from './events.js';
import { activeRevealedIdeas, ballotCount } from './queries.js';
import { isTimedPhase, nextPhase, phaseRule, sessionPhases, type Phase, type TimedPhase } from './phases.js';
import type { PhaseTimer, SessionState } from './state.js';
import { tablePhaseEvents } from './tables/phase-tables.js';
import { preworkSeedsToReveal } from './prework/decide-prework.js';

type Decision = Result<SessionEvent[]>;

function runningTimer(phase: TimedPhase, ms: number, now: number): PhaseTimer {
  return { phase, endsAt: now + ms, remainingMs: ms, expired: false };
}

/** The timer a phase starts with: its configured duration, if any. */
function timerFor(state: SessionState, phase: Phase, now: number): PhaseTimer | null {
  if (!isTimedPhase(phase)) return null;
  const seconds = state.settings.durations[phase];
  return seconds === undefined ? null : runningTimer(phase, seconds * 1000, now);
}

/** What entering `to` brings with it besides the phase change itself. */
function entryEvents(state: SessionState, to: Phase, ctx: DecideContext): SessionEvent[] {
  // Pre-work brought into the pool is shared first, as sharing starts.
  const events: SessionEvent[] = to === 'sharing' ? preworkSeedsToReveal(state) : [];
  if (to === 'sharing' && state.settings.sharingMode === 'named-turns') {
    events.push({ type: 'turnGiven', participantId: nextTurn(state, null, []) });
  }
  if (to === 'clarification') {
    // Ideas never shared in turn are not lost: they are revealed when sharing ends.
    const rest = unrevealedInRandomOrder(state, ctx.random);
    if (rest.length > 0) events.push({ type: 'ideasRevealed', ideaIds: rest });
    if (state.namedTurns.turn !== null) events.push({ type: 'turnGiven', participantId: null });
  }
  events.push({ type: 'timerSet', timer: timerFor(state, to, ctx.now) });
  return events;
}

function checkCanEnter(state: SessionState, to: Phase): Decision | null {
  const needs = phaseRule(to).needs;
  if (needs === 'ideas' && activeRevealedIdeas(state).length === 0) {
    return err('CONFLICT', 'There are no ideas to rank.');
  }
  if (needs === 'ballots' && ballotCount(state) < state.settings.minBallots) {
    return err(
      'NOT_ENOUGH_BALLOTS',
      `Results need at least ${state.settings.minBallots} ballots; ${ballotCount(state)} are in.`,
    );
  }
  return null;
}

/** The facilitator moves the session on; `from` makes a repeated click harmless. */
export function decideAdvance(state: SessionState, from: Phase, ctx: DecideContext): Decision {
  if (state.phase !== from) return err('WRONG_PHASE', `The session is already in ${state.phase}.`);
  const to = nextPhase(state.phase, state.settings.twoRounds, state.round, state.settings.tables !== null);
  if (to === null) return err('WRONG_PHASE', 'The session has ended.');
  const refused = checkCanEnter(state, to);
  if (refused) return refused;
  const tables = tablePhaseEvents(state, from, to, ctx);
  if (!tables.ok) return tables;
  return ok([{ type: 'phaseChanged', from, to, at: ctx.now }, ...tables.value, ...entryEvents(state, to, ctx)]);
}

/** The facilitator takes the one step back the phase allows, if any. */
export function decideStepBack(state: SessionState, from: Phase, ctx: DecideContext): Decision {
  if (state.phase !== from) return err('WRONG_PHASE', `The session is already in ${state.phase}.`);
  const to = phaseRule(from).back;
  if (to === null) return err('WRONG_PHASE', `There is no way back from ${from}.`);
  // The plenary of a session in tables has no sharing of its own to go back to: its tables shared.
  if (state.tableOrder.length > 0 && !sessionPhases(false, true).includes(to)) {
    return err('WRONG_PHASE', `There is no way back from the plenary's ${from}.`);
  }
  return ok([
    { type: 'phaseChanged', from, to, at: ctx.now },
    { type: 'timerSet', timer: timerFor(state, to, ctx.now) },
  ]);
}

/** Facilitator timer controls: start, pause, resume, extend, clear. */
export function decideTimer(
  state: SessionState,
  command: 'start' | 'pause' | 'resume' | 'extend' | 'clear',
  seconds: number,
  now: number,
): Decision {
  const timer = state.timer;
  const set = (next: PhaseTimer | null): Decision => ok([{ type: 'timerSet', timer: next }]);
  switch (command) {
    case 'start':
      // COMMAND_RULES lets a timer start only in a timed phase.
      return set(runningTimer(state.phase as TimedPhase, seconds * 1000, now));
    case 'clear':
      return timer ? set(null) : ok([]);
    case 'pause':
      if (!timer || timer.endsAt === null || timer.expired) return err('CONFLICT', 'No timer is running.');
      return set({ ...timer, endsAt: null, remainingMs: Math.max(0, timer.endsAt - now) });
    case 'resume':
      if (!timer || timer.endsAt !== null || timer.expired) return err('CONFLICT', 'No timer is paused.');
      return set(runningTimer(timer.phase, timer.remainingMs, now));
    case 'extend': {
      if (!timer) return err('CONFLICT', 'There is no timer to extend.');
      const ms = seconds * 1000;
      if (timer.expired) return set(runningTimer(timer.phase, ms, now));
      if (timer.endsAt === null) return set({ ...timer, remainingMs: timer.remainingMs + ms });
      return set({ ...timer, endsAt: timer.endsAt + ms, remainingMs: timer.remainingMs + ms });
    }
  }
}

/**
 * When a timer ends while it runs in the phase it was set for; null when it is paused, has run
 * out, or was left behind by its phase. The one rule for which timers the server arms and ends.
 */
export function runningEnd(timer: PhaseTimer | null, phase: Phase): number | null {
  return timer && !timer.expired && timer.endsAt !== null && timer.phase === phase ? timer.endsAt : null;
}

/** The timer of a group (a session, or a table seen as one) if it runs and is due at `now`. */
export function dueTimer(group: Pick<SessionState, 'timer' | 'phase'>, now: number): PhaseTimer | null {
  const end = runningEnd(group.timer, group.phase);
  return end !== null && end <= now ? group.timer : null;
}

/** The event that marks a due timer as run out. */
export function timerRanOut(timer: PhaseTimer): SessionEvent {
  return { type: 'timerSet', timer: { ...timer, remainingMs: 0, expired: true } };
}

/** A phase change a timer made: the decision log says the timer, not the facilitator, moved on. */
export function byTimer(event: SessionEvent): SessionEvent {
  return event.type === 'phaseChanged' ? { ...event, by: 'timer' } : event;
}

/**
 * The server's own command when a timer runs out: the phase ends as if the facilitator had
 * advanced it, except that voting stays open while there are too few ballots for results.
 */
export function decideExpireTimer(state: SessionState, ctx: DecideContext): Decision {
  const timer = dueTimer(state, ctx.now);
  if (!timer) return ok([]);
  const advanced = decideAdvance(state, state.phase, ctx);
  return ok([timerRanOut(timer), ...(advanced.ok ? advanced.value.map(byTimer) : [])]);
}
