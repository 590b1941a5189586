import type { ResultsView } from '../../../shared/session/results.js';
import { useT } from '../../i18n/index.js';
import { AgreementNote } from './AgreementNote.js';
import { CommonGround } from './CommonGround.js';
import { OrganizationBreakdown } from './OrganizationBreakdown.js';

interface Props {
  results: ResultsView;
  commonGroundK: number;
  className?: string;
  /** Words only (phones); the console keeps Kendall's W and ρ. */
  plain?: boolean;
}

/** What the alliance reads next to the ranking: agreement, common ground, each organization's view. */
export function ResultsInsights({ results, commonGroundK, className = '', plain = false }: Props) {
  const t = useT();
  return (
    <section className={`insights ${className}`} aria-labelledby="insights-heading">
      <h2 id="insights-heading">{t('results.insightsHeading')}</h2>
      <AgreementNote results={results} plain={plain} />
      <CommonGround results={results} />
      <OrganizationBreakdown results={results} top={results.commonGround?.k ?? commonGroundK} plain={plain} />
    </section>
  );
}
