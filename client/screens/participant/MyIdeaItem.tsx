import { useState } from 'react';
import { TextField } from '../../components/form/TextField.js';
import { useT } from '../../i18n/index.js';
import { deleteIdea, editIdea } from '../../session/participant-actions.js';
import { characterCount, type MyIdeaRow } from './my-ideas.js';

type Mode = 'view' | 'edit' | 'confirm-delete';

/** One of my ideas during ideation: edit in place, or delete after a confirmation. */
export function MyIdeaItem({ row, maxLength, position }: { row: MyIdeaRow; maxLength: number; position: number }) {
  const t = useT();
  const [mode, setMode] = useState<Mode>('view');
  const [text, setText] = useState(row.text);
  const length = characterCount(text);

  if (mode === 'edit' && row.ideaId) {
    const ideaId = row.ideaId;
    const save = () => {
      if (length === 0 || length > maxLength) return;
      if (text.trim() !== row.text) editIdea(ideaId, text.trim());
      setMode('view');
    };
    return (
      <li className="my-idea my-idea--editing">
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
          <button type="button" className="button" onClick={() => setMode('view')}>
            {t('ideation.cancel')}
          </button>
        </div>
      </li>
    );
  }

  return (
    <li className="my-idea">
      <p className="my-idea__text" dir="auto">
        {row.text}
      </p>
      {row.pending && <p className="tag tag--pending">{t('ideation.pending')}</p>}
      {mode === 'confirm-delete' && row.ideaId ? (
        <div className="button-row" role="group" aria-label={t('ideation.confirmDelete')}>
          <span className="button-row__label">{t('ideation.confirmDelete')}</span>
          <button type="button" className="button button--danger" onClick={() => deleteIdea(row.ideaId as string)}>
            {t('ideation.confirmYes')}
          </button>
          <button type="button" className="button" onClick={() => setMode('view')} autoFocus>
            {t('ideation.confirmNo')}
          </button>
        </div>
      ) : (
        row.ideaId && (
          <div className="button-row">
            <button
              type="button"
              className="button button--small"
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
