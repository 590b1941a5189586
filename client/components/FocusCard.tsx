import type { SharedIdea } from '../../shared/session/views.js';
import { useT } from '../i18n/index.js';
import { IdeaMeta } from './IdeaList.js';

/** The idea the room is discussing, on a phone or, `huge`, on the projector. */
export function FocusCard({ idea, huge = false }: { idea: SharedIdea; huge?: boolean }) {
  const t = useT();
  const label = t('clarification.focusLabel');
  return (
    <section className={huge ? 'focus-card focus-card--huge' : 'focus-card'} aria-label={label}>
      <p className="focus-card__label">{label}</p>
      <p className="focus-card__text">
        <span className="focus-card__number">#{idea.number}</span> {idea.text}
      </p>
      <IdeaMeta idea={idea} />
    </section>
  );
}
