import express, { type Router } from 'express';
import { createSessionSchema } from '../../shared/protocol/schemas.js';
import { formatRoomCode } from '../../shared/session/room-code.js';
import type { SessionService } from '../sessions/session-service.js';
import { parsePayload } from '../socket/parse.js';

/** REST routes: health and session creation. */
export function apiRoutes(service: SessionService): Router {
  const router = express.Router();

  router.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });

  router.post('/api/sessions', express.json({ limit: '32kb' }), (req, res) => {
    const input = parsePayload(createSessionSchema, req.body);
    if (!input.ok) {
      res.status(400).json(input);
      return;
    }
    const created = service.create(input.value);
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
