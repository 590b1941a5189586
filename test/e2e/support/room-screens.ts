import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AxeLog } from './axe.js';
import { misplacedNumbers } from './bidi.js';
import { join } from 'node:path';
import { screenshot, SCREENSHOTS } from './browser.js';
import { translator } from './catalog.js';
import type { FullRoom } from './full-room.js';
import { describeOverflow, measureOverflow, type Overflow } from './overflow.js';

/** One device in the room: a projector, a phone or the console, in a language, at a size. */
export interface Screen {
  name: string;
  kind: 'wall' | 'phone' | 'console';
  page: Page;
}

const WALLS = [
  { lang: 'en', width: 1920, height: 1080 },
  { lang: 'en', width: 1280, height: 720 },
  { lang: 'ar', width: 1280, height: 720 },
  { lang: 'zh', width: 1920, height: 1080 },
] as const;

/** The languages of the phones that join the room at 360x640, and the names they join under. */
const PHONES = [
  { lang: 'en', name: 'ليلى', org: 'جمعية الجنوب' },
  { lang: 'ar', name: 'Ada Lovelace', org: 'North Alliance' },
  { lang: 'zh', name: 'فاطمة 🌍', org: '东方联盟' },
] as const;

/** A page of its own browser context at a screen's size (a phone's when `phone`). */
export async function pageAt(
  browser: Browser,
  url: string,
  width: number,
  height: number,
  phone = false,
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 1,
    isMobile: phone,
    hasTouch: phone,
    baseURL: url,
    locale: 'en-US',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

async function joinPhone(page: Page, code: string, person: (typeof PHONES)[number]): Promise<void> {
  const tr = translator(person.lang);
  await page.goto(`/join/${code}?lang=${person.lang}`);
  await page.getByLabel(tr('join.nameLabel')).fill(person.name);
  await page.getByRole('radio', { name: person.org }).check();
  await page.getByRole('button', { name: tr('join.submit') }).click();
  await page.getByRole('heading', { name: tr('lobby.heading') }).waitFor();
}

/** Opens the room's projectors, phones (joined) and consoles (English and Arabic). */
export async function openScreens(browser: Browser, url: string, room: FullRoom): Promise<Screen[]> {
  const screens: Screen[] = [];
  for (const person of PHONES) {
    const page = await pageAt(browser, url, 360, 640, true);
    await joinPhone(page, room.code, person);
    screens.push({ name: `phone-${person.lang}-360x640`, kind: 'phone', page });
  }
  for (const wall of WALLS) {
    const page = await pageAt(browser, url, wall.width, wall.height);
    await page.goto(`/display/${room.code}?lang=${wall.lang}`);
    screens.push({ name: `wall-${wall.lang}-${wall.width}x${wall.height}`, kind: 'wall', page });
  }
  for (const lang of ['en', 'ar']) {
    const page = await pageAt(browser, url, 1280, 800);
    await page.goto(`/host/${room.code}?lang=${lang}#${room.token}`);
    screens.push({ name: `console-${lang}-1280x800`, kind: 'console', page });
  }
  return screens;
}

/**
 * What does not fit. A projector must show everything on one screen: nothing taller or wider than
 * the viewport, nothing spilling out of its box. A phone and the console scroll down, so only
 * sideways spills count there.
 */
function misfit(screen: Screen, overflow: Overflow): Overflow {
  if (screen.kind === 'wall') return overflow;
  return { pageY: 0, pageX: overflow.pageX, spills: overflow.spills.filter((spill) => spill.byX > 2) };
}

/**
 * Waits until every screen shows the view's phase `shown`, then per screen: measures what does not
 * fit, finds any "#N" drawn as "N#", runs axe and takes a screenshot. The overflow figures go into
 * `record[phase]`, kept even when the check fails.
 */
export async function checkScreens(
  screens: Screen[],
  axe: AxeLog,
  { phase, shown }: { phase: string; shown: string },
  record: Record<string, Record<string, string>>,
): Promise<void> {
  const figures: Record<string, string> = (record[phase] = {});
  const problems: Record<string, unknown> = {};
  for (const screen of screens) {
    await screen.page.locator(`main[data-phase="${shown}"]`).waitFor();
  }
  // Let page-turners measure and settle.
  await screens[0]?.page.waitForTimeout(800);
  for (const screen of screens) {
    const overflow = misfit(screen, await measureOverflow(screen.page));
    figures[screen.name] = describeOverflow(overflow);
    await screenshot(screen.page, `room-${phase}-${screen.name}`);
    // What a phone or the console shows before any scrolling, as a person first sees it.
    if (screen.kind !== 'wall') {
      await screen.page.screenshot({ path: join(SCREENSHOTS, `room-${phase}-${screen.name}-fold.png`) });
    }
    await axe.check(screen.page, `${phase} ${screen.name}`);
    const found = {
      overflow: overflow.pageY + overflow.pageX + overflow.spills.length === 0 ? 'fits' : figures[screen.name],
      numbers: await misplacedNumbers(screen.page),
      axe: (axe.records.at(-1)?.violations ?? []).map((v) => v.help),
    };
    if (found.overflow !== 'fits' || found.numbers.length > 0 || found.axe.length > 0) problems[screen.name] = found;
  }
  expect(problems, `${phase}`).toEqual({});
}
