import { err, ok, type Result } from './result.js';
import type { DecideContext } from './commands.js';
import type { SessionEvent } from './events.js';
import { ideasOf, textLength } from './queries.js';
import type { Idea, SessionState } from './state.js';

type Decision = Result<SessionEvent[]>;

/** Trims an idea's text and checks it against the session's length limit. */
export function checkIdeaText(state: SessionState, raw: string): Result<string> {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text.length === 0) return err('BAD_REQUEST', 'An idea cannot be empty.');
  const limit = state.settings.ideaLength;
  if (textLength(text) > limit) return err('BAD_REQUEST', `An idea can be at most ${limit} characters.`);
  return ok(text);
}

function ownIdea(state: SessionState, participantId: string, ideaId: string): Result<Idea> {
  const idea = state.ideas.get(ideaId);
  // An idea that is not yours is reported as missing, so ids cannot be probed.
  if (!idea || idea.authorId !== participantId || idea.status === 'withdrawn') {
    return err('NOT_FOUND', 'No such idea of yours.');
  }
  return ok(idea);
}

/** A participant adds a private idea. */
export function decideAddIdea(state: SessionState, participantId: string, raw: string, ctx: DecideContext): Decision {
  const limit = state.settings.ideasPerParticipant;
  if (ideasOf(state, participantId).length >= limit) {
    return err('LIMIT_REACHED', `You can add at most ${limit} ideas.`);
  }
  const text = checkIdeaText(state, raw);
  if (!text.ok) return text;
  return ok([{ type: 'ideaAdded', ideaId: ctx.newId(), authorId: participantId, text: text.value, at: ctx.now }]);
}

/** A participant rewrites one of their own ideas. */
export function decideEditIdea(state: SessionState, participantId: string, ideaId: string, raw: string): Decision {
  const idea = ownIdea(state, participantId, ideaId);
  if (!idea.ok) return idea;
  const text = checkIdeaText(state, raw);
  if (!text.ok) return text;
  if (text.value === idea.value.text) return ok([]);
  return ok([{ type: 'ideaEdited', ideaId, text: text.value }]);
}

/** A participant deletes one of their own ideas (it is withdrawn, never erased from the log). */
export function decideDeleteIdea(state: SessionState, participantId: string, ideaId: string): Decision {
  const idea = ownIdea(state, participantId, ideaId);
  if (!idea.ok) return idea;
  return ok([{ type: 'ideaWithdrawn', ideaId }]);
}

/** A participant marks themselves done (or not) writing. */
export function decideSetDone(state: SessionState, participantId: string, done: boolean): Decision {
  if (state.participants.get(participantId)?.done === done) return ok([]);
  return ok([{ type: 'participantDoneSet', participantId, done }]);
}
