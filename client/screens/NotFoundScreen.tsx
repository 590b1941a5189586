import { useDocumentTitle } from '../components/hooks.js';
import { useT } from '../i18n/index.js';
import { navigate } from '../router.js';

/** An unknown address, or a room code that cannot be one. */
export function NotFoundScreen({ badCode }: { badCode: boolean }) {
  const t = useT();
  useDocumentTitle(t('notFound.title'));
  return (
    <main className="page page--narrow">
      <h1>{badCode ? t('notFound.badCode') : t('notFound.title')}</h1>
      <p>{t('notFound.help')}</p>
      <button type="button" className="button" onClick={() => navigate('/')}>
        {t('notFound.home')}
      </button>
    </main>
  );
}
