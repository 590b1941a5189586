import type { PhaseTimer as Timer } from '../../shared/session/state.js';
import { useT } from '../i18n/index.js';
import { useAppStore } from '../store/app-store.js';
import { useNow } from './hooks.js';
import { useTimerAnnouncements } from './live-announcements.js';

/** Milliseconds left on a timer by the server's clock; a paused timer holds its remainder. */
export function remainingMs(timer: Timer, now: number, clockOffsetMs: number): number {
  if (timer.expired) return 0;
  if (timer.endsAt === null) return timer.remainingMs;
  return Math.max(0, timer.endsAt - (now + clockOffsetMs));
}

export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
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
  const state = timer.expired || left === 0 ? 'up' : timer.endsAt === null ? 'paused' : 'running';
  return (
    <div className={`timer timer--${size} timer--${state}`}>
      <span className="timer__label">{t('timer.label')}</span>
      <span className="timer__clock" role="timer" aria-label={t('timer.left', { time: formatClock(left) })}>
        {formatClock(left)}
      </span>
      {state === 'paused' && <span className="timer__note">{t('timer.paused')}</span>}
      {state === 'up' && <span className="timer__note">{t('timer.up')}</span>}
    </div>
  );
}
