import type { JoinReply } from '../../shared/protocol/events.js';
import type { ErrorCode, Result } from '../../shared/session/result.js';
import { PROTOCOL_VERSION } from '../../shared/protocol/version.js';
import type { AppSocket } from '../socket.js';
import type { AppState, AppStore } from '../store/app-store.js';
import { statusAfterDrop, type Attachment } from '../store/connection-slice.js';
import { emptyDrafts } from '../store/drafts-slice.js';
import { newCommandId } from '../store/outbox-slice.js';
import { forgetRoom, loadDrafts, loadOutbox, saveFacilitatorToken, saveParticipant } from './device-storage.js';
import type { Outbox } from './outbox.js';
import { retryRefusedConnects } from './refused-connect.js';
import { serverClock } from './server-clock.js';
import { createViewIntake } from './view-intake.js';

const ACK_TIMEOUT_MS = 10_000;
const ATTACH_RETRY_MS = 3000;

/** Refusals that say nothing about the token: wait and attach again rather than forget who we are. */
const PASSING: ReadonlySet<ErrorCode> = new Set(['RATE_LIMITED', 'UNAVAILABLE', 'INTERNAL']);

export interface SessionClientDeps {
  store: AppStore;
  socket: AppSocket;
  outbox: Outbox;
  isOnline: () => boolean;
  /** Points the connection at a room before attaching to it (see room-routing.ts). */
  route?: (code: string) => void;
}

function sameAttachment(a: Attachment | null, b: Attachment): boolean {
  if (!a || a.role !== b.role || a.code !== b.code) return false;
  if (a.role === 'display' && b.role === 'display' && a.table !== b.table) return false;
  return !('token' in a) || !('token' in b) || a.token === b.token;
}

type LocalState = Pick<AppState, 'outbox' | 'acked' | 'drafts'>;

/** Everything a participant keeps on this device for a room, loaded when they attach to it. */
function participantLocalState(code: string): LocalState {
  return { outbox: loadOutbox(code), acked: [], drafts: loadDrafts(code) ?? emptyDrafts };
}

const NO_LOCAL_STATE: LocalState = { outbox: [], acked: [], drafts: emptyDrafts };

/**
 * Keeps this page attached to its session: attaches (again) on every connect, after a phone wakes
 * up, and when the device comes back online, and takes each view the server pushes if it is not
 * older than the one held. The server's view always wins over anything the page believed.
 */
