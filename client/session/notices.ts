import { appStore, type AppStore } from '../store/app-store.js';
import type { Notice } from '../store/notices-slice.js';

const SHOW_INFO_MS = 6000;
const MAX_NOTICES = 3;
let nextId = 1;

/** Shows a notice; information fades by itself, errors stay until dismissed. */
export function pushNotice(notice: Omit<Notice, 'id'>, store: AppStore = appStore): number {
  const id = nextId++;
  store.setState((state) => ({ notices: [...state.notices, { ...notice, id }].slice(-MAX_NOTICES) }));
  if (notice.tone === 'info') setTimeout(() => dismissNotice(id, store), SHOW_INFO_MS);
  return id;
}

export function dismissNotice(id: number, store: AppStore = appStore): void {
  store.setState((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) }));
}
