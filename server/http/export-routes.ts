import { exportView } from '../../shared/session/export-view.js';
import express, { type Response, type Router } from 'express';
import type { ErrorCode } from '../../shared/session/result.js';
import { err } from '../../shared/session/result.js';
import { normalizeRoomCode } from '../../shared/session/room-code.js';
import { exportQuerySchema } from '../export/export-language.js';
import { buildExportModel } from '../export/export-model.js';
import { contentDisposition } from '../export/filename.js';
import { EXPORT_FORMATS, isExportFormat, renderExport } from '../export/formats.js';
import { PdfBusyError } from '../export/pdf/pdf-worker-client.js';
import { describeError, type Logger } from '../logger.js';
import { hashToken, tokenMatches } from '../sessions/secrets.js';
import type { LiveSession, SessionService } from '../sessions/session-service.js';

const BEARER = /^Bearer[ \t]+([A-Za-z0-9_-]{20,128})[ \t]*$/i;
/** Compared against when the code is unknown, so a miss takes as long as a wrong token. */
const NO_SESSION_HASH = hashToken('no session has this token');

function refuse(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json(err(code, message));
}

/**
 * The session a request may export (or otherwise act on as its facilitator), or null. An unknown code, a missing token and a wrong token
 * are indistinguishable from outside: the answer must not reveal which codes exist.
 */
export function authorisedSession(service: SessionService, rawCode: string, authorization: string | undefined) {
  const token = BEARER.exec(authorization ?? '')?.[1];
  const code = normalizeRoomCode(rawCode);
  const live: LiveSession | undefined = code === null ? undefined : service.findByCode(code);
  if (token === undefined) return null;
  const matches = tokenMatches(token, live?.state.facilitatorTokenHash ?? NO_SESSION_HASH);
  return live && matches ? live : null;
}

/**
 * GET /api/sessions/:code/export.{json,pdf,csv,md}?lang=en|fr|es|ru|ar|zh, for the facilitator's
 * bearer token only. Without lang the report is in English, whatever the browser's languages: the
 * console always sends the language the facilitator picked.
 */
export function exportRoutes(service: SessionService, log: Logger, now: () => number = Date.now): Router {
  const router = express.Router();

  router.get('/api/sessions/:code/export.:format', async (req, res) => {
    // Exports hold a whole session's results: no browser or proxy keeps a copy.
    res.set({ 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    const live = authorisedSession(service, req.params.code, req.get('authorization'));
    if (!live) {
      res.set('WWW-Authenticate', 'Bearer realm="roundtable"');
      refuse(res, 401, 'UNAUTHORIZED', 'A valid facilitator token is required.');
      return;
    }
    const format = req.params.format;
    if (!isExportFormat(format)) {
      refuse(res, 404, 'NOT_FOUND', 'Unknown export format: use json, pdf, csv or md.');
      return;
    }
    const query = exportQuerySchema.safeParse(req.query);
    if (!query.success) {
      refuse(res, 400, 'BAD_REQUEST', query.error.issues[0]?.message ?? 'Invalid query.');
      return;
    }
    const model = buildExportModel(exportView(live.state), now(), query.data.lang);
    if (!model) {
      refuse(res, 409, 'WRONG_PHASE', 'Exports are available once the results are shown.');
      return;
    }
    try {
      const body = await renderExport(model, format);
      res.set({
        'Content-Type': EXPORT_FORMATS[format].contentType,
        'Content-Disposition': contentDisposition(model, format),
      });
      res.status(200).send(body);
    } catch (error) {
      if (error instanceof PdfBusyError) {
        // 429: this session asks too much; 503: the server is busy for everyone.
        res.set('Retry-After', '5');
        refuse(res, error.scope === 'session' ? 429 : 503, 'RATE_LIMITED', error.message);
        return;
      }
      log.error('export failed', { sessionId: live.state.id, format, ...describeError(error) });
      refuse(res, 500, 'INTERNAL', 'The export could not be made.');
    }
  });

  return router;
}
