import { useRef, useState } from 'react';
import { BusyButton, useBusyAction } from '../../components/BusyButton.js';
import { focusSoon } from '../../components/focus.js';
import { closeOnEscape } from '../../components/keys.js';
import { useT } from '../../i18n/index.js';
import { deleteSession } from '../../session/facilitator-actions.js';

/** Erasing the session and everything in it, for when the alliance has its exports and wants no trace kept. */
export function DeleteSession() {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const { busy, run } = useBusyAction();
  const start = useRef<HTMLButtonElement>(null);
  // Keeping the session puts focus back on the button that asked.
  const keep = () => {
    setConfirming(false);
    focusSoon(() => start.current);
  };
  if (!confirming) {
    return (
      <button
        ref={start}
        type="button"
        className="button button--small button--quiet-danger"
        onClick={() => setConfirming(true)}
      >
        {t('host.delete.start')}
      </button>
    );
  }
  return (
    <div
      className="callout callout--warning"
      role="group"
      aria-label={t('host.delete.start')}
      onKeyDown={(event) => closeOnEscape(keep)(event)}
    >
      <p>{t('host.delete.confirm')}</p>
      <div className="button-row">
        <BusyButton
          className="button button--small button--danger"
          inactive={busy}
          onClick={() => void run(deleteSession)}
        >
          {t('host.delete.yes')}
        </BusyButton>
        <button type="button" className="button button--small" onClick={keep} autoFocus>
          {t('host.delete.no')}
        </button>
      </div>
    </div>
  );
}