export function createSessionClient(deps: SessionClientDeps) {
  const { store, socket, outbox } = deps;
  let started = false;
  const clock = serverClock();
  /** Join ids of joins not yet answered, by room code. */
  const pendingJoins = new Map<string, string>();
  const intake = createViewIntake(store, clock, () => resync());

  function emitAttach(attachment: Attachment): Promise<Result<unknown> | null> {
    const timed = socket.timeout(ACK_TIMEOUT_MS);
    const protocolVersion = PROTOCOL_VERSION;
    const { code } = attachment;
    const sent: Promise<Result<unknown>> =
      attachment.role === 'participant'
        ? timed.emitWithAck('participant:resume', { protocolVersion, code, token: attachment.token })
        : attachment.role === 'facilitator'
          ? timed.emitWithAck('facilitator:attach', { protocolVersion, code, token: attachment.token })
          : timed.emitWithAck('display:attach', {
              protocolVersion,
              code,
              ...(attachment.table === undefined ? {} : { table: attachment.table }),
            });
    // No answer (the connection dropped): the next connect attaches again.
    return sent.catch(() => null);
  }

  function refused(attachment: Attachment, code: ErrorCode): void {
    if (PASSING.has(code)) {
      setTimeout(() => void sendAttach(), ATTACH_RETRY_MS);
      return;
    }
    if (attachment.role === 'participant' && code === 'UNAUTHORIZED') {
      // The token no longer works (removed while away, or the session is gone): show the join form.
      forgetRoom(attachment.code);
      store.setState({
        attachment: { role: 'display', code: attachment.code },
        attachError: code,
        attached: false,
        ...NO_LOCAL_STATE,
      });
      void sendAttach();
      return;
    }
    if (attachment.role === 'facilitator' && code === 'UNAUTHORIZED') saveFacilitatorToken(attachment.code, null);
    store.setState({ attachError: code, attached: false });
  }

  async function sendAttach(): Promise<void> {
    const attachment = store.getState().attachment;
    if (!attachment || !socket.connected) return;
    const result = await emitAttach(attachment);
    // A newer attachment superseded this one while it was in flight.
    if (store.getState().attachment !== attachment || result === null) return;
    if (!result.ok) {
      refused(attachment, result.error.code);
      return;
    }
    store.setState({ attached: true, status: 'connected' });
    void outbox.flush();
  }

  function onRemoved(): void {
    const attachment = store.getState().attachment;
    if (attachment) forgetRoom(attachment.code);
    store.setState({
      removed: true,
      attachment: null,
      attached: false,
      ...NO_LOCAL_STATE,
      privateView: null,
    });
  }

  /** The facilitator erased the session: nothing of it remains, on the server or on this device. */
  function onDeleted(): void {
    const attachment = store.getState().attachment;
    if (attachment) {
      forgetRoom(attachment.code);
      if (attachment.role === 'facilitator') saveFacilitatorToken(attachment.code, null);
    }
    store.setState({
      attachError: 'NOT_FOUND',
      attached: false,
      ...NO_LOCAL_STATE,
      publicView: null,
      facilitatorView: null,
      privateView: null,
      ...(attachment ? { attachment: { role: 'display', code: attachment.code } } : {}),
    });
  }

  /** The server refused the connection itself, for a reason no other try changes: as if it refused the attach. */
  function onFinalRefusal(code: ErrorCode): void {
    const attachment = store.getState().attachment;
    if (attachment) refused(attachment, code);
    else store.setState({ attachError: code, attached: false });
  }

  function onDisconnect(reason: string): void {
    intake.forget();
    store.setState({ attached: false, status: statusAfterDrop(deps.isOnline()) });
    // The server closed this connection itself: Socket.IO will not retry, so we do unless we were removed.
    if (reason === 'io server disconnect' && !store.getState().removed) socket.connect();
  }

  /** Listens to the socket; safe to call more than once. */
  function start(): void {
    if (started) return;
    started = true;
    socket.on('connect', () => {
      clock.reset(); // another connection may reach another server, with its own clock
      void sendAttach();
    });
    socket.on('disconnect', onDisconnect);
    socket.on('connect_error', () => {
      if (store.getState().status !== 'connecting') store.setState({ status: statusAfterDrop(deps.isOnline()) });
    });
    retryRefusedConnects(socket, onFinalRefusal);
    socket.on('session:view', (message) => intake.view('publicView', message));
    socket.on('facilitator:view', (message) => intake.view('facilitatorView', message));
    socket.on('session:patch', (message) => intake.patch('publicView', message));
    socket.on('facilitator:patch', (message) => intake.patch('facilitatorView', message));
    socket.on('participant:update', intake.update);
    socket.on('participant:removed', onRemoved);
    socket.on('session:deleted', onDeleted);
    socket.on('server:restarting', () => store.setState({ attached: false, status: 'reconnecting' }));
    socket.on('facilitator:presence', (message) => store.setState({ online: message.online }));
  }

  /** Attaches this page to a session in a role; the same attachment again just resyncs. */
  function attachAs(next: Attachment): void {
    deps.route?.(next.code);
    const state = store.getState();
    if (!sameAttachment(state.attachment, next)) {
      intake.forget();
      const sameRoom = state.attachment?.code === next.code;
      store.setState({
        attachment: next,
        attached: false,
        attachError: null,
        removed: false,
        publicView: sameRoom ? state.publicView : null,
        facilitatorView: null,
        privateView: null,
        online: null,
        ...(next.role === 'participant' ? participantLocalState(next.code) : NO_LOCAL_STATE),
      });
    }
    resync();
  }

  /** Asks the server for the current views again (after a wake-up or when back online). */
  function resync(): void {
    if (!store.getState().attachment) return;
    if (socket.connected) void sendAttach();
    else socket.connect();
  }

  /** Whether the socket is connected, or connects within `ms`. */
  function connectedWithin(ms: number): Promise<boolean> {
    if (socket.connected) return Promise.resolve(true);
    if (!socket.active) socket.connect();
    return new Promise((resolve) => {
      const onConnect = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        socket.off('connect', onConnect);
        resolve(false);
      }, ms);
      socket.once('connect', onConnect);
    });
  }

  /**
   * Joins as a new participant; on success this page is that participant from now on. Attempts
   * for one room share a join id until one succeeds, so a join whose reply was lost and is tried
   * again makes the same participant, not a second one.
   */
  async function join(code: string, name: string, organization: string | null): Promise<Result<JoinReply> | null> {
    deps.route?.(code);
    // A phone on slow venue Wi-Fi can press Join before its connection is up: wait for it a while.
    if (!(await connectedWithin(ACK_TIMEOUT_MS))) return null;
    const joinId = pendingJoins.get(code) ?? newCommandId();
    pendingJoins.set(code, joinId);
    const payload = {
      protocolVersion: PROTOCOL_VERSION,
      code,
      name,
      joinId,
      ...(organization ? { organization } : {}),
    };
    const result = await socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('participant:join', payload)
      .catch(() => null);
    if (result?.ok) {
      pendingJoins.delete(code);
      const { token, participantId } = result.value;
      saveParticipant(code, { token, participantId });
      // The server attached this socket as the participant already; no resume is needed.
      store.setState({
        attachment: { role: 'participant', code, token },
        attached: true,
        attachError: null,
        status: 'connected',
        removed: false,
        privateView: null,
        ...participantLocalState(code),
      });
      void outbox.flush();
    }
    return result;
  }

  function deviceWentOffline(): void {
    store.setState({ status: 'offline' });
  }

  return { start, attachAs, resync, join, deviceWentOffline };
}

export type SessionClient = ReturnType<typeof createSessionClient>;
