import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, tempDataDir, type TestServer } from '../support/server.js';
import { CLIENT_DIR, launchBrowser, requireBuiltClient, screenshot } from './support/browser.js';
import { FullRoom } from './support/full-room.js';
import { describeOverflow, measureOverflow } from './support/overflow.js';
import { pageAt } from './support/room-screens.js';

/**
 * The wall shows a long list a page at a time. An idea shared into the last row beside another
 * (the list grows no taller) must still get its page: it used to stay hidden on every page,
 * because the pages were planned again only when the list changed size. And a row that ends a
 * few pixels past the frame goes to the next page: the pages used to be measured from the list's
 * top, which sits below the frame's by the list's margin, so such a row was cut at the foot.
 */

const data = tempDataDir();
let server: TestServer;
let browser: Browser;
let room: FullRoom;
let wall: Page;

/** Nine long ideas, then a short one: beside the ninth, it leaves the last row as tall as it was. */
const IDEAS = [
  ...Array.from(
    { length: 9 },
    (_, i) => `Idea ${i + 1}: ${'a shared calendar of the public events of every member organization, '.repeat(3)}`,
  ),
  'Idea 10: a shared calendar',
];

beforeAll(async () => {
  requireBuiltClient();
  server = await startServer(data.dir, { clientDir: CLIENT_DIR });
  browser = await launchBrowser();
  room = await FullRoom.open(server.url, 1, 'Our shared goals');
  wall = await pageAt(browser, server.url, 1280, 720);
  await wall.goto(`/display/${room.code}?lang=en`);
}, 60_000);

afterAll(async () => {
  room?.close();
  await browser?.close();
  await server?.stop();
  data.remove();
});

/** Reveals the next idea (one person: one idea a round) and waits until the wall lists it. */
async function reveal(count: number): Promise<void> {
  await room.command('sharing:reveal-round');
  await wall
    .locator('li.idea')
    .nth(count - 1)
    .waitFor({ state: 'attached' });
}

/** How many pages the wall's list runs over now. */
async function pageCount(): Promise<number> {
  const text = await wall.locator('.page-turner__indicator').textContent();
  return Number(text?.match(/\/\s*(\d+)/)?.[1]);
}

/** Waits until the wall shows `page` of `pages` (pages turn every 10 s). */
async function onPage(page: number, pages: number): Promise<void> {
  await wall
    .locator('.page-turner__indicator')
    .filter({ hasText: `${page} / ${pages}` })
    .waitFor({ timeout: pages * 10_000 + 5_000 });
}

describe('the wall pages a long list', () => {
  it('shows an idea shared into a row with room to spare, on the last page', async () => {
    await room.advance();
    await room.write(IDEAS);
    await room.advance();
    for (let count = 1; count <= 9; count += 1) await reveal(count);
    const pages = await pageCount();
    expect(pages, 'the list runs over several pages').toBeGreaterThan(1);
    await onPage(pages, pages);
    const list = wall.locator('.page-turner__frame > div');
    const heightBefore = await list.evaluate((element) => element.getBoundingClientRect().height);

    await reveal(10);
    const [ninth, tenth] = [wall.locator('li.idea').nth(8), wall.locator('li.idea').nth(9)];
    // What makes this case: the new idea sits beside the ninth, and the list is no taller.
    expect((await tenth.boundingBox())?.y).toBe((await ninth.boundingBox())?.y);
    expect(await list.evaluate((element) => element.getBoundingClientRect().height)).toBe(heightBefore);

    // Pages turn every 10 s: on the last page (again), both ideas of the last row are on view.
    await onPage(pages, pages);
    await screenshot(wall, 'wall-pages-last-row-1280x720');
    expect(await ninth.evaluate((element) => element.checkVisibility({ visibilityProperty: true }))).toBe(true);
    expect(await tenth.evaluate((element) => element.checkVisibility({ visibilityProperty: true }))).toBe(true);
  }, 120_000);

  it('puts a row that would end just past the frame on the next page, margin of the list included', async () => {
    const frame = wall.locator('.page-turner__frame');
    const list = wall.locator('.page-turner__frame > div');
    const secondRow = wall.locator('li.idea').nth(2);
    // Where the second row ends, from the top of the list (the same on every page), and the frame's height.
    const rowEnd = await secondRow.evaluate((row) => {
      const content = row.closest('.page-turner__frame > div') as HTMLElement;
      return row.getBoundingClientRect().bottom - content.getBoundingClientRect().top;
    });
    const frameHeight = await frame.evaluate((element) => element.clientHeight);
    const margin = await list.evaluate((content) => {
      const first = content.firstElementChild as HTMLElement;
      return Number.parseFloat(getComputedStyle(first).marginTop);
    });
    expect(margin, 'the list has a top margin').toBeGreaterThan(2);
    // A wall just tall enough for that row measured from the list's top, not from the frame's.
    await wall.setViewportSize({ width: 1280, height: 720 + Math.round(rowEnd - frameHeight) + 1 });
    // Its first page, however many pages the taller wall now has.
    await wall
      .locator('.page-turner__indicator')
      .filter({ hasText: /^\D*1 \/ / })
      .waitFor({ timeout: 60_000 });
    await screenshot(wall, 'wall-pages-row-at-the-edge');
    const overflow = await measureOverflow(wall);
    expect(describeOverflow(overflow)).toBe('page +0px tall, +0px wide');
  }, 90_000);
});
