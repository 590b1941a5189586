import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import { FlushWindow } from '../server/socket/flush-window.js';

/**
 * The bench's baseline: a bare Socket.IO room server that answers the same events as Roundtable
 * but only counts. Each change (a join, an idea, a ballot) is relayed to the room as a small view
 * of counters, coalesced by Roundtable's own window (first change at once, then at most one per
 * 50 ms; 100 ms during a storm in a room over 500), so both send as many views. No validation, no
 * persistence, no per-recipient views: what is left is the transport.
 */

const INTERVAL_MS = 50;

interface Room {
  code: string;
  version: number;
  participants: number;
  ideas: number;
  voters: Set<string>;
  window: FlushWindow;
}

type Ack = (result: unknown) => void;

const rooms = new Map<string, Room>();
const started = performance.now();
const httpServer = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/api/sessions') {
    req.resume();
    const code = randomBytes(4).toString('hex').toUpperCase();
    const window = new FlushWindow(INTERVAL_MS);
    rooms.set(code, { code, version: 1, participants: 0, ideas: 0, voters: new Set(), window });
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({ ok: true, value: { sessionId: code, code, facilitatorToken: randomBytes(24).toString('hex') } }),
    );
    return;
  }
  res.writeHead(404).end();
});
const io = new Server(httpServer, { serveClient: false });

function view(room: Room) {
  return {
    version: room.version,
    serverTime: Date.now(),
    view: {
      code: room.code,
      participantCount: room.participants,
      ideasSubmitted: room.ideas,
      ballotsIn: room.voters.size,
    },
  };
}

function flush(room: Room): void {
  room.window.flushing();
  const message = view(room);
  io.to(`pub:${room.code}`).emit('session:view', message);
  io.to(`fac:${room.code}`).emit('facilitator:view', message);
}

function changed(room: Room): void {
  room.version += 1;
  room.window.changed(io.sockets.adapter.rooms.get(`pub:${room.code}`)?.size ?? 0, () => flush(room));
}

function roomOf(payload: unknown): Room | undefined {
  const code = (payload as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? rooms.get(code) : undefined;
}

function attach(socket: Socket, room: Room, role: 'pub' | 'fac', ack: Ack, value: unknown): void {
  socket.data = { code: room.code, participantId: socket.data?.participantId };
  void socket.join(`${role}:${room.code}`);
  ack({ ok: true, value });
  setImmediate(() => socket.emit(role === 'fac' ? 'facilitator:view' : 'session:view', view(room)));
}

function handle(socket: Socket, event: string, payload: unknown, ack: Ack): void {
  const joined = rooms.get((socket.data as { code?: string } | undefined)?.code ?? '');
  switch (event) {
    case 'participant:join': {
      const room = roomOf(payload);
      if (!room) return ack({ ok: false, error: { code: 'JOIN_REFUSED', message: 'No such room.' } });
      const participantId = randomBytes(8).toString('hex');
      socket.data = { participantId };
      room.participants += 1;
      attach(socket, room, 'pub', ack, { participantId, token: randomBytes(24).toString('hex') });
      changed(room);
      return;
    }
    case 'participant:resume':
    case 'facilitator:attach': {
      const room = roomOf(payload);
      if (!room) return ack({ ok: false, error: { code: 'UNAUTHORIZED', message: 'No such room.' } });
      attach(socket, room, event === 'facilitator:attach' ? 'fac' : 'pub', ack, { sessionId: room.code });
      return;
    }
    case 'idea:add':
      if (joined) joined.ideas += 1;
      break;
    case 'ballot:submit':
      if (joined) joined.voters.add(String((socket.data as { participantId?: string }).participantId ?? socket.id));
      break;
    default:
      // Facilitator commands (phase changes) are accepted and change nothing here.
      return ack({ ok: true });
  }
  ack({ ok: true });
  if (joined) changed(joined);
}

io.on('connection', (socket) => {
  socket.onAny((event: unknown, ...args: unknown[]) => {
    const ack = args[args.length - 1];
    if (typeof event !== 'string' || typeof ack !== 'function') return;
    handle(socket, event, args.length > 1 ? args[0] : undefined, ack as Ack);
  });
});

const port = Number(process.env.PORT ?? 0);
// Node's default listen backlog (511) is kept, as Roundtable has it; BENCH_BACKLOG changes it
// here only, to measure what a longer accept queue would give.
const backlog = process.env.BENCH_BACKLOG ? Number(process.env.BENCH_BACKLOG) : undefined;
httpServer.listen({ port, backlog }, () => {
  const startupMs = Math.round(performance.now() - started);
  console.log(JSON.stringify({ message: 'listening', port, startupMs }));
});
process.on('SIGTERM', () => {
  void io.close();
  process.exit(0);
});
