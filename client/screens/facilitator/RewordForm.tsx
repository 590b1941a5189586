import { useState, type FormEvent } from 'react';
import type { SharedIdea } from '../../../shared/session/views.js';
import { announce } from '../../components/announcer.js';
import { BusyButton, useBusyAction } from '../../components/BusyButton.js';
import { closeOnEscape } from '../../components/keys.js';
import { TextField } from '../../components/form/TextField.js';
import { useT } from '../../i18n/index.js';
import { steer, type TableScope } from '../../session/facilitator-actions.js';
import { characterCount } from '../participant/my-ideas.js';
import { userSentence } from '../../components/UserText.js';

/** Sharpens an idea's wording in place; the author's original stays on record. */
export function RewordForm({
  idea,
  maxLength,
  scope = {},
  onDone,
}: {
  idea: SharedIdea;
  maxLength: number;
  /** The table whose idea it is; the plenary's when absent. */
  scope?: TableScope;
  onDone: () => void;
}) {
  const t = useT();
  const [text, setText] = useState(idea.text);
  const length = characterCount(text);
  const invalid = length === 0 || length > maxLength;
  const { busy, run } = useBusyAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (invalid) return;
    await run(async () => {
      const outcome = await steer('idea:reword', { ...scope, ideaId: idea.id, text: text.trim() });
      if (!outcome.ok) return;
      announce(t('a11y.reworded', { number: idea.number }));
      onDone();
    });
  }

  return (
    <form className="reword" onSubmit={(event) => void submit(event)} onKeyDown={closeOnEscape(onDone)}>
      <TextField
        label={t('host.rewordLabel', { number: idea.number })}
        rows={2}
        value={text}
        autoFocus
        onChange={setText}
        invalid={invalid}
        hint={
          idea.edited
            ? userSentence(t, 'host.original', { text: idea.originalText })
            : t('ideation.chars', { length, max: maxLength })
        }
      />
      <div className="button-row">
        <BusyButton type="submit" className="button button--primary button--small" inactive={busy || invalid}>
          {t('host.saveWording')}
        </BusyButton>
        <button type="button" className="button button--small" onClick={onDone}>
          {t('ideation.cancel')}
        </button>
      </div>
    </form>
  );
}
