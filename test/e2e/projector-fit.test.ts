import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../support/clients.js';
import { startServer, tempDataDir, type TestServer } from '../support/server.js';
import { AxeLog } from './support/axe.js';
import { CLIENT_DIR, launchBrowser, openPage, requireBuiltClient, screenshot } from './support/browser.js';
import { FullRoom, roomIdeas } from './support/full-room.js';
import { checkScreens, openScreens, type Screen } from './support/room-screens.js';

/**
 * A real room: 8 people over sockets and three phones at 360x640 (English, Arabic, Chinese), 40
 * ideas (280-character ones, Arabic, Chinese, emoji) and described goals, on projectors at
 * 1920x1080 and 1280x720 (in English, Arabic and Chinese) and the console in English and Arabic.
 * Nobody scrolls a projector, so in every phase nothing may spill out of the wall or out of its
 * box, except a container whose pages turn by themselves; phones and the console may scroll down
 * but never sideways. On every screen an idea's "#N" must be drawn "#N", never "N#", and axe
 * must find nothing. Screenshots: test-results/screenshots/room-<phase>-<screen>.png.
 */

const data = tempDataDir();
const axe = new AxeLog();
let server: TestServer;
let browser: Browser;
let room: FullRoom;
let screens: Screen[];
let phone: Page;
const figures: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  requireBuiltClient();
  server = await startServer(data.dir, { clientDir: CLIENT_DIR });
  browser = await launchBrowser();
  room = await FullRoom.open(server.url, 8, 'What should our alliance achieve together by 2028? 🌍');
  screens = await openScreens(browser, server.url, room);
  phone = (screens.find((screen) => screen.name === 'phone-en-360x640') as Screen).page;
}, 90_000);

afterAll(async () => {
  const dir = resolve('test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'room-fit.json'), JSON.stringify(figures, null, 2));
  console.log(`overflow per phase and screen:\n${JSON.stringify(figures, null, 2)}`);
  console.log(`axe-core:\n${axe.write('room-fit')}`);
  room?.close();
  await browser?.close();
  await server?.stop();
  data.remove();
});

const check = (phase: string, shown = phase) => checkScreens(screens, axe, { phase, shown }, figures);

describe('every screen fits a full room in every phase, numbers read "#N", axe finds nothing', () => {
  it('lobby', () => check('lobby'), 60_000);

  it('writing, with 40 ideas written', async () => {
    await room.advance();
    await room.write(roomIdeas(40));
    await check('ideation');
  }, 90_000);

  it('sharing, with all 40 ideas out', async () => {
    await room.advance();
    // Round after round until the server says everything is out.
    while (
      await room.command('sharing:reveal-round').then(
        () => true,
        () => false,
      )
    );
    await room.tracker.until((t) => t.view?.ideas.length === 40);
    await check('sharing');
  }, 90_000);

  it('clarification, with a long Arabic-titled idea in focus', async () => {
    await room.advance();
    const long = room.tracker.view?.ideas.find((idea) => idea.text.length === 280);
    expect(long, 'a long idea to focus').toBeDefined();
    await room.command('idea:focus', { ideaId: long?.id ?? null });
    await phone.getByRole('region', { name: 'Now discussing' }).waitFor();
    await check('clarification');
    // No length in the settings: the timer offers the usual length of a clarification.
    const host = screens.find((screen) => screen.name === 'console-en-1280x800')?.page;
    expect(await host?.getByLabel('Minutes').inputValue()).toBe('15');
  }, 90_000);

  it('clarification, with a short Arabic idea in focus beside the list', async () => {
    const arabic = room.tracker.view?.ideas.find((idea) => idea.text.startsWith('تنسيق'));
    await room.command('idea:focus', { ideaId: arabic?.id ?? null });
    await phone
      .getByRole('region', { name: 'Now discussing' })
      .getByText(arabic?.text ?? '')
      .waitFor();
    await check('clarification-arabic-focus', 'clarification');
  }, 90_000);

  it('voting, with ballots coming in', async () => {
    await room.advance();
    await check('ranking');
  }, 90_000);

  it('on the phone: several ideas in view, each once, a prompt before sending 3 of 5, then a receipt', async () => {
    const picker = phone.getByRole('list', { name: 'Ideas to pick from' });
    await picker.waitFor();
    await screenshot(phone, 'fit-ranking-phone');
    // Wholly visible: above the fold and above the sticky ballot bar that covers the bottom.
    const inView = await picker.getByRole('listitem').evaluateAll((items) => {
      const bar = document.querySelector('.ballot-bar')?.getBoundingClientRect().top ?? window.innerHeight;
      return items.filter((item) => item.getBoundingClientRect().bottom <= Math.min(bar, window.innerHeight)).length;
    });
    expect(inView, 'picker items wholly above the fold at 360x640').toBeGreaterThanOrEqual(3);
    const first = (await picker.getByRole('button').first().textContent()) ?? '';
    for (let i = 0; i < 3; i += 1) await picker.getByRole('button').first().click();
    // Each idea once: a picked idea leaves the picker for the ranking above it.
    const left = await picker.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.textContent));
    expect(left).not.toContain(first);
    expect(left).toHaveLength(37);
    await phone.getByRole('button', { name: 'Submit my ranking' }).click();
    await phone.getByText('You picked 3 of 5.', { exact: false }).waitFor();
    await screenshot(phone, 'fit-ranking-short-prompt-phone');
    await phone.getByRole('button', { name: 'Send my 3 choices' }).click();
    await phone.getByRole('heading', { name: 'Your ranking is in' }).waitFor();
    expect(
      await phone.getByRole('list', { name: 'The ranking you sent, best first' }).getByRole('listitem').count(),
    ).toBe(3);
    await screenshot(phone, 'fit-ranking-receipt-phone');
    const bad = await axe.check(phone, 'ranking receipt phone');
    expect(bad).toEqual([]);
    await phone.getByRole('button', { name: 'Change my ranking' }).click();
    await picker.waitFor();
  }, 30_000);

  it('results', async () => {
    await room.voteAll();
    await room.advance();
    await check('results');
    // Plain words on the wall: the statistics stay in the console and the exports.
    for (const { page } of screens.filter((screen) => screen.kind === 'wall')) {
      expect(await page.locator('main').innerText()).not.toMatch(/Kendall|W =|ρ/);
    }
  }, 90_000);

  it('adopted goals, each described', async () => {
    const proposed = room.tracker.view?.results?.proposedGoals ?? [];
    await room.command('goals:adopt', { ideaIds: proposed });
    for (const ideaId of proposed) {
      await room.command('goal:describe', {
        ideaId,
        owner: 'جمعية الجنوب and North Alliance working group',
        indicator: 'Three joint events a year, each with at least two member organizations 🤝',
        targetDate: '2028-06-30',
        rationale: 'Ranked high by every organization; the smallest partner gains most.',
      });
    }
    await room.tracker.until((t) => (t.view?.goals?.length ?? 0) === proposed.length);
    await check('goals', 'results');
  }, 90_000);
});

