import type { SessionEvent } from '../../../shared/session/events.js';
import { defaultSettings } from '../../../shared/session/settings.js';
import type { SessionChange, StoredBallot } from '../../../server/store/event-store.js';

/** A session's first change, as the service writes it. */
export function created(id: string, code: string, createdAt = 1000): SessionChange {
  const event: SessionEvent = {
    type: 'sessionCreated',
    id,
    code,
    title: 'Shared goals',
    createdAt,
    settings: defaultSettings(),
    organizations: ['North'],
    facilitatorTokenHash: 'hash',
    ballotSalt: 'salt',
  };
  return { sessionId: id, version: 1, events: [event], ballots: [], commandKey: null };
}

/** A change adding an idea at `version`. */
export function idea(id: string, version: number, text: string, commandKey: string | null = null): SessionChange {
  const event: SessionEvent = { type: 'ideaAdded', ideaId: `${id}-${version}`, authorId: 'p1', text, at: version };
  return { sessionId: id, version, events: [event], ballots: [], commandKey };
}

/** A change casting ballots at `version`, with no public event (as the service writes a ballot). */
export function ballots(id: string, version: number, cast: StoredBallot[]): SessionChange {
  return { sessionId: id, version, events: [], ballots: cast, commandKey: null };
}
