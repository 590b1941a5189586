import type { Result } from '../../shared/session/result.js';
import type { CommandEventName, CommandPayload } from '../../shared/protocol/schemas.js';
import type { SendOutcome, Transport } from '../../client/session/transport.js';

/**
 * A stand-in for the server behind the outbox that records every command id it receives, and can
 * be told to lose acknowledgements, refuse, hold answers back, or be unreachable. (The real server
 * applies a repeated command id once; what the client must guarantee is that a retry repeats it.)
 */
export class FakeServer implements Transport {
  connected = true;
  /** Every command id received, in order, retries included. */
  readonly received: string[] = [];
  /** The next N sends are applied but their acknowledgement is lost. */
  loseAcks = 0;
  /** Answers to give instead of ok, by event. */
  readonly refuse = new Map<CommandEventName, Result>();
  /** Sends wait for this before answering, when set. */
  gate: Promise<void> | null = null;

  isConnected(): boolean {
    return this.connected;
  }

  async send<E extends CommandEventName>(event: E, payload: CommandPayload<E>): Promise<SendOutcome> {
    if (!this.connected) return { kind: 'unsent' };
    const { commandId } = payload as { commandId: string };
    this.received.push(commandId);
    if (this.gate) await this.gate;
    const refusal = this.refuse.get(event);
    if (refusal) return { kind: 'acked', result: refusal };
    if (this.loseAcks > 0) {
      this.loseAcks -= 1;
      this.connected = false; // the connection dropped with the answer in flight
      return { kind: 'lost' };
    }
    return { kind: 'acked', result: { ok: true, value: undefined } };
  }
}
