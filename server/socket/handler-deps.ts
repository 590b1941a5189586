import type { Logger } from '../logger.js';
import type { SessionService } from '../sessions/session-service.js';
import type { Limits } from './limits.js';
import type { AppSocket } from './types.js';
import type { ViewFanout } from './view-fanout.js';

/** What the socket handlers are built from (injected, so tests can assemble a real server). */
export interface HandlerDeps {
  service: SessionService;
  fanout: ViewFanout;
  log: Logger;
  limits: Limits;
  /** The client's address, seen through the proxies the operator trusts. */
  addressOf: (socket: AppSocket) => string;
}
