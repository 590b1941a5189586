import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, tempDataDir, type TestServer } from '../support/server.js';
import { AxeLog } from './support/axe.js';
import {
  CLIENT_DIR,
  launchBrowser,
  openPage,
  pageProblems,
  requireBuiltClient,
  screenshot,
} from './support/browser.js';
import { KeyboardUser, type FocusLoss } from './support/keyboard.js';
import { recordSpeech, saidTwiceInARow, spokenOn, type Spoken } from './support/live-regions.js';
import { ScriptedVoter } from './support/scripted-voters.js';
import type { Browser } from 'playwright-core';

/**
 * A whole session by keyboard alone, as a keyboard-only facilitator and a screen reader user on a
 * phone would run it: only page.keyboard drives the pages (two more people vote over plain sockets).
 * After every action focus must be on an element, never on <body>, and in the region where the
 * person was working. Meanwhile every page writes down what its live regions say, and the last
 * tests check that against what a person wants to hear: once each, at the right time.
 */

const data = tempDataDir();
let server: TestServer;
let browser: Browser;
const axe = new AxeLog();
const losses: FocusLoss[] = [];
/** Promises other than focus that the keyboard walk found broken (Escape, skip link, headings). */
const gaps: string[] = [];
let host: Page;
let display: Page;
let phone: Page;
let facilitator: KeyboardUser;
let ada: KeyboardUser;
let code = '';
const voters: ScriptedVoter[] = [];
const timing: { warnStart?: number; shortStart?: number; removedAt?: number; deletedAt?: number } = {};

const TITLE = 'Keyboard workshop';
const ADA_IDEAS = ['Shared tool library', 'Night bus to the hall', 'Throwaway thought'];

async function speakingPage(device: 'laptop' | 'phone' | 'projector'): Promise<Page> {
  const page = await openPage(browser, server.url, device);
  await recordSpeech(page);
  return page;
}

function lossesOf(screen: string): string[] {
  return losses.filter((loss) => loss.screen === screen).map((loss) => `after ${loss.action}: ${loss.found}`);
}

async function expectAccessible(page: Page, screen: string): Promise<void> {
  const bad = await axe.check(page, `keyboard: ${screen}`);
  expect(bad, `${screen}: ${JSON.stringify(bad, null, 2)}`).toEqual([]);
}

beforeAll(async () => {
  requireBuiltClient();
  server = await startServer(data.dir, { clientDir: CLIENT_DIR });
  browser = await launchBrowser();
});

afterAll(async () => {
  console.log(`axe-core results per screen:\n${axe.write('keyboard')}`);
  console.log(`focus losses:\n${losses.map((l) => `${l.screen}: after ${l.action}: ${l.found}`).join('\n')}`);
  console.log(`other gaps:\n${gaps.join('\n')}`);
  for (const voter of voters) voter.close();
  await browser?.close();
  await server?.stop();
  data.remove();
});

