import { afterAll, beforeAll, describe } from 'vitest';
import { startServer, tempDataDir } from '../support/server.js';
import { AxeLog } from './support/axe.js';
import { CLIENT_DIR, launchBrowser, requireBuiltClient } from './support/browser.js';
import type { KeyboardEnv } from './scenarios/keyboard-env.js';
import { keyboardFromSharing } from './scenarios/keyboard-deciding.js';
import { focusAndSpeechChecks } from './scenarios/keyboard-heard.js';
import { keyboardToSharing } from './scenarios/keyboard-writing.js';

/**
 * A whole session by keyboard alone, as a keyboard-only facilitator and a screen reader user on a
 * phone would run it: only page.keyboard drives the pages (two more people vote over plain sockets).
 * After every action focus must be on an element, never on <body>, and in the page's main region.
 * Meanwhile every page writes down what its live regions say, and the last tests check that
 * against what a person wants to hear: once each, at the right time.
 */

const data = tempDataDir();
const k = { axe: new AxeLog(), losses: [], gaps: [], code: '', voters: [], timing: {} } as unknown as KeyboardEnv;

beforeAll(async () => {
  requireBuiltClient();
  k.server = await startServer(data.dir, { clientDir: CLIENT_DIR });
  k.browser = await launchBrowser();
});

afterAll(async () => {
  console.log(`axe-core results per screen:\n${k.axe.write('keyboard')}`);
  console.log(`focus losses:\n${k.losses.map((l) => `${l.screen}: after ${l.action}: ${l.found}`).join('\n')}`);
  console.log(`other gaps:\n${k.gaps.join('\n')}`);
  for (const voter of k.voters) voter.close();
  await k.browser?.close();
  await k.server?.stop();
  data.remove();
});

describe('a whole session by keyboard alone', () => {
  keyboardToSharing(k);
  keyboardFromSharing(k);
});

focusAndSpeechChecks(k);
