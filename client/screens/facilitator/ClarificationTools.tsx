import { useState } from 'react';
import type { FacilitatorView, SharedIdea } from '../../../shared/session/views.js';
import { IdeaList } from '../../components/IdeaList.js';
import { useT } from '../../i18n/index.js';
import { steer } from '../../session/facilitator-actions.js';
import { MergePanel } from './MergePanel.js';
import { RewordForm } from './RewordForm.js';
import { Card } from '../../components/Card.js';

/** Clarification: focus an idea for everyone, sharpen its wording, merge duplicates (with the authors' consent in the room). */
export function ClarificationTools({ view }: { view: FacilitatorView }) {
  const t = useT();
  const [editing, setEditing] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const live = new Set(view.ideas.map((idea) => idea.id));
  const chosen = selected.filter((id) => live.has(id));

  function toggleSelected(id: string) {
    setSelected((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id]));
  }

  function actions(idea: SharedIdea) {
    if (editing === idea.id) {
      return <RewordForm idea={idea} maxLength={view.settings.ideaLength} onDone={() => setEditing(null)} />;
    }
    const focused = view.focusId === idea.id;
    return (
      <>
        <button
          type="button"
          className="button button--small"
          aria-pressed={focused}
          onClick={() => void steer('idea:focus', { ideaId: focused ? null : idea.id })}
        >
          {t('host.focus')}
          <span className="visually-hidden"> {t('idea.ref', { number: idea.number })}</span>
        </button>
        <button type="button" className="button button--small" onClick={() => setEditing(idea.id)}>
          {t('host.reword')}
          <span className="visually-hidden"> {t('idea.ref', { number: idea.number })}</span>
        </button>
        <label className="choice choice--small">
          <input type="checkbox" checked={chosen.includes(idea.id)} onChange={() => toggleSelected(idea.id)} />
          <span>
            {t('host.selectForMerge')}
            <span className="visually-hidden"> {t('idea.ref', { number: idea.number })}</span>
          </span>
        </label>
      </>
    );
  }

  return (
    <Card id="work" heading={t('clarification.listHeading', { count: view.ideas.length })} hint={t('host.clarifyHint')}>
      {view.focusId && (
        <button
          type="button"
          className="button button--small"
          onClick={() => void steer('idea:focus', { ideaId: null })}
        >
          {t('host.clearFocus')}
        </button>
      )}
      {chosen.length >= 2 && (
        <MergePanel
          ideas={view.ideas.filter((idea) => chosen.includes(idea.id))}
          maxLength={view.settings.ideaLength}
          onMerged={() => setSelected([])}
        />
      )}
      <IdeaList ideas={view.ideas} focusId={view.focusId} label={t('clarification.listLabel')} actions={actions} />
    </Card>
  );
}
