import type { SharedIdea } from '../../../shared/session/views.js';
import { useT } from '../../i18n/index.js';

/**
 * After sending: "your ranking is in", what was sent, and how to change it. The ballot lists only
 * this person's own choices, on their own phone.
 */
export function BallotReceipt({
  ranking,
  ideas,
  size,
  onChange,
}: {
  ranking: readonly string[];
  ideas: ReadonlyMap<string, SharedIdea>;
  size: number;
  onChange: () => void;
}) {
  const t = useT();
  return (
    <section className="receipt" aria-labelledby="receipt-heading">
      <h2 id="receipt-heading" className="receipt__heading">
        <span aria-hidden="true">✓ </span>
        {t('ranking.receipt.heading')}
      </h2>
      <p>{t('ranking.receipt.body', { count: ranking.length, size })}</p>
      <ol className="receipt__list" aria-label={t('ranking.receipt.listLabel')}>
        {ranking.map((id) => {
          const idea = ideas.get(id);
          return (
            <li key={id}>
              <span className="receipt__number">#{idea?.number}</span> <bdi>{idea?.text}</bdi>
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
