import type { ReactNode } from 'react';
import type { SharedIdea } from '../../shared/session/views.js';
import { useT } from '../i18n/index.js';
import { IdeaNumber, userSentence } from './UserText.js';

interface IdeaListProps {
  ideas: SharedIdea[];
  focusId?: string | null;
  /** Extra controls for one idea (the facilitator's focus, edit, merge). */
  actions?: (idea: SharedIdea) => ReactNode;
  label: string;
  size?: 'normal' | 'large';
}

/** What an idea's small print says: who shared it (named turns), that it was reworded or merged. */
export function IdeaMeta({ idea }: { idea: SharedIdea }) {
  const t = useT();
  const parts: ReactNode[] = [];
  // A goal from the previous session: the group should know it is not a fresh idea.
  if (idea.previousRank !== undefined) parts.push(t('idea.carriedOver', { rank: idea.previousRank }));
  if (idea.prework) {
    const named = idea.prework.organizations;
    parts.push(named ? userSentence(t, 'idea.preworkBy', { organizations: named.join(', ') }) : t('idea.prework'));
  }
  // In the plenary of a session in tables: the table it comes from.
  if (idea.table) parts.push(t('idea.fromTable', { number: idea.table }));
  if (idea.author) parts.push(userSentence(t, 'idea.sharedBy', { name: idea.author }));
  if (idea.edited) parts.push(t('idea.edited'));
  if (idea.mergedFromNumbers.length > 0) {
    parts.push(
      t('idea.mergedFrom', { numbers: idea.mergedFromNumbers.join(', '), count: idea.mergedFromNumbers.length }),
    );
  }
  if (parts.length === 0) return null;
  return (
    <span className="idea__meta">
      {parts.map((part, i) => (
        <span key={i}>
          {i > 0 && ' · '}
          {part}
        </span>
      ))}
    </span>
  );
}

/** Shared ideas under their numbers; the one being discussed is marked for everyone. */
export function IdeaList({ ideas, focusId = null, actions, label, size = 'normal' }: IdeaListProps) {
  const t = useT();
  const density =
    ideas.length > 24 ? ' idea-list--dense idea-list--denser' : ideas.length > 12 ? ' idea-list--dense' : '';
  return (
    <ol className={`stack-list idea-list idea-list--${size}${density}`} aria-label={label}>
      {ideas.map((idea) => {
        const focused = idea.id === focusId;
        return (
          <li
            key={idea.id}
            className={focused ? 'idea idea--focused' : 'idea'}
            aria-current={focused ? 'true' : undefined}
          >
            {/* "#N" as everywhere else, so an idea's number never reads like a rank. */}
            <span className="idea__number" aria-hidden="true">
              <IdeaNumber number={idea.number} />
            </span>
            <span className="idea__body">
              <span className="visually-hidden">{t('idea.numberLabel', { number: idea.number })} </span>
              <bdi className="idea__text">{idea.text}</bdi>
              {focused && <span className="idea__badge">{t('idea.inFocus')}</span>}
              <IdeaMeta idea={idea} />
            </span>
            {actions ? <span className="idea__actions">{actions(idea)}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
