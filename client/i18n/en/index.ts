import type { Message } from '../types.js';
import { enConsole } from './console.js';
import { enPhone } from './phone.js';

/** English, the reference catalog: every key the interface uses is defined here. */
export const en = {
  ...enPhone,
  ...enConsole,
} satisfies Record<string, Message>;
