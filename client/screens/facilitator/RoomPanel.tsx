import type { FacilitatorView } from '../../../shared/session/views.js';
import { QrCode } from '../../components/QrCode.js';
import { useState, type ReactNode } from 'react';
import { LanguageSelect } from '../../components/LanguageSelect.js';
import { currentLocale, useT, type MessageKey } from '../../i18n/index.js';
import { steer } from '../../session/facilitator-actions.js';
import { pushNotice } from '../../session/notices.js';
import { useAppStore } from '../../store/app-store.js';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copies a link and says so; if the clipboard refuses, the notice shows the link to copy by hand. */
function CopyLinkButton({ url, done, children }: { url: string; done: MessageKey; children: ReactNode }) {
  async function copyLink() {
    const ok = await copy(url);
    pushNotice(ok ? { tone: 'info', key: done } : { tone: 'error', key: 'host.copyFailed', params: { url } });
  }
  return (
    <button type="button" className="button button--small" onClick={() => void copyLink()}>
      {children}
    </button>
  );
}

/** How people get in (code, link, QR), the projector link, the console link for another device, and the lock. */
export function RoomPanel({ view }: { view: FacilitatorView }) {
  const t = useT();
  const token = useAppStore((state) => (state.attachment?.role === 'facilitator' ? state.attachment.token : ''));
  const origin = window.location.origin;
  const joinUrl = `${origin}/join/${view.displayCode}`;
  // The projector's language travels in its link, so a projector tab in this same browser never
  // takes the console's own stored choice (client/i18n/languages.ts).
  const [displayLanguage, setDisplayLanguage] = useState(currentLocale);
  const displayPath = `/display/${view.displayCode}?lang=${displayLanguage}`;
  // The token rides in the fragment, which browsers never send to the server.
  const consoleUrl = `${origin}/host/${view.displayCode}#${encodeURIComponent(token)}`;

  return (
    <section className="card room" aria-labelledby="room-heading">
      <h2 id="room-heading">{t('host.room.heading')}</h2>
      <p className="room__code">{view.displayCode}</p>
      <div className="room__qr">
        <QrCode url={joinUrl} size={132} label={t('display.qrLabel', { url: joinUrl })} />
        <p className="room__link">
          <bdi dir="ltr">{joinUrl}</bdi>
        </p>
      </div>
      <div className="button-row">
        <CopyLinkButton url={joinUrl} done="host.copied.join">
          {t('host.room.copyJoin')}
        </CopyLinkButton>
        <a className="button button--small" href={displayPath} target="_blank" rel="noopener">
          {t('host.room.openDisplay')}
          <span className="visually-hidden"> {t('host.room.newTab')}</span>
        </a>
        <CopyLinkButton url={consoleUrl} done="host.copied.console">
          {t('host.room.copyConsole')}
        </CopyLinkButton>
      </div>
      <p className="field__hint">{t('host.room.consoleHint')}</p>
      <LanguageSelect label={t('host.room.displayLanguage')} value={displayLanguage} onChange={setDisplayLanguage} />
      <p className="field__hint">{t('host.room.displayLanguageHint')}</p>
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
    </section>
  );
}
