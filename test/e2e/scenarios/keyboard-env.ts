import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TestServer } from '../../support/server.js';
import type { AxeLog } from '../support/axe.js';
import { openPage } from '../support/browser.js';
import type { FocusLoss, KeyboardUser } from '../support/keyboard.js';
import { recordSpeech } from '../support/live-regions.js';
import type { ScriptedVoter } from '../support/scripted-voters.js';

/** What the keyboard session's tests share, carried from one phase's test to the next. */
export interface KeyboardEnv {
  server: TestServer;
  browser: Browser;
  axe: AxeLog;
  losses: FocusLoss[];
  /** Promises other than focus that the keyboard walk found broken (Escape, skip link, headings). */
  gaps: string[];
  host: Page;
  display: Page;
  phone: Page;
  facilitator: KeyboardUser;
  ada: KeyboardUser;
  code: string;
  /** Two more people, on plain sockets, so there are enough ballots. */
  voters: ScriptedVoter[];
  /** When each timer started, was removed, and when the session was deleted, by the test's clock. */
  timing: { warnStart?: number; shortStart?: number; removedAt?: number; deletedAt?: number };
}

export const TITLE = 'Keyboard workshop';
export const ADA_IDEAS = ['Shared tool library', 'Night bus to the hall', 'Throwaway thought'];

/** A page whose live regions are written down from its first script on. */
export async function speakingPage(k: KeyboardEnv, device: 'laptop' | 'phone' | 'projector'): Promise<Page> {
  const page = await openPage(k.browser, k.server.url, device);
  await recordSpeech(page);
  return page;
}

export function lossesOf(k: KeyboardEnv, screen: string): string[] {
  return k.losses.filter((loss) => loss.screen === screen).map((loss) => `after ${loss.action}: ${loss.found}`);
}

export async function expectAccessible(k: KeyboardEnv, page: Page, screen: string): Promise<void> {
  const bad = await k.axe.check(page, `keyboard: ${screen}`);
  expect(bad, `${screen}: ${JSON.stringify(bad, null, 2)}`).toEqual([]);
}

export async function phaseHeadingOnDisplay(k: KeyboardEnv, phase: string): Promise<void> {
  await k.display.getByText(phase, { exact: true }).first().waitFor();
  if ((await k.display.getByRole('heading', { name: phase, exact: true }).count()) === 0) {
    k.gaps.push(`display: the current phase "${phase}" is not a heading`);
  }
}

export async function tickForMerge(k: KeyboardEnv): Promise<void> {
  await k.facilitator.tabTo('console', 'Select to merge idea 1');
  await k.facilitator.press('Space');
  // One ticked: the console says, beside it, what a second tick does.
  if ((await k.host.getByText('Tick one more idea to merge it with this one.').count()) !== 1) {
    k.gaps.push('console: ticking one idea for a merge says nothing beside it');
  }
  await k.facilitator.tabTo('console', 'Select to merge idea 2');
  await k.facilitator.press('Space');
}

/** Starts a timer of `minutes` from the console by keyboard; returns when, by the test's clock. */
export async function startTimerByKeyboard(k: KeyboardEnv, minutes: string, button: string): Promise<number> {
  await k.facilitator.tabTo('console', 'Minutes');
  await k.facilitator.retype(minutes);
  await k.facilitator.press('Enter');
  const started = Date.now();
  await k.phone.getByRole('timer').waitFor();
  await k.facilitator.expectFocus('console', button, 'main');
  return started;
}

/**
 * Opens an in-place form with `opener`, types into it and presses Escape: the form must close
 * (a gap is written down if it stays, then it is cancelled) and focus must stay in the page.
 */
export async function escapeCloses(
  k: KeyboardEnv,
  user: KeyboardUser,
  screen: string,
  form: { opener: string; typed: string; stillOpen: Locator; what: string; action: string },
): Promise<void> {
  await user.tabTo(screen, form.opener);
  await user.press('Enter');
  await user.type(form.typed);
  await user.press('Escape');
  if ((await form.stillOpen.count()) > 0) {
    k.gaps.push(`${screen}: Escape does not close ${form.what}`);
    await user.tabTo(screen, 'Cancel');
    await user.press('Enter');
  }
  await user.expectFocus(screen, form.action, 'main');
}
