import type { OrganizationResults, ResultsView } from '../../../shared/session/results.js';
import { useLocale, useT } from '../../i18n/index.js';
import { InsightSection } from './InsightSection.js';
import { formatW } from './AgreementNote.js';
import { closenessReading } from './closeness.js';

interface Props {
  results: Pick<ResultsView, 'organizations' | 'organizationsHidden' | 'lines'>;
  /** How many of each organization's top ideas to list (the common-ground K). */
  top: number;
  /** Words only, no ρ or W: for the wall and the phones. */
  plain?: boolean;
}

function OrganizationCard({
  org,
  top,
  textOf,
  plain,
}: {
  org: OrganizationResults;
  top: number;
  textOf: (id: string) => string;
  plain: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const shown = org.order.filter((id) => (org.points[id] ?? 0) > 0).slice(0, top);
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  return (
    <li className="org">
      <p className="org__name">
        <bdi>{org.name}</bdi> <span className="org__ballots">{t('orgs.ballots', { count: org.ballots })}</span>
      </p>
      <p className="org__stat">
        {org.closeness === null
          ? t('orgs.closenessUnknown')
          : plain
            ? t('orgs.closenessPlain', { reading: t(`orgs.${closenessReading(org.closeness)}`) })
            : t('orgs.closeness', {
                reading: t(`orgs.${closenessReading(org.closeness)}`),
                rho: signed.format(org.closeness),
              })}
      </p>
      {org.agreement && (
        <p className="org__stat">
          {plain
            ? t('orgs.agreementWithinPlain', { reading: t(`agreement.${org.agreement.reading}`) })
            : t('orgs.agreementWithin', {
                reading: t(`agreement.${org.agreement.reading}`),
                w: formatW(locale, org.agreement.w),
              })}
        </p>
      )}
      {shown.length > 0 && (
        <>
          <p className="org__stat">{t('orgs.top', { count: shown.length })}</p>
          <ol className="org__top">
            {shown.map((id) => (
              <li key={id}>
                <bdi>{textOf(id)}</bdi>
              </li>
            ))}
          </ol>
        </>
      )}
    </li>
  );
}

/**
 * Each organization's own result, as far as the view carries one: organizations with fewer than
 * three ballots are never sent, only counted, so that no small delegation's votes can be read off.
 */
export function OrganizationBreakdown({ results, top, plain = false }: Props) {
  const t = useT();
  const texts = new Map(results.lines.map((line) => [line.ideaId, `\u2068${line.text}\u2069 #${line.number}`]));
  const textOf = (id: string) => texts.get(id) ?? t('results.goneIdea');
  if (results.organizations.length === 0 && results.organizationsHidden === 0) return null;
  return (
    <InsightSection id="orgs" heading={t('orgs.heading')}>
      {results.organizations.length === 0 ? (
        <p>{t('orgs.none')}</p>
      ) : (
        <ul className="stack-list orgs" aria-label={t('orgs.listLabel')}>
          {results.organizations.map((org) => (
            <OrganizationCard key={org.name} org={org} top={top} textOf={textOf} plain={plain} />
          ))}
        </ul>
      )}
      {results.organizationsHidden > 0 && (
        <p className="insight__small">{t('orgs.hidden', { count: results.organizationsHidden })}</p>
      )}
    </InsightSection>
  );
}
