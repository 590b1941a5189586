import type { SharedIdea } from '../../../shared/session/views.js';
import { IdeaList } from '../../components/IdeaList.js';
import { useT } from '../../i18n/index.js';

/** What a table sent to the plenary, best first (never its points). */
export function TableShortlist({ ideas, size = 'normal' }: { ideas: SharedIdea[] | null; size?: 'normal' | 'large' }) {
  const t = useT();
  if (!ideas || ideas.length === 0) return <p className="empty">{t('tables.sent.none')}</p>;
  return <IdeaList ideas={ideas} label={t('tables.sent.label')} size={size} />;
}
