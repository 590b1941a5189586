import express, { type ErrorRequestHandler } from 'express';
import { createServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import { Server, type ServerOptions } from 'socket.io';
import { httpRoomGate, socketRoomGate, type SessionGate } from './cluster/room-gate.js';
import { clientAddress, type TrustProxy } from './http/client-address.js';
import { originAllowed } from './http/origin.js';
import { exportRoutes } from './http/export-routes.js';
import { apiRoutes } from './http/routes.js';
import { preworkRoutes } from './http/prework-routes.js';
import { securityHeaders } from './http/security-headers.js';
import { dynamicCompression, serveClient } from './http/static-assets.js';
import { describeError, type Logger } from './logger.js';
import { DEFAULT_IDLE_MS, startEviction } from './sessions/eviction.js';
import { SessionService } from './sessions/session-service.js';
import { registerHandlers } from './socket/handlers.js';
import { Limits, type LimiterFactory, type LimitSettings } from './socket/limits.js';
import type { AppServer } from './socket/types.js';
import { ViewFanout } from './socket/view-fanout.js';
import type { EventStore } from './store/event-store.js';

/** Largest socket message accepted; a bigger one closes the connection. */
export const MAX_MESSAGE_BYTES = 64 * 1024;

export interface AppDeps {
  store: EventStore;
  log: Logger;
  /** Built client to serve, if present. */
  clientDir?: string;
  /** Coalescing window for view broadcasts. */
  broadcastIntervalMs?: number;
  /** Origins besides the server's own allowed to open sockets (e.g. a dev server). */
  allowedOrigins?: string[];
  limits?: Partial<LimitSettings>;
  /** Where the limits keep their counters (memory by default; a shared store for several processes). */
  limiters?: LimiterFactory;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For the limits believe. None by default. */
  trustProxy?: boolean | number | string;
  now?: () => number;
  /** A session nobody is attached to leaves memory after this long (or at once when finished). */
  sessionIdleMs?: number;
  /** Several processes (server/cluster): a shared Socket.IO adapter, and the gate that makes this process own a room before serving it. */
  cluster?: { adapter: ServerOptions['adapter']; gate: SessionGate };
}

export interface App {
  httpServer: HttpServer;
  io: AppServer;
  service: SessionService;
  /** Stops taking commands, tells clients to come back, finishes what is in flight, closes. */
  shutdown(): Promise<void>;
  /** Stops timers and the socket server at once (tests); the store stays open for its owner. */
  close(): Promise<void>;
}

const SWEEP_MS = 50;

/**
 * Node's `close()` closes only the keep-alive connections idle at that instant. One busy then stays
 * open and is answered on: a browser sends its reconnection handshake over it and reaches this
 * stopping process again, within the keep-alive timeout each time, so the server's 'close' (which
 * `io.close()` awaits) never comes. Closing each connection within moments of going idle lets the
 * responses in flight finish, and the browser's next try finds the connection gone.
 */
function sweepIdleConnections(httpServer: HttpServer): () => void {
  const timer = setInterval(() => httpServer.closeIdleConnections(), SWEEP_MS);
  return () => clearInterval(timer);
}

/** Assembles the server without listening, so tests can start it on port 0. */
export function createApp(deps: AppDeps): App {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy ?? false);
  const trust = app.get('trust proxy fn') as TrustProxy;
  app.use(securityHeaders);
  app.use(dynamicCompression());
  const httpServer = createServer(app);
  const allowed = deps.allowedOrigins ?? [];
  const io: AppServer = new Server(httpServer, {
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    serveClient: false,
    // Checked on the handshake of both transports (polling and websocket).
    allowRequest: (req, callback) => callback(null, originAllowed(req, allowed)),
    ...(deps.cluster ? { adapter: deps.cluster.adapter } : {}),
  });
  if (deps.cluster) io.use(socketRoomGate(deps.cluster.gate));
  const service = new SessionService({ store: deps.store, log: deps.log, now: deps.now });
  service.load();
  const fanout = new ViewFanout(io, service, deps.broadcastIntervalMs, (error) =>
    deps.log.error('presence failed', describeError(error)),
  );
  service.onChange((notice) => fanout.onChange(notice));
  const stopEviction = startEviction(
    service,
    {
      idleMs: deps.sessionIdleMs ?? DEFAULT_IDLE_MS,
      attached: (id) => fanout.attached(id),
      dropped: (id) => fanout.drop(id),
    },
    deps.log,
  );
  const limits = new Limits(deps.limits, deps.limiters);
  const addressOf = (socket: { request: IncomingMessage }) => clientAddress(socket.request, trust);
  registerHandlers(io, { service, fanout, log: deps.log, limits, addressOf });

  app.use(apiRoutes(service, limits));
  if (deps.cluster) app.use('/api/sessions/:code/export.:format', httpRoomGate(deps.cluster.gate));
  app.use(exportRoutes(service, deps.log, deps.now));
  app.use(preworkRoutes(service, limits));
  if (deps.clientDir) serveClient(app, deps.clientDir);
  const onError: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
    const status = (error as { status?: number }).status ?? 500;
    if (status >= 500) deps.log.error('http request failed', describeError(error));
    res
      .status(status)
      .json({ ok: false, error: { code: status >= 500 ? 'INTERNAL' : 'BAD_REQUEST', message: 'Request refused.' } });
  };
  app.use(onError);

  const close = async () => {
    stopEviction();
    service.close();
    fanout.close();
    await io.close();
  };
  return {
    httpServer,
    io,
    service,
    close,
    shutdown: async () => {
      httpServer.close();
      const stopSweeping = sweepIdleConnections(httpServer);
      await service.stopAccepting();
      // Let the acks of the last committed commands (queued as promise callbacks) go out first.
      await new Promise((resolve) => setImmediate(resolve));
      // This process's clients only: with several processes, the others' clients stay where they are.
      io.local.emit('server:restarting');
      try {
        await close();
      } finally {
        stopSweeping();
      }
    },
  };
}
