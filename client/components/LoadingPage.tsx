import { useT } from '../i18n/index.js';

/** A page whose session has not arrived yet; `className` keeps the layout of the page it stands for. */
export function LoadingPage({ className = 'page' }: { className?: string }) {
  const t = useT();
  return (
    <main className={className} aria-busy="true">
      <p className="loading">{t('participant.loading')}</p>
    </main>
  );
}
