import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { joinAs } from './support/actions.js';
import { pageProblems, screenshot } from './support/browser.js';
import { browserRun } from './support/browser-run.js';
import { expectDocumentIn, translator } from './support/catalog.js';
import { clockFramesOn, recordClockFrames } from './support/clock-frames.js';
import { overflowingElements, untranslatedText } from './support/layout-checks.js';

/**
 * Each table's own timer, set from the screens: the console starts a short one at table 1 and
 * pauses and resumes table 2's; table 2's host starts and extends theirs from the phone. The
 * phones and the screen of a table count down their table's time; table 1 moves on when its time
 * is up, table 2 does not.
 */

const { open, accessible } = browserRun('table-timers');
const NAMES = ['Ana', 'Ben', 'Cleo', 'Dev'];
const phones = new Map<string, Page>();
let console_: Page;
let screenOne: Page;
let projector: Page;
const at: Record<1 | 2, Page[]> = { 1: [], 2: [] };

/** The step and table a phone's header names, e.g. "… Writing ideas … Table 2". */
const header = (phone: Page) => phone.locator('.participant__step').innerText();
/** A phone's or a screen's countdown, as read out: "0:27 left". */
const clockOf = (page: Page) => page.getByRole('timer').getAttribute('aria-label');
/** Seconds on a "m:ss left" label. */
const seconds = (label: string | null) => {
  const [, m, s] = /(\d+):(\d\d)/.exec(label ?? '') ?? [];
  return Number(m) * 60 + Number(s);
};
const row = (number: number) =>
  console_.getByRole('row').filter({ has: console_.getByRole('link', { name: `Screen of table ${number}` }) });
const panel = (number: number) => console_.getByRole('region', { name: `Timer of table ${number}` });

/** axe-core on the new controls alone, every impact (not only serious and critical). */
async function noViolationsIn(page: Page, selector: string): Promise<void> {
  const result = await new AxeBuilder({ page }).include(selector).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * The host's phone as the host sees it at 360x640 (their controls scrolled into view, under the
 * sticky countdown), and the whole page from its top.
 */
async function hostShots(page: Page, lang: string): Promise<void> {
  await page.locator('.host-bar').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `test-results/screenshots/table-timers-host-phone-${lang}.png` });
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, `table-timers-host-phone-${lang}-full`);
}

