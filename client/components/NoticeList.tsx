import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n/index.js';
import { Announcer } from './announcer.js';
import { dismissNotice } from '../session/notices.js';
import { useAppStore } from '../store/app-store.js';

/**
 * Refusals and confirmations, to read and dismiss: errors are alerts, the rest polite status
 * messages, each spoken once as it appears. Everything else the app says goes through the
 * announcer, mounted here so every screen has it from the start.
 */
export function NoticeList() {
  const t = useT();
  const notices = useAppStore(useShallow((state) => state.notices));
  return (
    <>
      <Announcer />
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
