import type { FacilitatorView } from '../../../shared/session/views.js';
import { QrCode } from '../../components/QrCode.js';
import { useT } from '../../i18n/index.js';
import { steer } from '../../session/facilitator-actions.js';
import { pushNotice } from '../../session/notices.js';
import { useAppStore } from '../../store/app-store.js';
import { DeleteSession } from './DeleteSession.js';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** How people get in (code, link, QR), the projector link, the console link for another device, and the lock. */
export function RoomPanel({ view }: { view: FacilitatorView }) {
  const t = useT();
  const token = useAppStore((state) => (state.attachment?.role === 'facilitator' ? state.attachment.token : ''));
  const origin = window.location.origin;
  const joinUrl = `${origin}/join/${view.displayCode}`;
  const displayPath = `/display/${view.displayCode}`;
  // The token rides in the fragment, which browsers never send to the server.
  const consoleUrl = `${origin}/host/${view.displayCode}#${encodeURIComponent(token)}`;

  async function copyLink(url: string, done: 'host.copied.join' | 'host.copied.console') {
    const ok = await copy(url);
    pushNotice(ok ? { tone: 'info', key: done } : { tone: 'error', key: 'host.copyFailed', params: { url } });
  }

  return (
    <section className="card room" aria-labelledby="room-heading">
      <h2 id="room-heading">{t('host.room.heading')}</h2>
      <p className="room__code">{view.displayCode}</p>
      <div className="room__qr">
        <QrCode url={joinUrl} size={132} label={t('display.qrLabel', { url: joinUrl })} />
        <p className="room__link">{joinUrl}</p>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button--small"
          onClick={() => void copyLink(joinUrl, 'host.copied.join')}
        >
          {t('host.room.copyJoin')}
        </button>
        <a className="button button--small" href={displayPath} target="_blank" rel="noopener">
          {t('host.room.openDisplay')}
          <span className="visually-hidden"> {t('host.room.newTab')}</span>
        </a>
        <button
          type="button"
          className="button button--small"
          onClick={() => void copyLink(consoleUrl, 'host.copied.console')}
        >
          {t('host.room.copyConsole')}
        </button>
      </div>
      <p className="field__hint">{t('host.room.consoleHint')}</p>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={view.locked}
          onChange={() => void steer('room:lock', { locked: !view.locked })}
        />
        <span>{t('host.room.lock')}</span>
      </label>
      <p className="field__hint">{view.locked ? t('host.room.lockedHint') : t('host.room.unlockedHint')}</p>
      <DeleteSession />
    </section>
  );
}
