import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, tempDataDir, type TestServer } from '../support/server.js';
import { addIdea, advance, bannerSays, createSessionFromLanding, joinAs, listTexts } from './support/actions.js';
import { AxeLog } from './support/axe.js';
import { CLIENT_DIR, launchBrowser, requireBuiltClient, screenshot } from './support/browser.js';
import { E2eRoom } from './support/room.js';

/**
 * A whole workshop in Chromium: a facilitator's laptop, a projector and three phones run every
 * phase, as people would, by the words on the screen. Phones reload mid-ideation and mid-ranking,
 * one goes offline, and axe-core checks each screen.
 */

const TITLE = 'What should our alliance achieve by 2028?';
const IDEA = {
  calendar: 'Shared calendar for member events',
  campaign: 'Joint campaign once a year',
  volunteers: 'Pool volunteers across groups',
  fund: 'Common fund for urgent grants',
  council: 'Meet the city council together',
  councilReworded: 'Meet the city council together twice a year',
  calendarDuplicate: 'A shared calendar of member events',
};

/** The ideas left after clarification, each as it reads now. */
const FINAL = [IDEA.calendar, IDEA.campaign, IDEA.volunteers, IDEA.fund, IDEA.councilReworded];

/** The phone's ranking, top first, as the idea texts a person reads there. */
async function rankingOf(phone: Page): Promise<string[]> {
  const lines = await listTexts(phone, 'My ranking, best first');
  return lines.map((line) => FINAL.find((text) => line.includes(text)) ?? line);
}

function pick(phone: Page, text: string) {
  return phone
    .getByRole('list', { name: 'Ideas to pick from' })
    .getByRole('button', { name: new RegExp(text) })
    .click();
}

let server: TestServer;
let browser: Browser;
let room: E2eRoom;
const axe = new AxeLog();
const data = tempDataDir();

beforeAll(async () => {
  requireBuiltClient();
  server = await startServer(data.dir, { clientDir: CLIENT_DIR });
  browser = await launchBrowser();
  room = new E2eRoom(browser, server.url, axe, '');
});

afterAll(async () => {
  console.log(`axe-core results per screen:\n${axe.write('session')}`);
  await room?.close();
  await browser?.close();
  await server?.stop();
  data.remove();
});

