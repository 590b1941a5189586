import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { addIdea, advance, joinAs, listTexts } from '../support/actions.js';
import { screenshot } from '../support/browser.js';
import { E2eRoom } from '../support/room.js';
import { ScriptedVoter } from '../support/scripted-voters.js';
import type { E2eEnv } from './env.js';
import {
  ALLIANCE_TITLE,
  BALLOTS,
  FINAL_ORDER,
  FOOD_BANK,
  GOAL_IDEA,
  TENANTS,
  voteOnPhone,
  type AllianceRun,
} from './alliance-env.js';
import { adoptAndRecordGoals, checkExports, goalsLeadTheReports, startRealignment } from './alliance-goals.js';

/** What one alliance workshop carries from test to test. */
/** Lines of a ranked list reduced to the idea texts, top first. */
async function rankedTexts(page: Page, list: string): Promise<string[]> {
  const lines = await listTexts(page, list);
  return lines.map((line) => Object.values(GOAL_IDEA).find((text) => line.includes(text)) ?? line);
}

/** Creates the session from the landing page with every alliance setting chosen in the form. */
async function createAllianceSession(room: E2eRoom): Promise<{ code: string; token: string }> {
  const host = room.host;
  await host.goto('/');
  await host.getByLabel('Question or title').fill(ALLIANCE_TITLE);
  await host.getByLabel('Member organizations (optional)').fill(`${TENANTS}\n${FOOD_BANK}`);
  await host.getByText('Settings', { exact: true }).click();
  await host.getByLabel('Ideas each person ranks (top N)').fill('3');
  await host.getByRole('radio', { name: /Each organization weighs the same/ }).check();
  await host.getByRole('checkbox', { name: /Vote twice/ }).check();
  await host.getByRole('radio', { name: /Adopt the top ideas/ }).check();
  await host.getByLabel('How many top ideas').fill('2');
  await host.getByLabel('Common ground: the top how many of every organization').fill('3');
  await room.expectAccessible(host, 'landing with alliance settings (laptop)');
  await screenshot(host, 'alliance-0-settings-laptop');
  const created = host.waitForResponse((r) => r.url().endsWith('/api/sessions') && r.request().method() === 'POST');
  // Enter in the title submits the form, as a keyboard user would. (A click right after the
  // full-page screenshot can land while Chromium restores the viewport and scrolls the page.)
  await host.getByLabel('Question or title').press('Enter');
  const body = (await (await created).json()) as {
    ok: boolean;
    value: { displayCode: string; facilitatorToken: string };
  };
  expect(body.ok).toBe(true);
  await host.getByRole('heading', { level: 1, name: ALLIANCE_TITLE }).waitFor();
  return { code: body.value.displayCode, token: body.value.facilitatorToken };
}

