import type { Browser, CDPSession, Page } from 'playwright-core';

/**
 * Chrome DevTools' "Fast 3G" (also Lighthouse's mobile throttling): 1.6 Mbit/s down and
 * 750 kbit/s up at 90 % efficiency, and 150 ms RTT, which DevTools applies per request as
 * 150 × 3.75 = 562.5 ms because it throttles requests, not packets. `rtt-150` applies the plain
 * 150 ms instead, the figure the issue names; both are printed.
 */
export const PROFILES = {
  'devtools-fast-3g': { downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9, latency: 562.5 },
  'fast-3g-rtt-150': { downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9, latency: 150 },
} as const;
export type ProfileName = keyof typeof PROFILES;

export interface FirstViews {
  profile: ProfileName;
  /** Navigation to the join form on screen, cold cache. */
  joinMs: number;
  /** The page's own first contentful paint and script arrival, for where the time goes. */
  joinFcpMs: number;
  joinScriptsDoneMs: number;
  /** Bytes the phone received for that first view (headers and compressed bodies, CDP's count). */
  joinBytes: number;
  /** "Join the session" tapped to the lobby on screen. */
  lobbyAfterJoinMs: number;
  /** A joined phone opening the lobby with an empty cache (a reload after its cache was cleared). */
  lobbyColdMs: number;
  /** The same with the HTTP cache kept: the phone that comes back. */
  lobbyWarmMs: number;
  lobbyWarmBytes: number;
}

/** Counts what the network delivers to the page, as Chromium reports it. */
function countBytes(cdp: CDPSession): { take: () => number } {
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
  });
  return {
    take: () => {
      const taken = bytes;
      bytes = 0;
      return taken;
    },
  };
}

async function timed(action: () => Promise<unknown>, until: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  await until();
  return Math.round(performance.now() - started);
}

/** One phone in its own context: the join page, joining, and the lobby cold and warm, throttled. */
export async function phoneFirstViews(
  browser: Browser,
  url: string,
  joinPath: string,
  profile: ProfileName,
): Promise<FirstViews> {
  // No service worker: these are first visits and HTTP-cache returns, not offline reloads.
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
    locale: 'en-US',
    serviceWorkers: 'block',
  });
  try {
    const page: Page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...PROFILES[profile] });
    const bytes = countBytes(cdp);
    const nameField = page.getByLabel('Your name');
    const lobby = page.getByRole('heading', { name: 'You are in' });

    const joinMs = await timed(
      () => page.goto(url + joinPath, { waitUntil: 'commit' }),
      () => nameField.waitFor(),
    );
    const joinBytes = bytes.take();
    const { joinFcpMs, joinScriptsDoneMs } = await page.evaluate(() => ({
      joinFcpMs: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1),
      joinScriptsDoneMs: Math.round(
        Math.max(
          0,
          ...performance.getEntriesByType('resource').map((e) => (e as PerformanceResourceTiming).responseEnd),
        ),
      ),
    }));
    // A person takes a few seconds to type a name; by then the socket is up. Tapping before it
    // is would time the connection, not the join (the form asks to wait, and nothing is lost).
    await nameField.fill('Bench phone');
    await page.getByRole('status', { name: 'Connection' }).getByText('Connected', { exact: true }).waitFor();
    const join = page.getByRole('button', { name: 'Join the session' });
    const lobbyAfterJoinMs = await timed(
      () => join.click(),
      () => lobby.waitFor(),
    );
    await cdp.send('Network.clearBrowserCache');
    const lobbyColdMs = await timed(
      () => page.goto(url + joinPath, { waitUntil: 'commit' }),
      () => lobby.waitFor(),
    );
    bytes.take();
    const lobbyWarmMs = await timed(
      () => page.goto(url + joinPath, { waitUntil: 'commit' }),
      () => lobby.waitFor(),
    );
    return {
      profile,
      joinMs,
      joinFcpMs,
      joinScriptsDoneMs,
      joinBytes,
      lobbyAfterJoinMs,
      lobbyColdMs,
      lobbyWarmMs,
      lobbyWarmBytes: bytes.take(),
    };
  } finally {
    await context.close();
  }
}

/** A screenshot of the join page as a throttled phone first shows it. */
export async function joinScreenshot(browser: Browser, url: string, joinPath: string, path: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, locale: 'en-US' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...PROFILES['devtools-fast-3g'] });
  await page.goto(url + joinPath);
  await page.getByLabel('Your name').waitFor({ timeout: 30_000 });
  await page.screenshot({ path, fullPage: true });
  await context.close();
}
