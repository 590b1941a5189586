import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/index.js';

/**
 * Before sending fewer than N: says what leaving ideas out means, and asks once. It takes the place
 * of the button that asked, so the keyboard lands on its answer, which reads the question too.
 */
export function ShortBallotPrompt({
  picked,
  size,
  onSend,
  onKeepPicking,
}: {
  picked: number;
  size: number;
  onSend: () => void;
  onKeepPicking: () => void;
}) {
  const t = useT();
  const send = useRef<HTMLButtonElement>(null);
  useEffect(() => send.current?.focus(), []);
  return (
    <div className="short-ballot" role="group" aria-labelledby="short-ballot-text">
      <p id="short-ballot-text" className="short-ballot__text">
        {t('ranking.short.text', { picked, size })}
      </p>
      <div className="button-row">
        <button
          ref={send}
          type="button"
          className="button button--primary"
          aria-describedby="short-ballot-text"
          onClick={onSend}
        >
          {t('ranking.short.send', { count: picked })}
        </button>
        <button type="button" className="button" onClick={onKeepPicking}>
          {t('ranking.short.keep')}
        </button>
      </div>
    </div>
  );
}
