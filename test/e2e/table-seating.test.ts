import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addIdea, joinAs } from './support/actions.js';
import { pageProblems, screenshot } from './support/browser.js';
import { browserRun } from './support/browser-run.js';
import { expectDocumentIn, translator } from './support/catalog.js';
import { overflowingElements, untranslatedText } from './support/layout-checks.js';

/**
 * Seating "chosen" in Chromium: phones pick their table in the lobby (one tries a table that
 * filled up meanwhile and is told so), the console moves one person, then the tables share in
 * named turns: each phone and each table's screen shows its own table's names and ideas, never
 * another table's.
 */

const { open, accessible } = browserRun('table-seating');
const ORGS = ['Tenants Union', 'Food Bank', 'مكتبة الحي'];
// Names and ideas that no screen shows by chance, so their absence means something.
const IDEAS: Record<string, string> = {
  Amara: 'Shared event calendar',
  Bashir: 'Joint emergency fund',
  Chen: 'Tool library for members',
  Dagny: 'Mentoring circle for new staff',
  Emeka: 'Open data on rents',
};
const NAMES = Object.keys(IDEAS);
let host: Page;
let code = '';
const phones = new Map<string, Page>();
const phone = (name: string) => phones.get(name) as Page;

/** The picker's entry for one table on a phone. */
const seat = (page: Page, number: number) =>
  page.locator('.seat-list > li').filter({ has: page.getByText(`Table ${number}`, { exact: true }) });

async function sitAt(name: string, number: number): Promise<void> {
  const page = phone(name);
  const entry = seat(page, number);
  const take = entry.getByRole('button', { name: `Sit at table ${number}` });
  if ((await take.count()) > 0) await take.click();
  await entry.getByText('Your table').waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: `You sit at table ${number}.` })
    .waitFor();
}

