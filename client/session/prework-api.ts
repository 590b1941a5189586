import type { PreworkForm, PreworkSavePayload } from '../../shared/protocol/prework-schemas.js';
import type { Result } from '../../shared/session/result.js';

/** A failed request: the server's error code, or NETWORK when no answer came. */
export type ApiOutcome<T> = { ok: true; value: T } | { ok: false; code: string };

async function post<T>(path: string, body: unknown, token?: string): Promise<ApiOutcome<T>> {
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const result = (await response.json()) as Result<T>;
    return result.ok ? { ok: true, value: result.value } : { ok: false, code: result.error.code };
  } catch {
    return { ok: false, code: 'NETWORK' };
  }
}

/**
 * Makes (or replaces, which revokes the old one) an organization's pre-work link. The secret
 * comes back once and goes only into the link's fragment, which browsers never send.
 */
export async function createPreworkLink(
  code: string,
  token: string,
  organization: string,
): Promise<ApiOutcome<string>> {
  const made = await post<{ fragment: string }>(
    `/api/sessions/${encodeURIComponent(code)}/prework-links`,
    { organization },
    token,
  );
  return made.ok ? { ok: true, value: `${window.location.origin}/prework#${made.value.fragment}` } : made;
}

/** The code and secret a pre-work link carries in its fragment, or null. */
export function linkFromFragment(hash: string): { code: string; secret: string } | null {
  const match = /^#?([A-Za-z0-9]{4,20})\.([A-Za-z0-9_-]{20,128})$/.exec(hash);
  return match ? { code: match[1] as string, secret: match[2] as string } : null;
}

/** Opens the organization's form. */
export function openPrework(link: { code: string; secret: string }): Promise<ApiOutcome<PreworkForm>> {
  return post('/api/prework/open', link);
}

/** Saves the organization's priorities and interests; the answer is the form as now stored. */
export function savePrework(payload: PreworkSavePayload): Promise<ApiOutcome<PreworkForm>> {
  return post('/api/prework/save', payload);
}
