import type { Profile } from '../config.js';
import { commandId, connectParticipant, createSession, Crowd, joinRoom, send, type AckResult } from '../crowd.js';
import { Participant } from '../participant.js';
import { parseEventPayload } from '../wire-client.js';
import type { ScenarioResult } from '../result.js';
import type { ServerProcess } from '../server-process.js';
import { between, sleep, summarize } from '../stats.js';
import { ideaText } from './one-action.js';

function progress(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** The plan: 300 people in 40 tables on one process. */
export const TABLES_PLAN: { people: number; tables: number } = { people: 300, tables: 40 };

interface TablesRoom {
  url: string;
  code: string;
  token: string;
  facilitator: Participant;
  everyone: Crowd;
  /** Each table's people, in table order. */
  tables: Crowd[];
  profile: Profile;
}

async function steer(room: TablesRoom, event: string, payload: Record<string, unknown> = {}): Promise<void> {
  const result: AckResult = await send(
    room.facilitator,
    event,
    { commandId: commandId(), token: room.token, ...payload },
    room.profile.waitMs,
  );
  if (!result.ok) throw new Error(`${event} refused: ${result.error.code} ${result.error.message}`);
}

/** Everyone joins (a few at a time), is seated, and the tables start. */
async function openTablesRoom(
  server: ServerProcess,
  profile: Profile,
  people: number,
  count: number,
): Promise<TablesRoom> {
  const tables = { split: { by: 'count', count }, seating: 'mixed', shortlist: { kind: 'vote', top: 2 } };
  const created = await createSession(server.url, {
    title: 'Bench tables',
    settings: { ideasPerParticipant: 20, tables },
  });
  const facilitator = new Participant(-1);
  const room: TablesRoom = {
    url: server.url,
    code: created.code,
    token: created.facilitatorToken,
    facilitator,
    everyone: new Crowd(people),
    tables: [],
    profile,
  };
  if (!(await connectParticipant(facilitator, server.url, profile.waitMs)))
    throw new Error('facilitator could not connect');
  const attached = await send(
    facilitator,
    'facilitator:attach',
    { code: room.code, token: room.token },
    profile.waitMs,
  );
  if (!attached.ok) throw new Error('facilitator:attach refused');
  for (let i = 0; i < people; i += 25) {
    const batch = room.everyone.members.slice(i, i + 25);
    const errors = await Promise.all(batch.map((m) => joinRoom(m, server.url, room.code, profile.waitMs)));
    const failed = errors.find((e) => e !== null);
    if (failed) throw new Error(`join refused: ${failed}`);
  }
  await steer(room, 'tables:seat');
  await sleep(300);
  const seating = (facilitator.facilitatorView?.seating ?? []) as { members: { id: string }[] }[];
  const byId = new Map(room.everyone.members.map((m) => [m.participantId, m]));
  for (const table of seating) {
    const crowd = new Crowd(0);
    for (const member of table.members) {
      const person = byId.get(member.id);
      if (person) crowd.add(person);
    }
    room.tables.push(crowd);
  }
  if (room.tables.length !== count) throw new Error(`seated ${room.tables.length} tables`);
  await steer(room, 'phase:advance', { from: 'lobby' });
  await sleep(500);
  return room;
}

type Samples = { samples: number[]; failures: number };

/** One measured action: who sends what, and whose views must count it. */
interface Action {
  crowd: Crowd;
  counter: 'ideasSubmitted' | 'ballotsIn';
  actor: Participant;
  event: string;
  payload: Record<string, unknown>;
}

/**
 * Actions one at a time in a quiet room: each sample is the time from the emit until the last
 * member of the action's crowd was sent a view whose counter went up.
 */
async function oneAtATime(room: TablesRoom, count: number, action: (i: number) => Action): Promise<Samples> {
  const samples: number[] = [];
  let failures = 0;
  for (let i = 0; i < count; i++) {
    await sleep(between(...room.profile.actionGapMs));
    const { crowd, counter, actor, event, payload } = action(i);
    const reached = crowd.reach(counter, crowd.highest(counter) + 1, room.profile.waitMs);
    const started = performance.now();
    const ack = await send(actor, event, { commandId: commandId(), ...payload }, room.profile.waitMs);
    if (!ack.ok) crowd.cancel();
    const seen = await reached;
    if (ack.ok && seen.missing === 0) samples.push(seen.lastAt - started);
    else failures++;
    if ((i + 1) % 25 === 0) progress(`tables-300: ${i + 1} of ${count} (${failures} failed)`);
  }
  return { samples, failures };
}

/** One idea at a time, table after table: until every member of that table sees it counted. */
function actionsAtTables(room: TablesRoom, actions: number): Promise<Samples> {
  return oneAtATime(room, actions, (i) => {
    const table = room.tables[i % room.tables.length] as Crowd;
    const actor = table.members[Math.floor(i / room.tables.length) % table.members.length] as Participant;
    return {
      crowd: table,
      counter: 'ideasSubmitted',
      actor,
      event: 'idea:add',
      payload: { text: ideaText(`table ${i}`) },
    };
  });
}

/** A participant's first idea that was shared, from the last private view they were sent. */
function sharedIdeaOf(member: Participant): string | null {
  if (!member.lastPrivate) return null;
  type Update = { private: { view: { myIdeas: { id: string; number: number | null }[] } } };
  const update = parseEventPayload<Update>(member.lastPrivate);
  return update.private.view.myIdeas.find((idea) => idea.number !== null)?.id ?? null;
}

/** Every table shares, clarifies, votes for its members' own first ideas and sends its shortlist; then the plenary opens. */
async function toPlenaryVote(room: TablesRoom): Promise<string[]> {
  // Everyone writes one idea, so that every table has enough voters with an idea to rank.
  const { members } = room.everyone;
  for (let i = 0; i < members.length; i += 25) {
    const batch = members.slice(i, i + 25);
    await Promise.all(
      batch.map((m) =>
        send(m, 'idea:add', { commandId: commandId(), text: ideaText(`own ${i}`) }, room.profile.waitMs),
      ),
    );
  }
  await steer(room, 'phase:advance', { table: '*', from: 'ideation' });
  for (let round = 0; round < 3; round++) await steer(room, 'sharing:reveal-round', { table: '*' }).catch(() => {});
  await steer(room, 'phase:advance', { table: '*', from: 'sharing' });
  await steer(room, 'phase:advance', { table: '*', from: 'clarification' });
  await sleep(300);
  // At each table everyone ranks the first two members' ideas, so each table sends two.
  for (const table of room.tables) {
    const ranking = table.members.slice(0, 2).flatMap((m) => sharedIdeaOf(m) ?? []);
    await Promise.all(
      table.members.map((m) => send(m, 'ballot:submit', { commandId: commandId(), ranking }, room.profile.waitMs)),
    );
  }
  await steer(room, 'phase:advance', { table: '*', from: 'ranking' });
  await steer(room, 'phase:advance', { from: 'tables' });
  await steer(room, 'phase:advance', { from: 'clarification' });
  const view = () => room.facilitator.facilitatorView as { phase?: string; ideas?: unknown[] } | null;
  for (
    let waited = 0;
    waited < room.profile.waitMs && (view()?.phase !== 'ranking' || !view()?.ideas?.length);
    waited += 50
  ) {
    await sleep(50);
  }
  return ((room.facilitator.facilitatorView?.ideas ?? []) as { id: string }[]).map((idea) => idea.id);
}

/** One ballot at a time in the plenary: until all 300 views count it. */
function plenaryBallots(room: TablesRoom, ideas: string[], count: number): Promise<Samples> {
  // Everyone listens to the plenary's count now, no longer to their table's.
  const everyone = new Crowd(0);
  for (const member of room.everyone.members) everyone.add(member);
  const span = Math.max(1, ideas.length - 3);
  return oneAtATime(room, count, (i) => ({
    crowd: everyone,
    counter: 'ballotsIn',
    actor: everyone.members[(i * 7) % everyone.members.length] as Participant,
    event: 'ballot:submit',
    payload: { ranking: ideas.slice(i % span, (i % span) + 3) },
  }));
}

/**
 * tables-300: 300 people in 40 tables on one process. The one-action p99 inside each table (an
 * idea written at one table, until every member of that table sees the count move) and for the
 * plenary vote (one ballot, until all 300 see "ballots in" move).
 */
export async function tablesScenario(
  server: ServerProcess,
  profile: Profile,
  run: number,
  plan = TABLES_PLAN,
): Promise<ScenarioResult> {
  const room = await openTablesRoom(server, profile, plan.people, plan.tables);
  try {
    progress(`tables-300: ${plan.people} people seated at ${room.tables.length} tables`);
    const atTables = await actionsAtTables(room, Math.max(plan.tables, profile.actions * 2));
    progress(`tables-300: ${atTables.samples.length} actions at tables, ${atTables.failures} failures`);
    const ideas = await toPlenaryVote(room);
    progress(`tables-300: plenary pool of ${ideas.length} ideas`);
    // A second ballot of the same person replaces the first, so each sample is a new voter.
    const plenary = await plenaryBallots(room, ideas, Math.min(profile.actions, plan.people));
    const table = summarize(atTables.samples);
    const vote = summarize(plenary.samples);
    return {
      scenario: 'tables-300',
      server: 'roundtable',
      n: plan.people,
      run,
      completed: true,
      failures: atTables.failures + plenary.failures,
      figures: {
        tables: plan.tables,
        tableActions: table.count,
        tableP50Ms: table.p50,
        tableP99Ms: table.p99,
        tableMaxMs: table.max,
        plenaryPool: ideas.length,
        plenaryBallots: vote.count,
        plenaryP50Ms: vote.p50,
        plenaryP99Ms: vote.p99,
        plenaryMaxMs: vote.max,
      },
      notes: [],
    };
  } finally {
    room.everyone.closeAll();
    room.facilitator.close();
  }
}
