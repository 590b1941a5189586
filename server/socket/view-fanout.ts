import type { ParticipantUpdate, Versioned } from '../../shared/protocol/events.js';
import { seatedPrivateView } from '../../shared/session/tables/table-view.js';
import {
  facilitatorView,
  publicView,
  type FacilitatorView,
  type PrivateView,
  type PublicView,
} from '../../shared/session/views.js';
import type { ChangeNotice, LiveSession, SessionService } from '../sessions/session-service.js';
import { rooms, type AppServer, type AppSocket, type SocketData } from './types.js';
import { ViewChannel } from './view-channel.js';
import { Presence } from './presence.js';
import { Audiences } from './audiences.js';
import { FlushWindow } from './flush-window.js';
import { voterKeysOf, type VoterKeys } from './voter-keys.js';

interface Channels {
  public: ViewChannel<PublicView>;
  facilitator: ViewChannel<FacilitatorView>;
}

/**
 * The rooms a greeted socket belongs to, besides the room of its shared view (see Audiences):
 * the facilitator's, or a participant's own person's.
 */
function roomsOf(data: SocketData): string[] {
  const sessionId = data.sessionId as string;
  if (data.role === 'facilitator') return [rooms.facilitator(sessionId)];
  return data.role === 'participant' && data.participantId ? [rooms.participant(data.participantId)] : [];
}

/** A private view, with the version of the public message that follows it on the socket, if any. */
function marked(update: Versioned<PrivateView>, publicFollows: number | undefined): ParticipantUpdate {
  return publicFollows === undefined ? { private: update } : { private: update, publicFollows };
}

/** Sockets grouped by the room each goes to, so a room's view is encoded once for all of them. */
function byRoom(roomOf: Map<AppSocket, string>): Map<string, AppSocket[]> {
  const groups = new Map<string, AppSocket[]>();
  for (const [socket, room] of roomOf) {
    const group = groups.get(room);
    if (group) group.push(socket);
    else groups.set(room, [socket]);
  }
  return groups;
}

/**
 * Sends each recipient its own view after a change, coalesced per session: the first change goes
 * out at once, and further changes within the interval (50 ms; 100 ms in a storm in a room over
 * 500 people, see FlushWindow) are folded into one. Shared views go to a whole room in one
 * broadcast, encoded once, as patches of what changed; only a participant's private view is sent
 * socket by socket.
 *
 * Views go to this process's sockets only (`io.local`), never through a cluster adapter: every
 * socket of a session is on the process that owns it (routing by room), and each process greets
 * and patches only the sockets it greeted. Sent through the adapter, a view would reach nobody
 * more, and a participant's own view (their ballot, their answers, next to their id) would be
 * written into the adapter's traffic: a Redis stream that keeps its entries.
 */
export class ViewFanout {
  private readonly dirty = new Map<string, FlushWindow>();
  private readonly channels = new Map<string, Channels>();
  /** Sockets that attached in this turn of the event loop, greeted together. */
  private readonly arrivals = new Map<string, Set<AppSocket>>();
  /** Who is online, for the consoles; told by the handlers when a socket attaches or leaves. */
  readonly presence: Presence;

  private readonly audiences: Audiences;

  constructor(
    private readonly io: AppServer,
    private readonly service: SessionService,
    private readonly intervalMs = 50,
    onError: (error: unknown) => void = () => {},
  ) {
    this.audiences = new Audiences(io);
    this.presence = new Presence(io, onError, (id) => this.audiences.roomsOf(id));
  }

  private channelsOf(sessionId: string): Channels {
    let channels = this.channels.get(sessionId);
    if (!channels) {
      channels = { public: new ViewChannel(), facilitator: new ViewChannel() };
      this.channels.set(sessionId, channels);
    }
    return channels;
  }

  /** Called by the session service after each committed batch. */
  onChange(notice: ChangeNotice): void {
    if (notice.deleted) {
      this.forget(notice.sessionId);
      return;
    }
    for (const participantId of notice.removed) {
      this.io.to(rooms.participant(participantId)).emit('participant:removed');
      this.io.in(rooms.participant(participantId)).disconnectSockets();
    }
    let dirty = this.dirty.get(notice.sessionId);
    if (!dirty) this.dirty.set(notice.sessionId, (dirty = new FlushWindow(this.intervalMs)));
    for (const id of notice.privateFor) dirty.privateFor.add(id);
    const roomSize = this.io.sockets.adapter.rooms.get(rooms.public(notice.sessionId))?.size ?? 0;
    dirty.changed(roomSize, () => this.flush(notice.sessionId), notice.commands);
  }

