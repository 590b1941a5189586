import type { ParticipantEventName } from '../../shared/protocol/command-events.js';
import type { ErrorCode } from '../../shared/session/result.js';
import type { CommandEventName, CommandPayload } from '../../shared/protocol/schemas.js';
import { errorText } from '../i18n/index.js';
import { appStore } from '../store/app-store.js';
import { newCommandId } from '../store/outbox-slice.js';
import { pushNotice } from './notices.js';
import { getSocket } from '../socket.js';
import { transport } from './runtime.js';

export type FacilitatorEvent = Exclude<CommandEventName, ParticipantEventName>;
type SteerPayload<E extends FacilitatorEvent> = Omit<CommandPayload<E>, 'commandId' | 'token'>;

/** Which table a control acts on: one table's id; none for the plenary (or a session in one group). */
export type TableScope = { table?: string };

/** OFFLINE: nothing was sent; LOST: sent, but the answer never came, so the views will tell. */
export type SteerOutcome = { ok: true } | { ok: false; code: ErrorCode | 'OFFLINE' | 'LOST' };

/**
 * Sends one facilitator command and tells the facilitator if it failed. Facilitator commands are
 * not queued offline: the room moves on meanwhile, and a stale "next phase" must not fire later.
 */
export async function steer<E extends FacilitatorEvent>(event: E, payload: SteerPayload<E>): Promise<SteerOutcome> {
  const { attachment, attached } = appStore.getState();
  if (attachment?.role !== 'facilitator' || !attached) {
    pushNotice({ tone: 'error', key: 'steer.offline' });
    return { ok: false, code: 'OFFLINE' };
  }
  const full = { ...payload, commandId: newCommandId(), token: attachment.token } as unknown as CommandPayload<E>;
  const outcome = await transport.send(event, full);
  if (outcome.kind === 'unsent') {
    pushNotice({ tone: 'error', key: 'steer.offline' });
    return { ok: false, code: 'OFFLINE' };
  }
  if (outcome.kind === 'lost') {
    pushNotice({ tone: 'error', key: 'steer.lost' });
    return { ok: false, code: 'LOST' };
  }
  if (!outcome.result.ok) {
    const { code } = outcome.result.error;
    pushNotice({ tone: 'error', key: 'steer.refused', params: { reason: errorText(code) } });
    return { ok: false, code };
  }
  return { ok: true };
}

/** Erases the session for everyone; the server then tells every page it is gone. */
export async function deleteSession(): Promise<SteerOutcome> {
  const { attachment, attached } = appStore.getState();
  if (attachment?.role !== 'facilitator' || !attached) {
    pushNotice({ tone: 'error', key: 'steer.offline' });
    return { ok: false, code: 'OFFLINE' };
  }
  const result = await getSocket()
    .timeout(10_000)
    .emitWithAck('session:delete', { commandId: newCommandId(), token: attachment.token })
    .catch(() => null);
  if (result === null) {
    pushNotice({ tone: 'error', key: 'steer.lost' });
    return { ok: false, code: 'LOST' };
  }
  if (!result.ok) {
    pushNotice({ tone: 'error', key: 'steer.refused', params: { reason: errorText(result.error.code) } });
    return { ok: false, code: result.error.code };
  }
  return { ok: true };
}
