import type { ResultsView } from '../../../shared/session/results.js';
import { useT } from '../../i18n/index.js';
import { InsightSection } from './InsightSection.js';
import { IdeaNumber } from '../UserText.js';

/** The ideas every organization put in its top K: the strongest candidates for shared goals. */
export function CommonGround({ results }: { results: Pick<ResultsView, 'commonGround' | 'lines'> }) {
  const t = useT();
  const common = results.commonGround;
  if (!common) return null;
  const lines = new Map(results.lines.map((line) => [line.ideaId, line]));
  return (
    <InsightSection id="common" heading={t('common.heading')} modifier="common">
      {common.ideaIds.length === 0 ? (
        <p>{t('common.none', { k: common.k })}</p>
      ) : (
        <>
          <p>{t('common.lead', { k: common.k })}</p>
          <ul className="stack-list common" aria-label={t('common.listLabel')}>
            {common.ideaIds.map((id) => {
              const line = lines.get(id);
              return (
                <li key={id}>
                  <bdi className="common__text">{line?.text ?? t('results.goneIdea')}</bdi>
                  {line && ' '}
                  {line && <IdeaNumber className="results__number" number={line.number} />}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </InsightSection>
  );
}
