import { useShallow } from 'zustand/react/shallow';
import { FocusCard } from '../../components/FocusCard.js';
import { IdeaList } from '../../components/IdeaList.js';
import { useFocusedIdeaAnnouncement } from '../../components/live-announcements.js';
import { useT } from '../../i18n/index.js';
import { useAppStore } from '../../store/app-store.js';
import { Panel } from './Panel.js';

/** Clarification: the idea under discussion stands out; the rest of the list stays in view. */
export function ClarificationPanel() {
  const t = useT();
  const { ideas, focusId } = useAppStore(
    useShallow((state) => ({
      ideas: state.publicView?.view.ideas ?? [],
      focusId: state.publicView?.view.focusId ?? null,
    })),
  );
  const focused = ideas.find((idea) => idea.id === focusId) ?? null;
  useFocusedIdeaAnnouncement(ideas, focusId);
  return (
    <Panel id="clarification" heading={t('clarification.heading')} lead={t('clarification.lead')}>
      {focused ? <FocusCard idea={focused} /> : <p className="empty">{t('clarification.noFocus')}</p>}
      <h2>{t('clarification.listHeading', { count: ideas.length })}</h2>
      <IdeaList ideas={ideas} focusId={focusId} label={t('clarification.listLabel')} />
    </Panel>
  );
}
