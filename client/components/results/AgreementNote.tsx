import type { Agreement, ResultsView } from '../../../shared/session/results.js';
import { useLocale, useT, type Translate } from '../../i18n/index.js';
import { InsightSection } from './InsightSection.js';

/** W to two decimals, the locale's way: enough to compare rounds, not a false precision. */
export function formatW(locale: string, w: number): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(w);
}

/** "Moderate agreement (Kendall's W = 0.45)", or why it cannot be measured. */
export function agreementText(t: Translate, locale: string, agreement: Agreement | null): string {
  if (!agreement) return t('agreement.unknown');
  return t('agreement.value', { reading: t(`agreement.${agreement.reading}`), w: formatW(locale, agreement.w) });
}

function AgreementLine({ label, agreement }: { label?: string; agreement: Agreement | null }) {
  const t = useT();
  const locale = useLocale();
  return (
    <li>
      {label && <span className="agreement__round">{label}: </span>}
      <strong>{agreementText(t, locale, agreement)}</strong>
      {agreement && <span className="agreement__explain"> {t(`agreement.explain.${agreement.reading}`)}</span>}
    </li>
  );
}

/** How much the group agreed, per round, in plain words first and Kendall's W after. */
export function AgreementNote({ results }: { results: Pick<ResultsView, 'agreement' | 'preliminary'> }) {
  const t = useT();
  return (
    <InsightSection id="agreement" heading={t('agreement.heading')}>
      <ul className="plain-list agreement">
        {results.preliminary && (
          <AgreementLine label={t('agreement.preliminary')} agreement={results.preliminary.agreement} />
        )}
        <AgreementLine label={results.preliminary ? t('agreement.final') : undefined} agreement={results.agreement} />
      </ul>
      <p className="insight__small">{t('agreement.scale')}</p>
    </InsightSection>
  );
}
