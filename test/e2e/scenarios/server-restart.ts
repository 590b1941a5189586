import { expect, it } from 'vitest';
import { tempDataDir } from '../../support/server.js';
import { addIdea, advance, bannerSays, createSessionFromLanding, joinAs } from '../support/actions.js';
import { screenshot } from '../support/browser.js';
import { freePort, startOnPort } from '../support/fixed-port-server.js';
import { E2eRoom } from '../support/room.js';
import type { E2eEnv } from './env.js';

/** The server restarts mid-session: phones and the console say so, keep what is typed, and come back. */
export function serverRestart(env: E2eEnv): void {
  it('a restart: the banner says what is kept, and everyone is back where they were', async () => {
    const data = tempDataDir();
    const port = await freePort();
    let server = await startOnPort(data.dir, port);
    const room = new E2eRoom(env.browser, server.url, env.axe, 'restart-');
    try {
      room.host = await room.open('laptop');
      room.code = await createSessionFromLanding(room.host, { title: 'Restart drill' });
      const phone = await room.addPhone('Gus');
      await joinAs(phone, room.code, 'Gus');
      await advance(room.host, 'Start writing ideas');
      await addIdea(phone, 'Written before the restart');

      await server.stop();
      await bannerSays(phone, /Connection lost\. Reconnecting…\s*What you write stays on this phone/);
      await bannerSays(room.host, /Connection lost\. Reconnecting…\s*The session keeps running on the server/);
      await addIdea(phone, 'Written while the server was away');
      await bannerSays(phone, /1 change kept on this device, not sent yet/);
      await room.expectAccessible(phone, 'reconnecting (phone)');
      await screenshot(phone, 'restart-reconnecting-phone');

      server = await startOnPort(data.dir, port);
      await bannerSays(phone, /^Connected$/);
      await bannerSays(room.host, /^Connected$/);
      await phone.getByRole('heading', { name: 'Your ideas (2 of 10)' }).waitFor();
      await room.host.getByText('0 of 1 done writing · 2 ideas written.').waitFor();
      await room.host.getByRole('heading', { name: 'Participants (1)' }).waitFor();
      expect(await phone.getByText('Waiting to be sent', { exact: true }).count()).toBe(0);
    } finally {
      await room.close();
      await server.stop();
      data.remove();
    }
  }, 60_000);
}
