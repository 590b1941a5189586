import { facilitatorView, privateView, publicView, type PublicView } from '../../shared/session/views.js';
import type { ChangeNotice, LiveSession, SessionService } from '../sessions/session-service.js';
import { rooms, type AppServer, type AppSocket } from './types.js';

interface Dirty {
  privateFor: Set<string>;
  handle: NodeJS.Timeout | null;
  lastFlush: number;
}

/**
 * Sends each recipient its own view after a change, coalesced per session: the first change
 * goes out at once, and further changes within `intervalMs` are folded into one view.
 */
export class ViewFanout {
  private readonly dirty = new Map<string, Dirty>();
  /** Ballot keys of connected participants (in memory only), so their own ballot can be shown. */
  private readonly ballotKeys = new Map<string, Map<string, [string, string]>>();
  private readonly publicCache = new Map<string, { version: number; view: PublicView }>();

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
    const wait = Math.max(0, dirty.lastFlush + this.intervalMs - Date.now());
    dirty.handle = setTimeout(() => this.flush(notice.sessionId), wait);
  }

  private publicFor(sessionId: string, live: LiveSession): PublicView {
    const cached = this.publicCache.get(sessionId);
    if (cached && cached.version === live.version) return cached.view;
    const view = publicView(live.state);
    this.publicCache.set(sessionId, { version: live.version, view });
    return view;
  }

  private flush(sessionId: string): void {
    const dirty = this.dirty.get(sessionId);
    const live = this.service.get(sessionId);
    if (!dirty || !live) return;
    dirty.handle = null;
    dirty.lastFlush = Date.now();
    const { version } = live;
    const view = this.publicFor(sessionId, live);
    this.io.to(rooms.public(sessionId)).emit('session:view', { version, serverTime: Date.now(), view });
    this.io
      .to(rooms.facilitator(sessionId))
      .emit('facilitator:view', { version, serverTime: Date.now(), view: facilitatorView(live.state, view) });
    const keys = this.ballotKeys.get(sessionId);
    for (const participantId of dirty.privateFor) {
      const key = keys?.get(participantId);
      const mine = key === undefined ? null : privateView(live.state, participantId, key);
      if (mine)
        this.io
          .to(rooms.participant(participantId))
          .emit('participant:private', { version, serverTime: Date.now(), view: mine });
    }
    dirty.privateFor.clear();
  }

  /** Sends one socket the current view(s) for its role, after it attaches or resumes. */
  sendCurrent(socket: AppSocket): void {
    const { sessionId, role, participantId, ballotKeys } = socket.data;
    const live = sessionId === undefined ? undefined : this.service.get(sessionId);
    if (!live || !sessionId) return;
    const { version } = live;
    const view = this.publicFor(sessionId, live);
    if (role === 'facilitator') {
      socket.emit('facilitator:view', { version, serverTime: Date.now(), view: facilitatorView(live.state, view) });
      return;
    }
    socket.emit('session:view', { version, serverTime: Date.now(), view });
    if (role === 'participant' && participantId && ballotKeys) {
      const mine = privateView(live.state, participantId, ballotKeys);
      if (mine) socket.emit('participant:private', { version, serverTime: Date.now(), view: mine });
    }
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
    this.publicCache.delete(sessionId);
  }

  /** Cancels pending flushes (on shutdown). */
  close(): void {
    for (const dirty of this.dirty.values()) if (dirty.handle) clearTimeout(dirty.handle);
    this.dirty.clear();
  }
}
