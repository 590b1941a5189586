import { rooms, type AppServer } from './types.js';

/**
 * How long changes gather before the consoles hear of them: a room reconnecting at once (a
 * restart, the venue's Wi-Fi coming back) sends one list, not one per phone.
 */
const GATHER_MS = 400;

/**
 * Who has a device connected right now, for the session's consoles: each person online or
 * offline (a phone that lost its signal, a closed tab). Only that: nothing of ideas or votes.
 * Read from the session's sockets (through the adapter, so every server process counts), sorted
 * by id, so the list's order says nothing of who came back when.
 */
export class Presence {
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly io: AppServer,
    private readonly onError: (error: unknown) => void,
    /** The table rooms of a session: while the tables work, seated people's sockets are there, not in its public room. */
    private readonly tableRooms: (sessionId: string) => string[] = () => [],
  ) {}

  /** A socket of the session attached or went away: its consoles hear the new list soon. */
  changed(sessionId: string): void {
    if (this.pending.has(sessionId)) return;
    const send = () => {
      this.pending.delete(sessionId);
      this.send(sessionId).catch(this.onError);
    };
    this.pending.set(sessionId, setTimeout(send, GATHER_MS));
  }

  private async send(sessionId: string): Promise<void> {
    const sockets = await this.io.in([rooms.public(sessionId), ...this.tableRooms(sessionId)]).fetchSockets();
    const ids = sockets.flatMap((s) =>
      s.data.role === 'participant' && s.data.participantId ? [s.data.participantId] : [],
    );
    this.io.to(rooms.facilitator(sessionId)).emit('facilitator:presence', { online: [...new Set(ids)].sort() });
  }

  close(): void {
    for (const handle of this.pending.values()) clearTimeout(handle);
    this.pending.clear();
  }
}
