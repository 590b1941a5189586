import { useState } from 'react';
import type { FacilitatorView, SharedIdea, TableClarifying } from '../../../shared/session/views.js';
import { announce } from '../../components/announcer.js';
import { focusSoon } from '../../components/focus.js';
import { IdeaList } from '../../components/IdeaList.js';
import { useT } from '../../i18n/index.js';
import { steer, type TableScope } from '../../session/facilitator-actions.js';
import { MergePanel } from './MergePanel.js';
import { RewordForm } from './RewordForm.js';
import { Card } from '../../components/Card.js';
import { IdeaNumber, userSentence } from '../../components/UserText.js';

/** A control of one idea's row, found again after a render (or the server's view) replaced it. */
const control = (kind: 'focus' | 'reword' | 'merge', ideaId: string) => () =>
  document.querySelector<HTMLElement>(`[data-${kind}="${ideaId}"]`);

/**
 * Clarification: focus an idea for everyone, sharpen its wording, merge duplicates (with the
 * authors' consent in the room). Given `atTable`, the same tools act on that table's ideas only.
 */
export function ClarificationTools({ view, atTable }: { view: FacilitatorView; atTable?: TableClarifying }) {
  const t = useT();
  const ideas = atTable?.ideas ?? view.ideas;
  const focusId = atTable ? atTable.focusId : view.focusId;
  const scope: TableScope = atTable ? { table: atTable.tableId } : {};
  const [editing, setEditing] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  // The last merge, said on the row it went into, where the keyboard and the eye land.
  const [lastMerge, setLastMerge] = useState<{ targetId: string; numbers: number[] } | null>(null);
  const live = new Set(ideas.map((idea) => idea.id));
  const chosen = selected.filter((id) => live.has(id));

  // The merge form opens right after the checkbox ticked last, where the person is.
  const lastChosen = chosen.length >= 2 ? chosen[chosen.length - 1] : null;

  function toggleSelected(id: string) {
    const adding = !chosen.includes(id);
    setLastMerge(null);
    setSelected(adding ? [...chosen, id] : chosen.filter((x) => x !== id));
    if (adding && chosen.length >= 1) announce(t('a11y.mergeOpened', { count: chosen.length + 1 }));
  }

  function closeMerge() {
    if (lastChosen) focusSoon(control('merge', lastChosen));
    setSelected([]);
    announce(t('a11y.mergeClosed'));
  }

  function merged(target: SharedIdea, sources: SharedIdea[]) {
    setSelected([]);
    setLastMerge({ targetId: target.id, numbers: sources.map((idea) => idea.number) });
    focusSoon(control('focus', target.id));
    announce(t('a11y.merged', { number: target.number }));
  }

  function stopRewording(ideaId: string) {
    setEditing(null);
    focusSoon(control('reword', ideaId));
  }

  function actions(idea: SharedIdea) {
    if (editing === idea.id) {
      return (
        <RewordForm
          idea={idea}
          maxLength={view.settings.ideaLength}
          scope={scope}
          onDone={() => stopRewording(idea.id)}
        />
      );
    }
    const focused = focusId === idea.id;
    return (
      <>
        <button
          type="button"
          className="button button--small"
          aria-pressed={focused}
          data-focus={idea.id}
          onClick={() => void steer('idea:focus', { ...scope, ideaId: focused ? null : idea.id })}
        >
          {t('host.focus')}
          <span className="visually-hidden"> {t('idea.ref', { number: idea.number })}</span>
        </button>
        <button
          type="button"
          className="button button--small"
          data-reword={idea.id}
          onClick={() => setEditing(idea.id)}
        >
          {t('host.reword')}
          <span className="visually-hidden"> {t('idea.ref', { number: idea.number })}</span>
        </button>
        <label className="choice choice--small">
          <input
            type="checkbox"
            checked={chosen.includes(idea.id)}
            data-merge={idea.id}
            onChange={() => toggleSelected(idea.id)}
          />
          <span>
            {t('host.selectForMerge')}
            <span className="visually-hidden"> {t('idea.ref', { number: idea.number })}</span>
          </span>
        </label>
        {chosen.length === 1 && chosen[0] === idea.id && <p className="field__hint">{t('host.merge.pickAnother')}</p>}
        {lastMerge?.targetId === idea.id && (
          <p className="merge-done">
            {userSentence(t, 'host.merge.done', {
              numbers: lastMerge.numbers.map((number, i) => (
                <span key={number}>
                  {i > 0 && ', '}
                  <IdeaNumber number={number} />
                </span>
              )),
            })}
          </p>
        )}
        {idea.id === lastChosen && (
          <MergePanel
            ideas={ideas.filter((candidate) => chosen.includes(candidate.id))}
            maxLength={view.settings.ideaLength}
            scope={scope}
            onMerged={merged}
            onCancel={closeMerge}
          />
        )}
      </>
    );
  }

  return (
    <Card
      id={atTable ? `clarify-${atTable.tableId}` : 'work'}
      heading={
        atTable
          ? t('tables.clarifyHeading', { number: atTable.number, count: ideas.length })
          : t('clarification.listHeading', { count: ideas.length })
      }
      hint={t('host.clarifyHint')}
    >
      {focusId && (
        <button
          type="button"
          className="button button--small"
          onClick={() => void steer('idea:focus', { ...scope, ideaId: null })}
        >
          {t('host.clearFocus')}
        </button>
      )}
      <IdeaList ideas={ideas} focusId={focusId} label={t('clarification.listLabel')} actions={actions} />
    </Card>
  );
}
