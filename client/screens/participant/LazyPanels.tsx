import { lazy, Suspense, type ComponentType, type ReactElement } from 'react';
import { useT } from '../../i18n/index.js';

/** A phase's panel loaded on demand, with a line to read while it comes. */
function lazyPanel(load: () => Promise<ComponentType>): () => ReactElement {
  const Panel = lazy(() => load().then((panel) => ({ default: panel })));
  return function LazyPanel() {
    const t = useT();
    return (
      <Suspense fallback={<p className="loading">{t('participant.loading')}</p>}>
        <Panel />
      </Suspense>
    );
  };
}

// Drag-and-drop ranking (dnd-kit) is only needed once voting opens, and the charts and goals only
// at the end: phones load them then, or take them from the service worker's precache, instead of
// before their first view.
export const RankingPanel = lazyPanel(() => import('./RankingPanel.js').then((m) => m.RankingPanel));
export const ResultsPanel = lazyPanel(() => import('./ResultsPanel.js').then((m) => m.ResultsPanel));
