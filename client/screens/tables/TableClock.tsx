import type { PhaseTimer } from '../../../shared/session/state.js';
import { useNow } from '../../components/hooks.js';
import { formatClock, remainingMs } from '../../components/PhaseTimer.js';
import { useT } from '../../i18n/index.js';
import { useAppStore } from '../../store/app-store.js';

/** A countdown that is going down now. */
export const isRunning = (timer: PhaseTimer | null) => timer !== null && timer.endsAt !== null && !timer.expired;
/** A countdown held at its remainder. */
export const isPaused = (timer: PhaseTimer | null) => timer !== null && timer.endsAt === null && !timer.expired;

/**
 * One table's time left in a line: a running countdown, paused, up, or no timer. Silent for
 * screen readers as it ticks (a console of many tables must not speak every minute mark); the
 * table's own phones announce their table's end.
 */
export function TableClock({ timer }: { timer: PhaseTimer | null }) {
  const t = useT();
  const offset = useAppStore((state) => state.clockOffsetMs);
  const now = useNow(isRunning(timer), 500);
  if (!timer) return <span className="table-clock table-clock--none">{t('tables.timer.none')}</span>;
  const left = remainingMs(timer, now, offset);
  if (timer.expired || left === 0) return <span className="table-clock table-clock--up">{t('timer.up')}</span>;
  const clock = formatClock(left);
  return isPaused(timer) ? (
    <span className="table-clock table-clock--paused">
      {t('timer.paused')} · <span className="table-clock__digits">{clock}</span>
    </span>
  ) : (
    <span className="table-clock table-clock--running">
      <span className="table-clock__digits">{t('timer.left', { time: clock })}</span>
    </span>
  );
}
