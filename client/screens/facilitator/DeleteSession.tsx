import { useRef, useState } from 'react';
import { BusyButton, useBusyAction } from '../../components/BusyButton.js';
import { focusSoon } from '../../components/focus.js';
import { closeOnEscape } from '../../components/keys.js';
import { useT } from '../../i18n/index.js';
import { deleteSession } from '../../session/facilitator-actions.js';

/** The second, explicit step: what is lost, "Delete for good", or keep (the first stop). */
function ConfirmDelete({ onKeep }: { onKeep: () => void }) {
  const t = useT();
  const { busy, run } = useBusyAction();
  return (
    <div
      className="callout callout--warning"
      role="group"
      aria-label={t('host.delete.start')}
      onKeyDown={(event) => closeOnEscape(onKeep)(event)}
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
        <button type="button" className="button button--small" onClick={onKeep} autoFocus>
          {t('host.delete.no')}
        </button>
      </div>
    </div>
  );
}

/**
 * Erasing the session and everything in it, for when the alliance has its exports and wants no
 * trace kept: in a card of its own at the end of the console, far from the room's switches, and
 * only after a second, explicit "Delete for good".
 */
export function DeleteSession() {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const start = useRef<HTMLButtonElement>(null);
  // Keeping the session puts focus back on the button that asked.
  const keep = () => {
    setConfirming(false);
    focusSoon(() => start.current);
  };
  return (
    <section className="card danger-zone" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t('host.delete.heading')}</h2>
      <p className="field__hint">{t('host.delete.hint')}</p>
      {confirming ? (
        <ConfirmDelete onKeep={keep} />
      ) : (
        <button
          ref={start}
          type="button"
          className="button button--small button--quiet-danger"
          onClick={() => setConfirming(true)}
        >
          {t('host.delete.start')}
        </button>
      )}
    </section>
  );
}
