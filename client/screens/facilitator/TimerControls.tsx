import { useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { TIMER_SECONDS } from '../../../shared/session/limits.js';
import { isTimedPhase, type TimedPhase } from '../../../shared/session/phases.js';
import type { SessionSettings } from '../../../shared/session/settings.js';
import type { PhaseTimer } from '../../../shared/session/state.js';
import type { FacilitatorView } from '../../../shared/session/views.js';
import { focusSoon } from '../../components/focus.js';
import { useT } from '../../i18n/index.js';
import { steer, type TableScope } from '../../session/facilitator-actions.js';
import { Card } from '../../components/Card.js';

type TimerButton = 'start' | 'pause' | 'resume';
export type TimerEvent = 'timer:start' | 'timer:pause' | 'timer:resume' | 'timer:extend' | 'timer:clear';
/** Sends one timer command (with its seconds for start and extend) to where these controls act. */
export type SendTimer = (event: TimerEvent, seconds?: number) => Promise<unknown>;

/** The console's timer commands, for the plenary or for one table (`*`: every table). */
export function steerTimer(scope: TableScope): SendTimer {
  return (event, seconds) =>
    seconds === undefined ? steer(event as 'timer:pause', scope) : steer(event as 'timer:start', { ...scope, seconds });
}

/**
 * Pause and Resume take each other's place, and Remove takes the row away: focus goes to the
 * button that replaced the one pressed (within these controls: a console shows one per table),
 * once the server's view has put it there.
 */
async function sendThenFocus(root: RefObject<HTMLElement | null>, action: Promise<unknown>, next: TimerButton) {
  await action;
  focusSoon(() => root.current?.querySelector<HTMLElement>(`[data-timer="${next}"]`));
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
function defaultMinutes(durations: SessionSettings['durations'], phase: TimedPhase): string {
  const seconds = durations[phase];
  return String(seconds === undefined ? USUAL_MINUTES[phase] : Math.round((seconds / 60) * 2) / 2);
}

interface StartProps {
  durations: SessionSettings['durations'];
  phase: TimedPhase;
  restart: boolean;
  send: SendTimer;
}

/** The minutes field and Start: starts with the phase's own length; says its range, and says so again when out of it. */
function StartTimerForm({ durations, phase, restart, send }: StartProps) {
  const t = useT();
  const id = useId();
  const [minutes, setMinutes] = useState(() => defaultMinutes(durations, phase));
  const [outOfRange, setOutOfRange] = useState(false);

  function start(event: FormEvent) {
    event.preventDefault();
    const seconds = Math.round(Number(minutes) * 60);
    if (!Number.isFinite(seconds) || seconds < 30 || seconds > TIMER_SECONDS.max) return setOutOfRange(true);
    void send('timer:start', seconds);
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

export interface TimerPartsProps {
  phase: TimedPhase;
  /** The phase's countdown, or null when it has none. */
  timer: PhaseTimer | null;
  durations: SessionSettings['durations'];
  send: SendTimer;
}

/** Start, pause, resume, extend or clear one countdown: the plenary's, or one table's. */
export function TimerParts({ phase, timer, durations, send }: TimerPartsProps) {
  const t = useT();
  const root = useRef<HTMLDivElement>(null);
  const running = timer !== null && timer.endsAt !== null && !timer.expired;
  const paused = timer !== null && timer.endsAt === null && !timer.expired;
  return (
    <div ref={root} className="timer-parts">
      {/* A new phase starts from its own length. */}
      <StartTimerForm key={phase} durations={durations} phase={phase} restart={timer !== null} send={send} />
      {timer && (
        <div className="button-row">
          {running && (
            <button
              type="button"
              className="button"
              data-timer="pause"
              onClick={() => void sendThenFocus(root, send('timer:pause'), 'resume')}
            >
              {t('host.timer.pause')}
            </button>
          )}
          {paused && (
            <button
              type="button"
              className="button"
              data-timer="resume"
              onClick={() => void sendThenFocus(root, send('timer:resume'), 'pause')}
            >
              {t('host.timer.resume')}
            </button>
          )}
          <button type="button" className="button" onClick={() => void send('timer:extend', 60)}>
            {t('host.timer.extend')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void sendThenFocus(root, send('timer:clear'), 'start')}
          >
            {t('host.timer.clear')}
          </button>
        </div>
      )}
    </div>
  );
}

const plenary = steerTimer({});

/** The console's card for the phase's countdown. */
export function TimerControls({ view }: { view: FacilitatorView }) {
  const t = useT();
  if (!isTimedPhase(view.phase)) return null;
  const timer = view.timer?.phase === view.phase ? view.timer : null;
  return (
    <Card heading={t('host.timer.heading')}>
      <TimerParts phase={view.phase} timer={timer} durations={view.settings.durations} send={plenary} />
      <p className="field__hint">{t('host.timer.hint')}</p>
    </Card>
  );
}
