import { useId, useState, type FormEvent } from 'react';
import { TIMER_SECONDS } from '../../../shared/session/limits.js';
import { isTimedPhase } from '../../../shared/session/phases.js';
import type { FacilitatorView } from '../../../shared/session/views.js';
import { useT } from '../../i18n/index.js';
import { steer } from '../../session/facilitator-actions.js';
import { Card } from '../../components/Card.js';

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
        <button type="submit" className="button">
          {timer ? t('host.timer.restart') : t('host.timer.start')}
        </button>
      </form>
      {timer && (
        <div className="button-row">
          {running && (
            <button type="button" className="button" onClick={() => void steer('timer:pause', {})}>
              {t('host.timer.pause')}
            </button>
          )}
          {paused && (
            <button type="button" className="button" onClick={() => void steer('timer:resume', {})}>
              {t('host.timer.resume')}
            </button>
          )}
          <button type="button" className="button" onClick={() => void steer('timer:extend', { seconds: 60 })}>
            {t('host.timer.extend')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => void steer('timer:clear', {})}>
            {t('host.timer.clear')}
          </button>
        </div>
      )}
      <p className="field__hint">{t('host.timer.hint')}</p>
    </Card>
  );
}