describe('a mistyped room code', () => {
  it('can be retyped on the page that says no session has it', async () => {
    const page = await openPage(browser, server.url, 'phone');
    await page.goto('/join/ZZZZ-ZZZZ');
    await page.getByRole('heading', { name: /No session has the code/ }).waitFor();
    const open = await createSession(server.url, { title: 'Open room' });
    await page.getByLabel('Room code').fill(open.code);
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await page.getByLabel('Your name').waitFor();
    await page.context().close();
  });
});

describe('joining a session where each organization weighs the same', () => {
  it('asks for the organization instead of defaulting to "None"', async () => {
    const page = await openPage(browser, server.url, 'phone');
    const open = await createSession(server.url, {
      title: 'Weighted room',
      organizations: ['North Alliance', 'جمعية الجنوب'],
      settings: { weighting: 'per-organization' },
    });
    await page.goto(`/join/${open.code}`);
    await page.getByLabel('Your name').fill('Omar');
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Join the session' }).click();
    await page
      .getByText(/Pick your organization/)
      .first()
      .waitFor();
    await page.getByRole('radio', { name: /None/ }).check();
    await page.getByRole('button', { name: 'Join the session' }).click();
    await page.getByRole('heading', { name: 'You are in' }).waitFor();
    await page.context().close();
  });
});

describe('nothing typed is lost when a timer ends writing', () => {
  it('keeps the unsent idea on the phone, says so, and logs that the timer moved the session', async () => {
    const timed = await FullRoom.open(server.url, 1, 'Timed room');
    const phone = await openPage(browser, server.url, 'phone');
    await phone.goto(`/join/${timed.code}`);
    await phone.getByLabel('Your name').fill('Lina');
    await phone.getByRole('radio', { name: 'North Alliance' }).check();
    await phone.getByRole('button', { name: 'Join the session' }).click();
    await phone.getByRole('heading', { name: 'You are in' }).waitFor();
    await timed.advance();
    await timed.command('timer:start', { seconds: 10 });
    const draft = 'فكرة لم تُرسل: a shared translation fund';
    await phone.getByLabel('New idea').fill(draft);
    // A visible warning before the end (the last fifth of a 10-second timer), on a timer kept in view.
    await phone.getByText('Almost over: finish now').waitFor({ timeout: 12_000 });
    await screenshot(phone, 'fit-timer-ending-phone');
    expect(await phone.locator('.participant__timer').evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
    await timed.tracker.until((t) => t.view?.phase === 'sharing', 20_000);
    await phone.getByRole('heading', { name: 'Your last idea was not added' }).waitFor();
    expect(await phone.getByText(draft).count()).toBe(1);
    await screenshot(phone, 'fit-leftover-idea-phone');
    const log = timed.tracker.facilitator?.view.decisions ?? [];
    expect(log.at(-1)).toMatchObject({ kind: 'phase', from: 'ideation', to: 'sharing', by: 'timer' });
    await phone.context().close();
    timed.close();
  }, 40_000);
});

describe('the console: who is offline (never who voted), a timer as long as the phase, merges said in place', () => {
  it('marks a phone that went away Offline and counts who is connected', async () => {
    const small = await FullRoom.open(server.url, 2, 'Presence room', { durations: { ideation: 720 } });
    const host = await openPage(browser, server.url, 'laptop');
    await host.goto(`/host/${small.code}#${small.token}`);
    // Writing lasts 12 minutes in this session's settings: the timer offers 12, not a fixed 5.
    await small.advance();
    await expect.poll(() => host.getByLabel('Minutes').inputValue()).toBe('12');
    await host.getByLabel('Minutes').fill('0.2');
    await host.getByRole('button', { name: 'Start timer' }).click();
    await host.getByRole('alert').filter({ hasText: 'Enter a number of minutes from 0.5 to 480.' }).waitFor();
    const people = host.getByRole('region', { name: /^Participants/ });
    await people.getByText('2 of 2 connected now').waitFor();
    small.voters[1]?.close();
    await people.getByText('1 of 2 connected now').waitFor();
    const row = people.getByRole('listitem').filter({ hasText: small.voters[1]?.name ?? '' });
    await row.getByText('Offline', { exact: true }).waitFor();
    await screenshot(host, 'console-presence');
    expect(await people.getByText('Online', { exact: true }).count()).toBe(1);
    expect(await axe.check(host, 'console presence')).toEqual([]);
    await host.context().close();
    small.close();
  }, 40_000);
});
