import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/process.js';
import { Room } from '../support/room.js';
import { tempDataDir } from '../support/server.js';
import { addIdea, joinAs } from './support/actions.js';
import { CLIENT_DIR, launchBrowser, requireBuiltClient, screenshot } from './support/browser.js';
import { startLogged, type Exchange, type LoggedServer } from './support/logged-server.js';

/**
 * Issue 18 in Chromium: what a phone downloads and keeps (encodings, cache headers, the first
 * view's bytes), a reload without network mid-ideation, and a new deployment reaching a phone.
 */

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SECOND_BUILD = 'delivery-test-second-build';

const data = tempDataDir();
const secondBuild = tempDataDir();
const problems: string[] = [];
let browser: Browser;
let port: number;
let server: LoggedServer | null = null;

async function serve(clientDir = CLIENT_DIR): Promise<LoggedServer> {
  await server?.stop();
  server = await startLogged(data.dir, port, clientDir);
  return server;
}

async function phone(options: { workers: boolean }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-US',
    serviceWorkers: options.workers ? 'allow' : 'block',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) problems.push(`CSP: ${m.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return { context, page };
}

/** Waits until the service worker controls the page: from then on a reload needs no network. */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

const pageBuild = (page: Page) =>
  page.evaluate(() => document.querySelector('meta[name="roundtable-build"]')?.getAttribute('content'));

/** The encoding the server should pick for what the browser said it accepts. */
function expectedEncoding(exchange: Exchange): string {
  return /\bbr\b/.test(exchange.acceptEncoding) ? 'br' : 'gzip';
}

const isAsset = (e: Exchange) => e.path.startsWith('/assets/');

/** A small session run to its results over sockets, so its exports exist. */
async function resultsShown(url: string): Promise<Room> {
  const room = await Room.open(url, { title: 'Compressed on the fly', settings: { ballotSize: 1 } });
  const voters = ['Cy', 'Di', 'Ed'];
  for (const name of voters) await room.join(name);
  await room.advance('lobby');
  for (const name of voters) await room.act(name, 'idea:add', { text: `${name}'s idea, long enough to export` });
  await room.advance('ideation');
  await room.advance('sharing');
  await room.facilitator.until((t) => t.view?.phase === 'clarification');
  await room.advance('clarification');
  const first = room.facilitator.view?.ideas[0]?.id;
  for (const name of voters) await room.act(name, 'ballot:submit', { ranking: [first] });
  await room.advance('ranking');
  await room.facilitator.until((t) => t.view?.phase === 'results');
  return room;
}

beforeAll(async () => {
  requireBuiltClient();
  // The same sources built again as another deployment (only its build id differs).
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    env: { ...process.env, ROUNDTABLE_BUILD_ID: SECOND_BUILD, ROUNDTABLE_OUT_DIR: secondBuild.dir },
    stdio: 'inherit',
  });
  port = await freePort();
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  data.remove();
  secondBuild.remove();
});

describe('a phone on the venue Wi-Fi', () => {
  it('gets every file compressed as it asks, hashed files for a year, the HTML revalidated', async () => {
    const logged = await serve();
    const room = await Room.open(logged.url, { title: 'Delivery' });
    const { context, page } = await phone({ workers: false });
    try {
      await page.goto(`/join/${room.code}`);
      await page.getByLabel('Your name').waitFor();
      const firstLoad = logged.exchanges.filter((e) => isAsset(e) || e.path.startsWith('/join/'));
      const html = firstLoad.find((e) => e.path.startsWith('/join/'));
      expect(html?.status).toBe(200);
      expect(html?.headers['cache-control']).toBe('no-cache');
      expect(html?.headers.etag).toBeTruthy();
      expect(html?.headers['content-encoding']).toBe(expectedEncoding(html as Exchange));
      const assets = firstLoad.filter(isAsset);
      expect(assets.length).toBeGreaterThan(2);
      for (const asset of assets) {
        expect(asset.status, asset.path).toBe(200);
        expect(asset.headers['cache-control'], asset.path).toBe(IMMUTABLE);
        expect(asset.headers.vary, asset.path).toMatch(/Accept-Encoding/i);
        // The tiniest chunks are not worth compressing; everything else is.
        if (Number(asset.headers['content-length']) > 300) {
          expect(asset.headers['content-encoding'], asset.path).toBe(expectedEncoding(asset));
        }
      }
      const bytes = firstLoad.reduce((sum, e) => sum + Number(e.headers['content-length'] ?? 0), 0);
      console.log(`join page, first view: ${bytes} B over the wire (${html?.headers['content-encoding']})`);
      expect(bytes).toBeLessThanOrEqual(100_000);

      // The phone comes back: the HTML is revalidated (304), no hashed file is asked for again.
      const before = logged.exchanges.length;
      await page.goto(`/join/${room.code}`);
      await page.getByLabel('Your name').waitFor();
      const again = logged.exchanges.slice(before).filter((e) => isAsset(e) || e.path.startsWith('/join/'));
      expect(again.map((e) => `${e.status} ${e.path}`)).toEqual([`304 /join/${room.code}`]);
    } finally {
      room.close();
      await context.close();
    }
  }, 60_000);

  it('compresses the exports on the fly, and never sends HTML for a missing hashed file', async () => {
    const logged = await serve();
    const room = await resultsShown(logged.url);
    try {
      const exported = await fetch(`${logged.url}/api/sessions/${room.code}/export.md`, {
        headers: { authorization: `Bearer ${room.facilitatorToken}`, 'accept-encoding': 'gzip' },
      });
      expect(exported.status).toBe(200);
      expect(exported.headers.get('content-encoding')).toBe('gzip');
      expect(await exported.text()).toContain('Compressed on the fly');
      const missing = await fetch(`${logged.url}/assets/index-gone.js`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('cache-control')).not.toBe(IMMUTABLE);
    } finally {
      room.close();
    }
  });
});

