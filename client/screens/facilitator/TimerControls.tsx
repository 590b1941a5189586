import { useId, useState, type FormEvent } from 'react';
import { TIMER_SECONDS } from '../../../shared/session/limits.js';
import { isTimedPhase, type TimedPhase } from '../../../shared/session/phases.js';
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

/** Minutes a phase's timer starts with when the session's settings give it no length of its own. */
const USUAL_MINUTES: Record<TimedPhase, number> = {
  ideation: 10,
  sharing: 10,
  clarification: 15,
  ranking: 5,
  discussion: 10,
};

const MAX_MINUTES = TIMER_SECONDS.max / 60;

/** The phase's own length (from the settings) in minutes, or the usual one for such a phase. */
function defaultMinutes(view: FacilitatorView, phase: TimedPhase): string {
  const seconds = view.settings.durations[phase];
  return String(seconds === undefined ? USUAL_MINUTES[phase] : Math.round((seconds / 60) * 2) / 2);
}

/** The minutes field and Start: starts with the phase's own length; says its range, and says so again when out of it. */
function StartTimerForm({ view, phase, restart }: { view: FacilitatorView; phase: TimedPhase; restart: boolean }) {
  const t = useT();
  const id = useId();
  const [minutes, setMinutes] = useState(() => defaultMinutes(view, phase));
  const [outOfRange, setOutOfRange] = useState(false);

  function start(event: FormEvent) {
    event.preventDefault();
    const seconds = Math.round(Number(minutes) * 60);
    if (!Number.isFinite(seconds) || seconds < 30 || seconds > TIMER_SECONDS.max) return setOutOfRange(true);
    void steer('timer:start', { seconds });
  }

  return (
    <form className="timer-form" onSubmit={start} noValidate>
      <label htmlFor={`${id}-minutes`}>{t('host.timer.minutes')}</label>
      <input
        id={`${id}-minutes`}
        className="input input--number"
        type="number"
        inputMode="decimal"
        min={0.5}
        max={MAX_MINUTES}
        step={0.5}
        value={minutes}
        aria-invalid={outOfRange}
        aria-describedby={`${id}-range`}
        onChange={(event) => {
          setMinutes(event.target.value);
          setOutOfRange(false);
        }}
      />
      <button type="submit" className="button" data-timer="start">
        {restart ? t('host.timer.restart') : t('host.timer.start')}
      </button>
      <p
        id={`${id}-range`}
        className={outOfRange ? 'field__error' : 'field__hint'}
        role={outOfRange ? 'alert' : undefined}
      >
        {t(outOfRange ? 'host.timer.outOfRange' : 'host.timer.range', { max: MAX_MINUTES })}
      </p>
    </form>
  );
}

/** Start, pause, resume, extend or clear the phase's countdown. */
export function TimerControls({ view }: { view: FacilitatorView }) {
  const t = useT();
  if (!isTimedPhase(view.phase)) return null;
  const timer = view.timer?.phase === view.phase ? view.timer : null;
  const running = timer !== null && timer.endsAt !== null && !timer.expired;
  const paused = timer !== null && timer.endsAt === null && !timer.expired;

  return (
    <Card heading={t('host.timer.heading')}>
      {/* A new phase starts from its own length. */}
      <StartTimerForm key={view.phase} view={view} phase={view.phase} restart={timer !== null} />
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
