import { useEffect, useRef } from 'react';
import type { SharedIdea } from '../../../shared/session/views.js';
import { IdeaNumber } from '../../components/UserText.js';
import { useT } from '../../i18n/index.js';

/**
 * After sending: "your ranking is in", what was sent, and how to change it. The ballot lists only
 * this person's own choices, on their own phone.
 */
export function BallotReceipt({
  ranking,
  ideas,
  size,
  focusOnMount,
  onChange,
}: {
  ranking: readonly string[];
  ideas: ReadonlyMap<string, SharedIdea>;
  size: number;
  /** Just sent from this page: the keyboard follows to the receipt instead of falling to the page. */
  focusOnMount: boolean;
  onChange: () => void;
}) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  return (
    <section className="receipt" aria-labelledby="receipt-heading">
      <h2 id="receipt-heading" className="receipt__heading" ref={heading} tabIndex={-1}>
        <span aria-hidden="true">✓ </span>
        {t('ranking.receipt.heading')}
      </h2>
      <p>{t('ranking.receipt.body', { count: ranking.length, size })}</p>
      <ol className="receipt__list" aria-label={t('ranking.receipt.listLabel')}>
        {ranking.map((id) => {
          const idea = ideas.get(id);
          return (
            <li key={id}>
              {idea && <IdeaNumber className="receipt__number" number={idea.number} />} <bdi>{idea?.text}</bdi>
            </li>
          );
        })}
      </ol>
      <p className="field__hint">{t('ranking.status.submitted')}</p>
      <button type="button" className="button button--wide" onClick={onChange}>
        {t('ranking.receipt.changeButton')}
      </button>
    </section>
  );
}
