import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { initialConnection, type ConnectionSlice } from './connection-slice.js';
import { initialDrafts, type DraftsSlice } from './drafts-slice.js';
import { initialNotices, type NoticesSlice } from './notices-slice.js';
import { initialOutbox, type OutboxSlice } from './outbox-slice.js';
import { initialViews, type ViewsSlice } from './views-slice.js';

/** The client's whole state: one store made of slices. Views are replaced wholesale by the server. */
export type AppState = ConnectionSlice & ViewsSlice & OutboxSlice & DraftsSlice & NoticesSlice;
export type AppStore = StoreApi<AppState>;

/** A fresh store; the app uses one, tests make their own. */
export function createAppStore(initial: Partial<AppState> = {}): AppStore {
  return createStore<AppState>()(() => ({
    ...initialConnection,
    ...initialViews,
    ...initialOutbox,
    ...initialDrafts,
    ...initialNotices,
    ...initial,
  }));
}

export const appStore = createAppStore();

/** Reads the app store through a selector (wrap object results in useShallow). */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
