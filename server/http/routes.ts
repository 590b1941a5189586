import express, { type Router } from 'express';
import { err } from '../../shared/session/result.js';
import { createSessionSchema } from '../../shared/protocol/schemas.js';
import { formatRoomCode } from '../../shared/session/room-code.js';
import type { SeedIdea } from '../../shared/session/events.js';
import { seedsFromEarlierSession } from '../sessions/realignment.js';
import type { SessionService } from '../sessions/session-service.js';
import type { Limits } from '../socket/limits.js';
import { parsePayload } from '../socket/parse.js';

/** REST routes: health and session creation (optionally realigning an earlier session's goals). */
export function apiRoutes(service: SessionService, limits: Limits): Router {
  const router = express.Router();

  router.get('/healthz', (_req, res) => {
    const health = service.health();
    res.status(health.ok ? 200 : 503).json(health);
  });

  router.post('/api/sessions', express.json({ limit: '32kb' }), async (req, res) => {
    const input = parsePayload(createSessionSchema, req.body);
    if (!input.ok) {
      res.status(400).json(input);
      return;
    }
    // req.ip follows the `trust proxy` setting: behind a declared proxy, the real client.
    const wait = await limits.spendSessionCreation(req.ip ?? '');
    if (wait !== null) {
      res.set('Retry-After', String(wait));
      res.status(429).json(err('RATE_LIMITED', `Too many sessions created; try again in ${wait} s.`));
      return;
    }
    const { realignFrom, ...settings } = input.value;
    let seeds: SeedIdea[] = [];
    if (realignFrom) {
      const earlier = seedsFromEarlierSession(service, realignFrom.code, realignFrom.token);
      if (!earlier.ok) {
        res.status(earlier.error.code === 'UNAUTHORIZED' ? 401 : 409).json(earlier);
        return;
      }
      seeds = earlier.value;
    }
    const created = await service.create({ ...settings, seeds });
    res.status(201).json({
      ok: true,
      value: {
        ...created,
        displayCode: formatRoomCode(created.code),
        joinPath: `/join/${formatRoomCode(created.code)}`,
      },
    });
  });

  return router;
}