describe('a phone whose connection is slow to open', () => {
  it('joins when Join is pressed before the connection is up, with no error shown', async () => {
    const logged = await serve();
    const room = await Room.open(logged.url, { title: 'Slow handshake' });
    const { context, page } = await phone({ workers: false });
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    // Every Socket.IO request waits until the name is typed and Join is pressed.
    await page.route('**/socket.io/**', async (route) => {
      held += 1;
      await released;
      await route.continue();
    });
    try {
      await page.goto(`/join/${room.code}`);
      await page.getByLabel('Your name').fill('Early');
      await page.getByRole('button', { name: 'Join the session' }).click();
      await expect.poll(() => held).toBeGreaterThan(0);
      await page.waitForTimeout(500); // the press is well before the connection
      release();
      await page.getByRole('heading', { name: 'You are in' }).waitFor();
      expect(await page.getByText('Could not reach the server').count()).toBe(0);
      await room.facilitator.until((t) => t.facilitator?.view.participants.some((p) => p.name === 'Early') ?? false);
    } finally {
      await context.close();
      room.close();
    }
  }, 60_000);
});

describe('a phone that reloads without network', () => {
  it('shows its ideas, its queue and its draft, and sends the queued idea once when back', async () => {
    let logged = await serve();
    const room = await Room.open(logged.url, { title: 'Dead spot' });
    const { context, page } = await phone({ workers: true });
    try {
      await joinAs(page, room.code, 'Ada');
      await controlled(page);
      await room.advance('lobby');
      await addIdea(page, 'Sent while online');

      await logged.stop();
      server = null;
      await context.setOffline(true);
      await addIdea(page, 'Typed in the dead spot');
      await page.getByLabel('New idea').fill('Half a thought');
      await page.reload();

      await page.getByRole('heading', { name: 'Write your ideas' }).waitFor();
      await page.getByRole('listitem').filter({ hasText: 'Sent while online' }).waitFor();
      const queued = page.getByRole('listitem').filter({ hasText: 'Typed in the dead spot' });
      await queued.getByText('Waiting to be sent').waitFor();
      expect(await page.getByLabel('New idea').inputValue()).toBe('Half a thought');
      await screenshot(page, 'delivery-offline-reload-phone');

      logged = await serve();
      await context.setOffline(false);
      await room.reconnect(logged.url);
      await expect.poll(() => queued.getByText('Waiting to be sent').count(), { timeout: 20_000 }).toBe(0);
      await room.facilitator.until((t) => (t.facilitator?.view.ideasSubmitted ?? 0) >= 2, 10_000);
      // Exactly once: a second delivery of the queued idea would make it three.
      await page.waitForTimeout(1500);
      expect(room.facilitator.facilitator?.view.ideasSubmitted).toBe(2);
      expect(await page.getByRole('listitem').filter({ hasText: 'Typed in the dead spot' }).count()).toBe(1);
    } finally {
      room.close();
      await context.close();
    }
  }, 90_000);
});

describe('a new deployment', () => {
  it('reaches a phone mid-session: new worker, new build, the draft kept', async () => {
    let logged = await serve();
    const firstBuild = (JSON.parse(readFileSync(join(CLIENT_DIR, 'build.json'), 'utf8')) as { build: string }).build;
    const room = await Room.open(logged.url, { title: 'Redeploy' });
    const { context, page } = await phone({ workers: true });
    try {
      await joinAs(page, room.code, 'Bo');
      await controlled(page);
      await room.advance('lobby');
      await page.getByLabel('New idea').fill('Draft across the deployment');
      expect(await pageBuild(page)).toBe(firstBuild);

      await logged.stop();
      logged = await serve(secondBuild.dir);
      await room.reconnect(logged.url);
      await page.waitForFunction(
        (build) => document.querySelector('meta[name="roundtable-build"]')?.getAttribute('content') === build,
        SECOND_BUILD,
        { timeout: 30_000 },
      );
      await page.getByLabel('New idea').waitFor();
      expect(await page.getByLabel('New idea').inputValue()).toBe('Draft across the deployment');
      expect(logged.exchanges.some((e) => e.path === '/sw.js' && e.status === 200)).toBe(true);
      // The new worker's precache serves the new build from now on, also without network.
      await context.setOffline(true);
      await page.reload();
      expect(await pageBuild(page)).toBe(SECOND_BUILD);
      await context.setOffline(false);
    } finally {
      room.close();
      await context.close();
    }
  }, 90_000);
});

describe('every page of this file', () => {
  it('ran under the Content-Security-Policy without a refusal or an uncaught error', () => {
    expect(problems).toEqual([]);
  });
});
