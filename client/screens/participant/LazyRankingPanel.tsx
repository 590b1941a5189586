import { lazy, Suspense } from 'react';
import { useT } from '../../i18n/index.js';

// Drag-and-drop ranking (dnd-kit) is only needed once voting opens: phones load it then, or take
// it from the service worker's precache, instead of before their first view.
const Panel = lazy(() => import('./RankingPanel.js').then((m) => ({ default: m.RankingPanel })));

/** The ranking phase's panel, loaded on demand. */
export function RankingPanel() {
  const t = useT();
  return (
    <Suspense fallback={<p className="loading">{t('participant.loading')}</p>}>
      <Panel />
    </Suspense>
  );
}
