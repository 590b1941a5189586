import type { SharedIdea } from '../../../shared/session/views.js';
import { useT } from '../../i18n/index.js';

interface IdeaPickerProps {
  ideas: SharedIdea[];
  ranking: string[];
  size: number;
  onToggle: (ideaId: string) => void;
}

/** Every idea as a toggle: tap to give it the next rank, tap again to take it out. */
export function IdeaPicker({ ideas, ranking, size, onToggle }: IdeaPickerProps) {
  const t = useT();
  const full = ranking.length >= size;
  return (
    <ul className="stack-list picker" aria-label={t('ranking.pickerLabel')}>
      {ideas.map((idea) => {
        const rank = ranking.indexOf(idea.id) + 1;
        const picked = rank > 0;
        return (
          <li key={idea.id}>
            <button
              type="button"
              className={picked ? 'picker__item picker__item--picked' : 'picker__item'}
              aria-pressed={picked}
              disabled={!picked && full}
              onClick={() => onToggle(idea.id)}
            >
              {/* A rank only once picked, so a rank is never confused with an idea's number. */}
              <span className="picker__badge" aria-hidden="true">
                {picked ? rank : ''}
              </span>
              <span className="picker__text">
                <span className="visually-hidden">{t('idea.numberLabel', { number: idea.number })} </span>
                <bdi className="picker__number" dir="ltr" aria-hidden="true">
                  #{idea.number}
                </bdi>{' '}
                <bdi>{idea.text}</bdi>
                {idea.previousRank !== undefined && (
                  <span className="picker__carried"> {t('idea.carriedOver', { rank: idea.previousRank })}</span>
                )}
                {picked && <span className="visually-hidden"> ({t('ranking.rankedAs', { rank })})</span>}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
