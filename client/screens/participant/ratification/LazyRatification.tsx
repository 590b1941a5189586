import { lazy, Suspense } from 'react';
import { loadScreenAreas } from '../../../i18n/index.js';
import { useAppStore } from '../../../store/app-store.js';

// Only sessions with a ratification rule need these screens and their words: phones load them on
// demand, so the join path stays within its budget.
const load = () => Promise.all([import('./RatificationPanel.js'), loadScreenAreas(['prework'])]).then(([m]) => m);
const Panel = lazy(() => load().then((m) => ({ default: m.RatificationPanel })));
const Notice = lazy(() => load().then((m) => ({ default: m.RuleNotice })));

function useHasRule(): boolean {
  return useAppStore((state) => (state.publicView?.view.settings.ratification?.rule.kind ?? 'none') !== 'none');
}

/** The ratification round on the phone, once the session has one. */
export function LazyRatificationPanel() {
  const held = useAppStore((state) => state.publicView?.view.ratification != null);
  if (!held) return null;
  return (
    <Suspense fallback={null}>
      <Panel />
    </Suspense>
  );
}

/** The agreed rule, from the lobby on, when the session has one. */
export function LazyRuleNotice() {
  if (!useHasRule()) return null;
  return (
    <Suspense fallback={null}>
      <Notice />
    </Suspense>
  );
}