describe('people choose their tables; the console moves one; named turns stay at each table', () => {
  it('creates a session whose people choose their table, in named turns', async () => {
    host = await open('laptop');
    await host.goto('/');
    await host.getByLabel('Question or title').fill('Our alliance, tables of our choosing');
    await host.getByLabel('Member organizations (optional)').fill(ORGS.join('\n'));
    await host.getByText('Settings', { exact: true }).click();
    await host.getByRole('radio', { name: /Named turns/ }).check();
    await host.getByRole('checkbox', { name: /Split the room into tables/ }).check();
    await host.getByRole('radio', { name: 'Each person chooses' }).check();
    await host.getByRole('radio', { name: 'Every idea it kept' }).check();
    await host.getByRole('radio', { name: 'A number of tables' }).check();
    await host.getByLabel('Number of tables', { exact: true }).fill('2');
    // Straight from the field to the button, the field still focused: a full-page capture
    // changes the viewport, and leaving the field then scrolls the page back under the pointer.
    await screenshot(host, 'seating-setup');
    await host.getByRole('button', { name: 'Create session' }).click();
    await host.waitForURL(/\/host\/[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    code = new URL(host.url()).pathname.split('/')[2] as string;
    for (const [i, name] of NAMES.entries()) {
      const page = await open('phone');
      phones.set(name, page);
      await joinAs(page, code, name, ORGS[i % 3]);
    }
    await host.getByRole('button', { name: 'Seat the tables' }).click();
    for (const page of phones.values()) await page.getByRole('heading', { name: 'Choose your table' }).waitFor();
  }, 120_000);

  it('phones pick their tables; a table that filled up meanwhile refuses the last one', async () => {
    const amara = phone('Amara');
    await accessible(amara, 'phone: table picker');
    await screenshot(amara, 'seating-picker-phone-en');
    // Emeka sits at table 2, then loses the network while table 1 still has room on his screen.
    await sitAt('Emeka', 2);
    const emeka = phone('Emeka');
    await emeka.context().setOffline(true);
    for (const name of ['Amara', 'Bashir', 'Chen', 'Dagny']) await sitAt(name, 1);
    // Table 1 is full (5 people at 2 tables: at most 4 each).
    await seat(amara, 1).getByText('4 people · no seat left').waitFor();
    // Emeka's stale screen still offers it; his choice goes once he is back, and is refused.
    await seat(emeka, 1).getByRole('button', { name: 'Sit at table 1' }).click();
    await emeka.context().setOffline(false);
    await emeka
      .getByText('That table filled up before your choice arrived. Pick another one.')
      .waitFor({ timeout: 20_000 });
    await seat(emeka, 1).getByText('Full', { exact: true }).waitFor();
    await seat(emeka, 2).getByText('Your table').waitFor();
    expect(await seat(emeka, 1).getByRole('button').count()).toBe(0);
    await screenshot(emeka, 'seating-picker-phone-refused');
  }, 120_000);

  it('shows the picker right to left in Arabic and in Chinese', async () => {
    const amara = phone('Amara');
    for (const [lang, dir] of [
      ['ar', 'rtl'],
      ['zh', 'ltr'],
    ] as const) {
      const t = translator(lang);
      await amara.locator('select.language-switch, .language-switch select').first().selectOption(lang);
      await expectDocumentIn(amara, lang, dir);
      await amara.getByRole('heading', { name: t('tables.choose.heading') }).waitFor();
      await amara.getByText(t('tables.choose.mine'), { exact: true }).waitFor();
      // An organization's name keeps its own direction and its place: first in the reading order.
      const nameFirst = await amara
        .locator('.seat__orgs li')
        .filter({ hasText: 'Tenants Union' })
        .first()
        .evaluate((li, rtl) => {
          const name = (li.querySelector('bdi') as HTMLElement).getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(li.lastChild as Node);
          const rest = range.getBoundingClientRect();
          return rtl ? name.right > rest.right : name.left < rest.left;
        }, dir === 'rtl');
      expect(nameFirst, lang).toBe(true);
      await accessible(amara, `phone: table picker (${lang})`);
      await screenshot(amara, `seating-picker-phone-${lang}`);
    }
    await amara.locator('select.language-switch, .language-switch select').first().selectOption('en');
    await expectDocumentIn(amara, 'en', 'ltr');
    // Pseudo-locales: no hard-coded English, and words 40% longer still fit a 360px phone.
    const address = new URL(amara.url());
    for (const lang of ['en-XA', 'ar-XB']) {
      await amara.goto(`${address.pathname}?lang=${lang}`);
      await amara.locator('.seat-list > li').nth(1).waitFor();
      await screenshot(amara, `seating-picker-phone-${lang}`);
      expect(await untranslatedText(amara, []), lang).toEqual([]);
      expect(await overflowingElements(amara), lang).toEqual([]);
    }
    await amara.goto(address.pathname);
    await expectDocumentIn(amara, 'en', 'ltr');
  }, 60_000);

  it('the console moves one person to another table, by keyboard', async () => {
    const form = host.getByRole('form', { name: 'Move one person' });
    await form.getByLabel('Person').focus();
    await form.getByLabel('Person').selectOption({ label: 'Dagny (Tenants Union)' });
    await form.getByLabel('To').selectOption({ index: 2 });
    await form.getByRole('button', { name: 'Move' }).focus();
    await host.keyboard.press('Enter');
    await form.getByText(/^\u2068Dagny\u2069 now sits at table 2\.$/).waitFor();
    await host.getByText(/^Table 2 \(2 people\): .*Dagny/).waitFor();
    await seat(phone('Dagny'), 2).getByText('Your table').waitFor();
    await phone('Dagny').getByText('You sit at table 2.').waitFor();
    await accessible(host, 'console: seating with the move form');
    await host.setViewportSize({ width: 1280, height: 720 });
    await form.scrollIntoViewIfNeeded();
    await host.screenshot({ path: 'test-results/screenshots/seating-console-move.png' });
  }, 60_000);
});

describe('tables in named turns', () => {
  const TABLES: Record<number, string[]> = { 1: ['Amara', 'Bashir', 'Chen'], 2: ['Dagny', 'Emeka'] };
  const screens = new Map<number, Page>();

  it('each phone shares its idea in its table’s turn', async () => {
    await host.getByRole('button', { name: 'Start the tables' }).click();
    for (const number of [1, 2]) {
      const screen = await open('projector');
      await screen.goto(`/display/${code}?table=${number}`);
      screens.set(number, screen);
    }
    for (const name of NAMES) await addIdea(phone(name), IDEAS[name] as string);
    await host.getByRole('button', { name: 'Every table at “Writing ideas”: next step' }).click();
    const shared = new Set<string>();
    await expect
      .poll(
        async () => {
          for (const name of NAMES.filter((n) => !shared.has(n))) {
            const button = phone(name).getByRole('button', { name: `Share: ${IDEAS[name]}` });
            if ((await button.count()) === 0) continue;
            await button.click();
            shared.add(name);
          }
          return shared.size;
        },
        { timeout: 30_000 },
      )
      .toBe(NAMES.length);
    for (const name of NAMES) await phone(name).getByText('Everyone has shared or passed.').waitFor();
    for (const [number, names] of Object.entries(TABLES)) {
      const screen = screens.get(Number(number)) as Page;
      for (const name of names)
        await screen
          .getByText(IDEAS[name] as string)
          .first()
          .waitFor();
    }
    await screenshot(phone('Dagny'), 'seating-named-turns-phone');
  }, 120_000);

  it('no phone and no table screen shows another table’s names or ideas', async () => {
    for (const [number, names] of Object.entries(TABLES)) {
      const others = NAMES.filter((name) => !names.includes(name));
      const pagesAt = [...names.map(phone), screens.get(Number(number)) as Page];
      for (const page of pagesAt) {
        const text = await page.locator('body').innerText();
        for (const name of names) expect(text).toContain(IDEAS[name]);
        for (const other of others) {
          expect(text, `table ${number}`).not.toContain(other);
          expect(text, `table ${number}`).not.toContain(IDEAS[other]);
        }
      }
      // Named turns: the table's screen names its own people beside their ideas.
      const screen = await screens.get(Number(number))!.locator('body').innerText();
      for (const name of names) expect(screen).toContain(name);
    }
    await accessible(screens.get(2) as Page, 'table screen in named turns');
  }, 60_000);

  it('the console’s open table looks pressed', async () => {
    await host.getByRole('button', { name: 'Every table at “Sharing”: next step' }).click();
    const one = host.getByRole('button', { name: 'Clarify at table 1' });
    const two = host.getByRole('button', { name: 'Clarify at table 2' });
    const look = (button: typeof one) => button.evaluate((b) => getComputedStyle(b).backgroundColor);
    // Looked at with the pointer away, so hover does not count as "pressed".
    await host.mouse.move(0, 0);
    const closed = await look(one);
    await one.click();
    await expect.poll(() => one.getAttribute('aria-expanded')).toBe('true');
    await host.mouse.move(0, 0);
    expect(await look(one)).not.toBe(closed);
    expect(await look(two)).toBe(closed);
    await accessible(host, 'console: a table’s clarification open');
    await screenshot(host, 'seating-console-clarify-open');
  }, 60_000);

  it('ran under the Content-Security-Policy without a refusal or an uncaught error', () => {
    expect(pageProblems).toEqual([]);
  });
});
