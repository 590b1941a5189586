import express, { type ErrorRequestHandler } from 'express';
import { existsSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import { join } from 'node:path';
import { Server } from 'socket.io';
import { apiRoutes } from './http/routes.js';
import { describeError, type Logger } from './logger.js';
import { SessionService } from './sessions/session-service.js';
import { registerHandlers } from './socket/handlers.js';
import type { AppServer } from './socket/types.js';
import { ViewFanout } from './socket/view-fanout.js';
import type { EventStore } from './store/event-store.js';

export interface AppDeps {
  store: EventStore;
  log: Logger;
  /** Built client to serve, if present. */
  clientDir?: string;
  /** Coalescing window for view broadcasts. */
  broadcastIntervalMs?: number;
  now?: () => number;
}

export interface App {
  httpServer: HttpServer;
  io: AppServer;
  service: SessionService;
  /** Stops timers and the socket server; the store stays open for its owner to close. */
  close(): Promise<void>;
}

/** Assembles the server without listening, so tests can start it on port 0. */
export function createApp(deps: AppDeps): App {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const io: AppServer = new Server(httpServer, { maxHttpBufferSize: 64 * 1024, serveClient: false });
  const service = new SessionService({ store: deps.store, log: deps.log, now: deps.now });
  service.load();
  const fanout = new ViewFanout(io, service, deps.broadcastIntervalMs);
  service.onChange((notice) => fanout.onChange(notice));
  registerHandlers(io, { service, fanout, log: deps.log });

  app.use(apiRoutes(service));
  const clientDir = deps.clientDir;
  if (clientDir && existsSync(join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false }));
    // Client-side routes (/join/..., /display/..., /host/...) all load the single page.
    app.get(/^\/(?!api\/|socket\.io\/).*/, (_req, res) => res.sendFile(join(clientDir, 'index.html')));
  }
  const onError: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
    const status = (error as { status?: number }).status ?? 500;
    if (status >= 500) deps.log.error('http request failed', describeError(error));
    res
      .status(status)
      .json({ ok: false, error: { code: status >= 500 ? 'INTERNAL' : 'BAD_REQUEST', message: 'Request refused.' } });
  };
  app.use(onError);

  return {
    httpServer,
    io,
    service,
    close: async () => {
      service.close();
      fanout.close();
      await io.close();
    },
  };
}
