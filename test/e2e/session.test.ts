import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverFixture } from '../support/server-fixture.js';
import { AxeLog } from './support/axe.js';
import { CLIENT_DIR, launchBrowser, pageProblems, requireBuiltClient } from './support/browser.js';
import { E2eRoom } from './support/room.js';
import { phasesBeforeVoting } from './scenarios/before-voting.js';
import { allianceWorkshop } from './scenarios/alliance.js';
import { demoButton } from './scenarios/demo-button.js';
import type { E2eEnv } from './scenarios/env.js';
import { namedTurnsAndRoomControl } from './scenarios/named-turns.js';
import { serverRestart } from './scenarios/server-restart.js';
import { votingAndResults } from './scenarios/voting.js';

/**
 * Workshops in Chromium, as people run them, by the words on the screen: a facilitator's laptop,
 * a projector and phones go through every phase; phones reload mid-ideation and mid-ranking, one
 * goes offline, and axe-core checks each screen. One file, so the scenarios run one after another
 * on one browser instead of competing for the machine's two cores.
 */

const fixture = serverFixture('all');
const env = { axe: new AxeLog() } as E2eEnv;

beforeAll(async () => {
  requireBuiltClient();
  env.server = await fixture.start({ clientDir: CLIENT_DIR });
  env.browser = await launchBrowser();
  env.room = new E2eRoom(env.browser, env.server.url, env.axe, '');
});

afterAll(async () => {
  console.log(`axe-core results per screen:\n${env.axe.write('session')}`);
  await env.room?.close();
  await env.browser?.close();
});

describe('a whole session in the browser', () => {
  phasesBeforeVoting(env);
  votingAndResults(env);
});

describe('named turns, a locked room, a removed participant and a deleted session', () => {
  namedTurnsAndRoomControl(env);
});

describe('a server restart in the middle of a session', () => {
  serverRestart(env);
});

describe('an alliance: two organizations, two rounds, adopted goals, exports and realignment', () => {
  allianceWorkshop(env);
});

describe('the demo button', () => {
  demoButton(env);
});

describe('every page of the run', () => {
  it('ran under the Content-Security-Policy without a refusal or an uncaught error', () => {
    expect(pageProblems).toEqual([]);
  });
});
