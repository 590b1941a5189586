import type { PhaseTimer as Timer } from '../../shared/session/state.js';
import { useT } from '../i18n/index.js';
import { useAppStore } from '../store/app-store.js';
import { useNow } from './hooks.js';
import { useTimerAnnouncements } from './live-announcements.js';

/**
 * Milliseconds left on a timer by the server's clock; a paused timer holds its remainder. A
 * running one never has more than it had when it last started: a clock that was stopped (no timer
 * showing) still holds the time it stopped at in the render that starts a timer, and would show
 * a 30-second timer as 0:41 for that frame.
 */
export function remainingMs(timer: Timer, now: number, clockOffsetMs: number): number {
  if (timer.expired) return 0;
  if (timer.endsAt === null) return timer.remainingMs;
  return Math.min(timer.remainingMs, Math.max(0, timer.endsAt - (now + clockOffsetMs)));
}

export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** When the end is near enough to warn: the last minute, or the last fifth of a short timer. */
export function warnAtMs(timer: Timer): number {
  return Math.min(60_000, timer.remainingMs * 0.2);
}

type TimerState = 'up' | 'paused' | 'ending' | 'running';

function timerState(timer: Timer, left: number): TimerState {
  if (timer.expired || left === 0) return 'up';
  if (timer.endsAt === null) return 'paused';
  return left <= warnAtMs(timer) ? 'ending' : 'running';
}

/** A phase countdown. `size` picks the projector's huge digits or a compact one. */
export function PhaseTimer({ timer, size = 'normal' }: { timer: Timer | null; size?: 'normal' | 'huge' }) {
  const t = useT();
  const offset = useAppStore((state) => state.clockOffsetMs);
  const running = timer !== null && timer.endsAt !== null && !timer.expired;
  const now = useNow(running, 500);
  const left = timer ? remainingMs(timer, now, offset) : 0;
  // Screen reader users hear the one-minute mark and the end; the clock itself stays silent.
  useTimerAnnouncements(timer !== null, running, left);

  if (!timer) return null;
  const state = timerState(timer, left);
  return (
    <div className={`timer timer--${size} timer--${state}`}>
      <span className="timer__label">{t('timer.label')}</span>
      <span className="timer__clock" role="timer" aria-label={t('timer.left', { time: formatClock(left) })}>
        {formatClock(left)}
      </span>
      {state === 'paused' && <span className="timer__note">{t('timer.paused')}</span>}
      {state === 'up' && <span className="timer__note">{t('timer.up')}</span>}
      {state === 'ending' && <span className="timer__note">{t('timer.ending')}</span>}
    </div>
  );
}
