import type { MessageKey } from '../i18n/index.js';
import type { MessageParams } from '../i18n/index.js';

/** Something the person should read: an action the server refused, a copied link. */
export interface Notice {
  id: number;
  tone: 'info' | 'error';
  key: MessageKey;
  params?: MessageParams;
}

export interface NoticesSlice {
  notices: Notice[];
}

export const initialNotices: NoticesSlice = { notices: [] };