/** Two rounds, two organizations of 4 and 3 people weighed the same, goals adopted, exports, realignment. */
export function allianceWorkshop(env: E2eEnv): void {
  const run = {} as AllianceRun;

  it('set-up and ideas: two organizations of different sizes join; weighting, two rounds and the rule are set', async () => {
    const room = new E2eRoom(env.browser, env.server.url, env.axe, 'alliance-');
    run.room = room;
    room.host = await room.open('laptop');
    const created = await createAllianceSession(room);
    room.code = created.code;
    run.token = created.token;
    room.display = await room.open('projector');
    await room.display.goto(`/display/${room.code}`);
    await joinAs(await room.addPhone('Ana'), room.code, 'Ana', TENANTS);
    await joinAs(await room.addPhone('Ben'), room.code, 'Ben', FOOD_BANK);
    run.tenants = await Promise.all(
      ['Tomás', 'Uma', 'Vic'].map((name) => ScriptedVoter.join(env.server.url, room.code, name, TENANTS)),
    );
    run.foodBank = await Promise.all(
      ['Wes', 'Xia'].map((name) => ScriptedVoter.join(env.server.url, room.code, name, FOOD_BANK)),
    );
    await room.display.getByText('7 people have joined').waitFor();

    await advance(room.host, 'Start writing ideas');
    const [ana, ben] = [room.phone('Ana'), room.phone('Ben')];
    await addIdea(ana, GOAL_IDEA.calendar);
    await addIdea(ana, GOAL_IDEA.campaign);
    await addIdea(ben, GOAL_IDEA.fund);
    await run.tenants[0]?.addIdea(GOAL_IDEA.volunteers);
    await run.foodBank[0]?.addIdea(GOAL_IDEA.council);
    await room.display.getByText('5 ideas written').waitFor();
    await advance(room.host, 'End writing, start sharing', true);
    await advance(room.host, 'Start clarifying', true);
    await room.host.getByRole('heading', { name: 'All ideas (5)' }).waitFor();
  }, 90_000);

  it('preliminary vote, then the discussion: the preliminary order and the most split ideas', async () => {
    const { room } = run;
    await room.host.getByRole('button', { name: 'Open voting', exact: true }).click();
    await voteOnPhone(room.phone('Ana'), BALLOTS.preliminary.ana);
    await voteOnPhone(room.phone('Ben'), BALLOTS.preliminary.ben);
    await Promise.all([
      ...run.tenants.map((voter, i) => voter.vote(BALLOTS.preliminary.tenants[i] ?? [], 1)),
      ...run.foodBank.map((voter, i) => voter.vote(BALLOTS.preliminary.foodBank[i] ?? [], 1)),
    ]);
    await room.host.getByText('7 of 7 ballots in. No tally is shown until voting closes.').waitFor();
    await advance(room.host, 'Close the preliminary vote and discuss it');

    await room.display.getByRole('heading', { name: 'Most split votes' }).waitFor();
    await room.display.getByText(/Placed high by some, low or not at all by others/).waitFor();
    expect(await listTexts(room.display, 'Ideas with the most split votes')).not.toHaveLength(0);
    expect(await rankedTexts(room.display, 'Ideas ranked by the group')).toEqual([
      GOAL_IDEA.campaign,
      GOAL_IDEA.volunteers,
      GOAL_IDEA.fund,
      GOAL_IDEA.council,
      GOAL_IDEA.calendar,
    ]);
    const ana = room.phone('Ana');
    await ana.getByRole('heading', { name: 'Discussing the vote' }).waitFor();
    expect((await listTexts(ana, 'Preliminary order'))[0]).toContain(GOAL_IDEA.campaign);
    await room.host.getByRole('heading', { name: 'Most split votes' }).waitFor();
    await room.host.getByText('Preliminary vote from 7 ballots. The final vote starts with no ballots.').waitFor();

    await room.expectAccessible(ana, 'discussion (phone)');
    await room.expectAccessible(room.display, 'discussion (display)');
    await room.expectAccessible(room.host, 'discussion (console)');
    await room.shootPhase('1-discussion', 'Ana');
  }, 90_000);

  it('final vote and results: weighting stated, movement between rounds, agreement, organizations, common ground', async () => {
    const { room } = run;
    await advance(room.host, 'Open the final vote');
    const ana = room.phone('Ana');
    await ana.getByRole('heading', { name: 'Final vote: rank your top 3' }).waitFor();
    await voteOnPhone(ana, BALLOTS.final.ana);
    await voteOnPhone(room.phone('Ben'), BALLOTS.final.ben);
    await Promise.all([
      ...run.tenants.map((voter, i) => voter.vote(BALLOTS.final.tenants[i] ?? [], 2)),
      ...run.foodBank.map((voter, i) => voter.vote(BALLOTS.final.foodBank[i] ?? [], 2)),
    ]);
    await room.host.getByText('7 of 7 ballots in. No tally is shown until voting closes.').waitFor();
    await advance(room.host, 'Close voting and show results');

    for (const page of [room.display, ana, room.host]) {
      await page.getByRole('list', { name: 'Ideas ranked by the group' }).first().waitFor();
      expect(await rankedTexts(page, 'Ideas ranked by the group')).toEqual(FINAL_ORDER);
      const lines = await listTexts(page, 'Ideas ranked by the group');
      expect(lines[0]).toContain('up 4 places since the preliminary vote (was 5)');
      expect(lines[4]).toContain('down 3 places since the preliminary vote (was 2)');
      await page
        .getByText(/Each organization weighs the same, however many people it sent/)
        .first()
        .waitFor();
      await page
        .getByText(/Preliminary vote: \S+ agreement \(Kendall’s W = \d\.\d\d\)/)
        .first()
        .waitFor();
      await page
        .getByText(/Final vote: \S+ agreement \(Kendall’s W = \d\.\d\d\)/)
        .first()
        .waitFor();
      const common = await listTexts(page, 'Ideas that are common ground');
      expect(common).toHaveLength(1);
      expect(common[0]).toContain(GOAL_IDEA.calendar);
    }
    // Both organizations have at least 3 ballots, so both are shown, in name order, with their sizes.
    for (const page of [room.display, ana, room.host]) {
      const orgs = await page
        .getByRole('list', { name: 'Results of each organization' })
        .locator(':scope > li')
        .allInnerTexts();
      expect(orgs).toHaveLength(2);
      expect(orgs[0]).toMatch(new RegExp(`^${FOOD_BANK} 3 ballots`));
      expect(orgs[1]).toMatch(new RegExp(`^${TENANTS} 4 ballots`));
      // Food Bank's own order puts the fund first, unlike the group's: it reads as not close.
      expect(orgs[0]).toMatch(/Order compared with the whole group: (partly alike|different)/);
    }
    await room.expectAccessible(ana, 'results with organizations (phone)');
    await room.expectAccessible(room.display, 'results with organizations (display)');
    await room.expectAccessible(room.host, 'results with goals to adopt (console)');
    await room.shootPhase('2-results', 'Ana');
  }, 90_000);

  it('goals: the rule proposes, the facilitator adopts, amends and records owners; everyone sees them', async () => {
    await adoptAndRecordGoals(run);
  }, 90_000);

  it('exports: the JSON carries the goals in order with owners and dates; the PDF has every goal and owner', async () => {
    await checkExports(run, env.server.url);
  }, 60_000);

  it('exports: the adopted goals lead the PDF and the Markdown, before the ranked ideas', async () => {
    await goalsLeadTheReports(run, env.server.url);
  }, 60_000);

  it('realignment: a new session starts from the adopted goals, marked as carried over, and shows how they moved', async () => {
    await startRealignment(run, env.server.url);
    for (const voter of [...run.tenants, ...run.foodBank]) voter.close();
  }, 60_000);
}
