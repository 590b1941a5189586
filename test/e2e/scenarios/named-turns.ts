import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { addIdea, advance, createSessionFromLanding, joinAs, listTexts } from '../support/actions.js';
import { screenshot } from '../support/browser.js';
import { E2eRoom } from '../support/room.js';
import type { E2eEnv } from './env.js';

/** A second session: named turns, a locked room, a removed participant, deletion. */
export function namedTurnsAndRoomControl(env: E2eEnv): void {
  let named: E2eRoom;

  it('turns: each phone shares its own idea or passes, under its name', async () => {
    named = new E2eRoom(env.browser, env.server.url, env.axe, 'named-');
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
}