  private flush(sessionId: string): void {
    const dirty = this.dirty.get(sessionId);
    dirty?.flushing();
    const live = this.service.get(sessionId);
    if (dirty && live) this.sendChanges(sessionId, dirty, live);
    // Sockets that arrived while this change was held are greeted with it.
    if (this.arrivals.has(sessionId)) this.greet(sessionId);
  }

  private sendChanges(sessionId: string, dirty: FlushWindow, live: LiveSession): void {
    const channels = this.channelsOf(sessionId);
    const view = publicView(live.state);
    const messages = new Map([[rooms.public(sessionId), channels.public.advance(live.version, view)]]);
    for (const [room, message] of this.audiences.advance(live)) messages.set(room, message);
    const moved = this.audiences.reroute(live);
    const movedIds = new Set([...moved.keys()].flatMap((s) => (s.data.participantId ? [s.data.participantId] : [])));
    const mine = new Map<string, Versioned<PrivateView>>();
    for (const participantId of new Set([...dirty.privateFor, ...movedIds])) {
      const update = this.privateView(live, participantId, this.keysInRoom(participantId));
      if (update) mine.set(participantId, update);
    }
    dirty.privateFor.clear();
    // Each private view goes first, saying which public version follows; the public change then
    // goes to whole rooms, encoded once per room however many private views went with it.
    for (const [participantId, update] of mine) {
      const room = this.audiences.roomOf(live.state, { role: 'participant', participantId });
      const follows = movedIds.has(participantId) || messages.get(room) ? live.version : undefined;
      this.io.local.to(rooms.participant(participantId)).emit('participant:update', marked(update, follows));
    }
    for (const [room, shared] of messages) {
      if (shared && 'full' in shared) this.io.local.to(room).emit('session:view', shared.full);
      else if (shared) this.io.local.to(room).emit('session:patch', shared.patch);
    }
    this.greetMoved(live, moved);
    const own = channels.facilitator.advance(live.version, facilitatorView(live.state, view));
    const facilitators = this.io.local.to(rooms.facilitator(sessionId));
    if (own && 'full' in own) facilitators.emit('facilitator:view', own.full);
    else if (own) facilitators.emit('facilitator:patch', own.patch);
  }

  /** Places the sockets that changed room, after sending each room's newcomers its view in full. */
  private greetMoved(live: LiveSession, moved: Map<AppSocket, string>): void {
    const publicChannel = this.channelsOf(live.state.id).public;
    for (const [room, sockets] of byRoom(moved)) {
      this.io.local
        .to(sockets.map((s) => s.id))
        .emit('session:view', this.audiences.current(live, room, publicChannel));
      for (const socket of sockets) this.audiences.place(live.state.id, socket, room);
    }
  }

  /**
   * A participant's keys, from any of their sockets greeted here (those in their own room). The
   * keys live beside the sockets only (see voter-keys.ts), so nothing here outlives them. Nobody
   * in the room, nothing to send: a joiner still waiting to be greeted gets their private view
   * with the greeting, and one who left gets none.
   */
  private keysInRoom(participantId: string): VoterKeys | undefined {
    for (const socketId of this.io.sockets.adapter.rooms.get(rooms.participant(participantId)) ?? []) {
      const socket = this.io.sockets.sockets.get(socketId);
      const keys = socket && voterKeysOf(socket);
      if (keys) return keys;
    }
    return undefined;
  }

  /** A participant's private view, or null when they have no keys here or left the session. */
  private privateView(
    live: LiveSession,
    participantId: string,
    keys: VoterKeys | undefined,
  ): Versioned<PrivateView> | null {
    const view = keys && seatedPrivateView(live.state, participantId, keys);
    return view ? { version: live.version, serverTime: Date.now(), view } : null;
  }

  /**
   * Greets a socket that attached or resumed: the view its room holds (patches build on it) and,
   * for a participant, their private view just before it. Sockets arriving in the same turn (a
   * room coming back after a restart) get the shared view in one broadcast; while a change is
   * held by the window (a join storm), those arriving meanwhile are greeted when it goes out.
   */
  sendCurrent(socket: AppSocket): void {
    const { sessionId } = socket.data;
    if (sessionId === undefined) return;
    let arrivals = this.arrivals.get(sessionId);
    if (!arrivals) {
      this.arrivals.set(sessionId, (arrivals = new Set()));
      setImmediate(() => this.greet(sessionId));
    }
    arrivals.add(socket);
  }

