import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../support/clients.js';
import { serverFixture } from '../support/server-fixture.js';
import { advance, joinAs } from './support/actions.js';
import { AxeLog } from './support/axe.js';
import { CLIENT_DIR, launchBrowser, pageProblems, requireBuiltClient, screenshot } from './support/browser.js';
import { E2eRoom } from './support/room.js';
import { ScriptedVoter } from './support/scripted-voters.js';

/**
 * Before and after the room, in Chromium: two organizations' representatives answer pre-work on
 * their phones, the facilitator groups their priorities into a theme and seeds the idea pool;
 * after the results the room ratifies the goals, under consensus with one objection, then (another
 * session) under a veto. Screenshots: phone 360x640, projector 1920x1080, console 1280x800.
 */

const fixture = serverFixture('all');
const axe = new AxeLog();
let room: E2eRoom;
const members: ScriptedVoter[] = [];
const TITLE = 'What should our alliance achieve by 2028?';
const IDEAS = {
  bo: 'Joint training for volunteers',
  cy: 'A shared fundraising calendar',
  di: 'Meet the council together',
};

beforeAll(async () => {
  requireBuiltClient();
  await fixture.start({ clientDir: CLIENT_DIR });
  room = new E2eRoom(await launchBrowser(), fixture.server.url, axe, 'prework-');
});

afterAll(async () => {
  console.log(`axe-core results per screen:\n${axe.write('prework')}`);
  for (const member of members) member.close();
  await room?.close();
  await room?.browser.close();
});

async function fillPrework(phone: Page, priorities: string[], stated: string, unspoken: string): Promise<void> {
  for (const [i, text] of priorities.entries()) await phone.getByLabel(`Priority ${i + 1}`).fill(text);
  await phone.getByLabel('Stated interests (optional)').fill(stated);
  await phone.getByLabel('Unspoken interests (optional)').fill(unspoken);
  await phone.getByRole('button', { name: 'Save' }).click();
  await phone.getByText('Saved. You can still change your answers.').waitFor();
}

async function join(code: string, name: string, organization: string): Promise<ScriptedVoter> {
  const member = await ScriptedVoter.join(fixture.server.url, code, name, organization);
  members.push(member);
  return member;
}

