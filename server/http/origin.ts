import type { IncomingMessage } from 'node:http';

/**
 * Whether a request's Origin may open a socket: browsers send an Origin, which must be the page's
 * own host or one listed in `allowed`; clients that are not browsers send none and are let in
 * (they carry no cookies or ambient credentials a foreign page could abuse).
 */
export function originAllowed(req: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (allowed.includes(url.origin)) return true;
  return url.host === req.headers.host && (url.protocol === 'http:' || url.protocol === 'https:');
}