describe('table timers from the console and from a host’s phone', () => {
  it('starts two tables of two, with a host at table 2 and a screen at table 1', async () => {
    console_ = await open('laptop');
    await console_.goto('/');
    await console_.getByLabel('Question or title').fill('Two tables against the clock');
    await console_.getByText('Settings', { exact: true }).click();
    await console_.getByRole('checkbox', { name: /Split the room into tables/ }).check();
    await console_.getByRole('radio', { name: 'A number of tables' }).check();
    await console_.getByLabel('Number of tables', { exact: true }).fill('2');
    await console_.getByRole('button', { name: 'Create session' }).click();
    await console_.waitForURL(/\/host\/[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const code = new URL(console_.url()).pathname.split('/')[2] as string;
    for (const name of NAMES) {
      const phone = await open('phone');
      phones.set(name, phone);
      await joinAs(phone, code, name);
    }
    await console_.getByRole('button', { name: 'Start the tables' }).click();
    await console_.getByRole('table').waitFor();
    for (const phone of phones.values()) {
      await expect.poll(() => header(phone)).toMatch(/Table \d/);
      at[(await header(phone)).includes('Table 1') ? 1 : 2].push(phone);
    }
    expect([at[1].length, at[2].length]).toEqual([2, 2]);
    const hostName = [...phones].find(([, phone]) => phone === at[2][0])?.[0] as string;
    await console_.getByLabel('Host of table 2').selectOption({ label: hostName });
    await at[2][0]!.getByRole('heading', { name: 'You host table 2' }).waitFor();
    projector = await open('projector');
    await projector.goto(`/display/${code}`);
    screenOne = await open('projector');
    await screenOne.goto(`/display/${code}?table=1`);
    await screenOne.getByText('Table 1 · Writing ideas').waitFor();
    // No table has a timer yet: the console says so, and no phone counts down.
    for (const number of [1, 2]) await row(number).getByText('No timer').waitFor();
    for (const phone of phones.values()) expect(await phone.getByRole('timer').count()).toBe(0);
  }, 120_000);

  it('table 2’s host starts and extends their table’s timer from the phone', async () => {
    const hostPhone = at[2][0] as Page;
    const controls = hostPhone.getByRole('group', { name: 'Timer' });
    await controls.getByLabel('Minutes').fill('10');
    await controls.getByRole('button', { name: 'Start timer' }).click();
    for (const phone of at[2]) await expect.poll(async () => seconds(await clockOf(phone))).toBeGreaterThan(590);
    await controls.getByRole('button', { name: 'Add 1 minute' }).click();
    for (const phone of at[2]) await expect.poll(async () => seconds(await clockOf(phone))).toBeGreaterThan(650);
    // Only table 2 has time: the console shows it on table 2's row, table 1 still has none.
    await expect.poll(async () => seconds(await row(2).locator('.table-clock').innerText())).toBeGreaterThan(650);
    await row(1).getByText('No timer').waitFor();
    for (const phone of at[1]) expect(await phone.getByRole('timer').count()).toBe(0);
    await noViolationsIn(hostPhone, '.host-bar');
    await accessible(hostPhone, 'host phone with the timer controls');
    await hostShots(hostPhone, 'en');
    expect(await overflowingElements(hostPhone)).toEqual([]);
  }, 60_000);

  it('shows the host’s timer controls right to left in Arabic, fitting a 360px phone', async () => {
    const hostPhone = at[2][0] as Page;
    const t = translator('ar');
    const switcher = hostPhone.locator('select.language-switch, .language-switch select').first();
    await switcher.selectOption('ar');
    await expectDocumentIn(hostPhone, 'ar', 'rtl');
    const controls = hostPhone.getByRole('group', { name: t('host.timer.heading') });
    await controls.getByRole('button', { name: t('host.timer.restart') }).waitFor();
    await controls.getByRole('button', { name: t('host.timer.extend') }).waitFor();
    await noViolationsIn(hostPhone, '.host-bar');
    await hostShots(hostPhone, 'ar');
    expect(await overflowingElements(hostPhone)).toEqual([]);
    await switcher.selectOption('en');
    await expectDocumentIn(hostPhone, 'en', 'ltr');
    // Pseudo-locales: no hard-coded English in the host's controls, and 40% longer words still fit.
    const address = new URL(hostPhone.url()).pathname;
    for (const lang of ['en-XA', 'ar-XB']) {
      await hostPhone.goto(`${address}?lang=${lang}`);
      await hostPhone.locator('.host-timer input').waitFor();
      expect(await untranslatedText(hostPhone, []), lang).toEqual([]);
      expect(await overflowingElements(hostPhone), lang).toEqual([]);
    }
    await hostPhone.goto(address);
    await expectDocumentIn(hostPhone, 'en', 'ltr');
  }, 60_000);

  it('the console pauses and resumes table 2’s timer; table 2’s phones see it held', async () => {
    await console_.getByRole('button', { name: 'Timer at table 2' }).click();
    await panel(2).getByRole('button', { name: 'Pause' }).click();
    for (const phone of at[2]) await phone.locator('.participant__timer').getByText('Paused').waitFor();
    await row(2)
      .getByText(/Paused/)
      .waitFor();
    // Resume, by keyboard: Pause gave its place, and focus, to Resume.
    await expect
      .poll(() =>
        panel(2)
          .getByRole('button', { name: 'Resume' })
          .evaluate((b) => b === document.activeElement),
      )
      .toBe(true);
    await console_.keyboard.press('Enter');
    for (const phone of at[2]) {
      await expect.poll(() => phone.locator('.participant__timer').getByText('Paused').count()).toBe(0);
    }
    const before = seconds(await clockOf(at[2][1] as Page));
    await expect.poll(async () => seconds(await clockOf(at[2][1] as Page))).toBeLessThan(before);
  }, 60_000);

  it('the console sets 30 seconds at table 1: its phones and screen count down, and it moves on alone', async () => {
    await console_.getByRole('button', { name: 'Timer at table 1' }).click();
    await panel(1).getByLabel('Minutes').fill('0.5');
    // Table 1's screens have shown no clock for a while: the first frame of the new one must not
    // count from when theirs last stopped (it once showed 0:41 of a 30-second timer).
    for (const page of [...at[1], screenOne]) await recordClockFrames(page);
    await panel(1).getByRole('button', { name: 'Start timer' }).click();
    for (const page of [...at[1], screenOne]) {
      await expect.poll(async () => seconds(await clockOf(page))).toBeGreaterThan(0);
      const drawn = (await clockFramesOn(page)).map(seconds);
      expect(drawn.length).toBeGreaterThan(0);
      expect(Math.max(...drawn)).toBeLessThanOrEqual(30);
    }
    await noViolationsIn(console_, '.tables-table');
    await noViolationsIn(console_, '.table-timer');
    await accessible(console_, 'console with a table’s timer open');
    await console_.setViewportSize({ width: 1280, height: 720 });
    await screenshot(console_, 'table-timers-console');
    // What the facilitator sees at 1280x720 with table 1's timer open: the rows and the panel.
    await console_.locator('#work-heading').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await console_.screenshot({ path: 'test-results/screenshots/table-timers-console-720.png' });
    await screenshot(screenOne, 'table-timers-table-screen');
    // The room's projector: each table's card counts its time down too.
    const cards = projector.getByRole('list', { name: 'Progress of every table' }).getByRole('listitem');
    await expect
      .poll(async () => seconds(await cards.nth(0).locator('.table-clock').innerText()))
      .toBeLessThanOrEqual(30);
    await expect.poll(async () => seconds(await cards.nth(1).locator('.table-clock').innerText())).toBeGreaterThan(600);
    await screenshot(projector, 'table-timers-projector');
    await screenshot(at[1][0] as Page, 'table-timers-phone-table-1');
    // Table 1's time runs out: its phones, its screen and the console move it on; table 2 stays.
    for (const phone of at[1]) await expect.poll(() => header(phone), { timeout: 45_000 }).toMatch(/Sharing/);
    await screenOne.getByText('Table 1 · Sharing').waitFor();
    await row(1)
      .getByRole('cell', { name: /^Sharing/ })
      .waitFor();
    await row(2)
      .getByRole('cell', { name: /^Writing ideas \d+:\d\d left$/ })
      .waitFor();
    for (const phone of at[2]) {
      expect(await header(phone)).toMatch(/Writing ideas/);
      expect(seconds(await clockOf(phone))).toBeGreaterThan(600);
    }
  }, 90_000);

  it('pauses every table’s timer at once, then removes table 2’s', async () => {
    await console_.getByRole('button', { name: 'Pause every table’s timer' }).click();
    for (const phone of at[2]) await phone.locator('.participant__timer').getByText('Paused').waitFor();
    await console_.getByRole('button', { name: 'Resume every paused timer' }).waitFor();
    await console_.getByRole('button', { name: 'Timer at table 2' }).click();
    await panel(2).getByRole('button', { name: 'Remove timer' }).click();
    await row(2).getByText('No timer').waitFor();
    for (const phone of at[2]) await expect.poll(() => phone.getByRole('timer').count()).toBe(0);
    // Nothing is left to pause or resume: the all-tables timer buttons go.
    await expect.poll(() => console_.getByRole('button', { name: /every (table’s|paused) timer/ }).count()).toBe(0);
    expect(pageProblems).toEqual([]);
  }, 30_000);
});
