import type { FacilitatorView, PrivateView, PublicView } from '../session/views.js';
import type { Result } from '../session/result.js';
import type {
  CommandEventName,
  CommandPayload,
  DeleteSessionPayload,
  DisplayAttachPayload,
  FacilitatorAttachPayload,
  JoinPayload,
  ResumePayload,
} from './schemas.js';

export type Ack<T = undefined> = (result: Result<T>) => void;

/**
 * A view with the session version it reflects (versions only go up) and the server's clock when
 * it was sent, so a client can show timers correctly whatever its own clock says.
 */
export type Versioned<V> = { version: number; serverTime: number; view: V };

/**
 * The top-level keys of a view that changed between `baseVersion` and `version`. A client holding
 * exactly `baseVersion` merges them in; any other client asks for the whole view again (resumes).
 */
export type ViewPatch<V> = { version: number; baseVersion: number; serverTime: number; changes: Partial<V> };

/**
 * A participant's own view (their ideas, their ballot). When the same commit changed what their
 * room sees, the server sends this first, then the room's public message (`session:patch` or
 * `session:view`) of version `publicFollows`, encoded once for the whole room: the client holds
 * this private view until it has applied that public version and then shows both at once, so a
 * phone never shows a public view of one version beside a private view of another.
 */
export type ParticipantUpdate = {
  private: Versioned<PrivateView>;
  /** The version of the public message that follows on this socket; absent when none does. */
  publicFollows?: number;
};

export interface JoinReply {
  participantId: string;
  token: string;
  sessionId: string;
  code: string;
}

type CommandEvents = { [E in CommandEventName]: (payload: CommandPayload<E>, ack: Ack) => void };

/** Events a client sends; each is acknowledged with a Result. */
export type ClientToServerEvents = CommandEvents & {
  'participant:join': (payload: JoinPayload, ack: Ack<JoinReply>) => void;
  'participant:resume': (payload: ResumePayload, ack: Ack<{ participantId: string; sessionId: string }>) => void;
  'facilitator:attach': (payload: FacilitatorAttachPayload, ack: Ack<{ sessionId: string }>) => void;
  'display:attach': (payload: DisplayAttachPayload, ack: Ack<{ sessionId: string }>) => void;
  /** The facilitator erases the session and everything in it. */
  'session:delete': (payload: DeleteSessionPayload, ack: Ack) => void;
};

/** Events the server pushes. */
export interface ServerToClientEvents {
  /** The session as participants and the projector see it. */
  'session:view': (message: Versioned<PublicView>) => void;
  /** What changed in the participants' and projector's view since the version they hold. */
  'session:patch': (message: ViewPatch<PublicView>) => void;
  /** The session as the facilitator sees it (sent instead of session:view). */
  'facilitator:view': (message: Versioned<FacilitatorView>) => void;
  /** What changed in the facilitator's view since the version they hold. */
  'facilitator:patch': (message: ViewPatch<FacilitatorView>) => void;
  /** This participant's own ideas and ballot, ahead of the public change of the same commit. */
  'participant:update': (message: ParticipantUpdate) => void;
  /** This participant was removed by the facilitator; the token no longer works. */
  'participant:removed': () => void;
  /** The session was deleted by its facilitator (or purged); nothing of it remains. */
  'session:deleted': () => void;
  /** The server is about to restart; reconnect and resume. */
  'server:restarting': () => void;
  /** To the facilitator: the participants with a device connected now (never who has voted). */
  'facilitator:presence': (message: { online: string[] }) => void;
}
