import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { serverFixture } from '../../support/server-fixture.js';
import type { TestServer } from '../../support/server.js';
import { AxeLog } from './axe.js';
import { CLIENT_DIR, launchBrowser, openPage, requireBuiltClient, type Device } from './browser.js';

export interface BrowserRun {
  /** The real server serving the built client (set once the file's tests start). */
  readonly server: TestServer;
  /** A page on its own device; closed when the file ends. */
  open(device: Device): Promise<Page>;
  /** Fails the test on a serious or critical axe-core violation on the page as it is now. */
  accessible(page: Page, screen: string): Promise<void>;
}

/**
 * One end-to-end file's server, browser and pages: started before its tests, closed after them,
 * its axe-core results written to test-results/axe-<name>.json.
 */
export function browserRun(name: string): BrowserRun {
  const fixture = serverFixture('all');
  const axe = new AxeLog();
  const pages: Page[] = [];
  let browser: Browser | undefined;
  beforeAll(async () => {
    requireBuiltClient();
    await fixture.start({ clientDir: CLIENT_DIR });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    console.log(`axe-core results per screen:\n${axe.write(name)}`);
    for (const page of pages) await page.context().close();
    await browser?.close();
  });
  return {
    get server() {
      return fixture.server;
    },
    async open(device) {
      if (!browser) throw new Error('The browser has not been launched.');
      const page = await openPage(browser, fixture.server.url, device);
      pages.push(page);
      return page;
    },
    async accessible(page, screen) {
      const bad = await axe.check(page, `${name}: ${screen}`);
      expect(bad, `${screen}: ${JSON.stringify(bad, null, 2)}`).toEqual([]);
    },
  };
}
