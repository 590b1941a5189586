import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n/index.js';
import { dismissNotice } from '../session/notices.js';
import { useAppStore } from '../store/app-store.js';

/** Refusals and confirmations; errors are alerts, the rest are polite status messages. */
export function NoticeList() {
  const t = useT();
  const notices = useAppStore(useShallow((state) => state.notices));
  const announcement = useAppStore((state) => state.announcement);
  return (
    <>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement ? <span key={announcement.id}>{announcement.text}</span> : null}
      </div>
      <div className="notices" role="region" aria-label={t('notices.label')}>
        {notices.map((notice) => (
          <div
            key={notice.id}
            className={`notice notice--${notice.tone}`}
            role={notice.tone === 'error' ? 'alert' : 'status'}
          >
            <span>{t(notice.key, notice.params)}</span>
            <button type="button" className="button button--quiet" onClick={() => dismissNotice(notice.id)}>
              {t('notices.dismiss')}
            </button>
          </div>
        ))}
      </div>
    </>
  );
}
