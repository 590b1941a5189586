import { isTimedPhase } from '../../../shared/session/phases.js';
import type { TableProgress } from '../../../shared/session/tables/progress.js';
import type { TableView } from '../../../shared/session/tables/table-view.js';
import type { FacilitatorView } from '../../../shared/session/views.js';
import { BusyButton, useBusyAction } from '../../components/BusyButton.js';
import { useT } from '../../i18n/index.js';
import { steerTimer, TimerParts } from '../facilitator/TimerControls.js';
import { hostTimer } from './host-actions.js';
import { isPaused, isRunning } from './TableClock.js';
import './tables.css';

/** The console's timer controls for one table, opened from its row. */
export function TableTimerPanel({ view, table }: { view: FacilitatorView; table: TableProgress }) {
  const t = useT();
  if (!isTimedPhase(table.phase)) return null;
  const headingId = `table-timer-${table.id}`;
  return (
    <section className="table-timer" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('tables.timer.heading', { number: table.number })}</h3>
      <TimerParts
        phase={table.phase}
        timer={table.timer}
        durations={view.settings.durations}
        send={steerTimer({ table: table.id })}
      />
      <p className="field__hint">{t('tables.timer.hint')}</p>
    </section>
  );
}

const everyTable = steerTimer({ table: '*' });

/** Every table's timer at once: pause those running, resume those paused, a minute more for all. */
export function AllTablesTimer({ tables }: { tables: TableProgress[] }) {
  const t = useT();
  const { busy, run } = useBusyAction();
  const running = tables.some((table) => isRunning(table.timer));
  const paused = tables.some((table) => isPaused(table.timer));
  if (!running && !paused) return null;
  return (
    <div className="button-row">
      {running && (
        <BusyButton className="button" inactive={busy} onClick={() => void run(() => everyTable('timer:pause'))}>
          {t('tables.timer.allPause')}
        </BusyButton>
      )}
      {paused && (
        <BusyButton className="button" inactive={busy} onClick={() => void run(() => everyTable('timer:resume'))}>
          {t('tables.timer.allResume')}
        </BusyButton>
      )}
      <BusyButton className="button" inactive={busy} onClick={() => void run(() => everyTable('timer:extend', 60))}>
        {t('tables.timer.allExtend')}
      </BusyButton>
    </div>
  );
}

/** A table host's timer controls on their phone, for their table only. */
export function HostTimer({ view }: { view: TableView }) {
  const t = useT();
  if (!isTimedPhase(view.phase)) return null;
  const timer = view.timer?.phase === view.phase ? view.timer : null;
  return (
    <div className="host-timer" role="group" aria-labelledby="host-timer-heading">
      <h3 id="host-timer-heading">{t('host.timer.heading')}</h3>
      <TimerParts
        phase={view.phase}
        timer={timer}
        durations={view.settings.durations}
        send={hostTimer(view.table.id)}
      />
    </div>
  );
}
