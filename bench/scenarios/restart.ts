import { sendFacilitatorAttach, type BigRoom } from '../big-room.js';
import { commandId, send } from '../crowd.js';
import type { Participant } from '../participant.js';
import { reconnectWithBackoff } from '../reconnect.js';
import { listenOverflows } from '../proc-stats.js';
import type { ScenarioResult } from '../result.js';
import { ServerProcess } from '../server-process.js';
import { sleep, summarize } from '../stats.js';
import { parseEventPayload } from '../wire-client.js';
import { ballotFor } from './votes.js';

interface Sent {
  ranking: string[];
  acked: boolean;
}

/**
 * Participants change their ballots in a steady stream; once half of the changes are
 * acknowledged the server is killed with SIGKILL mid-stream, and started again on the same data.
 */
async function reviseUntilKilled(room: BigRoom, history: Map<Participant, Sent[]>): Promise<number> {
  const members = room.crowd.members.filter((m) => m.client);
  const killAfter = Math.max(1, Math.ceil(members.length / 2));
  let acked = 0;
  let killing: Promise<void> | null = null;
  let killedAt = 0;
  const kill = () => {
    killedAt = performance.now();
    killing ??= room.server.kill9();
  };
  for (let i = 0; i < members.length && killing === null; i++) {
    const member = members[i];
    if (!member) break;
    const sent: Sent = { ranking: ballotFor(room.ideaIds, member.index + 7919), acked: false };
    history.get(member)?.push(sent);
    const payload = { commandId: commandId(), ranking: sent.ranking };
    void send(member, 'ballot:submit', payload, room.profile.waitMs).then((result) => {
      if (!result.ok || killing !== null) return;
      sent.acked = true;
      if (++acked >= killAfter) kill();
    });
    await sleep(1);
  }
  if (killing === null) kill();
  await killing;
  return killedAt;
}

/** How many participants' ballots, read back after the restart, lost an acknowledged change. */
function lostAcknowledged(history: Map<Participant, Sent[]>): { lost: number; unread: number } {
  let lost = 0;
  let unread = 0;
  for (const [member, sent] of history) {
    if (!member.lastPrivate) {
      unread++;
      continue;
    }
    const mine =
      parseEventPayload<{ view: { myBallot: { ranking: string[] } | null } }>(member.lastPrivate).view.myBallot
        ?.ranking ?? null;
    const lastAcked = sent.map((s) => s.acked).lastIndexOf(true);
    // The ballot must be the last acknowledged one, or a later one whose ack the crash swallowed.
    const allowed = sent.slice(Math.max(0, lastAcked)).map((s) => JSON.stringify(s.ranking));
    if (!allowed.includes(JSON.stringify(mine))) lost++;
  }
  return { lost, unread };
}

/** Everyone reconnects to the new server on their own backoff and resumes (or re-attaches). */
function reconnectEveryone(room: BigRoom, members: Participant[], url: string) {
  const { waitMs } = room.profile;
  const deadline = performance.now() + waitMs;
  const participants = members.map((member) => {
    member.lastPrivate = null;
    const resume = async () => {
      const payload = { code: room.code, token: member.token, lastVersion: member.version };
      return (await send(member, 'participant:resume', payload, waitMs)).ok;
    };
    return reconnectWithBackoff(member, url, resume, deadline, waitMs);
  });
  const facilitator = reconnectWithBackoff(
    room.facilitator,
    url,
    async () => (await sendFacilitatorAttach(room)) === null,
    deadline,
    waitMs,
  );
  return Promise.all([Promise.all(participants), facilitator]);
}

/** Views follow the resume ack: gives the last ones a moment to land before they are read. */
async function viewsLanded(room: BigRoom, members: Participant[]): Promise<void> {
  const until = performance.now() + 2000;
  const waiting = () =>
    room.facilitator.firstViewAt === null ||
    members.some((m) => m.client && (m.firstViewAt === null || !m.lastPrivate));
  while (waiting() && performance.now() < until) await sleep(20);
}

/** Scenario 5: kill -9 during ranking, start again, everyone resumes with the socket.io backoff. */
export async function restart(room: BigRoom): Promise<ScenarioResult> {
  const members = room.crowd.members.filter((m) => m.client);
  const history = new Map<Participant, Sent[]>(
    members.map((m) => [m, [{ ranking: ballotFor(room.ideaIds, m.index), acked: true }]]),
  );
  const killedAt = await reviseUntilKilled(room, history);
  const overflows = listenOverflows();
  const old = room.server;
  const next = new ServerProcess(room.kind, old.port, old.dataDir, old.extraNodeArgs);
  const reconnected = reconnectEveryone(room, members, next.url);
  room.server = next; // from here on, the sequence stops this one whatever happens
  await next.start(room.profile.waitMs);
  const startup = next.startupSched;
  const [attached] = await reconnected;
  await viewsLanded(room, members);
  // Nothing changes after the restart, so the version the facilitator is sent is the current one.
  const current = room.facilitator.firstViewVersion;
  const back = members.filter((m) => m.firstViewAt !== null && m.firstViewVersion >= current);
  const sinceListening = summarize(back.map((m) => (m.firstViewAt ?? 0) - next.listeningAt));
  const overflowsAfter = listenOverflows();
  const { lost, unread } = lostAcknowledged(history);
  const ackedChanges = [...history.values()].reduce((n, sent) => n + sent.slice(1).filter((s) => s.acked).length, 0);
  return {
    scenario: 'restart',
    server: room.kind,
    n: room.n,
    run: room.run,
    completed: true,
    failures: lost + (members.length - back.length) + (current === 0 ? 1 : 0),
    figures: {
      spawnToListeningMs: Math.round(next.listeningAt - next.spawnedAt),
      serverStartupMs: next.startupMs,
      // CPU the new process used until listening, and time it waited for a CPU (a busy machine).
      startupCpuMs: Math.round(startup.runNs / 1e6),
      startupStarvedMs: Math.round(startup.waitNs / 1e6),
      killToListeningMs: Math.round(next.listeningAt - killedAt),
      backP50Ms: sinceListening.p50,
      backP99Ms: sinceListening.p99,
      backMaxMs: sinceListening.max,
      backFromKillP99Ms: summarize(back.map((m) => (m.firstViewAt ?? 0) - killedAt)).p99,
      back: back.length,
      listenOverflows: overflows !== null && overflowsAfter !== null ? overflowsAfter - overflows : null,
      notAttached: attached.filter((at) => at === null).length,
      ackedChangesBeforeKill: ackedChanges,
      ackedLost: lost,
      ballotsUnread: unread,
    },
    notes: [
      'back = first view after resuming, at the current version; measured from listening (backP*) and from the kill',
      'clients reconnect with socket.io-client backoff (1 s doubling, jitter 0.5, max 4 s), as the app does',
    ],
  };
}
