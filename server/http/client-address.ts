import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/** Express's compiled `trust proxy` setting: whether the hop at `address`, `i` away, is trusted. */
export type TrustProxy = (address: string, i: number) => boolean;

/**
 * The client's address as the limits see it: the peer of the TCP connection, or, behind proxies
 * the operator declared with TRUST_PROXY, the nearest untrusted address in X-Forwarded-For. The
 * same rule as Express's `req.ip`, so HTTP and socket limits agree.
 */
export function clientAddress(req: IncomingMessage, trust: TrustProxy): string {
  return proxyAddr(req, trust);
}
