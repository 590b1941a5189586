import type { Message } from '../types.js';
import { a11y } from './a11y.js';
import { alliance } from './alliance.js';
import { common } from './common.js';
import { landing } from './landing.js';
import { participant } from './participant.js';

/** English for every screen a phone shows (and the landing page): loaded with the app itself. */
export const enPhone = {
  ...common,
  ...landing,
  ...participant,
  ...alliance,
  ...a11y,
} satisfies Record<string, Message>;
