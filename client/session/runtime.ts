import { errorText, type MessageKey } from '../i18n/index.js';
import { getSocket } from '../socket.js';
import { appStore } from '../store/app-store.js';
import type { OutboxEntry } from '../store/outbox-slice.js';
import { saveDrafts, saveOutbox } from './device-storage.js';
import { pushNotice } from './notices.js';
import { createOutbox } from './outbox.js';
import { createSessionClient } from './session-client.js';
import { socketTransport } from './transport.js';
import { routeSocketTo } from './room-routing.js';

const RETRY_DELAY_MS = 3000;

const REFUSED_KEYS: Record<OutboxEntry['event'], MessageKey> = {
  'idea:add': 'refused.ideaAdd',
  'idea:edit': 'refused.ideaEdit',
  'idea:delete': 'refused.ideaDelete',
  'ideation:done': 'refused.done',
  'sharing:share': 'refused.share',
  'sharing:pass': 'refused.pass',
  'ballot:submit': 'refused.ballot',
  'table:choose': 'refused.chooseTable',
  'ratification:answer': 'refused.ratify',
};

const socket = getSocket();
export const transport = socketTransport(socket);

export const outbox = createOutbox({
  store: appStore,
  transport,
  onRefused: (entry, error) => {
    // The person's ranking is not lost: it becomes the draft again, unless they arranged another since.
    if (entry.event === 'ballot:submit') {
      const { ranking } = entry.payload;
      appStore.setState((state) => ({ drafts: { ...state.drafts, ranking: state.drafts.ranking ?? ranking } }));
    }
    // A table that filled up says so, rather than the generic "limit reached".
    const tableFull = entry.event === 'table:choose' && error.code === 'LIMIT_REACHED';
    const key = tableFull ? 'refused.tableFull' : REFUSED_KEYS[entry.event];
    pushNotice({ tone: 'error', key, params: { reason: errorText(error.code) } });
  },
  scheduleRetry: (flush) => setTimeout(flush, RETRY_DELAY_MS),
});

export const sessionClient = createSessionClient({
  store: appStore,
  socket,
  outbox,
  isOnline: () => navigator.onLine,
  route: (code) => routeSocketTo(socket, code),
});

/** Keeps a participant's queue and drafts on the device, so a reload or a closed tab loses nothing. */
function persistParticipantState(): void {
  appStore.subscribe((state, previous) => {
    const attachment = state.attachment;
    if (attachment?.role !== 'participant') return;
    if (state.outbox !== previous.outbox) saveOutbox(attachment.code, state.outbox);
    if (state.drafts !== previous.drafts) saveDrafts(attachment.code, state.drafts);
  });
}

let started = false;

/** Wires the socket, the device's network and visibility events, and local persistence; once per page. */
export function startRuntime(): void {
  if (started) return;
  started = true;
  sessionClient.start();
  persistParticipantState();
  window.addEventListener('offline', () => sessionClient.deviceWentOffline());
  window.addEventListener('online', () => sessionClient.resync());
  // A phone that wakes up may have missed anything: take the server's current view.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') sessionClient.resync();
  });
}
