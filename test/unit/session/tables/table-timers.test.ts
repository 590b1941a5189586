import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SessionSettingsInput } from '../../../../shared/session/settings.js';
import { nextTimerEnd } from '../../../../shared/session/tables/table-timers.js';
import type { Table } from '../../../../shared/session/tables/types.js';
import { FACILITATOR, outcome, SYSTEM } from '../../../support/machine.js';
import { TableMachine } from '../../../support/table-machine.js';

const ORGS = ['Acme', 'Borealis', 'Cedar'];
const MINUTE = 60_000;

/** Nine people in three tables, started with the given phase durations (ideation 60 s by default). */
function started(settings: SessionSettingsInput = {}, shortlist: 'vote' | 'all' = 'vote') {
  const rule = shortlist === 'vote' ? { kind: 'vote' as const, top: 2 } : { kind: 'all' as const };
  const m = new TableMachine(
    { split: { by: 'count', count: 3 }, seating: 'mixed', shortlist: rule },
    { durations: { ideation: 60 }, ...settings },
  );
  for (let i = 0; i < 9; i++) m.sit(`P${i}`, ORGS[i % 3] as string);
  m.must({ type: 'seatTables' }, FACILITATOR);
  m.advance();
  return m;
}

const phases = (m: TableMachine) => m.tables().map((table) => table.phase);
const tableAt = (m: TableMachine, i: number): Table => m.tables()[i]!;

describe('table timers end their own table’s phase', () => {
  it('a table whose timer runs out moves on alone, logged as the timer’s doing', () => {
    const m = started();
    const [one, two, three] = m.tables();
    m.control(two!.id, { type: 'extendTimer', seconds: 30 });
    m.control(three!.id, { type: 'pauseTimer' });
    expect(nextTimerEnd(m.state)).toBe(m.now + MINUTE);
    const before = structuredClone(m.state.tables);

    m.now += MINUTE;
    m.must({ type: 'expireTimer' }, SYSTEM);
    expect(phases(m)).toEqual(['sharing', 'ideation', 'ideation']);
    // The other tables are untouched: not even their timer.
    expect(m.state.tables[two!.id]).toEqual(before[two!.id]);
    expect(m.state.tables[three!.id]).toEqual(before[three!.id]);
    const moved = tableAt(m, 0).decisions.filter((d) => d.kind === 'phase');
    expect(moved.map((d) => [d.to, d.by])).toEqual([
      ['ideation', undefined],
      ['sharing', 'timer'],
    ]);
    expect(m.state.tables[one!.id]?.timer).toBeNull();
    // The session itself stays at its tables.
    expect(m.state.phase).toBe('tables');
    expect(nextTimerEnd(m.state)).toBe(m.now + 30_000);

    m.now += 30_000;
    m.must({ type: 'expireTimer' }, SYSTEM);
    expect(phases(m)).toEqual(['sharing', 'sharing', 'ideation']);
    // Long past its end, the paused table is still writing and nothing is armed for it.
    m.now += 10 * MINUTE;
    expect(m.run({ type: 'expireTimer' }, SYSTEM)).toEqual({ ok: true, value: [] });
    expect(nextTimerEnd(m.state)).toBeNull();
    m.control(three!.id, { type: 'resumeTimer' });
    expect(nextTimerEnd(m.state)).toBe(m.now + MINUTE);
  });

  it('tables due at the same moment all move on with one command', () => {
    const m = started({ durations: { ideation: 60, sharing: 120 } });
    m.now += MINUTE;
    m.must({ type: 'expireTimer' }, SYSTEM);
    expect(phases(m)).toEqual(['sharing', 'sharing', 'sharing']);
    // Each table enters sharing with its own timer, as a facilitator's advance starts it.
    expect(nextTimerEnd(m.state)).toBe(m.now + 2 * MINUTE);
  });

  it('a host pauses, extends and resumes their table’s timer; the earliest end follows', () => {
    const m = started();
    const [one, two] = m.tables();
    const host = m.at(one!)[0]!;
    m.must({ type: 'setTableHost', tableId: one!.id, participantId: host.participantId }, FACILITATOR);
    expect(outcome(m.control(one!.id, { type: 'pauseTimer' }, host))).toBe('accepted');
    expect(outcome(m.control(two!.id, { type: 'pauseTimer' }, host))).toBe('FORBIDDEN');
    m.now += 20_000;
    expect(outcome(m.control(one!.id, { type: 'extendTimer', seconds: 60 }, host))).toBe('accepted');
    expect(outcome(m.control(one!.id, { type: 'resumeTimer' }, host))).toBe('accepted');
    // Two tables end 40 s from now; table one, paused then extended, 2 minutes from now.
    expect(m.state.tables[one!.id]?.timer?.endsAt).toBe(m.now + 2 * MINUTE);
    expect(nextTimerEnd(m.state)).toBe(m.now + 40_000);
    m.now += 40_000;
    m.must({ type: 'expireTimer' }, SYSTEM);
    expect(phases(m)).toEqual(['ideation', 'sharing', 'sharing']);
    expect(nextTimerEnd(m.state)).toBe(m.now + 80_000);
    expect(outcome(m.control(one!.id, { type: 'clearTimer' }, host))).toBe('accepted');
    expect(nextTimerEnd(m.state)).toBeNull();
  });

  it('a table vote with too few ballots stays open when its time is up; with enough it sends its shortlist', () => {
    const m = started({ durations: { ideation: 60, ranking: 30 } });
    const table = tableAt(m, 0);
    for (const p of m.at(table)) m.addIdea(p, `${p.name} idea`);
    m.advanceTable(table.id);
    m.control(table.id, { type: 'revealRound' });
    m.advanceTable(table.id);
    m.advanceTable(table.id);
    const ideas = tableAt(m, 0).revealed;
    const [first, second, third] = m.at(table);
    m.must({ type: 'submitBallot', ranking: ideas.slice(0, 2) }, first!);
    m.must({ type: 'submitBallot', ranking: ideas.slice(0, 2) }, second!);
    m.now += 30_000;
    m.must({ type: 'expireTimer' }, SYSTEM);
    expect(tableAt(m, 0).phase).toBe('ranking');
    expect(tableAt(m, 0).timer).toMatchObject({ expired: true, remainingMs: 0 });
    // Run out, the timer arms nothing more for this table: the other tables' writing time is next.
    expect(nextTimerEnd(m.state)).toBe(tableAt(m, 1).timer?.endsAt);
    expect(nextTimerEnd(m.state)).toBeGreaterThan(m.now);
    m.control(table.id, { type: 'extendTimer', seconds: 30 });
    m.must({ type: 'submitBallot', ranking: ideas.slice(1, 3) }, third!);
    m.now += 30_000;
    m.must({ type: 'expireTimer' }, SYSTEM);
    expect(tableAt(m, 0).phase).toBe('results');
    expect(tableAt(m, 0).shortlist).toEqual([ideas[1], ideas[0]]);
  });

  it('a table that sends every idea ends its clarification without a vote when its time is up', () => {
    const m = started({ durations: { ideation: 60, clarification: 30 } }, 'all');
    const table = tableAt(m, 0);
    for (const p of m.at(table)) m.addIdea(p, `${p.name} idea`);
    m.advanceTable(table.id);
    m.advanceTable(table.id);
    m.now += 30_000;
    m.must({ type: 'expireTimer' }, SYSTEM);
    expect(tableAt(m, 0).phase).toBe('results');
    expect(tableAt(m, 0).shortlist).toHaveLength(3);
  });

  it('a table left by everyone keeps its timer, which counts no more once the session has left its tables', () => {
    const m = started();
    const [empty, ...others] = m.tables();
    for (const p of m.at(empty!)) m.must({ type: 'removeParticipant', participantId: p.participantId }, FACILITATOR);
    for (const table of others) m.runTable(table, 1);
    expect(nextTimerEnd(m.state)).toBe(m.now + MINUTE);
    m.advance();
    expect(m.state.phase).toBe('clarification');
    expect(m.state.tables[empty!.id]?.timer?.endsAt).toBe(m.now + MINUTE);
    expect(nextTimerEnd(m.state)).toBeNull();
    m.now += MINUTE;
    expect(m.run({ type: 'expireTimer' }, SYSTEM)).toEqual({ ok: true, value: [] });
  });
});

