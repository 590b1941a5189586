import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/index.js';
import { useAppStore } from '../../store/app-store.js';
import { Panel } from './Panel.js';

/**
 * Between two votes: nothing to do on the phone, so it stays calm: the preliminary order to look
 * at while the room talks, without bars or points to stare at instead of each other.
 */
export function DiscussionPanel() {
  const t = useT();
  const lines = useAppStore(
    useShallow((state) => state.publicView?.view.discussion?.preliminary.lines.filter((l) => l.points > 0) ?? []),
  );
  return (
    <Panel
      id="discussion"
      className="panel--calm"
      heading={t('discussion.phoneHeading')}
      lead={t('discussion.phoneLead')}
    >
      {lines.length > 0 ? (
        <>
          <h2>{t('results.preliminaryHeading')}</h2>
          <ol className="calm-order" aria-label={t('discussion.orderLabel')}>
            {lines.map((line) => (
              <li key={line.ideaId}>
                <span className="calm-order__rank">{t('results.rank', { rank: line.rank })}</span>{' '}
                <bdi>{line.text}</bdi>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="empty">{t('results.none')}</p>
      )}
    </Panel>
  );
}
