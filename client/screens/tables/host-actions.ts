import type { CommandEventName, CommandPayload } from '../../../shared/protocol/schemas.js';
import { errorText } from '../../i18n/index.js';
import { pushNotice } from '../../session/notices.js';
import { transport } from '../../session/runtime.js';
import { newCommandId } from '../../store/outbox-slice.js';
import type { SendTimer, TimerEvent } from '../facilitator/TimerControls.js';

type HostEvent = 'phase:advance' | 'sharing:reveal-round' | TimerEvent;

/**
 * A table host's control, sent from their phone for their table: the facilitator's event with the
 * table named and no facilitator token; the server checks that this participant hosts it.
 */
export async function steerMyTable<E extends HostEvent>(
  event: E,
  tableId: string,
  payload: Omit<CommandPayload<E>, 'commandId' | 'token' | 'table'>,
): Promise<void> {
  const full = { ...payload, commandId: newCommandId(), table: tableId } as CommandPayload<CommandEventName>;
  const outcome = await transport.send(event, full as never);
  if (outcome.kind === 'acked' && !outcome.result.ok) {
    pushNotice({ tone: 'error', key: 'tables.host.refused', params: { reason: errorText(outcome.result.error.code) } });
  } else if (outcome.kind !== 'acked') {
    pushNotice({ tone: 'error', key: 'steer.offline' });
  }
}

/** The timer controls of a host's table, sent from their phone. */
export function hostTimer(tableId: string): SendTimer {
  return (event, seconds) =>
    steerMyTable(event, tableId, (seconds === undefined ? {} : { seconds }) as CommandPayload<'timer:start'>);
}
