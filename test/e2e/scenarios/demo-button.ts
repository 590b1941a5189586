import { expect, it } from 'vitest';
import { advance, listTexts } from '../support/actions.js';
import { screenshot } from '../support/browser.js';
import type { E2eEnv } from './env.js';

/** The landing page's demo: simulated participants in the tab carry a session for one person. */
export function demoButton(env: E2eEnv): void {
  it('starts a session whose simulated participants write, share and vote while one person runs it', async () => {
    const host = await env.room.open('laptop');
    await host.goto('/');
    await host.getByRole('button', { name: 'Start a demo' }).click();
    await host.getByRole('heading', { name: 'Participants (4)' }).waitFor();
    // A projector with a fuller list than the main scenario's, to see that it still fits the wall.
    const display = await env.room.open('projector');
    await display.goto(host.url().replace('/host/', '/display/'));
    await advance(host, 'Start writing ideas');
    await host.getByText('4 of 4 done writing · 12 ideas written.').waitFor({ timeout: 20_000 });
    await advance(host, 'End writing, start sharing');
    for (const round of [1, 2, 3]) await host.getByRole('button', { name: `Reveal round ${round}` }).click();
    await display.getByText('12 ideas shared · 0 to come').waitFor();
    await screenshot(display, 'demo-sharing-display');
    await advance(host, 'Start clarifying');
    await advance(host, 'Open voting');
    await host.getByText('4 of 4 ballots in. No tally is shown until voting closes.').waitFor({ timeout: 20_000 });
    await advance(host, 'Close voting and show results');
    await host.getByText('Results from 4 ballots.').waitFor();
    const all = await listTexts(host, 'Ideas ranked by the group');
    expect(all).toHaveLength(12);
    // The wall shows at most ten, and only ideas someone ranked; the console and the exports have them all.
    const ranked = all.filter((line) => !/(^|\D)0 points/.test(line)).length;
    await expect
      .poll(async () => (await listTexts(display, 'Ideas ranked by the group')).length)
      .toBe(Math.min(10, ranked));
    await screenshot(display, 'demo-results-display');
    await display.context().close();
    await host.context().close();
  }, 90_000);
}
