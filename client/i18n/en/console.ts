import type { Message } from '../types.js';
import { display } from './display.js';
import { facilitator } from './facilitator.js';
import { goals } from './goals.js';

/** English only the console and the projector show: loaded with those screens, never by phones. */
export const enConsole = {
  ...display,
  ...facilitator,
  ...goals,
} satisfies Record<string, Message>;
