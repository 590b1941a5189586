import { useT } from '../../i18n/index.js';
import { useAppStore } from '../../store/app-store.js';

export function LobbyPanel() {
  const t = useT();
  const count = useAppStore((state) => state.publicView?.view.participantCount ?? 0);
  return (
    <section className="panel" aria-labelledby="lobby-heading">
      <h1 id="lobby-heading" tabIndex={-1}>
        {t('lobby.heading')}
      </h1>
      <p>{t('lobby.body')}</p>
      <p className="stat">{t('lobby.count', { count })}</p>
    </section>
  );
}
