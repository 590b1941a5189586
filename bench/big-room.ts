import type { Profile } from './config.js';
import { connectParticipant, createSession, Crowd, send, commandId, type AckResult } from './crowd.js';
import { Participant } from './participant.js';
import type { ServerKind, ServerProcess } from './server-process.js';
import { sleep } from './stats.js';

/** The one big room that scenarios 1-5 share: its server, its facilitator and its N participants. */
export interface BigRoom {
  kind: ServerKind;
  n: number;
  run: number;
  profile: Profile;
  /** Replaced by the restart scenario. */
  server: ServerProcess;
  code: string;
  facilitatorToken: string;
  facilitator: Participant;
  crowd: Crowd;
  /** Facts one scenario leaves for the next (for example the ideas to rank). */
  ideaIds: string[];
}

/** Just what scenarios read from the facilitator's view. */
export interface FacilitatorViewFields {
  phase: string;
  ideas: { id: string }[];
  ballotsIn: number;
  participantCount: number;
}

const FACILITATOR_INDEX = -1;

/** Creates the session and attaches its facilitator; participants join in the join storm. */
export async function openBigRoom(
  kind: ServerKind,
  server: ServerProcess,
  n: number,
  run: number,
  profile: Profile,
): Promise<BigRoom> {
  // Ideas per participant leaves room for the single actions on top of the storm's one each.
  const created = await createSession(server.url, { title: `Bench N=${n}`, settings: { ideasPerParticipant: 20 } });
  const room: BigRoom = {
    kind,
    n,
    run,
    profile,
    server,
    code: created.code,
    facilitatorToken: created.facilitatorToken,
    facilitator: new Participant(FACILITATOR_INDEX),
    crowd: new Crowd(n),
    ideaIds: [],
  };
  await attachFacilitator(room);
  return room;
}

/** (Re)connects the facilitator's socket and attaches it. */
export async function attachFacilitator(room: BigRoom): Promise<void> {
  if (!(await connectParticipant(room.facilitator, room.server.url, room.profile.waitMs, room.code))) {
    throw new Error('facilitator could not connect');
  }
  const error = await sendFacilitatorAttach(room);
  if (error) throw new Error(`facilitator:attach refused: ${error}`);
}

/** Attaches the facilitator's connected socket; the refusal code, or null. */
export async function sendFacilitatorAttach(room: BigRoom): Promise<string | null> {
  const payload = { code: room.code, token: room.facilitatorToken };
  const result = await send(room.facilitator, 'facilitator:attach', payload, room.profile.waitMs);
  return result.ok ? null : result.error.code;
}

/** A facilitator command; throws if refused, since a scenario cannot go on without it. */
export async function steer(room: BigRoom, event: string, payload: Record<string, unknown> = {}): Promise<void> {
  const result: AckResult = await send(
    room.facilitator,
    event,
    { commandId: commandId(), token: room.facilitatorToken, ...payload },
    room.profile.waitMs,
  );
  if (!result.ok) throw new Error(`${event} refused: ${result.error.code} ${result.error.message}`);
}

/** The facilitator's latest view, parsed in full (it is only read between measurements). */
export function facilitatorView(room: BigRoom): FacilitatorViewFields | null {
  return room.facilitator.facilitatorView as FacilitatorViewFields | null;
}

/** Polls the facilitator's view until `check` holds; the baseline has no phases, so it passes. */
export async function untilFacilitator(
  room: BigRoom,
  check: (view: FacilitatorViewFields) => boolean,
  what: string,
): Promise<FacilitatorViewFields | null> {
  if (room.kind === 'baseline') return null;
  const deadline = performance.now() + room.profile.waitMs;
  let seen = -1;
  while (performance.now() < deadline) {
    if (room.facilitator.facilitatorUpdates !== seen) {
      seen = room.facilitator.facilitatorUpdates;
      const view = facilitatorView(room);
      if (view && check(view)) return view;
    }
    await sleep(20);
  }
  throw new Error(`timed out waiting for the facilitator to see ${what}`);
}

/** Moves the session on by one phase and waits until the facilitator sees it. */
export async function advance(room: BigRoom, from: string, to: string): Promise<FacilitatorViewFields | null> {
  await steer(room, 'phase:advance', { from });
  return untilFacilitator(room, (view) => view.phase === to, `phase ${to}`);
}
