import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { commandId, connect, createSession, must } from '../support/clients.js';
import { addIdea, joinAs } from './support/actions.js';
import { pageProblems, screenshot } from './support/browser.js';
import { browserRun } from './support/browser-run.js';

/**
 * Parallel tables in Chromium: three tables of three phones (mixed organizations), a table's own
 * screen, a table host steering from their phone, the console acting on one table and on all,
 * the projector's board while the tables work, then the plenary vote.
 */

const run = browserRun('tables');
const { open, accessible } = run;
const ORGS = ['Tenants Union', 'Food Bank', 'Library Friends'];
const NAMES = ['Ada', 'Bo', 'Cy', 'Dee', 'Eli', 'Fay', 'Gus', 'Hal', 'Ida'];
const phones = new Map<string, Page>();
let host: Page;
let projector: Page;
let tableScreen: Page;
let code = '';

/** The phone's table number, as its header says it. */
async function tableOf(phone: Page): Promise<number> {
  const header = await phone.locator('.participant__step').innerText();
  return Number(/Table (\d+)/.exec(header)?.[1] ?? 0);
}

/** Ideas on a page's "All ideas" list, and the one marked as being discussed. */
function ideasOn(page: Page) {
  const list = page.getByRole('list', { name: 'All ideas' }).last();
  return { rows: list.getByRole('listitem'), focused: list.locator('li[aria-current="true"]') };
}

/**
 * The console's tools at one table: focus, reword and merge two of its ideas. Ada's phone and the
 * table's screen show each step; a phone at another table still sees its three ideas untouched.
 */
async function clarifyAtTable(number: number): Promise<void> {
  const ada = phones.get('Ada') as Page;
  let away: Page | undefined;
  for (const phone of phones.values()) if ((await tableOf(phone)) !== number) away = phone;
  const watchers = [ada, tableScreen];
  await host.getByRole('button', { name: `Clarify at table ${number}` }).click();
  const tools = ideasOn(host);
  const row = (index: number) => tools.rows.nth(index);
  await host.getByRole('heading', { name: `Table ${number}: clarifying 3 ideas` }).waitFor();
  const first = await row(0).locator('.idea__text').innerText();
  const second = 'Worded sharper by the console';
  await row(0)
    .getByRole('button', { name: /^Focus/ })
    .click();
  for (const page of watchers) await ideasOn(page).focused.getByText(first).waitFor();
  await row(1)
    .getByRole('button', { name: /^Reword/ })
    .click();
  await host.getByLabel(/New wording for idea/).fill(second);
  await host.getByRole('button', { name: 'Save wording' }).click();
  for (const page of watchers) await ideasOn(page).rows.getByText(second).waitFor();
  await row(0)
    .getByRole('checkbox', { name: /Select to merge/ })
    .check();
  await row(1)
    .getByRole('checkbox', { name: /Select to merge/ })
    .check();
  await accessible(host, 'console with one table’s clarification tools');
  await screenshot(host, 'tables-console-table-tools');
  await host.getByRole('button', { name: 'Merge 2 ideas' }).click();
  await host.getByRole('heading', { name: `Table ${number}: clarifying 2 ideas` }).waitFor();
  for (const page of watchers) await expect.poll(() => ideasOn(page).rows.count()).toBe(2);
  // Another table saw none of it.
  const elsewhere = ideasOn(away as Page);
  await expect.poll(() => elsewhere.rows.count()).toBe(3);
  expect(await elsewhere.focused.count()).toBe(0);
  expect(await (away as Page).getByText(second).count()).toBe(0);
}

