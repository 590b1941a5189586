import type { Browser } from 'playwright-core';
import type { TestServer } from '../../support/server.js';
import type { AxeLog } from '../support/axe.js';
import type { E2eRoom } from '../support/room.js';

/** What every scenario shares: one server, one Chromium, one axe log; set up before the tests run. */
export interface E2eEnv {
  server: TestServer;
  browser: Browser;
  axe: AxeLog;
  /** The main workshop's pages, carried from one phase's test to the next. */
  room: E2eRoom;
}

/** The workshop's ideas, as written and as they read after clarification. */
export const IDEA = {
  calendar: 'Shared calendar for member events',
  campaign: 'Joint campaign once a year',
  volunteers: 'Pool volunteers across groups',
  fund: 'Common fund for urgent grants',
  council: 'Meet the city council together',
  councilReworded: 'Meet the city council together twice a year',
  calendarDuplicate: 'A shared calendar of member events',
};

export const TITLE = 'What should our alliance achieve by 2028?';