/** Random table controls and passing time, each followed by the server's expiry command. */
const move = fc.record({
  table: fc.nat(2),
  kind: fc.constantFrom('advance', 'pause', 'resume', 'extend', 'clear', 'start', 'host-pause'),
  wait: fc.integer({ min: 0, max: 90_000 }),
});

describe('table timers: properties', () => {
  it('expiry moves exactly the tables whose timer was due, and never leaves a due timer armed', () => {
    fc.assert(
      fc.property(fc.array(move, { maxLength: 25 }), (moves) => {
        const m = started({ durations: { ideation: 60, sharing: 45, clarification: 30, ranking: 20 } }, 'all');
        for (const [i, table] of m.tables().entries()) {
          m.must(
            { type: 'setTableHost', tableId: table.id, participantId: m.at(table)[i % 3]!.participantId },
            FACILITATOR,
          );
        }
        for (const step of moves) {
          const table = tableAt(m, step.table);
          const host = m.people.find((p) => p.participantId === table.hostId)!;
          if (step.kind === 'advance') m.control(table.id, { type: 'advancePhase', from: table.phase });
          else if (step.kind === 'pause') m.control(table.id, { type: 'pauseTimer' });
          else if (step.kind === 'host-pause') m.control(table.id, { type: 'pauseTimer' }, host);
          else if (step.kind === 'resume') m.control(table.id, { type: 'resumeTimer' });
          else if (step.kind === 'extend') m.control(table.id, { type: 'extendTimer', seconds: 15 });
          else if (step.kind === 'clear') m.control(table.id, { type: 'clearTimer' });
          else m.control(table.id, { type: 'startTimer', seconds: 40 });
          m.now += step.wait;
          const armed = nextTimerEnd(m.state);
          const before = m.tables();
          const due = before.map(
            (t) => t.timer !== null && !t.timer.expired && t.timer.endsAt !== null && t.timer.endsAt <= m.now,
          );
          m.must({ type: 'expireTimer' }, SYSTEM);
          for (const [i, table] of m.tables().entries()) {
            if (due[i]) expect(table.phase).not.toBe(before[i]!.phase);
            else expect(table).toBe(before[i]);
          }
          // What the server arms is the earliest end, and it is never already due after expiry.
          if (due.some(Boolean)) expect(armed).toBeLessThanOrEqual(m.now);
          const next = nextTimerEnd(m.state);
          if (next !== null) expect(next).toBeGreaterThan(m.now);
          const ends = m
            .tables()
            .flatMap((t) =>
              t.timer && !t.timer.expired && t.timer.endsAt !== null && t.timer.phase === t.phase
                ? [t.timer.endsAt]
                : [],
            );
          expect(next).toBe(ends.length === 0 ? null : Math.min(...ends));
        }
      }),
      { numRuns: 150 },
    );
  });
});
