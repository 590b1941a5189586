import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { addIdea, advance, bannerSays, createSessionFromLanding, joinAs, listTexts } from '../support/actions.js';
import { screenshot } from '../support/browser.js';
import { IDEA, TITLE, type E2eEnv } from './env.js';

/** Lobby to clarification: joining, writing (with a reload and an offline phone), sharing, clarifying. */
export function phasesBeforeVoting(env: E2eEnv): void {
  it('lobby: the facilitator starts a session and three phones join', async () => {
    const landing = await env.room.open('phone');
    await landing.goto('/');
    await env.room.expectAccessible(landing, 'landing (phone)');
    await screenshot(landing, 'landing-phone');
    await landing.getByText('Settings', { exact: true }).click();
    await landing.getByLabel('Ideas each person ranks (top N)').waitFor();
    await env.room.expectAccessible(landing, 'landing with settings open (phone)');
    await screenshot(landing, 'landing-settings-phone');

    env.room.host = await env.room.open('laptop');
    env.room.code = await createSessionFromLanding(env.room.host, {
      title: TITLE,
      organizations: ['Tenants Union', 'Food Bank'],
      ballotSize: 3,
    });
    env.room.display = await env.room.open('projector');
    await env.room.display.goto(`/display/${env.room.code}`);
    await expect.poll(() => env.room.display.getByText(env.room.code, { exact: true }).count()).toBeGreaterThan(0);

    // Ada types the code from the wall: lower case, no dash.
    const ada = await env.room.addPhone('Ada');
    await ada.goto('/');
    await ada.getByLabel('Room code').fill(env.room.code.replace('-', '').toLowerCase());
    await ada.getByRole('button', { name: 'Join', exact: true }).click();
    await ada.waitForURL(`**/join/${env.room.code}`);
    await env.room.expectAccessible(ada, 'join form (phone)');
    await screenshot(ada, 'join-phone');
    await joinAs(ada, env.room.code, 'Ada', 'Tenants Union');
    // Bo and Cy scan the QR code, which opens the join link.
    await joinAs(await env.room.addPhone('Bo'), env.room.code, 'Bo', { other: 'Library Friends' });
    await joinAs(await env.room.addPhone('Cy'), env.room.code, 'Cy');

    await env.room.display.getByText('3 people have joined').waitFor();
    await env.room.host.getByRole('heading', { name: 'Participants (3)' }).waitFor();
    await expect.poll(() => env.room.host.getByText('Library Friends').count()).toBe(1);
    await env.room.expectAccessible(ada, 'lobby (phone)');
    await env.room.expectAccessible(env.room.display, 'lobby (display)');
    await env.room.expectAccessible(env.room.host, 'lobby (console)');
    await env.room.shootPhase('1-lobby', 'Ada');
  }, 90_000);

  it('ideation: phones write, edit and delete ideas; a reload and going offline lose nothing', async () => {
    const [ada, bo, cy] = ['Ada', 'Bo', 'Cy'].map((name) => env.room.phone(name)) as [Page, Page, Page];
    await advance(env.room.host, 'Start writing ideas');
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
    const framesBefore = env.room.sent.get('Bo')?.length ?? 0;
    await bo.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect
      .poll(() =>
        (env.room.sent.get('Bo') ?? []).slice(framesBefore).some((frame) => frame.includes('"participant:resume"')),
      )
      .toBe(true);

    // Cy loses the network, writes an idea anyway, and it is sent once the network is back.
    await addIdea(cy, IDEA.council);
    await cy.context().setOffline(true);
    await bannerSays(cy, /offline|Reconnecting/);
    await addIdea(cy, IDEA.calendarDuplicate);
    await cy.getByText('Waiting to be sent', { exact: true }).waitFor();
    await bannerSays(cy, /1 change kept on this device, not sent yet/);
    await screenshot(cy, '2-ideation-phone-offline');
    await env.room.expectAccessible(cy, 'ideation offline (phone)');
    await cy.context().setOffline(false);
    await bannerSays(cy, /^Connected$/);
    await expect.poll(() => cy.getByText('Waiting to be sent', { exact: true }).count()).toBe(0);
    await cy.getByRole('heading', { name: 'Your ideas (2 of 10)' }).waitFor();

    await env.room.display.getByText('6 ideas written').waitFor();
    await env.room.display.getByText('1 of 3 is done writing').waitFor();
    await env.room.display.getByText('3 participants').waitFor();
    await env.room.host.getByRole('heading', { name: 'Participants (3)' }).waitFor();

    await env.room.host.getByLabel('Minutes').fill('5');
    await env.room.host.getByRole('button', { name: 'Start timer' }).click();
    await ada.getByRole('timer').waitFor();
    await env.room.display.getByRole('timer').waitFor();
    await env.room.expectAccessible(ada, 'ideation (phone)');
    await env.room.expectAccessible(env.room.display, 'ideation (display)');
    await env.room.expectAccessible(env.room.host, 'ideation (console)');
    await env.room.shootPhase('2-ideation', 'Ada');
  }, 90_000);

  it('sharing: the facilitator reveals rounds and the list grows everywhere', async () => {
    await advance(env.room.host, 'End writing, start sharing', true);
    const ada = env.room.phone('Ada');
    await ada.getByRole('heading', { name: 'Sharing the ideas' }).waitFor();
    await env.room.host.getByRole('button', { name: 'Reveal round 1' }).click();
    await env.room.display.getByText('3 ideas shared · 3 to come').waitFor();
    await expect.poll(async () => (await listTexts(ada, 'Shared ideas')).length).toBe(3);
    await env.room.host.getByRole('button', { name: 'Reveal round 2' }).click();
    await env.room.display.getByText('6 ideas shared · 0 to come').waitFor();
    await expect.poll(async () => (await listTexts(ada, 'Shared ideas')).length).toBe(6);
    await ada.getByText('Yours shared: 2 of 2').waitFor();
    // Every idea is on the wall, numbered, without a name.
    const onWall = await listTexts(env.room.display, 'Shared ideas');
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
    // Nothing left to reveal: no greyed button stays; moving on is the next step.
    await expect.poll(() => env.room.host.getByRole('button', { name: /^Reveal round/ }).count()).toBe(0);
    await env.room.expectAccessible(ada, 'sharing (phone)');
    await env.room.expectAccessible(env.room.display, 'sharing (display)');
    await env.room.expectAccessible(env.room.host, 'sharing (console)');
    await env.room.shootPhase('3-sharing', 'Ada');
  }, 60_000);

  it('clarification: focus, reword and merge show on every screen', async () => {
    await advance(env.room.host, 'Start clarifying');
    const ada = env.room.phone('Ada');
    await ada.getByRole('heading', { name: 'Clarifying' }).waitFor();
    const ideaRow = (text: string) => env.room.host.getByRole('listitem').filter({ hasText: text });

    await ideaRow(IDEA.volunteers)
      .getByRole('button', { name: /^Focus/ })
      .click();
    await ada.getByRole('region', { name: 'Now discussing' }).getByText(IDEA.volunteers).waitFor();
    await env.room.display.getByRole('region', { name: 'Now discussing' }).getByText(IDEA.volunteers).waitFor();
    await expect
      .poll(() => ada.getByRole('listitem').filter({ hasText: IDEA.volunteers }).getAttribute('aria-current'))
      .toBe('true');

    await ideaRow(IDEA.council)
      .getByRole('button', { name: /^Reword/ })
      .click();
    await env.room.host.getByLabel(/^New wording for idea/).fill(IDEA.councilReworded);
    await env.room.host.getByRole('button', { name: 'Save wording' }).click();
    await ada.getByText(IDEA.councilReworded).waitFor();

    await ideaRow(IDEA.calendar)
      .getByRole('checkbox', { name: /^Select to merge/ })
      .check();
    await ideaRow(IDEA.calendarDuplicate)
      .getByRole('checkbox', { name: /^Select to merge/ })
      .check();
    await env.room.host.getByRole('radio', { name: new RegExp(IDEA.calendar) }).check();
    await env.room.expectAccessible(env.room.host, 'clarification with merge form (console)');
    await screenshot(env.room.host, '4-clarification-console-merge');
    await env.room.host.getByRole('button', { name: 'Merge 2 ideas' }).click();
    await expect.poll(async () => (await listTexts(ada, 'All ideas')).length).toBe(5);
    await expect
      .poll(async () => (await listTexts(env.room.display, 'All ideas')).join(' '))
      .not.toContain(IDEA.calendarDuplicate);
    await ada
      .getByRole('listitem')
      .filter({ hasText: IDEA.calendar })
      .getByText(/merged with #/)
      .waitFor();

    await env.room.expectAccessible(ada, 'clarification (phone)');
    await env.room.expectAccessible(env.room.display, 'clarification (display)');
    await env.room.expectAccessible(env.room.host, 'clarification (console)');
    await env.room.shootPhase('4-clarification', 'Ada');
  }, 60_000);
}
