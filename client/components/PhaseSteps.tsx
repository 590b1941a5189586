import type { SessionSettings } from '../../shared/session/settings.js';
import { sessionPhases, type Phase } from '../../shared/session/phases.js';
import { useT } from '../i18n/index.js';

/** Where the session is among the method's steps. */
export function PhaseSteps({ phase, settings }: { phase: Phase; settings: SessionSettings }) {
  const t = useT();
  const phases = sessionPhases(settings.twoRounds);
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
