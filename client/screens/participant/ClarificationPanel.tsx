import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { FocusCard } from '../../components/FocusCard.js';
import { IdeaList } from '../../components/IdeaList.js';
import { useT } from '../../i18n/index.js';
import { announce } from '../../session/notices.js';
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
  const announced = useRef<string | null>(null);
  useEffect(() => {
    if (focused && announced.current !== focused.id) {
      announce(t('clarification.nowDiscussing', { number: focused.number, text: focused.text }));
    }
    announced.current = focused?.id ?? null;
  }, [focused, t]);
  return (
    <Panel id="clarification" heading={t('clarification.heading')} lead={t('clarification.lead')}>
      {focused ? <FocusCard idea={focused} /> : <p className="empty">{t('clarification.noFocus')}</p>}
      <h2>{t('clarification.listHeading', { count: ideas.length })}</h2>
      <IdeaList ideas={ideas} focusId={focusId} label={t('clarification.listLabel')} />
    </Panel>
  );
}