describe('a whole session in the browser', () => {
  it('lobby: the facilitator starts a session and three phones join', async () => {
    const landing = await room.open('phone');
    await landing.goto('/');
    await room.expectAccessible(landing, 'landing (phone)');
    await screenshot(landing, 'landing-phone');

    room.host = await room.open('laptop');
    room.code = await createSessionFromLanding(room.host, {
      title: TITLE,
      organizations: ['Tenants Union', 'Food Bank'],
      ballotSize: 3,
    });
    room.display = await room.open('projector');
    await room.display.goto(`/display/${room.code}`);
    await expect.poll(() => room.display.getByText(room.code, { exact: true }).count()).toBeGreaterThan(0);

    // Ada types the code from the wall: lower case, no dash.
    const ada = await room.addPhone('Ada');
    await ada.goto('/');
    await ada.getByLabel('Room code').fill(room.code.replace('-', '').toLowerCase());
    await ada.getByRole('button', { name: 'Join', exact: true }).click();
    await ada.waitForURL(`**/join/${room.code}`);
    await room.expectAccessible(ada, 'join form (phone)');
    await screenshot(ada, 'join-phone');
    await joinAs(ada, room.code, 'Ada', 'Tenants Union');
    // Bo and Cy scan the QR code, which opens the join link.
    await joinAs(await room.addPhone('Bo'), room.code, 'Bo', { other: 'Library Friends' });
    await joinAs(await room.addPhone('Cy'), room.code, 'Cy');

    await room.display.getByText('3 people have joined').waitFor();
    await room.host.getByRole('heading', { name: 'Participants (3)' }).waitFor();
    await expect.poll(() => room.host.getByText('Library Friends').count()).toBe(1);
    await room.expectAccessible(ada, 'lobby (phone)');
    await room.expectAccessible(room.display, 'lobby (display)');
    await room.expectAccessible(room.host, 'lobby (console)');
    await room.shootPhase('1-lobby', 'Ada');
  }, 90_000);

  it('ideation: phones write, edit and delete ideas; a reload and going offline lose nothing', async () => {
    const [ada, bo, cy] = ['Ada', 'Bo', 'Cy'].map((name) => room.phone(name)) as [Page, Page, Page];
    await advance(room.host, 'Start writing ideas');
    for (const phone of [ada, bo, cy]) await phone.getByRole('heading', { name: 'Write your ideas' }).waitFor();

    await addIdea(ada, IDEA.calendar);
    await addIdea(ada, 'Joint campaign');
    await addIdea(ada, 'Throwaway idea');
    await ada.getByRole('heading', { name: 'Your ideas (3 of 10)' }).waitFor();
    await ada.getByRole('button', { name: 'Edit idea 2' }).click();
    await ada.getByLabel('Edit idea 2').fill(IDEA.campaign);
    await ada.getByRole('button', { name: 'Save' }).click();
    await ada.getByRole('button', { name: 'Delete idea 3' }).click();
    await ada.getByRole('button', { name: 'Yes, delete' }).click();
    await expect
      .poll(() => listTexts(ada, 'Your ideas'))
      .toEqual([expect.stringContaining(IDEA.calendar), expect.stringContaining(IDEA.campaign)]);
    await ada.getByRole('button', { name: 'I have finished writing' }).click();
    await expect
      .poll(() => ada.getByRole('button', { name: 'I have finished writing' }).getAttribute('aria-pressed'))
      .toBe('true');

    // Bo reloads with two ideas saved and a third half-written: nothing is lost, nobody is counted twice.
    await addIdea(bo, IDEA.volunteers);
    await addIdea(bo, IDEA.fund);
    await bo.getByLabel('New idea').fill('Half-written thought');
    await bo.reload();
    await bo.getByRole('heading', { name: 'Your ideas (2 of 10)' }).waitFor();
    await expect.poll(() => bo.getByLabel('New idea').inputValue()).toBe('Half-written thought');
    await bo.getByLabel('New idea').fill('');

    // Bo's phone sleeps and wakes up: it asks the server for the current view again.
    const framesBefore = room.sent.get('Bo')?.length ?? 0;
    await bo.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect
      .poll(() => (room.sent.get('Bo') ?? []).slice(framesBefore).some((frame) => frame.includes('"participant:resume"')))
      .toBe(true);

    // Cy loses the network, writes an idea anyway, and it is sent once the network is back.
    await addIdea(cy, IDEA.council);
    await cy.context().setOffline(true);
    await bannerSays(cy, /offline|Reconnecting/);
    await addIdea(cy, IDEA.calendarDuplicate);
    await cy.getByText('Waiting to be sent', { exact: true }).waitFor();
    await bannerSays(cy, /1 action waiting to be sent/);
    await screenshot(cy, '2-ideation-phone-offline');
    await room.expectAccessible(cy, 'ideation offline (phone)');
    await cy.context().setOffline(false);
    await bannerSays(cy, /^Connected$/);
    await expect.poll(() => cy.getByText('Waiting to be sent', { exact: true }).count()).toBe(0);
    await cy.getByRole('heading', { name: 'Your ideas (2 of 10)' }).waitFor();

    await room.display.getByText('6 ideas written').waitFor();
    await room.display.getByText('1 of 3 is done writing').waitFor();
    await room.display.getByText('3 participants').waitFor();
    await room.host.getByRole('heading', { name: 'Participants (3)' }).waitFor();

    await room.host.getByLabel('Minutes').fill('5');
    await room.host.getByRole('button', { name: 'Start timer' }).click();
    await ada.getByRole('timer').waitFor();
    await room.display.getByRole('timer').waitFor();
    await room.expectAccessible(ada, 'ideation (phone)');
    await room.expectAccessible(room.display, 'ideation (display)');
    await room.expectAccessible(room.host, 'ideation (console)');
    await room.shootPhase('2-ideation', 'Ada');
  }, 90_000);

  it('sharing: the facilitator reveals rounds and the list grows everywhere', async () => {
    await advance(room.host, 'End writing, start sharing', true);
    const ada = room.phone('Ada');
    await ada.getByRole('heading', { name: 'Sharing the ideas' }).waitFor();
    await room.host.getByRole('button', { name: 'Reveal round 1' }).click();
    await room.display.getByText('3 ideas shared · 3 to come').waitFor();
    await expect.poll(async () => (await listTexts(ada, 'Shared ideas')).length).toBe(3);
    await room.host.getByRole('button', { name: 'Reveal round 2' }).click();
    await room.display.getByText('6 ideas shared · 0 to come').waitFor();
    await expect.poll(async () => (await listTexts(ada, 'Shared ideas')).length).toBe(6);
    await ada.getByText('Yours shared: 2 of 2').waitFor();
    // Every idea is on the wall, numbered, without a name.
    const onWall = await listTexts(room.display, 'Shared ideas');
    for (const text of [
      IDEA.calendar,
      IDEA.campaign,
      IDEA.volunteers,
      IDEA.fund,
      IDEA.council,
      IDEA.calendarDuplicate,
    ]) {
      expect(onWall.some((line) => line.includes(text))).toBe(true);
    }
    expect(onWall.join(' ')).not.toMatch(/Ada|Bo|Cy/);
    await expect.poll(() => room.host.getByRole('button', { name: 'Reveal round 3' }).isDisabled()).toBe(true);
    await room.expectAccessible(ada, 'sharing (phone)');
    await room.expectAccessible(room.display, 'sharing (display)');
    await room.expectAccessible(room.host, 'sharing (console)');
    await room.shootPhase('3-sharing', 'Ada');
  }, 60_000);

  it('clarification: focus, reword and merge show on every screen', async () => {
    await advance(room.host, 'Start clarifying');
    const ada = room.phone('Ada');
    await ada.getByRole('heading', { name: 'Clarifying' }).waitFor();
    const ideaRow = (text: string) => room.host.getByRole('listitem').filter({ hasText: text });

    await ideaRow(IDEA.volunteers)
      .getByRole('button', { name: /^Focus/ })
      .click();
    await ada.getByRole('region', { name: 'Now discussing' }).getByText(IDEA.volunteers).waitFor();
    await room.display.getByRole('region', { name: 'Now discussing' }).getByText(IDEA.volunteers).waitFor();
    await expect
      .poll(() => ada.getByRole('listitem').filter({ hasText: IDEA.volunteers }).getAttribute('aria-current'))
      .toBe('true');

    await ideaRow(IDEA.council)
      .getByRole('button', { name: /^Reword/ })
      .click();
    await room.host.getByLabel(/^New wording for idea/).fill(IDEA.councilReworded);
    await room.host.getByRole('button', { name: 'Save wording' }).click();
    await ada.getByText(IDEA.councilReworded).waitFor();

    await ideaRow(IDEA.calendar)
      .getByRole('checkbox', { name: /^Select to merge/ })
      .check();
    await ideaRow(IDEA.calendarDuplicate)
      .getByRole('checkbox', { name: /^Select to merge/ })
      .check();
    await room.host.getByRole('radio', { name: new RegExp(IDEA.calendar) }).check();
    await room.expectAccessible(room.host, 'clarification with merge form (console)');
    await screenshot(room.host, '4-clarification-console-merge');
    await room.host.getByRole('button', { name: 'Merge 2 ideas' }).click();
    await expect.poll(async () => (await listTexts(ada, 'All ideas')).length).toBe(5);
    await expect
      .poll(async () => (await listTexts(room.display, 'All ideas')).join(' '))
      .not.toContain(IDEA.calendarDuplicate);
    await ada
      .getByRole('listitem')
      .filter({ hasText: IDEA.calendar })
      .getByText(/merged with #/)
      .waitFor();

    await room.expectAccessible(ada, 'clarification (phone)');
    await room.expectAccessible(room.display, 'clarification (display)');
    await room.expectAccessible(room.host, 'clarification (console)');
    await room.shootPhase('4-clarification', 'Ada');
  }, 60_000);

  it('ranking: tap to pick, reorder by buttons and keyboard, reload mid-ballot, change the ballot', async () => {
    await advance(room.host, 'Open voting');
    const [ada, bo, cy] = ['Ada', 'Bo', 'Cy'].map((name) => room.phone(name)) as [Page, Page, Page];
    await ada.getByRole('heading', { name: 'Rank your top 3' }).waitFor();

    // Ada: the first tap is rank 1; then one move with a button and one drag with the keyboard.
    await pick(ada, IDEA.volunteers);
    await pick(ada, IDEA.calendar);
    await pick(ada, IDEA.campaign);
    await expect.poll(() => rankingOf(ada)).toEqual([IDEA.volunteers, IDEA.calendar, IDEA.campaign]);
    await ada.getByRole('button', { name: `Move down: ${IDEA.volunteers}` }).click();
    await expect.poll(() => rankingOf(ada)).toEqual([IDEA.calendar, IDEA.volunteers, IDEA.campaign]);
    await ada.getByRole('button', { name: `Reorder rank 3: ${IDEA.campaign}` }).focus();
    // At a person's pace: the sortable list measures itself between key presses.
    for (const key of ['Space', 'ArrowUp', 'Space']) {
      await ada.keyboard.press(key);
      await ada.waitForTimeout(250);
    }
    await expect.poll(() => rankingOf(ada)).toEqual([IDEA.calendar, IDEA.campaign, IDEA.volunteers]);
    await room.expectAccessible(ada, 'ranking, before submitting (phone)');
    await screenshot(ada, '5-ranking-phone-draft');
    await ada.getByRole('button', { name: 'Submit my ranking' }).click();
    await ada.getByText('Your ranking is in. You can change it until voting closes.').waitFor();
    await room.display.getByText('1 of 3 ballots in').waitFor();

    // Bo reloads halfway through: the two picks are still there, in order, and not yet a ballot.
    await pick(bo, IDEA.calendar);
    await pick(bo, IDEA.fund);
    await bo.reload();
    await bo.getByRole('heading', { name: 'My ranking (2 of 3)' }).waitFor();
    await expect.poll(() => rankingOf(bo)).toEqual([IDEA.calendar, IDEA.fund]);
    await bo.getByText('Not submitted yet (2 of 3 picked).').waitFor();
    await pick(bo, IDEA.councilReworded);
    await bo.getByRole('button', { name: 'Submit my ranking' }).click();
    await bo.getByText('Your ranking is in. You can change it until voting closes.').waitFor();

    // Cy votes, then changes their mind before voting closes.
    await pick(cy, IDEA.volunteers);
    await pick(cy, IDEA.calendar);
    await pick(cy, IDEA.fund);
    await cy.getByRole('button', { name: 'Submit my ranking' }).click();
    await cy.getByText('Your ranking is in. You can change it until voting closes.').waitFor();
    await cy.getByRole('button', { name: `Remove from my ranking: ${IDEA.fund}` }).click();
    await cy.getByText('You have changes that are not submitted yet.').waitFor();
    await pick(cy, IDEA.campaign);
    await cy.getByRole('button', { name: 'Update my ranking' }).click();
    await cy.getByText('Your ranking is in. You can change it until voting closes.').waitFor();

    // Ada reloads after voting: her ballot comes back from the server, and she is not counted twice.
    await ada.reload();
    await expect.poll(() => rankingOf(ada)).toEqual([IDEA.calendar, IDEA.campaign, IDEA.volunteers]);
    await ada.getByText('Your ranking is in. You can change it until voting closes.').waitFor();
    await room.display.getByText('3 of 3 ballots in').waitFor();
    await room.host.getByText('3 of 3 ballots in. No tally is shown until voting closes.').waitFor();

    await room.expectAccessible(ada, 'ranking (phone)');
    await room.expectAccessible(room.display, 'ranking (display)');
    await room.expectAccessible(room.host, 'ranking (console)');
    await room.shootPhase('5-ranking', 'Cy');
  }, 90_000);

  it('results: the ranked list everywhere, exports in the console, and a reloaded console keeps control', async () => {
    await advance(room.host, 'Close voting and show results');
    // Rank points, top 3: calendar 3+3+2, volunteers 1+3, campaign 2+1, fund 2, council 1.
    const expected = [
      [IDEA.calendar, '8 points'],
      [IDEA.volunteers, '4 points'],
      [IDEA.campaign, '3 points'],
      [IDEA.fund, '2 points'],
      [IDEA.councilReworded, '1 point'],
    ];
    for (const page of [room.display, room.phone('Bo'), room.host]) {
      await page.getByRole('list', { name: 'Ideas ranked by the group' }).waitFor();
      const lines = await listTexts(page, 'Ideas ranked by the group');
      expect(lines).toHaveLength(expected.length);
      expected.forEach(([text, points], index) => {
        expect(lines[index]).toContain(text);
        expect(lines[index]).toContain(points);
      });
    }
    await room.display.getByText(/Top 3 rank points/).waitFor();

    await room.host.getByRole('heading', { name: 'Exports' }).waitFor();
    const download = room.host.waitForEvent('download');
    await room.host.getByRole('button', { name: 'Download JSON' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.json$/);

    await room.host.reload();
    await room.host.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await room.host.getByRole('button', { name: 'Download PDF' }).waitFor();

    // The console link carries the token in its fragment: another device opens it and is in control,
    // and the token does not stay in the address bar.
    await room.host.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await room.host.getByRole('button', { name: 'Copy console link' }).click();
    await room.host.getByText('Console link copied. Keep it private.').waitFor();
    const consoleLink = await room.host.evaluate(() => navigator.clipboard.readText());
    expect(consoleLink).toMatch(new RegExp(`/host/${room.code}#.{20,}$`));
    const otherLaptop = await room.open('laptop');
    await otherLaptop.goto(consoleLink);
    await otherLaptop.getByRole('button', { name: 'Download CSV' }).waitFor();
    expect(new URL(otherLaptop.url()).hash).toBe('');
    await otherLaptop.context().close();

    await room.expectAccessible(room.phone('Bo'), 'results (phone)');
    await room.expectAccessible(room.display, 'results (display)');
    await room.expectAccessible(room.host, 'results (console)');
    await room.shootPhase('6-results', 'Bo');

    // The same screens at the other end of the size range: a phone-sized console and projector, a wide phone page.
    await room.host.setViewportSize({ width: 360, height: 640 });
    await screenshot(room.host, '6-results-console-360');
    await room.display.setViewportSize({ width: 360, height: 640 });
    await screenshot(room.display, '6-results-display-360');
    await room.phone('Bo').setViewportSize({ width: 1920, height: 1080 });
    await screenshot(room.phone('Bo'), '6-results-phone-1920');
  }, 60_000);
});

describe('named turns, a locked room and a removed participant', () => {
  let named: E2eRoom;

  it('turns: each phone shares its own idea or passes, under its name', async () => {
    named = new E2eRoom(browser, server.url, axe, 'named-');
    named.host = await named.open('laptop');
    named.code = await createSessionFromLanding(named.host, { title: 'Priorities for the spring', namedTurns: true });
    named.display = await named.open('projector');
    await named.display.goto(`/display/${named.code}`);
    await named.display.setViewportSize({ width: 360, height: 640 });
    await named.display.getByRole('img', { name: /QR code/ }).waitFor();
    await screenshot(named.display, 'named-lobby-display-360');
    await named.display.setViewportSize({ width: 1920, height: 1080 });
    for (const name of ['Dee', 'Eli', 'Fay']) await joinAs(await named.addPhone(name), named.code, name);
    const [dee, eli, fay] = ['Dee', 'Eli', 'Fay'].map((name) => named.phone(name)) as [Page, Page, Page];

    // Locked: a latecomer cannot join, and is told why.
    const lock = named.host.getByRole('switch', { name: 'Lock the room' });
    await lock.click();
    await expect.poll(() => lock.isChecked()).toBe(true);
    await named.display.getByText('The room is locked').waitFor();
    const late = await named.addPhone('Late');
    await late.goto(`/join/${named.code}`);
    await late
      .getByText('This session is not taking new participants. Ask the facilitator to unlock the room.')
      .waitFor();
    await named.expectAccessible(late, 'locked room (phone)');

    await advance(named.host, 'Start writing ideas');
    await addIdea(dee, 'Spring clean-up day');
    await addIdea(eli, 'Open a tool library');
    await advance(named.host, 'End writing, start sharing', true);

    await dee.getByRole('heading', { name: 'Your turn' }).waitFor();
    await named.display.getByText('Now sharing: Dee').waitFor();
    await eli.getByText('Dee is sharing.').waitFor();
    await named.expectAccessible(dee, 'your turn (phone)');
    await screenshot(dee, 'named-sharing-your-turn-phone');
    await dee.getByRole('button', { name: 'Share: Spring clean-up day' }).click();
    await eli.getByRole('heading', { name: 'Your turn' }).waitFor();
    await named.display.getByText('shared by Dee').waitFor();
    await eli.getByRole('button', { name: 'Pass this turn' }).click();
    await named.display.getByText('Everyone has shared or passed.').waitFor();
    await fay.getByText('Everyone has shared or passed.').waitFor();
    await named.shootPhase('sharing', 'Eli');
  }, 90_000);

  it('removal and deletion: a removed participant is told, and a deleted session is gone everywhere', async () => {
    const fay = named.phone('Fay');
    const row = named.host.getByRole('listitem').filter({ hasText: 'Fay' });
    await row.getByRole('button', { name: 'Remove Fay' }).click();
    await row.getByRole('button', { name: 'Remove Fay' }).click();
    await fay.getByRole('heading', { name: 'You have left the session' }).waitFor();
    await named.display.getByText('2 participants').waitFor();
    await named.expectAccessible(fay, 'removed (phone)');
    await screenshot(fay, 'named-removed-phone');

    // Eli's idea, never shared in turn, is not lost: moving on adds it to the list.
    await advance(named.host, 'Start clarifying', true);
    await expect.poll(async () => (await listTexts(named.display, 'All ideas')).length).toBe(2);

    // Deleting the session: every screen says it is gone.
    await named.host.getByRole('button', { name: 'Delete this session…' }).click();
    await named.host.getByRole('button', { name: 'Delete for good' }).click();
    const gone = `No session has the code ${named.code}`;
    for (const page of [named.host, named.display, named.phone('Dee')]) {
      await page.getByRole('heading', { name: gone }).waitFor();
    }
    await named.expectAccessible(named.phone('Dee'), 'session deleted (phone)');
    await named.close();
  }, 60_000);
});

describe('the demo button', () => {
  it('starts a session whose simulated participants write, share and vote while one person runs it', async () => {
    const host = await room.open('laptop');
    await host.goto('/');
    await host.getByRole('button', { name: 'Start a demo' }).click();
    await host.getByRole('heading', { name: 'Participants (4)' }).waitFor();
    await advance(host, 'Start writing ideas');
    await host.getByText('4 of 4 done writing · 12 ideas written.').waitFor({ timeout: 20_000 });
    await advance(host, 'End writing, start sharing');
    for (const round of [1, 2, 3]) await host.getByRole('button', { name: `Reveal round ${round}` }).click();
    await advance(host, 'Start clarifying');
    await advance(host, 'Open voting');
    await host.getByText('4 of 4 ballots in. No tally is shown until voting closes.').waitFor({ timeout: 20_000 });
    await advance(host, 'Close voting and show results');
    await host.getByText('Results from 4 ballots.').waitFor();
    expect(await listTexts(host, 'Ideas ranked by the group')).toHaveLength(12);
    await host.context().close();
  }, 90_000);
});
