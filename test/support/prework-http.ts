import type { Result } from '../../shared/session/result.js';

/** POSTs JSON to the server and returns the HTTP status and the Result it answered. */
export async function postJson<T = unknown>(
  url: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; result: Result<T> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, result: (await response.json()) as Result<T> };
}

/** The facilitator makes an organization's pre-work link; returns the secret (as its fragment carries it). */
export async function makeLink(base: string, code: string, token: string, organization: string): Promise<string> {
  const made = await postJson<{ secret: string; fragment: string }>(
    `${base}/api/sessions/${code}/prework-links`,
    { organization },
    token,
  );
  if (!made.result.ok) throw new Error(`link refused: ${made.result.error.message}`);
  if (made.result.value.fragment !== `${code}.${made.result.value.secret}`) throw new Error('unexpected fragment');
  return made.result.value.secret;
}
