import type { Result } from '../../shared/session/result.js';
import type { CreateSessionInput } from '../../shared/protocol/schemas.js';
import { loadFacilitatorToken, loadParticipant, saveFacilitatorToken } from './device-storage.js';
import { sessionClient } from './runtime.js';

export interface CreatedSession {
  sessionId: string;
  code: string;
  facilitatorToken: string;
  displayCode: string;
  joinPath: string;
}

/** Opens a new session; the facilitator token is kept on this device, never put in a URL the server sees. */
export async function createSession(input: CreateSessionInput): Promise<Result<CreatedSession> | null> {
  try {
    const response = await fetch('/api/sessions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as Result<CreatedSession>;
    if (body.ok) saveFacilitatorToken(body.value.code, body.value.facilitatorToken);
    return body;
  } catch {
    return null;
  }
}

/** A phone on /join/CODE: comes back as the participant it was, or previews the room before joining. */
export function openParticipantRoom(code: string): void {
  const identity = loadParticipant(code);
  sessionClient.attachAs(identity ? { role: 'participant', code, token: identity.token } : { role: 'display', code });
}

/** The projector, or a table's shared screen (`/display/CODE?table=N`). */
export function openDisplay(code: string, table?: number): void {
  sessionClient.attachAs(table === undefined ? { role: 'display', code } : { role: 'display', code, table });
}

/**
 * The console's token: from the link's fragment (browsers never send it to the server), which is
 * then kept on this device and removed from the address bar; else the one this device kept.
 */
export function takeConsoleToken(code: string): string | null {
  const fromLink = decodeURIComponent(window.location.hash.slice(1));
  if (fromLink) {
    saveFacilitatorToken(code, fromLink);
    window.history.replaceState(null, '', window.location.pathname);
    return fromLink;
  }
  return loadFacilitatorToken(code);
}

export function openConsole(code: string, token: string): void {
  sessionClient.attachAs({ role: 'facilitator', code, token });
}

export function joinRoom(code: string, name: string, organization: string | null) {
  return sessionClient.join(code, name, organization);
}
