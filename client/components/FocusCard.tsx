import type { SharedIdea } from '../../shared/session/views.js';
import { useT } from '../i18n/index.js';
import { IdeaMeta } from './IdeaList.js';
import { IdeaNumber } from './UserText.js';

/** The idea the room is discussing, on a phone or, `huge`, on the projector. */
export function FocusCard({ idea, huge = false }: { idea: SharedIdea; huge?: boolean }) {
  const t = useT();
  const label = t('clarification.focusLabel');
  return (
    <section
      // A long idea gets smaller type on the wall, so it and the list beside it still fit the screen.
      className={
        huge ? `focus-card focus-card--huge${idea.text.length > 120 ? ' focus-card--long' : ''}` : 'focus-card'
      }
      aria-label={label}
    >
      <p className="focus-card__label">{label}</p>
      <p className="focus-card__text">
        <IdeaNumber className="focus-card__number" number={idea.number} /> <bdi>{idea.text}</bdi>
      </p>
      <IdeaMeta idea={idea} />
    </section>
  );
}
