import { useId, type FormEvent } from 'react';
import { TextField } from '../../components/form/TextField.js';
import { useT } from '../../i18n/index.js';
import { addIdea, setIdeaDraft } from '../../session/participant-actions.js';
import { useAppStore } from '../../store/app-store.js';
import { characterCount } from './my-ideas.js';

/** Writes a new idea; the text is a draft kept on the device until it is added. */
export function NewIdeaForm({ maxLength, full, onAdded }: { maxLength: number; full: boolean; onAdded?: () => void }) {
  const t = useT();
  const id = useId();
  const draft = useAppStore((state) => state.drafts.ideaText);
  const length = characterCount(draft);
  const tooLong = length > maxLength;
  const empty = length === 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (empty || tooLong || full) return;
    addIdea(draft.trim());
    onAdded?.();
    document.getElementById(id)?.focus();
  }

  return (
    <form onSubmit={submit} className="form new-idea">
      <TextField
        id={id}
        label={t('ideation.newLabel')}
        rows={3}
        value={draft}
        onChange={setIdeaDraft}
        onKeyDown={(event) => {
          // Enter adds the idea, as in a chat; Shift+Enter still makes a new line.
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) submit(event);
        }}
        disabled={full}
        invalid={tooLong}
        hintIsError={tooLong}
        hint={
          full
            ? t('ideation.full')
            : tooLong
              ? t('ideation.tooLong', { count: length - maxLength })
              : t('ideation.chars', { length, max: maxLength })
        }
      />
      <button type="submit" className="button button--primary button--wide" disabled={empty || tooLong || full}>
        {t('ideation.add')}
      </button>
    </form>
  );
}
