import type { Versioned } from '../../shared/protocol/events.js';
import {
  facilitatorView,
  privateView,
  publicView,
  type FacilitatorView,
  type PublicView,
} from '../../shared/session/views.js';
import type { ChangeNotice, LiveSession, SessionService } from '../sessions/session-service.js';
import { rooms, type AppServer, type AppSocket } from './types.js';
import { ViewChannel } from './view-channel.js';

interface Dirty {
  privateFor: Set<string>;
  handle: NodeJS.Timeout | null;
  lastFlush: number;
}

interface Channels {
  public: ViewChannel<PublicView>;
  facilitator: ViewChannel<FacilitatorView>;
}

/** Rooms larger than this get views at most every `2 * intervalMs`: fewer, larger batches. */
const LARGE_ROOM = 500;

/**
 * Sends each recipient its own view after a change, coalesced per session: the first change goes
 * out at once, and further changes within the interval (50 ms, 100 ms in rooms over 500 people)
 * are folded into one. Shared views go to a whole room in one broadcast, encoded once, as patches
 * of what changed; only a participant's private view is sent socket by socket.
 */
export class ViewFanout {
  private readonly dirty = new Map<string, Dirty>();
  /** Ballot keys of connected participants (in memory only), so their own ballot can be shown. */
  private readonly ballotKeys = new Map<string, Map<string, [string, string]>>();
  private readonly channels = new Map<string, Channels>();
  /** Sockets that attached in this turn of the event loop, greeted together. */
  private readonly arrivals = new Map<string, Set<AppSocket>>();

  constructor(
    private readonly io: AppServer,
    private readonly service: SessionService,
    private readonly intervalMs = 50,
  ) {}

  registerParticipant(sessionId: string, participantId: string, ballotKeys: [string, string]): void {
    let keys = this.ballotKeys.get(sessionId);
    if (!keys) this.ballotKeys.set(sessionId, (keys = new Map()));
    keys.set(participantId, ballotKeys);
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
      this.ballotKeys.get(notice.sessionId)?.delete(participantId);
    }
    let dirty = this.dirty.get(notice.sessionId);
    if (!dirty) this.dirty.set(notice.sessionId, (dirty = { privateFor: new Set(), handle: null, lastFlush: 0 }));
    for (const id of notice.privateFor) dirty.privateFor.add(id);
    if (dirty.handle) return;
    const roomSize = this.io.sockets.adapter.rooms.get(rooms.public(notice.sessionId))?.size ?? 0;
    const interval = roomSize > LARGE_ROOM ? 2 * this.intervalMs : this.intervalMs;
    const wait = Math.max(0, dirty.lastFlush + interval - Date.now());
    dirty.handle = setTimeout(() => this.flush(notice.sessionId), wait);
  }

  private flush(sessionId: string): void {
    const dirty = this.dirty.get(sessionId);
    const live = this.service.get(sessionId);
    if (!dirty || !live) return;
    dirty.handle = null;
    dirty.lastFlush = Date.now();
    const { version } = live;
    const channels = this.channelsOf(sessionId);
    const view = publicView(live.state);
    const shared = channels.public.advance(version, view);
    const room = this.io.to(rooms.public(sessionId));
    if (shared && 'full' in shared) room.emit('session:view', shared.full);
    else if (shared) room.emit('session:patch', shared.patch);
    const own = channels.facilitator.advance(version, facilitatorView(live.state, view));
    const facilitators = this.io.to(rooms.facilitator(sessionId));
    if (own && 'full' in own) facilitators.emit('facilitator:view', own.full);
    else if (own) facilitators.emit('facilitator:patch', own.patch);
    const keys = this.ballotKeys.get(sessionId);
    for (const participantId of dirty.privateFor) {
      const key = keys?.get(participantId);
      const mine = key === undefined ? null : privateView(live.state, participantId, key);
      if (mine) {
        this.io
          .to(rooms.participant(participantId))
          .emit('participant:private', { version, serverTime: Date.now(), view: mine });
      }
    }
    dirty.privateFor.clear();
  }

  /**
   * Sends a socket that attached or resumed the view its room holds (patches build on it), and
   * its private view. Sockets arriving in the same turn (a room coming back after a restart) get
   * the shared view in one broadcast.
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
    const sockets = [...(this.arrivals.get(sessionId) ?? [])].filter(
      (s) => s.connected && s.data.sessionId === sessionId,
    );
    this.arrivals.delete(sessionId);
    const live = this.service.get(sessionId);
    if (!live || sockets.length === 0) return;
    const channels = this.channelsOf(sessionId);
    const facilitators = sockets.filter((s) => s.data.role === 'facilitator').map((s) => s.id);
    const others = sockets.filter((s) => s.data.role !== 'facilitator').map((s) => s.id);
    const view = () => publicView(live.state);
    if (others.length > 0) this.io.to(others).emit('session:view', channels.public.current(live.version, view));
    if (facilitators.length > 0) {
      const current: Versioned<FacilitatorView> = channels.facilitator.current(live.version, () =>
        facilitatorView(live.state),
      );
      this.io.to(facilitators).emit('facilitator:view', current);
    }
    for (const socket of sockets) this.sendPrivate(socket, live);
  }

  private sendPrivate(socket: AppSocket, live: LiveSession): void {
    const { role, participantId, ballotKeys } = socket.data;
    if (role !== 'participant' || !participantId || !ballotKeys) return;
    const mine = privateView(live.state, participantId, ballotKeys);
    if (mine) socket.emit('participant:private', { version: live.version, serverTime: Date.now(), view: mine });
  }

  /** Tells everyone in a deleted session, disconnects them and drops what was kept for it. */
  private forget(sessionId: string): void {
    const everyone = this.io.in([rooms.public(sessionId), rooms.facilitator(sessionId)]);
    everyone.emit('session:deleted');
    // After the facilitator's ack (a promise callback) has gone out.
    setImmediate(() => everyone.disconnectSockets());
    const dirty = this.dirty.get(sessionId);
    if (dirty?.handle) clearTimeout(dirty.handle);
    this.dirty.delete(sessionId);
    this.ballotKeys.delete(sessionId);
    this.channels.delete(sessionId);
  }

  /** Cancels pending flushes (on shutdown). */
  close(): void {
    for (const dirty of this.dirty.values()) if (dirty.handle) clearTimeout(dirty.handle);
    this.dirty.clear();
  }
}
