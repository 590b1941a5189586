import { useId, useState, type FormEvent } from 'react';
import type { GoalDetails } from '../../../../shared/session/state.js';
import type { GoalView } from '../../../../shared/session/views.js';
import { announce } from '../../../components/announcer.js';
import { BusyButton, useBusyAction } from '../../../components/BusyButton.js';
import { closeOnEscape } from '../../../components/keys.js';
import { TextField } from '../../../components/form/TextField.js';
import { useT } from '../../../i18n/index.js';
import { steer } from '../../../session/facilitator-actions.js';
import {
  fieldName,
  GOAL_LIMITS,
  localToday,
  missingFields,
  normalizeGoal,
  sameDetails,
  validateGoal,
  type GoalFormError,
} from './goal-form.js';
import { OwnerField } from './OwnerField.js';
import { IdeaNumber } from '../../../components/UserText.js';

function detailsOf(goal: GoalView): GoalDetails {
  return { rationale: goal.rationale, owner: goal.owner, indicator: goal.indicator, targetDate: goal.targetDate };
}

/** One adopted goal's record: rationale, owner, measurable indicator, target date. */
export function GoalDetailsForm({ goal, organizations }: { goal: GoalView; organizations: string[] }) {
  const t = useT();
  const id = useId();
  const saved = detailsOf(goal);
  const [draft, setDraft] = useState<GoalDetails>(saved);
  const [errors, setErrors] = useState<GoalFormError[]>([]);
  const { busy, run } = useBusyAction();
  const set = (field: keyof GoalDetails, value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const invalid = (field: keyof GoalDetails) => errors.some((error) => error.field === field);
  const dirty = !sameDetails(draft, saved);
  const missing = missingFields(saved);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateGoal(draft, localToday());
    setErrors(found);
    if (found.length > 0) return;
    await run(async () => {
      const outcome = await steer('goal:describe', { ideaId: goal.ideaId, ...normalizeGoal(draft) });
      if (outcome.ok) announce(t('a11y.goalSaved', { number: goal.number }));
    });
  }

  /** Escape drops what was typed since the last save. */
  function dropDraft() {
    if (!dirty && errors.length === 0) return;
    setDraft(saved);
    setErrors([]);
    announce(t('a11y.draftDropped'));
  }

  const label = t('host.goals.formLabel', { number: goal.number, text: goal.text });
  return (
    <form
      className="goal-form"
      aria-label={label}
      onSubmit={(event) => void submit(event)}
      onKeyDown={closeOnEscape(dropDraft)}
      noValidate
    >
      <h4 className="goal-form__title">
        <bdi>{goal.text}</bdi> <IdeaNumber className="results__number" number={goal.number} />
      </h4>
      <OwnerField
        id={id}
        value={draft.owner}
        organizations={organizations}
        invalid={invalid('owner')}
        describedBy={`${id}-owner-hint`}
        onChange={(owner) => set('owner', owner)}
      />
      <TextField
        label={t('host.goals.indicator')}
        hint={t('host.goals.indicatorHint')}
        value={draft.indicator}
        maxLength={GOAL_LIMITS.indicator}
        invalid={invalid('indicator')}
        onChange={(value) => set('indicator', value)}
      />
      <TextField
        label={t('host.goals.targetDate')}
        className="field--inline"
        inputClassName="input--date"
        type="date"
        value={draft.targetDate}
        invalid={invalid('targetDate')}
        onChange={(value) => set('targetDate', value)}
      />
      <TextField
        label={t('host.goals.rationale')}
        rows={2}
        value={draft.rationale}
        maxLength={GOAL_LIMITS.rationale}
        invalid={invalid('rationale')}
        onChange={(value) => set('rationale', value)}
      />
      {errors.length > 0 && (
        <div className="field__error" role="alert">
          <p>{t('host.goals.errorsLabel', { number: goal.number })}</p>
          <ul>
            {errors.map((error) => (
              <li key={`${error.field}-${error.key}`}>
                {t(error.key, { ...error.params, field: t(fieldName(error.field)) })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="button-row">
        <BusyButton type="submit" className="button button--primary" inactive={busy}>
          {busy ? t('host.goals.saving') : t('host.goals.save', { number: goal.number })}
        </BusyButton>
        <p className="goal-form__status">
          {dirty
            ? t('host.goals.unsaved')
            : missing.length > 0
              ? t('host.goals.missing', { fields: missing.map((field) => t(fieldName(field))).join(', ') })
              : t('host.goals.complete')}
        </p>
      </div>
    </form>
  );
}
