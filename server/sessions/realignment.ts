import { err, ok, type Result } from '../../shared/session/result.js';
import type { SeedIdea } from '../../shared/session/events.js';
import { exportView, type ExportView } from '../../shared/session/export-view.js';
import { normalizeRoomCode } from '../../shared/session/room-code.js';
import { newId, tokenMatches } from './secrets.js';
import type { SessionService } from './session-service.js';

/** The adopted goals of an export view as seeds, each with the rank it had in that session. */
function seedsOf(view: ExportView, goals: NonNullable<ExportView['goals']>): SeedIdea[] {
  const ranks = new Map(view.results.lines.map((line) => [line.ideaId, line.rank]));
  return goals.map((goal) => ({
    ideaId: newId(),
    text: goal.text,
    previousSessionId: view.sessionId,
    previousTitle: view.title,
    previousDate: view.createdAt,
    previousRank: ranks.get(goal.ideaId) ?? 0,
  }));
}

/**
 * The adopted goals of an earlier session, as seeds for a new one, each with the rank it had
 * then. Only that session's facilitator may carry its goals over; what is carried is read from
 * the session's export view, under the same rules as every export.
 */
export function seedsFromEarlierSession(service: SessionService, code: string, token: string): Result<SeedIdea[]> {
  const normalized = normalizeRoomCode(code);
  const earlier = normalized === null ? undefined : service.findByCode(normalized);
  if (!earlier || !tokenMatches(token, earlier.state.facilitatorTokenHash)) {
    return err('UNAUTHORIZED', 'No earlier session with that code and token.');
  }
  const view = exportView(earlier.state);
  const goals = view?.goals;
  if (!view || !goals || goals.length === 0) return err('CONFLICT', 'That session has no adopted goals yet.');
  return ok(seedsOf(view, goals));
}
