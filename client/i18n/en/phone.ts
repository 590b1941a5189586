import type { Message } from '../types.js';
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
} satisfies Record<string, Message>;