describe('before the room: pre-work', () => {
  it('the facilitator sets consensus at creation and makes a link per organization', async () => {
    room.host = await room.open('laptop');
    room.display = await room.open('projector');
    const host = room.host;
    await host.goto('/');
    await host.getByLabel('Question or title').fill(TITLE);
    await host.getByLabel('Member organizations (optional)').fill('North Tenants\nSouth Food Bank');
    await host.getByText('Settings', { exact: true }).click();
    await host.getByRole('radio', { name: 'Consensus: nobody objects' }).check();
    await room.expectAccessible(host, 'landing with a ratification rule');
    await host.getByLabel('Question or title').press('Enter');
    await host.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    room.code = new URL(host.url()).pathname.split('/')[2] as string;
    await room.display.goto(`/display/${room.code}`);
    for (const org of ['North Tenants', 'South Food Bank']) {
      await host.getByRole('button', { name: `Make a link for ${org}` }).click();
      await host.getByLabel(`Pre-work link for ${org}`).waitFor();
    }
    const link = await host.getByLabel('Pre-work link for North Tenants').inputValue();
    expect(link).toMatch(/\/prework#[0-9A-Z]{8}\.[A-Za-z0-9_-]{32}$/);
  });

  it('two representatives answer on their phones; the secret never leaves the fragment', async () => {
    const links = await Promise.all(
      ['North Tenants', 'South Food Bank'].map((org) => room.host.getByLabel(`Pre-work link for ${org}`).inputValue()),
    );
    const north = await room.addPhone('north-rep');
    const requests: string[] = [];
    north.on('request', (request) => requests.push(request.url()));
    await north.goto(links[0] as string);
    await north.getByText(/For North Tenants: list your organization/).waitFor();
    await fillPrework(
      north,
      ['Clean water in every building', 'Affordable rents', 'Tenant training'],
      'Fair housing',
      'Keep our autonomy',
    );
    await room.expectAccessible(north, 'pre-work form (phone)');
    await screenshot(north, 'prework-1-form-phone');
    const secret = (links[0] as string).split('.').pop() as string;
    expect(requests.filter((url) => url.includes(secret))).toEqual([]);
    const south = await room.addPhone('south-rep');
    await south.goto(links[1] as string);
    await fillPrework(south, ['Safe drinking water', 'Jobs for young people'], 'No one goes hungry', '');
    // The same form in Arabic, right to left, for a representative who reads it.
    await south.getByLabel('Language').selectOption('ar');
    await south.getByRole('heading', { level: 1, name: 'العمل التحضيري' }).waitFor();
    await room.expectAccessible(south, 'pre-work form in Arabic (phone)');
    await screenshot(south, 'prework-1-form-phone-ar');
  });

  it('the console shows the landscape; the facilitator groups a theme and seeds the pool', async () => {
    const host = room.host;
    await host.getByText('Safe drinking water').waitFor();
    await expect.poll(() => host.getByText('Keep our autonomy').count()).toBe(1);
    await host.getByRole('checkbox', { name: /Clean water in every building/ }).check();
    await host.getByRole('checkbox', { name: /Safe drinking water/ }).check();
    await host.getByLabel('Theme name').fill('Clean water for all');
    await host.getByRole('button', { name: 'Group 2 items as a theme' }).click();
    const theme = host.getByRole('checkbox', { name: /^Clean water for all/ });
    await theme.waitFor();
    await host.getByText('common ground').first().waitFor();
    await theme.check();
    await host.getByRole('button', { name: 'Bring 1 item into the idea pool' }).click();
    await host.getByText('in the idea pool').first().waitFor();
    await room.expectAccessible(host, 'landscape (console)');
    await screenshot(host, 'prework-2-landscape-console');
  });
});

describe('after the results: ratification', () => {
  it('participants see the rule from the lobby on; the seeded theme is shared first, marked as pre-work', async () => {
    const ada = await room.addPhone('ada');
    await joinAs(ada, room.code, 'Ada', 'North Tenants');
    await ada.getByText('Decision rule:').waitFor();
    await screenshot(ada, 'prework-3-lobby-rule-phone');
    const [bo, cy, di] = [
      await join(room.code, 'Bo', 'North Tenants'),
      await join(room.code, 'Cy', 'South Food Bank'),
      await join(room.code, 'Di', 'South Food Bank'),
    ] as [ScriptedVoter, ScriptedVoter, ScriptedVoter];
    await advance(room.host, 'Start writing ideas');
    await bo.tracker.until((t) => t.view?.phase === 'ideation');
    await bo.addIdea(IDEAS.bo);
    await cy.addIdea(IDEAS.cy);
    await di.addIdea(IDEAS.di);
    await advance(room.host, 'End writing, start sharing', true);
    await ada.getByText('From the pre-work of North Tenants, South Food Bank').waitFor();
    await screenshot(ada, 'prework-4-sharing-phone');
    await advance(room.host, 'Start clarifying', true);
    await advance(room.host, 'Open voting');
    for (const member of [bo, cy, di]) await member.vote(['Clean water for all', IDEAS.cy, IDEAS.bo], 1);
    // Ada does not vote: three ballots are the floor, and closing asks to confirm.
    await room.host.getByText(/^3 of 4 ballots in/).waitFor();
    await advance(room.host, 'Close voting and show results', true);
  });

  it('under consensus, one objection blocks its goal; the room sees counts and reasons, never who', async () => {
    const host = room.host;
    const pick = host.getByRole('group', { name: 'Goals to put to the room' });
    await pick.waitFor();
    for (const text of [IDEAS.bo, IDEAS.di]) await pick.getByRole('checkbox', { name: new RegExp(text) }).uncheck();
    await host.getByRole('button', { name: 'Put 2 goals to the room (round 1)' }).click();
    const ada = room.phone('ada');
    await ada.getByRole('heading', { name: 'Ratifying the goals: round 1' }).waitFor();
    for (const goal of await ada
      .getByRole('group')
      .filter({ has: ada.getByRole('radio') })
      .all()) {
      await goal.getByRole('radio', { name: 'Support' }).check();
    }
    await ada.getByRole('button', { name: 'Send my answers' }).click();
    await ada.getByText('Your answers are in.', { exact: false }).waitFor();
    const [bo, cy, di] = members as [ScriptedVoter, ScriptedVoter, ScriptedVoter];
    await bo.answer(() => 'live');
    await cy.answer(() => 'support');
    await di.answer((text) => (text === IDEAS.cy ? 'object' : 'support'), 'Our volunteers cannot run it this year');
    await host.getByText('4 answers in').waitFor();
    await room.display.getByText('4 answers in').waitFor();
    await room.expectAccessible(ada, 'ratification (phone)');
    await room.expectAccessible(room.display, 'ratification open (projector)');
    await screenshot(ada, 'prework-5-ratify-phone');
    await screenshot(room.display, 'prework-5-ratify-projector');
    await screenshot(host, 'prework-5-ratify-console');
    await host.getByRole('button', { name: 'Close round 1' }).click();
    await room.display.getByText('Not adopted: an objection').waitFor();
    await room.display.getByText('Our volunteers cannot run it this year', { exact: false }).waitFor();
    await ada.getByText('Not adopted: an objection').waitFor();
    await host.getByText(/Ratification round 1 closed/).waitFor();
    await room.expectAccessible(host, 'ratification outcome (console)');
    await room.expectAccessible(room.display, 'ratification outcome (projector)');
    await screenshot(ada, 'prework-6-outcome-phone');
    await screenshot(room.display, 'prework-6-outcome-projector');
    await screenshot(host, 'prework-6-outcome-console');
    // Nothing about the round names anyone (the console's roster lists people, not answers).
    const ratificationText = [
      await ada.locator('.ratify').innerText(),
      await room.display.locator('main').innerText(),
      await host.locator('.ratify-controls').innerText(),
    ];
    for (const text of ratificationText) expect(text).not.toMatch(/\b(Ada|Bo|Cy|Di)\b/);
  });

  it('under a veto, one objection from the named organization blocks a goal most support', async () => {
    const created = await createSession(fixture.server.url, {
      title: 'Veto for the small partner',
      organizations: ['Big Union', 'Small Shelter'],
      settings: { ratification: { rule: { kind: 'veto', percent: 50, organizations: ['Small Shelter'] } } },
    });
    const host = await room.open('laptop');
    const display = await room.open('projector');
    const code = `${created.code.slice(0, 4)}-${created.code.slice(4)}`;
    await host.goto(`/host/${code}#${created.facilitatorToken}`);
    await display.goto(`/display/${code}`);
    const people = [
      ...['Ann', 'Ben', 'Cat'].map((name) => join(code, name, 'Big Union')),
      ...['Dan', 'Eve', 'Fin'].map((name) => join(code, name, 'Small Shelter')),
    ];
    const crowd = await Promise.all(people);
    await advance(host, 'Start writing ideas');
    await crowd[0]?.tracker.until((t) => t.view?.phase === 'ideation');
    await crowd[0]?.addIdea('One shared office');
    await crowd[3]?.addIdea('A night shelter fund');
    await advance(host, 'End writing, start sharing', true);
    await advance(host, 'Start clarifying', true);
    await advance(host, 'Open voting');
    for (const member of crowd) await member.vote(['One shared office', 'A night shelter fund'], 1);
    // The console asks for a second thought while it still counts fewer ballots than people.
    await host.getByText(/^6 of 6 ballots in/).waitFor();
    await advance(host, 'Close voting and show results');
    await host.getByRole('button', { name: 'Put 2 goals to the room (round 1)' }).click();
    for (const [i, member] of crowd.entries()) {
      await member.answer(
        (text) => (i === 5 && text === 'One shared office' ? 'object' : 'support'),
        'We would lose our own address',
      );
    }
    await host.getByText('6 answers in').waitFor();
    await host.getByRole('button', { name: 'Close round 1' }).click();
    await display.getByText('Blocked by the veto of Small Shelter').waitFor();
    await host.getByText('Blocked by the veto of Small Shelter').waitFor();
    await room.expectAccessible(display, 'veto outcome (projector)');
    await room.expectAccessible(host, 'veto outcome (console)');
    await screenshot(display, 'prework-7-veto-projector');
    await screenshot(host, 'prework-7-veto-console');
    await host.context().close();
    await display.context().close();
  });

  it('ran under the Content-Security-Policy without a refusal or an uncaught error', () => {
    expect(pageProblems).toEqual([]);
  });
});
