import type { Agreement, ResultsView } from '../../../shared/session/results.js';
import { useLocale, useT, type Translate } from '../../i18n/index.js';
import { InsightSection } from './InsightSection.js';

/** W to two decimals, the locale's way: enough to compare rounds, not a false precision. */
export function formatW(locale: string, w: number): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(w);
}

/**
 * "Moderate agreement (Kendall's W = 0.45)", or why it cannot be measured; `plain` leaves the
 * statistic out, for the wall and the phones (it stays in the console and the exports).
 */
export function agreementText(t: Translate, locale: string, agreement: Agreement | null, plain = false): string {
  if (!agreement) return t('agreement.unknown');
  if (plain) return t('agreement.plainValue', { reading: t(`agreement.${agreement.reading}`) });
  return t('agreement.value', { reading: t(`agreement.${agreement.reading}`), w: formatW(locale, agreement.w) });
}

function AgreementLine({ label, agreement, plain }: { label?: string; agreement: Agreement | null; plain: boolean }) {
  const t = useT();
  const locale = useLocale();
  return (
    <li>
      {label && <span className="agreement__round">{label}: </span>}
      <strong>{agreementText(t, locale, agreement, plain)}</strong>
      {agreement && <span className="agreement__explain"> {t(`agreement.explain.${agreement.reading}`)}</span>}
    </li>
  );
}

/** How much the group agreed, per round, in plain words first and Kendall's W after (unless `plain`). */
export function AgreementNote({
  results,
  plain = false,
}: {
  results: Pick<ResultsView, 'agreement' | 'preliminary'>;
  plain?: boolean;
}) {
  const t = useT();
  return (
    <InsightSection id="agreement" heading={t('agreement.heading')}>
      <ul className="plain-list agreement">
        {results.preliminary && (
          <AgreementLine label={t('agreement.preliminary')} agreement={results.preliminary.agreement} plain={plain} />
        )}
        <AgreementLine
          label={results.preliminary ? t('agreement.final') : undefined}
          agreement={results.agreement}
          plain={plain}
        />
      </ul>
      {!plain && <p className="insight__small">{t('agreement.scale')}</p>}
    </InsightSection>
  );
}