describe('a whole session by keyboard alone', () => {
  it('landing: the facilitator creates a session from the keyboard; the console has a skip link', async () => {
    host = await speakingPage('laptop');
    facilitator = new KeyboardUser(host, losses);
    await host.goto('/');
    await facilitator.tabTo('landing', 'Question or title');
    await facilitator.type(TITLE);
    await facilitator.tabTo('landing', 'Create session');
    await facilitator.press('Enter');
    await host.waitForURL(/\/host\/[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await host.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await facilitator.expectFocus('landing', 'Create session', 'main');
    code = new URL(host.url()).pathname.split('/')[2] as string;

    // A reloaded console: the first Tab offers to skip the header and the steps.
    await host.reload();
    await host.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await facilitator.press('Tab');
    await screenshot(host, 'keyboard-console-skip-link');
    const first = await facilitator.focused();
    if (!first || !/^Skip to/.test(first.name))
      gaps.push(`console: the first Tab reaches ${first?.name ?? '<body>'}, no skip link`);
    else {
      await facilitator.press('Enter');
      const after = await facilitator.expectFocus('console', 'the skip link', 'main');
      if (after && !/^Now:/.test(after.name)) gaps.push(`console: the skip link leads to "${after.name}"`);
    }
    await expectAccessible(host, 'console (lobby)');
  }, 60_000);

  it('join: a phone joins from the keyboard; two more people join over sockets', async () => {
    display = await speakingPage('projector');
    await display.goto(`/display/${code}`);
    phone = await speakingPage('phone');
    ada = new KeyboardUser(phone, losses);
    await phone.goto(`/join/${code}`);
    await ada.tabTo('join', 'Your name');
    await ada.type('Ada');
    await ada.tabTo('join', 'Join the session');
    await ada.press('Enter');
    await phone.getByRole('heading', { name: 'You are in' }).waitFor();
    await ada.expectFocus('join', 'Join the session', 'main');
    for (const name of ['Bo', 'Cy']) voters.push(await ScriptedVoter.join(server.url, code, name, 'Food Bank'));
    await host.getByRole('heading', { name: 'Participants (3)' }).waitFor();
    await expectAccessible(phone, 'lobby (phone)');
  }, 60_000);

  it('ideation: timers, and a phone writes, edits, cancels and deletes by keyboard', async () => {
    await facilitator.tabTo('console', 'Start writing ideas');
    await facilitator.press('Enter');
    await phone.getByRole('heading', { name: 'Write your ideas' }).waitFor();
    await facilitator.expectFocus('console', 'Start writing ideas', 'main');
    await phaseHeadingOnDisplay('Writing ideas');

    await facilitator.tabTo('console', 'Minutes');
    await facilitator.retype('1.5');
    await facilitator.press('Enter');
    timing.warnStart = Date.now();
    await phone.getByRole('timer').waitFor();
    await facilitator.expectFocus('console', 'Start timer (90 s)', 'main');

    for (const text of ADA_IDEAS) {
      await ada.tabTo('phone', 'New idea');
      await ada.type(text);
      await ada.press('Enter');
      await phone.getByRole('listitem').filter({ hasText: text }).waitFor();
      await ada.expectFocus('phone', 'adding an idea', 'main');
    }
    await ada.tabTo('phone', 'Edit idea 2');
    await ada.press('Enter');
    await phone.getByRole('textbox', { name: 'Edit idea 2' }).waitFor();
    await ada.retype('Night bus to the town hall');
    await ada.tabTo('phone', 'Save');
    await ada.press('Enter');
    await phone.getByText('Night bus to the town hall').waitFor();
    await ada.expectFocus('phone', 'saving an idea edit', 'main');

    await ada.tabTo('phone', 'Edit idea 1');
    await ada.press('Enter');
    await ada.type(' (half a thought)');
    await ada.press('Escape');
    if ((await phone.getByRole('textbox', { name: 'Edit idea 1' }).count()) > 0) {
      gaps.push('phone: Escape does not close the idea editor');
      await ada.tabTo('phone', 'Cancel');
      await ada.press('Enter');
    }
    await ada.expectFocus('phone', 'cancelling an idea edit', 'main');
    expect(await phone.getByText('(half a thought)').count()).toBe(0);

    await ada.tabTo('phone', 'Delete idea 3');
    await ada.press('Enter');
    await ada.tabTo('phone', 'Yes, delete', { back: true });
    await ada.press('Enter');
    await expect.poll(() => phone.getByText(ADA_IDEAS[2] as string).count()).toBe(0);
    await ada.expectFocus('phone', 'deleting an idea', 'main');
    await ada.tabTo('phone', 'I have finished writing');
    await ada.press('Space');
    await ada.expectFocus('phone', 'I have finished writing', 'main');

    for (const [index, voter] of voters.entries()) {
      await voter.addIdea(`Idea ${index + 1}a from ${voter.name}`);
      await voter.addIdea(`Idea ${index + 1}b from ${voter.name}`);
    }
    await expectAccessible(phone, 'ideation (phone)');
    await expectAccessible(host, 'ideation (console)');
  }, 90_000);

  it('ideation: the one-minute warning comes when one minute is left; removing the timer takes its words away', async () => {
    await expect
      .poll(async () => (await spokenOn(phone)).some((line) => /one minute/i.test(line.text)), { timeout: 45_000 })
      .toBe(true);
    await facilitator.tabTo('console', 'Remove timer');
    await facilitator.press('Enter');
    await expect.poll(() => phone.getByRole('timer').count()).toBe(0);
    timing.removedAt = Date.now();
    await facilitator.expectFocus('console', 'Remove timer', 'main');
    await phone.waitForTimeout(1000);
    for (const [name, page] of [
      ['phone', phone],
      ['console', host],
      ['display', display],
    ] as const) {
      const text = await page.evaluate(() => document.body.textContent ?? '');
      if (/one minute left/i.test(text))
        gaps.push(`${name}: "One minute left." is still on the page after the timer was removed`);
    }
  }, 60_000);

  it('ideation: a 30-second timer says nothing of a minute, then time is up and sharing starts', async () => {
    await facilitator.tabTo('console', 'Minutes');
    await facilitator.retype('0.5');
    await facilitator.press('Enter');
    timing.shortStart = Date.now();
    await phone.getByRole('timer').waitFor();
    await facilitator.expectFocus('console', 'Start timer (30 s)', 'main');
    await phone.getByRole('heading', { name: 'Sharing the ideas' }).waitFor({ timeout: 45_000 });
    await host.getByRole('heading', { name: 'Now: Sharing' }).waitFor();
    await facilitator.expectFocus('console', 'the timer moving the session on', 'main');
  }, 60_000);

  it('sharing: reveal rounds by keyboard, the last one included', async () => {
    await phaseHeadingOnDisplay('Sharing');
    await facilitator.tabTo('console', 'Reveal round 1');
    await facilitator.press('Enter');
    await display.getByText(/^3 ideas shared/).waitFor();
    await facilitator.expectFocus('console', 'Reveal round 1', 'main');
    await facilitator.tabTo('console', 'Reveal round 2');
    await facilitator.press('Enter');
    await display.getByText(/^6 ideas shared/).waitFor();
    await facilitator.expectFocus('console', 'the last Reveal round', 'main');
    await screenshot(host, 'keyboard-console-after-last-reveal');
    await facilitator.tabTo('console', 'Start clarifying');
    await facilitator.press('Enter');
    await phone.getByRole('heading', { name: 'Clarifying' }).waitFor();
    await facilitator.expectFocus('console', 'Start clarifying', 'main');
  }, 60_000);

  it('clarification: focus, reword (and Escape), merge (and Escape) by keyboard', async () => {
    await phaseHeadingOnDisplay('Clarifying');
    await facilitator.tabTo('console', 'Focus idea 3');
    await facilitator.press('Enter');
    await phone.getByRole('region', { name: 'Now discussing' }).waitFor();
    await facilitator.expectFocus('console', 'Focus', 'main');

    await facilitator.tabTo('console', 'Reword idea 4');
    await facilitator.press('Enter');
    await facilitator.type(' (draft)');
    await facilitator.press('Escape');
    if ((await host.getByRole('button', { name: 'Save wording' }).count()) > 0) {
      gaps.push('console: Escape does not close the reword form');
      await facilitator.tabTo('console', 'Cancel');
      await facilitator.press('Enter');
    }
    await facilitator.expectFocus('console', 'closing the reword form', 'main');
    await facilitator.tabTo('console', 'Reword idea 4', { back: true });
    await facilitator.press('Enter');
    await facilitator.retype('Reworded from the keyboard');
    await facilitator.tabTo('console', 'Save wording');
    await facilitator.press('Enter');
    await phone.getByText('Reworded from the keyboard').waitFor();
    await facilitator.expectFocus('console', 'Save wording', 'main');

    await tickForMerge();
    const presses = await facilitator.tabTo('console', 'Merge 2 ideas', { max: 200 });
    if (presses > 6) gaps.push(`console: ${presses} Tabs from the ticked checkbox to "Merge 2 ideas"`);
    await facilitator.press('Escape');
    if ((await host.getByRole('button', { name: 'Merge 2 ideas' }).count()) > 0) {
      gaps.push('console: Escape does not close the merge form');
    } else {
      await facilitator.expectFocus('console', 'closing the merge form', 'main');
      await tickForMerge();
      await facilitator.tabTo('console', 'Merge 2 ideas', { max: 200 });
    }
    await expectAccessible(host, 'clarification with the merge form (console)');
    await screenshot(host, 'keyboard-console-merge-form');
    await facilitator.press('Enter');
    await expect.poll(() => phone.getByRole('list', { name: 'All ideas' }).getByRole('listitem').count()).toBe(5);
    await facilitator.expectFocus('console', 'Merge', 'main');

    await facilitator.tabTo('console', 'Open voting');
    await facilitator.press('Enter');
    await phone.getByRole('heading', { name: /^Rank your top/ }).waitFor();
    await facilitator.expectFocus('console', 'Open voting', 'main');
  }, 90_000);

  it('ranking: the phone picks, moves to the top, removes and submits by keyboard', async () => {
    await phaseHeadingOnDisplay('Voting');
    await screenshot(display, 'keyboard-display-voting');
    for (const number of [1, 3, 4]) {
      await ada.tabTo('phone', new RegExp(`Idea ${number}: #${number} `));
      await ada.press('Enter');
      await ada.expectFocus('phone', `picking idea ${number}`, 'main');
    }
    await ada.tabTo('phone', /^Move up: /);
    await ada.press('Enter');
    await ada.expectFocus('phone', 'moving an idea to the top', 'main');
    await screenshot(phone, 'keyboard-phone-moved-to-top');
    await ada.tabTo('phone', /^Remove from my ranking: /);
    await ada.press('Enter');
    await ada.expectFocus('phone', 'removing an idea from the ranking', 'main');
    await ada.tabTo('phone', /Idea 5: #5 /);
    await ada.press('Enter');
    await ada.tabTo('phone', 'Submit my ranking');
    await ada.press('Enter');
    await phone.getByText('Your ranking is in. You can change it until voting closes.').waitFor();
    await ada.expectFocus('phone', 'Submit my ranking', 'main');
    await expectAccessible(phone, 'ranking (phone)');

    for (const voter of voters) {
      // A voter's socket may hold a stale view (see the report: patches after a timer's expiry).
      if (voter.tracker.gaps > 0) await voter.catchUp();
      await expect
        .poll(() => `${voter.tracker.view?.phase} (gaps ${voter.tracker.gaps}, removed ${voter.tracker.removed})`, {
          timeout: 10_000,
        })
        .toMatch(/^ranking .*removed false/);
      const texts = (voter.tracker.view?.ideas ?? []).slice(0, 3).map((idea) => idea.text);
      await voter.vote(texts, 1);
    }
    await host.getByText(/^3 of 3 ballots in/).waitFor();
    await facilitator.tabTo('console', 'Close voting and show results');
    await facilitator.press('Enter');
    await host.getByRole('heading', { name: 'Now: Results' }).waitFor();
    await facilitator.expectFocus('console', 'Close voting and show results', 'main');
  }, 90_000);

  it('results: adopt, record a goal (and Escape), download, delete, all by keyboard', async () => {
    await phaseHeadingOnDisplay('Results');
    await facilitator.tabTo('console', /^Adopt \d+ goals?$/);
    await facilitator.press('Enter');
    await host
      .getByRole('button', { name: /^Save goal #/ })
      .first()
      .waitFor();
    await facilitator.expectFocus('console', 'Adopt', 'main');

    // The owner is a select: the arrow key picks the first organization (Food Bank).
    await facilitator.tabTo('console', 'Owner');
    await facilitator.press('ArrowDown');
    await facilitator.tabTo('console', 'Measurable indicator');
    await facilitator.type('12 shared events a year');
    await facilitator.tabTo('console', /^Save goal #/);
    await facilitator.press('Enter');
    await host.getByText('Still to record: target date, rationale.').first().waitFor();
    await facilitator.expectFocus('console', 'Save goal', 'main');

    await facilitator.tabTo('console', 'Measurable indicator', { back: true });
    await facilitator.retype('a draft to drop');
    await facilitator.press('Escape');
    const kept = await host.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? '');
    if (kept !== '12 shared events a year') gaps.push(`console: Escape leaves the goal form holding "${kept}"`);
    await facilitator.expectFocus('console', 'Escape in a goal form', 'main');

    // The PDF is rendered on the server: slow when the machine is busy.
    const download = host.waitForEvent('download', { timeout: 30_000 });
    await facilitator.tabTo('console', 'Download PDF');
    await facilitator.press('Enter');
    await download;
    await facilitator.expectFocus('console', 'Download PDF', 'main');
    await expectAccessible(host, 'results (console)');
    await expectAccessible(display, 'results (display)');

    await facilitator.tabTo('console', 'Delete this session…');
    await facilitator.press('Enter');
    await facilitator.tabTo('console', 'Delete for good', { back: true });
    timing.deletedAt = Date.now();
    await facilitator.press('Enter');
    await host.getByRole('heading', { level: 1, name: /^No session has the code/ }).waitFor();
    await facilitator.expectFocus('console', 'Delete', 'main');
  }, 90_000);
});

describe('where focus went', () => {
  for (const screen of ['landing', 'join', 'console', 'phone']) {
    it(`${screen}: focus is never left on <body> or outside the page's main region`, () => {
      expect(lossesOf(screen)).toEqual([]);
    });
  }

  it('Escape closes forms, the console has a skip link, the merge form is where the eye is, the projector names its phase', () => {
    expect(gaps).toEqual([]);
  });
});

describe('what a screen reader hears', () => {
  let heard: { phone: Spoken[]; console: Spoken[]; display: Spoken[] };
  beforeAll(async () => {
    heard = { phone: await spokenOn(phone), console: await spokenOn(host), display: await spokenOn(display) };
    for (const [name, lines] of Object.entries(heard)) {
      console.log(
        `${name} heard:\n${lines.map((l) => `  +${l.at - (lines[0]?.at ?? 0)}ms [${l.region}] ${l.text}`).join('\n')}`,
      );
    }
  });

  const texts = (lines: Spoken[]) => lines.map((line) => line.text);

  it('nothing is said twice in a row on any page', () => {
    expect({
      phone: saidTwiceInARow(heard.phone),
      console: saidTwiceInARow(heard.console),
      display: saidTwiceInARow(heard.display),
    }).toEqual({ phone: [], console: [], display: [] });
  });

  it('the phone hears that it joined, each phase, each revealed idea, the idea in focus and its ballot', () => {
    const said = texts(heard.phone);
    const expected = [
      /joined/i,
      /Writing ideas/,
      /Sharing/,
      /Clarifying/,
      /Voting/,
      /Results/,
      /Shared tool library/,
      /Idea 1a from Bo/,
      /Idea 2b from Cy/,
      /Now discussing idea 3/,
      /Ballot received/,
    ];
    expect(expected.filter((pattern) => !said.some((line) => pattern.test(line))).map(String)).toEqual([]);
  });

  it('the projector announces each newly revealed idea and each phase', () => {
    const said = texts(heard.display);
    const expected = [/Writing ideas/, /Sharing/, /Shared tool library/, /Idea 1a from Bo/, /Idea 2b from Cy/];
    expect(expected.filter((pattern) => !said.some((line) => pattern.test(line))).map(String)).toEqual([]);
  });

  it('the timer warns at one minute left of the 90-second timer, never for the 30-second one, and says time is up', () => {
    const warnings = heard.phone.filter((line) => /one minute/i.test(line.text));
    expect(warnings.length).toBe(1);
    const after = (warnings[0]?.at ?? 0) - (timing.warnStart ?? 0);
    expect(after).toBeGreaterThan(27_000);
    expect(after).toBeLessThan(36_000);
    const up = heard.phone.filter((line) => /time is up/i.test(line.text) && line.at > (timing.shortStart ?? 0));
    expect(up.length).toBe(1);
    expect((up[0]?.at ?? 0) - (timing.shortStart ?? 0)).toBeGreaterThan(27_000);
  });

  it('writing an idea reads once, without contradicting itself; the banner stays quiet while online', () => {
    const said = texts(heard.phone);
    expect(said.filter((line) => /none yet/.test(line))).toEqual([]);
    expect(said.filter((line) => /waiting to be sent/.test(line))).toEqual([]);
    // Until the session is deleted (then the phone loses its session, which is news).
    const banner = heard.phone.filter((line) => line.region === 'Connection' && line.at < (timing.deletedAt ?? 0));
    expect(banner.length).toBeLessThanOrEqual(2);
  });

  it('the console hears the new console, and counts summarised, never two count messages within 4 seconds', () => {
    const said = heard.console;
    expect(said.some((line) => /console/i.test(line.text))).toBe(true);
    const counts = said.filter((line) =>
      /joined|ideas? (added|written)|done writing|ballots? (in|received)/.test(line.text),
    );
    expect(counts.length).toBeGreaterThan(0);
    const bursts = counts.filter((line, i) => i > 0 && line.at - (counts[i - 1]?.at ?? 0) < 4000).map((l) => l.text);
    expect(bursts).toEqual([]);
  });

  it('ran without a page error', () => {
    expect(pageProblems).toEqual([]);
  });
});

async function phaseHeadingOnDisplay(phase: string): Promise<void> {
  await display.getByText(phase, { exact: true }).first().waitFor();
  if ((await display.getByRole('heading', { name: phase, exact: true }).count()) === 0) {
    gaps.push(`display: the current phase "${phase}" is not a heading`);
  }
}

async function tickForMerge(): Promise<void> {
  await facilitator.tabTo('console', 'Select to merge idea 1');
  await facilitator.press('Space');
  await facilitator.tabTo('console', 'Select to merge idea 2');
  await facilitator.press('Space');
}
