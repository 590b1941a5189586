import type { Browser } from 'playwright-core';
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
});
