import express, { type Request, type Response, type Router } from 'express';
import type { z } from 'zod';
import {
  preworkLinkSchema,
  preworkOpenSchema,
  preworkSaveSchema,
  type PreworkForm,
} from '../../shared/protocol/prework-schemas.js';
import { organizationOfLink } from '../../shared/session/prework/decide-prework.js';
import { err, type ErrorCode } from '../../shared/session/result.js';
import { normalizeRoomCode } from '../../shared/session/room-code.js';
import type { SessionState } from '../../shared/session/state.js';
import { hashToken, newToken } from '../sessions/secrets.js';
import type { LiveSession, SessionService } from '../sessions/session-service.js';
import type { Limits } from '../socket/limits.js';
import { parsePayload } from '../socket/parse.js';
import { authorisedSession } from './export-routes.js';

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  WRONG_PHASE: 409,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};
// One answer for an unknown code and a wrong or revoked secret: a miss reveals nothing.
const BAD_LINK = err('UNAUTHORIZED', 'This pre-work link is not valid (it may have been replaced or revoked).');

function send(res: Response, result: { ok: true; value: unknown } | { ok: false; error: { code: ErrorCode } }): void {
  res.status(result.ok ? 200 : (STATUS[result.error.code] ?? 500)).json(result);
}

function formOf(state: SessionState, organization: string): PreworkForm {
  const entry = state.prework.entries[organization];
  return {
    title: state.title,
    organization,
    closed: state.prework.closed,
    priorities: entry?.priorities ?? [],
    explicitInterests: entry?.explicitInterests ?? '',
    implicitInterests: entry?.implicitInterests ?? '',
    updatedAt: entry?.updatedAt ?? null,
  };
}

/**
 * The session and organization a representative's link opens, or null. Misses count against the
 * address like a wrong room code, so secrets cannot be guessed in bulk.
 */
async function linkedSession(
  service: SessionService,
  limits: Limits,
  req: Request,
  res: Response,
  body: { code: string; secret: string },
): Promise<{ live: LiveSession; organization: string } | null> {
  const address = req.ip ?? '';
  const wait = await limits.codeLookupBlocked(address);
  if (wait !== null) {
    res.set('Retry-After', String(wait));
    send(res, err('RATE_LIMITED', `Too many failed attempts; try again in ${wait} s.`));
    return null;
  }
  const code = normalizeRoomCode(body.code);
  const live = code === null ? undefined : service.findByCode(code);
  const organization = live ? organizationOfLink(live.state, hashToken(body.secret)) : null;
  if (live && organization !== null) return { live, organization };
  await limits.recordCodeFailure(address);
  send(res, BAD_LINK);
  return null;
}

function parsed<S extends z.ZodType>(schema: S, req: Request, res: Response): z.output<S> | null {
  const input = parsePayload(schema, req.body);
  if (input.ok) return input.value as z.output<S>;
  send(res, input);
  return null;
}

/**
 * Pre-work over HTTP. A link's secret travels only in request bodies (the page reads it from the
 * URL fragment, which browsers never send), and only its SHA-256 is stored, so a new link or a
 * revocation makes the old one useless at once.
 */
export function preworkRoutes(service: SessionService, limits: Limits): Router {
  const router = express.Router();
  const json = express.json({ limit: '16kb' });
  router.use(['/api/prework', '/api/sessions/:code/prework-links'], (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  router.post('/api/sessions/:code/prework-links', json, async (req, res) => {
    const live = authorisedSession(service, req.params.code, req.get('authorization'));
    if (!live) return send(res, err('UNAUTHORIZED', 'A valid facilitator token is required.'));
    const body = parsed(preworkLinkSchema, req, res);
    if (!body) return;
    const secret = newToken();
    const command = {
      type: 'issuePreworkLink',
      organization: body.organization,
      secretHash: hashToken(secret),
    } as const;
    const result = await service.execute(live.state.id, { role: 'facilitator' }, command, null);
    if (!result.ok) return send(res, result);
    send(res, {
      ok: true,
      value: { organization: body.organization, secret, fragment: `${live.state.code}.${secret}` },
    });
  });

  router.post('/api/prework/open', json, async (req, res) => {
    const body = parsed(preworkOpenSchema, req, res);
    const link = body && (await linkedSession(service, limits, req, res, body));
    if (link) send(res, { ok: true, value: formOf(link.live.state, link.organization) });
  });

  router.post('/api/prework/save', json, async (req, res) => {
    const body = parsed(preworkSaveSchema, req, res);
    const link = body && (await linkedSession(service, limits, req, res, body));
    if (!body || !link) return;
    // Every save is an event in the session's log: a link's holder gets a write budget like a person.
    const wait = await limits.spendWrite(link.live.state.id, `prework:${link.organization}`);
    if (wait !== null) {
      res.set('Retry-After', String(wait));
      return send(res, err('RATE_LIMITED', `Slow down; try again in ${wait} s.`));
    }
    const { code: _code, secret, ...answers } = body;
    const command = { type: 'savePrework', secretHash: hashToken(secret), ...answers } as const;
    const result = await service.execute(link.live.state.id, { role: 'representative' }, command, null);
    const after = service.get(link.live.state.id);
    if (!result.ok || !after) return send(res, result.ok ? err('NOT_FOUND', 'The session is gone.') : result);
    send(res, { ok: true, value: formOf(after.state, link.organization) });
  });

  return router;
}
