import { lazy, Suspense } from 'react';
import { TABLE_AREAS, type Area } from '../../i18n/catalogs.js';
import { loadScreenAreas } from '../../i18n/index.js';

// Only phones at a table need these, and only hosts the controls: loaded on demand with their words.
const parts = (areas: readonly Area[]) =>
  Promise.all([import('./PhoneTableParts.js'), loadScreenAreas(areas)]).then(([m]) => m);
// A host's timer controls are the console's own, in the console's words.
const LazyHostBar = lazy(() => parts([...TABLE_AREAS, 'facilitator']).then((m) => ({ default: m.HostBar })));
const LazyTableSent = lazy(() => parts(TABLE_AREAS).then((m) => ({ default: m.TableSentPanel })));
const LazySeatPicker = lazy(() =>
  Promise.all([import('./SeatPicker.js'), loadScreenAreas(TABLE_AREAS)]).then(([m]) => ({ default: m.SeatPicker })),
);

/** A table host's controls, loaded when first shown. */
export function HostBar() {
  return (
    <Suspense fallback={null}>
      <LazyHostBar />
    </Suspense>
  );
}

/** The phone's panel once its table has sent its ideas. */
export function TableSentPanel() {
  return (
    <Suspense fallback={null}>
      <LazyTableSent />
    </Suspense>
  );
}

/** The lobby's table picker, when each person chooses their table. */
export function SeatPicker() {
  return (
    <Suspense fallback={null}>
      <LazySeatPicker />
    </Suspense>
  );
}
