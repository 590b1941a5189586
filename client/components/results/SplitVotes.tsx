import type { DiscussionView } from '../../../shared/session/results.js';
import { useT } from '../../i18n/index.js';
import { IdeaNumber } from '../UserText.js';

/** The ideas the preliminary vote split most: what the discussion of the vote is for. */
export function SplitVotes({ discussion, size = 'normal' }: { discussion: DiscussionView; size?: 'normal' | 'large' }) {
  const t = useT();
  const lines = new Map(discussion.preliminary.lines.map((line) => [line.ideaId, line]));
  return (
    <section className={`split split--${size}`} aria-labelledby="split-heading">
      <h2 id="split-heading" className="split__heading">
        {t('split.heading')}
      </h2>
      <p className="split__lead">{t('split.lead')}</p>
      {discussion.split === null ? (
        <p>{t('split.withheld')}</p>
      ) : discussion.split.length === 0 ? (
        <p>{t('split.none')}</p>
      ) : (
        <ul className="stack-list split__list" aria-label={t('split.listLabel')}>
          {discussion.split.map((vote) => {
            const line = lines.get(vote.ideaId);
            return (
              <li key={vote.ideaId} className="split__item">
                <span className="split__text">
                  <bdi>{line?.text ?? t('results.goneIdea')}</bdi>
                  {line && ' '}
                  {line && <IdeaNumber className="results__number" number={line.number} />}
                </span>
                <span className="split__counts">{t('split.counts', { high: vote.high, low: vote.low })}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