describe('parallel tables in the browser', () => {
  it('seats nine phones at three mixed tables, names a host and opens a table screen', async () => {
    // The facilitator sets the tables up on the start page.
    host = await open('laptop');
    await host.goto('/');
    await host.getByLabel('Question or title').fill('Our alliance in three tables');
    await host.getByLabel('Member organizations (optional)').fill(ORGS.join('\n'));
    await host.getByText('Settings', { exact: true }).click();
    await host.getByLabel('Ideas each person ranks (top N)').fill('2');
    await host.getByRole('checkbox', { name: /Split the room into tables/ }).check();
    await host.getByRole('radio', { name: 'A number of tables' }).check();
    await host.getByLabel('Number of tables', { exact: true }).fill('3');
    await host.getByLabel('Ideas each table sends').fill('2');
    await accessible(host, 'start page with tables settings');
    await screenshot(host, 'tables-setup');
    await host.getByRole('button', { name: 'Create session' }).click();
    await host.waitForURL(/\/host\/[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    code = new URL(host.url()).pathname.split('/')[2] as string;
    await host.getByRole('heading', { name: 'Tables', level: 2 }).waitFor();
    for (const [i, name] of NAMES.entries()) {
      const phone = await open('phone');
      phones.set(name, phone);
      await joinAs(phone, code, name, ORGS[i % 3]);
    }
    projector = await open('projector');
    await projector.goto(`/display/${code}`);
    await host.getByRole('button', { name: 'Seat the tables' }).click();
    await host.getByText(/Table 3 \(3 people\)/).waitFor();
    await host.getByRole('button', { name: 'Start the tables' }).click();
    await host.getByRole('table').waitFor();
    const ada = phones.get('Ada') as Page;
    await expect.poll(() => tableOf(ada)).toBeGreaterThan(0);
    const adaTable = await tableOf(ada);
    await host.getByLabel(`Host of table ${adaTable}`).selectOption({ label: 'Ada' });
    await ada.getByRole('heading', { name: `You host table ${adaTable}` }).waitFor();
    tableScreen = await open('projector');
    await tableScreen.goto(`/display/${code}?table=${adaTable}`);
    await tableScreen.getByText(`Table ${adaTable} · Writing ideas`).waitFor();
  }, 120_000);

  it('each table writes and shares at its own pace; the host steers theirs, the console the rest', async () => {
    const ada = phones.get('Ada') as Page;
    const adaTable = await tableOf(ada);
    for (const [name, phone] of phones)
      await addIdea(phone, `${name}'s idea for the alliance at table ${await tableOf(phone)}`);
    await projector.getByText('0 of 3 tables have sent their ideas').waitFor();
    await accessible(ada, 'phone at a table, host (360x640)');
    await screenshot(ada, 'tables-phone-host');
    // The host moves only their own table on.
    await ada.getByRole('button', { name: 'Move my table to the next step' }).click();
    await ada.getByRole('button', { name: 'Reveal the next round' }).click();
    await tableScreen.getByText(`Table ${adaTable} · Sharing`).waitFor();
    await expect
      .poll(() => tableScreen.getByRole('list', { name: 'Shared ideas' }).getByRole('listitem').count())
      .toBe(3);
    await accessible(tableScreen, 'table screen');
    await screenshot(tableScreen, 'tables-table-screen');
    // The other tables are still writing; the console moves every table that is.
    await host.getByRole('button', { name: 'Every table at “Writing ideas”: next step' }).click();
    await host.getByRole('button', { name: 'Reveal a round at every table sharing' }).click();
    await host.getByRole('button', { name: 'Every table at “Sharing”: next step' }).click();
    await clarifyAtTable(await tableOf(phones.get('Ada') as Page));
    await host.getByRole('button', { name: 'Every table at “Clarifying”: next step' }).click();
    await expect.poll(() => host.getByRole('cell', { name: /^Voting/ }).count()).toBe(3);
    await accessible(host, 'console overview');
    await screenshot(host, 'tables-console-overview');
    await accessible(projector, 'projector during tables');
    await screenshot(projector, 'tables-projector');
    const other = [...phones.entries()].find(([name]) => name !== 'Ada')?.[1] as Page;
    await screenshot(other, 'tables-phone-voting');
  }, 120_000);

  it('each table votes in secret and sends its top two; the plenary ranks all of them', async () => {
    for (const phone of phones.values()) {
      await phone.getByRole('heading', { name: 'Rank your top 2' }).waitFor();
      const picks = phone.getByRole('list', { name: 'Ideas to pick from' }).getByRole('button');
      // Each pick leaves the list (Ada's table kept two ideas after its merge).
      await picks.nth(0).click();
      await picks.nth(0).click();
      await phone.getByRole('button', { name: 'Submit my ranking' }).click();
    }
    await expect.poll(() => host.getByRole('button', { name: /Next step at table/ }).count()).toBe(3);
    await host.getByRole('button', { name: 'Every table at “Voting”: next step' }).click();
    await projector.getByText('3 of 3 tables have sent their ideas').waitFor();
    await screenshot(projector, 'tables-projector-all-sent');
    const ada = phones.get('Ada') as Page;
    await ada.getByRole('heading', { name: 'Sent to the plenary' }).waitFor();
    await tableScreen.getByText(/Ideas sent/).waitFor();
    await host.getByRole('button', { name: 'Start the plenary with every table’s ideas' }).click();
    // The plenary pool names each idea's table.
    for (const number of [1, 2, 3]) await host.getByText(`From table ${number}`).first().waitFor();
    await screenshot(host, 'tables-console-plenary-pool');
    await host.getByRole('button', { name: 'Open voting' }).click();
    for (const phone of phones.values()) {
      await phone.getByRole('heading', { name: 'Rank your top 2' }).waitFor();
      const picks = phone.getByRole('list', { name: 'Ideas to pick from' }).getByRole('button');
      await expect.poll(() => picks.count()).toBe(6);
      await picks.nth(0).click();
      await picks.nth(2).click();
      await phone.getByRole('button', { name: 'Submit my ranking' }).click();
    }
    await host.getByText(`${phones.size} of ${phones.size} ballots in`, { exact: false }).waitFor();
    await host.getByRole('button', { name: 'Close voting and show results' }).click();
    await host.getByRole('heading', { name: 'How each table’s ideas fared' }).waitFor();
    await accessible(host, 'console results with tables');
    await screenshot(host, 'tables-console-results');
    expect(pageProblems).toEqual([]);
  }, 180_000);

  it('the projector fits 50 tables on one 1920x1080 wall', async () => {
    const created = await createSession(run.server.url, {
      title: 'Fifty tables',
      // Each table's writing is timed: its card carries a countdown line too, and still fits.
      settings: { tables: { split: { by: 'count', count: 50 } }, durations: { ideation: 600 } },
    });
    const facilitator = await connect(run.server.url);
    await must(facilitator, 'facilitator:attach', { code: created.code, token: created.facilitatorToken });
    for (let i = 0; i < 50; i++) {
      const phone = await connect(run.server.url);
      await must(phone, 'participant:join', { code: created.code, name: `Person ${i}` });
      phone.disconnect();
    }
    const steer = { commandId: commandId(), token: created.facilitatorToken, from: 'lobby' };
    await must(facilitator, 'phase:advance', steer);
    facilitator.disconnect();
    const wall = await open('projector');
    await wall.goto(`/display/${created.code}`);
    await wall.getByText('0 of 50 tables have sent their ideas').waitFor();
    const cards = wall.getByRole('list', { name: 'Progress of every table' }).getByRole('listitem');
    await expect.poll(() => cards.count()).toBe(50);
    await expect.poll(() => cards.locator('.table-clock').count()).toBe(50);
    await screenshot(wall, 'tables-projector-50');
    const lastBottom = await cards.nth(49).evaluate((card) => card.getBoundingClientRect().bottom);
    expect(lastBottom).toBeLessThanOrEqual(1080);
    expect(await wall.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1080);
    await accessible(wall, 'projector with 50 tables');
  }, 120_000);
});
