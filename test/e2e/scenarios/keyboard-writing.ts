import { expect, it } from 'vitest';
import { screenshot } from '../support/browser.js';
import { KeyboardUser } from '../support/keyboard.js';
import { spokenOn } from '../support/live-regions.js';
import { ScriptedVoter } from '../support/scripted-voters.js';
import {
  ADA_IDEAS,
  expectAccessible,
  phaseHeadingOnDisplay,
  speakingPage,
  TITLE,
  type KeyboardEnv,
} from './keyboard-env.js';

/** By keyboard alone: creating the session, joining, writing ideas, and two timers. */
export function keyboardToSharing(k: KeyboardEnv): void {
  it('landing: the facilitator creates a session from the keyboard; the console has a skip link', async () => {
    k.host = await speakingPage(k, 'laptop');
    k.facilitator = new KeyboardUser(k.host, k.losses);
    await k.host.goto('/');
    await k.facilitator.tabTo('landing', 'Question or title');
    await k.facilitator.type(TITLE);
    await k.facilitator.tabTo('landing', 'Create session');
    await k.facilitator.press('Enter');
    await k.host.waitForURL(/\/host\/[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await k.host.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await k.facilitator.expectFocus('landing', 'Create session', 'main');
    k.code = new URL(k.host.url()).pathname.split('/')[2] as string;

    // A reloaded console: the first Tab offers to skip the header and the steps.
    await k.host.reload();
    await k.host.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await k.facilitator.press('Tab');
    await screenshot(k.host, 'keyboard-console-skip-link');
    const first = await k.facilitator.focused();
    if (!first || !/^Skip to/.test(first.name))
      k.gaps.push(`console: the first Tab reaches ${first?.name ?? '<body>'}, no skip link`);
    else {
      await k.facilitator.press('Enter');
      const after = await k.facilitator.expectFocus('console', 'the skip link', 'main');
      if (after && !/^Now:/.test(after.name)) k.gaps.push(`console: the skip link leads to "${after.name}"`);
    }
    await expectAccessible(k, k.host, 'console (lobby)');
  }, 60_000);

  it('join: a phone joins from the keyboard; two more people join over sockets', async () => {
    k.display = await speakingPage(k, 'projector');
    await k.display.goto(`/display/${k.code}`);
    k.phone = await speakingPage(k, 'phone');
    k.ada = new KeyboardUser(k.phone, k.losses);
    await k.phone.goto(`/join/${k.code}`);
    await k.ada.tabTo('join', 'Your name');
    await k.ada.type('Ada');
    await k.ada.activate('join', 'Join the session', () =>
      k.phone.getByRole('heading', { name: 'You are in' }).waitFor(),
    );
    for (const name of ['Bo', 'Cy']) k.voters.push(await ScriptedVoter.join(k.server.url, k.code, name, 'Food Bank'));
    await k.host.getByRole('heading', { name: 'Participants (3)' }).waitFor();
    await expectAccessible(k, k.phone, 'lobby (phone)');
  }, 60_000);

  it('ideation: timers, and a phone writes, edits, cancels and deletes by keyboard', async () => {
    await k.facilitator.activate('console', 'Start writing ideas', () =>
      k.phone.getByRole('heading', { name: 'Write your ideas' }).waitFor(),
    );
    await phaseHeadingOnDisplay(k, 'Writing ideas');

    await k.facilitator.tabTo('console', 'Minutes');
    await k.facilitator.retype('1.5');
    await k.facilitator.press('Enter');
    k.timing.warnStart = Date.now();
    await k.phone.getByRole('timer').waitFor();
    await k.facilitator.expectFocus('console', 'Start timer (90 s)', 'main');

    for (const text of ADA_IDEAS) {
      await k.ada.tabTo('phone', 'New idea');
      await k.ada.type(text);
      await k.ada.press('Enter');
      await k.phone.getByRole('listitem').filter({ hasText: text }).waitFor();
      await k.ada.expectFocus('phone', 'adding an idea', 'main');
    }
    await k.ada.tabTo('phone', 'Edit idea 2');
    await k.ada.press('Enter');
    await k.phone.getByRole('textbox', { name: 'Edit idea 2' }).waitFor();
    await k.ada.retype('Night bus to the town hall');
    await k.ada.activate('phone', 'Save', () => k.phone.getByText('Night bus to the town hall').waitFor(), {
      action: 'saving an idea edit',
    });

    await k.ada.tabTo('phone', 'Edit idea 1');
    await k.ada.press('Enter');
    await k.ada.type(' (half a thought)');
    await k.ada.press('Escape');
    if ((await k.phone.getByRole('textbox', { name: 'Edit idea 1' }).count()) > 0) {
      k.gaps.push('phone: Escape does not close the idea editor');
      await k.ada.tabTo('phone', 'Cancel');
      await k.ada.press('Enter');
    }
    await k.ada.expectFocus('phone', 'cancelling an idea edit', 'main');
    expect(await k.phone.getByText('(half a thought)').count()).toBe(0);

    await k.ada.tabTo('phone', 'Delete idea 3');
    await k.ada.press('Enter');
    await k.ada.activate(
      'phone',
      'Yes, delete',
      () => expect.poll(() => k.phone.getByText(ADA_IDEAS[2] as string).count()).toBe(0),
      { action: 'deleting an idea', back: true },
    );
    await k.ada.tabTo('phone', 'I have finished writing');
    await k.ada.press('Space');
    await k.ada.expectFocus('phone', 'I have finished writing', 'main');

    for (const [index, voter] of k.voters.entries()) {
      await voter.addIdea(`Idea ${index + 1}a from ${voter.name}`);
      await voter.addIdea(`Idea ${index + 1}b from ${voter.name}`);
    }
    await expectAccessible(k, k.phone, 'ideation (phone)');
    await expectAccessible(k, k.host, 'ideation (console)');
  }, 90_000);

  it('ideation: the one-minute warning comes when one minute is left; removing the timer takes its words away', async () => {
    await expect
      .poll(async () => (await spokenOn(k.phone)).some((line) => /one minute/i.test(line.text)), { timeout: 45_000 })
      .toBe(true);
    await k.facilitator.tabTo('console', 'Remove timer');
    await k.facilitator.press('Enter');
    await expect.poll(() => k.phone.getByRole('timer').count()).toBe(0);
    k.timing.removedAt = Date.now();
    await k.facilitator.expectFocus('console', 'Remove timer', 'main');
    await k.phone.waitForTimeout(1000);
    for (const [name, page] of [
      ['phone', k.phone],
      ['console', k.host],
      ['display', k.display],
    ] as const) {
      const text = await page.evaluate(() => document.body.textContent ?? '');
      if (/one minute left/i.test(text))
        k.gaps.push(`${name}: "One minute left." is still on the page after the timer was removed`);
    }
  }, 60_000);

  it('ideation: a 30-second timer says nothing of a minute, then time is up and sharing starts', async () => {
    await k.facilitator.tabTo('console', 'Minutes');
    await k.facilitator.retype('0.5');
    await k.facilitator.press('Enter');
    k.timing.shortStart = Date.now();
    await k.phone.getByRole('timer').waitFor();
    await k.facilitator.expectFocus('console', 'Start timer (30 s)', 'main');
    await k.phone.getByRole('heading', { name: 'Sharing the ideas' }).waitFor({ timeout: 45_000 });
    await k.host.getByRole('heading', { name: 'Now: Sharing' }).waitFor();
    await k.facilitator.expectFocus('console', 'the timer moving the session on', 'main');
  }, 60_000);
}
