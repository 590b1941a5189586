import { useId, useState, type FormEvent } from 'react';
import { TIMER_SECONDS } from '../../../shared/session/limits.js';
import { isTimedPhase } from '../../../shared/session/phases.js';
import type { FacilitatorView } from '../../../shared/session/views.js';
import { focusSoon } from '../../components/focus.js';
import { useT } from '../../i18n/index.js';
import { steer } from '../../session/facilitator-actions.js';
import { Card } from '../../components/Card.js';

type TimerButton = 'start' | 'pause' | 'resume';

/**
 * Pause and Resume take each other's place, and Remove takes the row away: focus goes to the
 * button that replaced the one pressed, once the server's view has put it there.
 */
async function steerThenFocus(action: Promise<unknown>, next: TimerButton): Promise<void> {
  await action;
  focusSoon(() => document.querySelector<HTMLElement>(`[data-timer="${next}"]`));
}

/** Start, pause, resume, extend or clear the phase's countdown. */
export function TimerControls({ view }: { view: FacilitatorView }) {
  const t = useT();
  const id = useId();
  const [minutes, setMinutes] = useState('5');
  if (!isTimedPhase(view.phase)) return null;
  const timer = view.timer?.phase === view.phase ? view.timer : null;
  const running = timer !== null && timer.endsAt !== null && !timer.expired;
  const paused = timer !== null && timer.endsAt === null && !timer.expired;

  function start(event: FormEvent) {
    event.preventDefault();
    const seconds = Math.round(Number(minutes) * 60);
    if (!Number.isFinite(seconds) || seconds < TIMER_SECONDS.min) return;
    void steer('timer:start', { seconds: Math.min(seconds, TIMER_SECONDS.max) });
  }

  return (
    <Card heading={t('host.timer.heading')}>
      <form className="timer-form" onSubmit={start}>
        <label htmlFor={`${id}-minutes`}>{t('host.timer.minutes')}</label>
        <input
          id={`${id}-minutes`}
          className="input input--number"
          type="number"
          inputMode="decimal"
          min={0.5}
          max={TIMER_SECONDS.max / 60}
          step={0.5}
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
        />
        <button type="submit" className="button" data-timer="start">
          {timer ? t('host.timer.restart') : t('host.timer.start')}
        </button>
      </form>
      {timer && (
        <div className="button-row">
          {running && (
            <button
              type="button"
              className="button"
              data-timer="pause"
              onClick={() => void steerThenFocus(steer('timer:pause', {}), 'resume')}
            >
              {t('host.timer.pause')}
            </button>
          )}
          {paused && (
            <button
              type="button"
              className="button"
              data-timer="resume"
              onClick={() => void steerThenFocus(steer('timer:resume', {}), 'pause')}
            >
              {t('host.timer.resume')}
            </button>
          )}
          <button type="button" className="button" onClick={() => void steer('timer:extend', { seconds: 60 })}>
            {t('host.timer.extend')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void steerThenFocus(steer('timer:clear', {}), 'start')}
          >
            {t('host.timer.clear')}
          </button>
        </div>
      )}
      <p className="field__hint">{t('host.timer.hint')}</p>
    </Card>
  );
}
