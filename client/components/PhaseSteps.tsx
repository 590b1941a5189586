import type { SessionSettings } from '../../shared/session/settings.js';
import { sessionPhases, type Phase } from '../../shared/session/phases.js';
import { useT } from '../i18n/index.js';

/**
 * Where the session is among the method's steps; `atTable`: where a table is among its own steps
 * (a session in tables has the tables' steps in place of writing and sharing).
 */
export function PhaseSteps(props: { phase: Phase; settings: SessionSettings; atTable?: boolean }) {
  const { phase, settings, atTable = false } = props;
  const t = useT();
  const phases = atTable ? sessionPhases(false) : sessionPhases(settings.twoRounds, settings.tables !== null);
  const current = phases.indexOf(phase);
  return (
    <ol className="phase-steps" aria-label={t('phase.steps')}>
      {phases.map((step, index) => (
        <li
          key={step}
          className={index < current ? 'phase-steps__done' : index === current ? 'phase-steps__current' : undefined}
          aria-current={index === current ? 'step' : undefined}
        >
          {index < current && <span aria-hidden="true">✓ </span>}
          {t(`phase.${step}`)}
        </li>
      ))}
    </ol>
  );
}