  private greet(sessionId: string): void {
    // A change is held by the window: the newcomers are greeted when it goes out, with it. Greeting
    // them now would send the held change to the whole room early, once per turn of a join storm.
    if (this.dirty.get(sessionId)?.held) return;
    const sockets = [...(this.arrivals.get(sessionId) ?? [])].filter(
      (s) => s.connected && s.data.sessionId === sessionId,
    );
    this.arrivals.delete(sessionId);
    const live = this.service.get(sessionId);
    if (!live || sockets.length === 0) return;
    const channels = this.channelsOf(sessionId);
    const byRole = (role: SocketData['role']) => sockets.filter((s) => s.data.role === role);
    const facilitators = byRole('facilitator');
    if (facilitators.length > 0) {
      const current = channels.facilitator.current(live.version, () => facilitatorView(live.state));
      this.io.local.to(facilitators.map((s) => s.id)).emit('facilitator:view', current);
    }
    // The view of each room (the session's, or a table's) goes once to all its newcomers, after each participant's own.
    const displays = byRole('display').filter((s) => s.data.tableNumber === undefined);
    const placed = [...byRole('participant'), ...byRole('display').filter((s) => s.data.tableNumber !== undefined)];
    const placedIn = new Map(placed.map((socket) => [socket, this.audiences.roomOf(live.state, socket.data)]));
    const roomOf = new Map([...displays.map((s): [AppSocket, string] => [s, rooms.public(sessionId)]), ...placedIn]);
    for (const [room, members] of byRoom(roomOf)) {
      const view = this.audiences.current(live, room, channels.public);
      const greeted = members.filter((s) => s.data.role === 'display' || this.sendPrivate(s, live, view.version));
      this.io.local.to(greeted.map((s) => s.id)).emit('session:view', view);
    }
    // Only now in the rooms: every later message builds on what was just sent.
    for (const socket of displays) void socket.join(rooms.public(sessionId));
    for (const socket of sockets) void socket.join(roomsOf(socket.data));
    for (const [socket, room] of placedIn) this.audiences.place(sessionId, socket, room);
  }

  /** Sends a participant being greeted their private view, or says they were removed (false). */
  private sendPrivate(socket: AppSocket, live: LiveSession, publicFollows: number): boolean {
    const mine = this.privateView(live, socket.data.participantId as string, voterKeysOf(socket));
    if (mine) socket.emit('participant:update', marked(mine, publicFollows));
    else {
      socket.emit('participant:removed');
      socket.disconnect(true);
    }
    return mine !== null;
  }

  /** A socket closed: nothing kept for it may outlive it. */
  disconnected(socket: AppSocket): void {
    this.audiences.unplace(socket);
    if (socket.data.role === 'participant' && socket.data.sessionId) this.presence.changed(socket.data.sessionId);
  }

  /** Whether any socket is attached to the session (greeted, or about to be). */
  attached(sessionId: string): boolean {
    const sizeOf = (room: string) => this.io.sockets.adapter.rooms.get(room)?.size ?? 0;
    if (this.arrivals.has(sessionId) || this.dirty.get(sessionId)?.held) return true;
    if (this.audiences.anyPlaced(sessionId)) return true;
    return sizeOf(rooms.public(sessionId)) + sizeOf(rooms.facilitator(sessionId)) > 0;
  }

  /** Tells everyone in a deleted session, disconnects them and drops what was kept for it. */
  private forget(sessionId: string): void {
    const tableRooms = this.audiences.roomsOf(sessionId);
    const everyone = this.io.in([rooms.public(sessionId), rooms.facilitator(sessionId), ...tableRooms]);
    everyone.emit('session:deleted');
    // After the facilitator's ack (a promise callback) has gone out.
    setImmediate(() => everyone.disconnectSockets());
    this.drop(sessionId);
  }

  /**
   * Drops what was kept for a session nobody is attached to (evicted from memory): a socket that
   * attaches later is greeted with the full view again, so no patch names a version it lacks.
   */
  drop(sessionId: string): void {
    this.dirty.get(sessionId)?.cancel();
    this.dirty.delete(sessionId);
    this.arrivals.delete(sessionId);
    this.channels.delete(sessionId);
    this.audiences.drop(sessionId);
  }

  /** Cancels pending flushes (on shutdown). */
  close(): void {
    for (const dirty of this.dirty.values()) dirty.cancel();
    this.dirty.clear();
    this.presence.close();
  }
}
