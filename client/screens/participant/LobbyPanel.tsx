import { useT } from '../../i18n/index.js';
import { useAppStore } from '../../store/app-store.js';
import { Panel } from './Panel.js';
import { LazyRuleNotice } from './ratification/LazyRatification.js';

export function LobbyPanel() {
  const t = useT();
  const count = useAppStore((state) => state.publicView?.view.participantCount ?? 0);
  return (
    <Panel id="lobby" heading={t('lobby.heading')}>
      <p>{t('lobby.body')}</p>
      <p className="stat">{t('lobby.count', { count })}</p>
      <LazyRuleNotice />
    </Panel>
  );
}
