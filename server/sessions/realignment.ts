import { err, ok, type Result } from '../../shared/session/result.js';
import type { SeedIdea } from '../../shared/session/events.js';
import { normalizeRoomCode } from '../../shared/session/room-code.js';
import { resultsView } from '../../shared/session/views.js';
import { newId, tokenMatches } from './secrets.js';
import type { SessionService } from './session-service.js';

/**
 * The adopted goals of an earlier session, as seeds for a new one, each with the rank it had
 * then. Only that session's facilitator may carry its goals over.
 */
export function seedsFromEarlierSession(service: SessionService, code: string, token: string): Result<SeedIdea[]> {
  const normalized = normalizeRoomCode(code);
  const earlier = normalized === null ? undefined : service.findByCode(normalized);
  if (!earlier || !tokenMatches(token, earlier.state.facilitatorTokenHash)) {
    return err('UNAUTHORIZED', 'No earlier session with that code and token.');
  }
  const { state } = earlier;
  const adopted = state.goals.adopted;
  if (adopted === null || adopted.length === 0) return err('CONFLICT', 'That session has no adopted goals yet.');
  const ranks = new Map(resultsView(state)?.lines.map((line) => [line.ideaId, line.rank]));
  return ok(
    adopted.map((ideaId) => ({
      ideaId: newId(),
      text: state.ideas[ideaId]?.text ?? '',
      previousSessionId: state.id,
      previousTitle: state.title,
      previousDate: state.createdAt,
      previousRank: ranks.get(ideaId) ?? 0,
    })),
  );
}
