import { useState } from 'react';
import { announce } from '../../components/announcer.js';
import { focusSoon } from '../../components/focus.js';
import { TextField } from '../../components/form/TextField.js';
import { closeOnEscape } from '../../components/keys.js';
import { useT } from '../../i18n/index.js';
import { deleteIdea, editIdea } from '../../session/participant-actions.js';
import { characterCount, type MyIdeaRow } from './my-ideas.js';

type Mode = 'view' | 'edit' | 'confirm-delete';

/** A button of this idea's row, once the row is back in view mode. */
const rowButton = (rowId: string, kind: 'edit' | 'delete') => () =>
  document.querySelector<HTMLElement>(`[data-idea-row="${rowId}"] [data-idea-action="${kind}"]`);

/** After a delete: the same place in the list (the next idea, else the one before), else the new idea field. */
function afterDelete(rowId: string): () => HTMLElement | null {
  const row = document.querySelector(`[data-idea-row="${rowId}"]`);
  const neighbour = row?.nextElementSibling ?? row?.previousElementSibling;
  const form = document.querySelector<HTMLElement>('.new-idea textarea');
  return () => neighbour?.querySelector<HTMLElement>('[data-idea-action="edit"]') ?? form;
}

/** One of my ideas during ideation: edit in place, or delete after a confirmation. */
export function MyIdeaItem({ row, maxLength, position }: { row: MyIdeaRow; maxLength: number; position: number }) {
  const t = useT();
  const [mode, setMode] = useState<Mode>('view');
  const [text, setText] = useState(row.text);
  const length = characterCount(text);
  const backTo = (kind: 'edit' | 'delete') => {
    setMode('view');
    focusSoon(rowButton(row.key, kind));
  };

  if (mode === 'edit' && row.ideaId) {
    const ideaId = row.ideaId;
    const save = () => {
      if (length === 0 || length > maxLength) return;
      if (text.trim() !== row.text) {
        editIdea(ideaId, text.trim());
        announce(t('a11y.ideaSaved', { position }));
      }
      backTo('edit');
    };
    return (
      <li className="my-idea my-idea--editing" data-idea-row={row.key} onKeyDown={closeOnEscape(() => backTo('edit'))}>
        <TextField
          label={t('ideation.editLabel', { position })}
          labelClassName="visually-hidden"
          rows={3}
          value={text}
          autoFocus
          onChange={setText}
          invalid={length > maxLength}
          hintIsError={length > maxLength}
          hint={t('ideation.chars', { length, max: maxLength })}
        />
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={save}>
            {t('ideation.save')}
          </button>
          <button type="button" className="button" onClick={() => backTo('edit')}>
            {t('ideation.cancel')}
          </button>
        </div>
      </li>
    );
  }

  return (
    <li className="my-idea" data-idea-row={row.key}>
      <p className="my-idea__text">{row.text}</p>
      {row.pending && <p className="tag tag--pending">{t('ideation.pending')}</p>}
      {mode === 'confirm-delete' && row.ideaId ? (
        <div
          className="button-row"
          role="group"
          aria-label={t('ideation.confirmDelete')}
          onKeyDown={closeOnEscape(() => backTo('delete'))}
        >
          <span className="button-row__label">{t('ideation.confirmDelete')}</span>
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              focusSoon(afterDelete(row.key));
              deleteIdea(row.ideaId as string);
              announce(t('a11y.ideaDeleted'));
            }}
          >
            {t('ideation.confirmYes')}
          </button>
          <button type="button" className="button" onClick={() => backTo('delete')} autoFocus>
            {t('ideation.confirmNo')}
          </button>
        </div>
      ) : (
        row.ideaId && (
          <div className="button-row">
            <button
              type="button"
              className="button button--small"
              data-idea-action="edit"
              onClick={() => {
                setText(row.text);
                setMode('edit');
              }}
              aria-label={t('ideation.editAria', { position })}
            >
              {t('ideation.edit')}
            </button>
            <button
              type="button"
              className="button button--small button--quiet-danger"
              data-idea-action="delete"
              onClick={() => setMode('confirm-delete')}
              aria-label={t('ideation.deleteAria', { position })}
            >
              {t('ideation.delete')}
            </button>
          </div>
        )
      )}
    </li>
  );
}
