import { useAppStore } from '../store/app-store.js';
import { useT, type MessageKey } from '../i18n/index.js';
import type { Attachment, ConnectionStatus } from '../store/connection-slice.js';
import { useOnline, usePersistent } from './hooks.js';

type Role = Attachment['role'] | 'none';

/** What is kept while the connection is down, said per role so nobody worries about lost work. */
const KEPT: Record<Role, MessageKey> = {
  participant: 'connection.kept.participant',
  facilitator: 'connection.kept.facilitator',
  display: 'connection.kept.display',
  none: 'connection.kept.none',
};

const STATUS: Record<ConnectionStatus, MessageKey> = {
  connecting: 'connection.connecting',
  connected: 'connection.connected',
  reconnecting: 'connection.reconnecting',
  offline: 'connection.offline',
};

const QUEUE_NEWS_AFTER_MS = 2000;

/** The state of the connection on every screen: connected, reconnecting or offline, and what is kept. */
export function ConnectionBanner() {
  const t = useT();
  const online = useOnline();
  const status = useAppStore((state) => state.status);
  const role = useAppStore((state): Role => state.attachment?.role ?? 'none');
  const waiting = useAppStore((state) => state.outbox.length);
  // The banner is a live region: an action sent and answered within a moment is not news, a
  // queue that stays is.
  const queued = usePersistent(waiting > 0, QUEUE_NEWS_AFTER_MS);
  // Screens without a session (the landing page) only depend on the device's own network.
  const shown: ConnectionStatus = role === 'none' ? (online ? 'connected' : 'offline') : status;
  const troubled = shown === 'reconnecting' || shown === 'offline';
  return (
    <div className={`connection connection--${shown}`} role="status" aria-label={t('connection.label')}>
      <span className="connection__dot" aria-hidden="true" />
      <span className="connection__status">{t(STATUS[shown])}</span>
      {troubled && <span className="connection__kept">{t(KEPT[role])}</span>}
      {queued && waiting > 0 && (
        <span className="connection__waiting">{t('connection.waiting', { count: waiting })}</span>
      )}
    </div>
  );
}
