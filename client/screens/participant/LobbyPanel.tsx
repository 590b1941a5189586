import { useT } from '../../i18n/index.js';
import { useAppStore } from '../../store/app-store.js';
import { Panel } from './Panel.js';
import { SeatPicker } from '../tables/phone-table.js';
import { LazyRuleNotice } from './ratification/LazyRatification.js';

export function LobbyPanel() {
  const t = useT();
  const count = useAppStore((state) => state.publicView?.view.participantCount ?? 0);
  const choosing = useAppStore((state) => (state.publicView?.view.seatChoice ?? null) !== null);
  return (
    <Panel id="lobby" heading={t('lobby.heading')}>
      <p>{t('lobby.body')}</p>
      <p className="stat">{t('lobby.count', { count })}</p>
      {choosing && <SeatPicker />}
      <LazyRuleNotice />
    </Panel>
  );
}
