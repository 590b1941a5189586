import type { ViewPatch, Versioned } from '../../shared/protocol/events.js';
import { tableView } from '../../shared/session/tables/table-view.js';
import type { SessionState } from '../../shared/session/state.js';
import { publicView, type PublicView } from '../../shared/session/views.js';
import type { LiveSession } from '../sessions/session-service.js';
import { rooms, type AppServer, type AppSocket, type SocketData } from './types.js';
import { ViewChannel } from './view-channel.js';

type Message = { full: Versioned<PublicView> } | { patch: ViewPatch<PublicView> };

/** Each participant's table while the tables are at work, looked up once per state. */
const seatsOf = (() => {
  const last = new WeakMap<SessionState['tables'], Map<string, string>>();
  return (state: SessionState): Map<string, string> => {
    let seats = last.get(state.tables);
    if (!seats) {
      seats = new Map();
      for (const table of Object.values(state.tables)) for (const id of table.members) seats.set(id, table.id);
      last.set(state.tables, seats);
    }
    return seats;
  };
})();

/** The table whose view a socket gets, if any: a seated participant's, or a table screen's. */
export function tableOfSocket(state: SessionState, data: SocketData): string | null {
  if (state.phase !== 'tables') return null;
  if (data.role === 'participant' && data.participantId) return seatsOf(state).get(data.participantId) ?? null;
  if (data.role === 'display' && data.tableNumber !== undefined) {
    return Object.values(state.tables).find((table) => table.number === data.tableNumber)?.id ?? null;
  }
  return null;
}

/**
 * Where each socket of a session gets its shared view: the session's public room, or, while the
 * tables are at work, its table's room, whose view is that table's alone (see table-view.ts).
 * Each table room has its own channel, patched like the public one; a socket that changes room
 * (seated, moved, the tables starting or ending) is given its new room's view in full.
 */
export class Audiences {
  private readonly tables = new Map<string, Map<string, ViewChannel<PublicView>>>();
  /** The room each socket that may move is in: participants and table screens. */
  private readonly placed = new Map<string, Map<AppSocket, string>>();

  constructor(private readonly io: AppServer) {}

  private channel(sessionId: string, tableId: string): ViewChannel<PublicView> {
    let channels = this.tables.get(sessionId);
    if (!channels) this.tables.set(sessionId, (channels = new Map()));
    let channel = channels.get(tableId);
    if (!channel) channels.set(tableId, (channel = new ViewChannel()));
    return channel;
  }

  /** The room a socket belongs in now. */
  roomOf(state: SessionState, data: SocketData): string {
    const tableId = tableOfSocket(state, data);
    return tableId === null ? rooms.public(state.id) : rooms.table(state.id, tableId);
  }

  /** Every table room's change at this version, by room (none outside the tables phase). */
  advance(live: LiveSession): Map<string, Message> {
    const messages = new Map<string, Message>();
    if (live.state.phase !== 'tables') return messages;
    for (const tableId of live.state.tableOrder) {
      const view = tableView(live.state, tableId);
      const message = view && this.channel(live.state.id, tableId).advance(live.version, view);
      if (message) messages.set(rooms.table(live.state.id, tableId), message);
    }
    return messages;
  }

  /**
   * The view of `room` at the session's version, to greet a socket with before it joins: the room
   * is first brought to this version (by the change not yet sent, or by an empty patch), so that
   * the next patch builds on what the newcomer is given.
   */
  current(live: LiveSession, room: string, publicChannel: ViewChannel<PublicView>): Versioned<PublicView> {
    const tableId = room.startsWith('tab:') ? room.slice(room.lastIndexOf(':') + 1) : null;
    const channel = tableId === null ? publicChannel : this.channel(live.state.id, tableId);
    const compute = () => (tableId === null ? null : tableView(live.state, tableId)) ?? publicView(live.state);
    const advanced = channel.advance(live.version, compute());
    if (advanced && 'patch' in advanced) this.io.local.to(room).emit('session:patch', advanced.patch);
    const touched = advanced ? null : channel.touch(live.version);
    if (touched) this.io.local.to(room).emit('session:patch', touched);
    return channel.current(live.version, compute);
  }

  /** Puts a greeted socket in its room (after it was given that room's view). */
  place(sessionId: string, socket: AppSocket, room: string): void {
    let placed = this.placed.get(sessionId);
    if (!placed) this.placed.set(sessionId, (placed = new Map()));
    placed.set(socket, room);
    void socket.join(room);
  }

  /**
   * Takes out of their room the sockets whose room changed (after seating, or as the tables start
   * or end) and returns them with their new room: the caller gives each that room's view, then
   * places it there.
   */
  reroute(live: LiveSession): Map<AppSocket, string> {
    const moved = new Map<AppSocket, string>();
    const placed = this.placed.get(live.state.id);
    if (!placed) return moved;
    // Outside the tables phase every socket belongs in the public room: named once, not once per
    // socket at every flush (a string per member of a plenary, ten times a second).
    const everyone = live.state.phase === 'tables' ? null : rooms.public(live.state.id);
    placed.forEach((room, socket) => {
      if (!socket.connected || socket.data.sessionId !== live.state.id) {
        placed.delete(socket);
        return;
      }
      const next = everyone ?? this.roomOf(live.state, socket.data);
      if (next === room) return;
      void socket.leave(room);
      placed.delete(socket);
      moved.set(socket, next);
    });
    return moved;
  }

  /** The table rooms a session's sockets are in (for telling them all at once). */
  roomsOf(sessionId: string): string[] {
    return [...new Set(this.placed.get(sessionId)?.values() ?? [])].filter((room) => room.startsWith('tab:'));
  }

  /** Forgets a socket that closed: holding it would keep its whole connection in memory. */
  unplace(socket: AppSocket): void {
    const sessionId = socket.data.sessionId;
    if (sessionId) this.placed.get(sessionId)?.delete(socket);
  }

  /** Whether any placed socket of the session is still connected. */
  anyPlaced(sessionId: string): boolean {
    for (const socket of this.placed.get(sessionId)?.keys() ?? []) if (socket.connected) return true;
    return false;
  }

  /** Drops what was kept for a session. */
  drop(sessionId: string): void {
    this.tables.delete(sessionId);
    this.placed.delete(sessionId);
  }
}
