import { io, type Socket } from 'socket.io-client';
import type { Result } from '../../../shared/session/result.js';
import { commandId, ViewTracker, type TestSocket } from '../../support/clients.js';
import { roomInRanking } from '../../support/ranking-room.js';
import { ResilientParticipant } from '../../support/resilient-participant.js';
import type { Room } from '../../support/room.js';
import type { TestCluster } from './cluster.js';

/** A room in its vote through the proxy, every phone a resilient client routed by the room code. */
export interface VotingRoom {
  room: Room;
  sessionId: string;
  ideas: string[];
  phones: Map<string, ResilientParticipant>;
  /** The URL a routed socket of this room opens (the proxy's, with `?room=`). */
  routedUrl: string;
}

export async function votingRoom(cluster: TestCluster, names: string[], ballotSize = 3): Promise<VotingRoom> {
  const { room, ideas } = await roomInRanking(cluster.url, names, { settings: { ballotSize } }, { routed: true });
  const routedUrl = `${cluster.url}?room=${room.code}`;
  const phones = new Map<string, ResilientParticipant>();
  for (const name of names) {
    room.person(name).tracker.socket.disconnect();
    phones.set(name, new ResilientParticipant(routedUrl, room.code, room.person(name).token));
  }
  const sessionId = room.facilitator.view?.sessionId ?? '';
  return { room, sessionId, ideas, phones, routedUrl };
}

/** A ballot per name: three ideas picked by the name's position, so each is distinct and known. */
export function ballotOf(ideas: string[], index: number): string[] {
  return [ideas[index % ideas.length]!, ideas[(index + 1) % ideas.length]!, ideas[(index + 2) % ideas.length]!];
}

/** Resolves once every phone's commands are acknowledged (or refused), or fails after `ms`. */
export async function allAnswered(phones: Iterable<ResilientParticipant>, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  const list = [...phones];
  while (list.some((phone) => phone.unacknowledged > 0)) {
    if (Date.now() > deadline) throw new Error('commands left unanswered');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A facilitator socket through the proxy that retries its command until an answer other than UNAVAILABLE. */
export async function steerRouted(url: string, code: string, token: string, event: string, payload = {}) {
  const id = commandId();
  const deadline = Date.now() + 30_000;
  for (;;) {
    const socket: TestSocket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
    const raw = socket as unknown as Socket;
    const tracker = new ViewTracker(socket);
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      });
      const attached = (await raw.timeout(5000).emitWithAck('facilitator:attach', { code, token })) as Result<unknown>;
      if (attached.ok) {
        const result = (await raw
          .timeout(5000)
          .emitWithAck(event, { commandId: id, token, ...payload })) as Result<unknown>;
        if (result.ok || result.error.code !== 'UNAVAILABLE') return { result, tracker };
      }
    } catch {
      // Not answered: try again with the same command id.
    }
    socket.disconnect();
    if (Date.now() > deadline) throw new Error(`${event} never answered`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The first `voters` ballots as sent and as stored (JSON, sorted), and how many were lost or doubled. */
export async function ballotTally(cluster: TestCluster, voting: VotingRoom, voters: number) {
  const rows = await cluster.query<{ ranking: string[] }>('SELECT ranking FROM ballots WHERE session_id = $1', [
    voting.sessionId,
  ]);
  const kept = rows.map((row) => JSON.stringify(row.ranking)).sort();
  const sent = Array.from({ length: voters }, (_, i) => JSON.stringify(ballotOf(voting.ideas, i))).sort();
  const lost = sent.filter((ballot) => !kept.includes(ballot)).length;
  const duplicated = kept.length - new Set(kept).size + Math.max(0, kept.length - sent.length);
  return { kept, sent, lost, duplicated };
}
