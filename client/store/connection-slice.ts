import type { ErrorCode } from '../../shared/session/result.js';

/**
 * connecting: never reached the server yet on this page; connected: attached to the session;
 * reconnecting: lost the server and trying again; offline: the device reports no network.
 */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** Who this page is in the session; it is what the client re-attaches as after every reconnect. */
export type Attachment =
  | { role: 'participant'; code: string; token: string }
  | { role: 'facilitator'; code: string; token: string }
  | { role: 'display'; code: string; /** A table's shared screen: its table's number. */ table?: number };

export interface ConnectionSlice {
  status: ConnectionStatus;
  /** The socket is connected and the server accepted the attachment. */
  attached: boolean;
  attachment: Attachment | null;
  /** Why the server refused the attachment, if it did. */
  attachError: ErrorCode | null;
  /** The facilitator removed this participant. */
  removed: boolean;
}

export const initialConnection: ConnectionSlice = {
  status: 'connecting',
  attached: false,
  attachment: null,
  attachError: null,
  removed: false,
};

/** The status after the socket dropped: offline if the device says so, else trying again. */
export function statusAfterDrop(online: boolean): ConnectionStatus {
  return online ? 'reconnecting' : 'offline';
}
