import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's Chromium; never a downloaded one (there is no network for it here). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const CLIENT_DIR = resolve('dist/client');
export const SCREENSHOTS = resolve('test-results/screenshots');

/** Fails early and clearly when the client was not built (npm test builds it before vitest runs). */
export function requireBuiltClient(): void {
  if (!existsSync(join(CLIENT_DIR, 'index.html'))) {
    throw new Error('dist/client is missing: run `npx vite build` before the end-to-end tests.');
  }
}

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium).`);
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

const DEVICES = {
  phone: { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
  laptop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  projector: { viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 },
} satisfies Record<string, BrowserContextOptions>;

export type Device = keyof typeof DEVICES;

/**
 * What went wrong inside the pages of this run: Content-Security-Policy refusals (the server sends
 * helmet's CSP, under which the app must work) and uncaught errors.
 */
export const pageProblems: string[] = [];

/** A page in its own browser context, so each person has their own storage, as on separate devices; `locale` is the browser's language. */
export async function openPage(browser: Browser, baseURL: string, device: Device, locale = 'en-US'): Promise<Page> {
  const context = await browser.newContext({ ...DEVICES[device], baseURL, locale, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) pageProblems.push(`CSP: ${message.text()}`);
  });
  page.on('pageerror', (error) => pageProblems.push(`uncaught: ${error.message}`));
  return page;
}

/** A full-page screenshot under test-results/screenshots (git-ignored), for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
