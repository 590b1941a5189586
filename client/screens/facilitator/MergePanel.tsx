import { useId, useState, type FormEvent } from 'react';
import type { SharedIdea } from '../../../shared/session/views.js';
import { BusyButton, useBusyAction } from '../../components/BusyButton.js';
import { closeOnEscape } from '../../components/keys.js';
import { ChoiceGroup } from '../../components/form/ChoiceGroup.js';
import { TextField } from '../../components/form/TextField.js';
import { useT } from '../../i18n/index.js';
import { steer, type TableScope } from '../../session/facilitator-actions.js';
import { characterCount } from '../participant/my-ideas.js';
import { IdeaNumber } from '../../components/UserText.js';

/** Merges the selected duplicates into one of them, optionally with a combined wording. */
export function MergePanel({
  ideas,
  maxLength,
  scope = {},
  onMerged,
  onCancel,
}: {
  ideas: SharedIdea[];
  maxLength: number;
  /** The table whose ideas they are; the plenary's when absent. */
  scope?: TableScope;
  /** The idea kept, and the ideas folded into it. */
  onMerged: (target: SharedIdea, sources: SharedIdea[]) => void;
  /** Escape: nothing is merged and the selection is cleared. */
  onCancel: () => void;
}) {
  const t = useT();
  const id = useId();
  const [targetId, setTargetId] = useState<string | null>(null);
  const target = ideas.find((idea) => idea.id === targetId) ?? ideas[0];
  const [text, setText] = useState<string | null>(null);
  const wording = text ?? target?.text ?? '';
  const length = characterCount(wording);
  const { busy, run } = useBusyAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!target || length === 0 || length > maxLength) return;
    const sources = ideas.filter((idea) => idea.id !== target.id);
    const sourceIds = sources.map((idea) => idea.id);
    await run(async () => {
      const outcome = await steer('idea:merge', { ...scope, targetId: target.id, sourceIds, text: wording.trim() });
      if (outcome.ok) onMerged(target, sources);
    });
  }

  return (
    <form
      className="merge callout"
      onSubmit={(event) => void submit(event)}
      onKeyDown={closeOnEscape(onCancel)}
      aria-labelledby={`${id}-heading`}
    >
      <h3 id={`${id}-heading`}>{t('host.merge.heading', { count: ideas.length })}</h3>
      <ChoiceGroup
        legend={t('host.merge.keep')}
        choices={ideas.map((idea) => ({
          value: idea.id,
          label: (
            <>
              <IdeaNumber number={idea.number} /> <bdi>{idea.text}</bdi>
            </>
          ),
        }))}
        value={target?.id ?? null}
        onChange={(ideaId) => {
          setTargetId(ideaId);
          setText(null);
        }}
      />
      <TextField label={t('host.merge.wording')} rows={2} value={wording} onChange={setText} />
      <p className="field__hint">{t('host.merge.consent')}</p>
      <BusyButton
        type="submit"
        className="button button--primary"
        inactive={busy || length === 0 || length > maxLength}
      >
        {t('host.merge.submit', { count: ideas.length })}
      </BusyButton>
    </form>
  );
}
