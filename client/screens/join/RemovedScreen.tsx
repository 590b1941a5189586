import { useDocumentTitle } from '../../components/hooks.js';
import { useT } from '../../i18n/index.js';
import { openParticipantRoom } from '../../session/room-actions.js';

export function RemovedScreen({ code }: { code: string }) {
  const t = useT();
  useDocumentTitle(t('removed.title'));
  return (
    <main className="page page--narrow">
      <h1>{t('removed.title')}</h1>
      <p>{t('removed.body')}</p>
      <button type="button" className="button" onClick={() => openParticipantRoom(code)}>
        {t('removed.joinAgain')}
      </button>
    </main>
  );
}
