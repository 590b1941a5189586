import type { Message } from '../types.js';
import { a11y } from './a11y.js';
import { alliance } from './alliance.js';
import { common } from './common.js';
import { display } from './display.js';
import { facilitator } from './facilitator.js';
import { goals } from './goals.js';
import { landing } from './landing.js';
import { participant } from './participant.js';

/** English, the reference catalog: every key the interface uses is defined here. */
export const en = {
  ...common,
  ...landing,
  ...participant,
  ...display,
  ...facilitator,
  ...alliance,
  ...goals,
  ...a11y,
} satisfies Record<string, Message>;
