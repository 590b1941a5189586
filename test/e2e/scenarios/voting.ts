import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { advance, listTexts } from '../support/actions.js';
import { screenshot } from '../support/browser.js';
import { IDEA, TITLE, type E2eEnv } from './env.js';

/** The ideas left after clarification, each as it reads now. */
const FINAL = [IDEA.calendar, IDEA.campaign, IDEA.volunteers, IDEA.fund, IDEA.councilReworded];

/** The phone's ranking, top first, as the idea texts a person reads there. */
async function rankingOf(phone: Page): Promise<string[]> {
  // Before sending, the ranking being arranged; after, the receipt of what was sent.
  const list = phone.getByRole('list', { name: /^(My ranking|The ranking you sent), best first$/ });
  const lines = await list.getByRole('listitem').allInnerTexts();
  return lines.map((line) => FINAL.find((text) => line.includes(text)) ?? line);
}

function pick(phone: Page, text: string) {
  return phone
    .getByRole('list', { name: 'Ideas to pick from' })
    .getByRole('button', { name: new RegExp(text) })
    .click();
}

/** Ranking and results: picking, reordering, reloading, changing the ballot; results and exports. */
export function votingAndResults(env: E2eEnv): void {
  it('ranking: tap to pick, reorder by buttons and keyboard, reload mid-ballot, change the ballot', async () => {
    await advance(env.room.host, 'Open voting');
    const [ada, bo, cy] = ['Ada', 'Bo', 'Cy'].map((name) => env.room.phone(name)) as [Page, Page, Page];
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
    await env.room.expectAccessible(ada, 'ranking, before submitting (phone)');
    await screenshot(ada, '5-ranking-phone-draft');
    await ada.getByRole('button', { name: 'Submit my ranking' }).click();
    await ada.getByText('Your ranking is in. You can change it until voting closes.').waitFor();
    await env.room.display.getByText('1 of 3 ballots in').waitFor();

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
    await cy.getByRole('button', { name: 'Change my ranking' }).click();
    await cy.getByRole('button', { name: `Remove from my ranking: ${IDEA.fund}` }).click();
    await cy.getByText('You have changes that are not submitted yet.').waitFor();
    await pick(cy, IDEA.campaign);
    await cy.getByRole('button', { name: 'Update my ranking' }).click();
    await cy.getByText('Your ranking is in. You can change it until voting closes.').waitFor();

    // Ada reloads after voting: her ballot comes back from the server, and she is not counted twice.
    await ada.reload();
    await expect.poll(() => rankingOf(ada)).toEqual([IDEA.calendar, IDEA.campaign, IDEA.volunteers]);
    await ada.getByText('Your ranking is in. You can change it until voting closes.').waitFor();
    await env.room.display.getByText('3 of 3 ballots in').waitFor();
    await env.room.host.getByText('3 of 3 ballots in. No tally is shown until voting closes.').waitFor();

    await env.room.expectAccessible(ada, 'ranking (phone)');
    await env.room.expectAccessible(env.room.display, 'ranking (display)');
    await env.room.expectAccessible(env.room.host, 'ranking (console)');
    await env.room.shootPhase('5-ranking', 'Cy');
  }, 90_000);

  it('results: the ranked list everywhere, exports in the console, and a reloaded console keeps control', async () => {
    await advance(env.room.host, 'Close voting and show results');
    // Rank points, top 3: calendar 3+3+2, volunteers 1+3, campaign 2+1, fund 2, council 1.
    const expected = [
      [IDEA.calendar, '8 points'],
      [IDEA.volunteers, '4 points'],
      [IDEA.campaign, '3 points'],
      [IDEA.fund, '2 points'],
      [IDEA.councilReworded, '1 point'],
    ];
    for (const page of [env.room.display, env.room.phone('Bo'), env.room.host]) {
      await page.getByRole('list', { name: 'Ideas ranked by the group' }).waitFor();
      const lines = await listTexts(page, 'Ideas ranked by the group');
      expect(lines).toHaveLength(expected.length);
      expected.forEach(([text, points], index) => {
        expect(lines[index]).toContain(text);
        expect(lines[index]).toContain(points);
      });
    }
    await env.room.display.getByText(/Top 3 rank points/).waitFor();

    await env.room.host.getByRole('heading', { name: 'Exports' }).waitFor();
    const download = env.room.host.waitForEvent('download');
    await env.room.host.getByRole('button', { name: 'Download JSON' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.json$/);

    await env.room.host.reload();
    await env.room.host.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await env.room.host.getByRole('button', { name: 'Download PDF' }).waitFor();

    // The console link carries the token in its fragment: another device opens it and is in control,
    // and the token does not stay in the address bar.
    await env.room.host.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
    await env.room.host.getByRole('button', { name: 'Copy console link' }).click();
    await env.room.host.getByText('Console link copied. Keep it private.').waitFor();
    const consoleLink = await env.room.host.evaluate(() => navigator.clipboard.readText());
    expect(consoleLink).toMatch(new RegExp(`/host/${env.room.code}#.{20,}$`));
    const otherLaptop = await env.room.open('laptop');
    await otherLaptop.goto(consoleLink);
    await otherLaptop.getByRole('button', { name: 'Download CSV' }).waitFor();
    expect(new URL(otherLaptop.url()).hash).toBe('');
    await otherLaptop.context().close();

    await env.room.expectAccessible(env.room.phone('Bo'), 'results (phone)');
    await env.room.expectAccessible(env.room.display, 'results (display)');
    await env.room.expectAccessible(env.room.host, 'results (console)');
    await env.room.shootPhase('6-results', 'Bo');

    // The same screens at the other end of the size range: a phone-sized console and projector, a wide phone page.
    await env.room.host.setViewportSize({ width: 360, height: 640 });
    await screenshot(env.room.host, '6-results-console-360');
    await env.room.display.setViewportSize({ width: 360, height: 640 });
    await screenshot(env.room.display, '6-results-display-360');
    await env.room.phone('Bo').setViewportSize({ width: 1920, height: 1080 });
    await screenshot(env.room.phone('Bo'), '6-results-phone-1920');
  }, 60_000);
}
