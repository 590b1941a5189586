import { useState } from 'react';
import '../../../styles/prework.css';
import { useShallow } from 'zustand/react/shallow';
import { ANSWERS, type RatificationAnswer } from '../../../../shared/session/ratification/rule.js';
import type { AnswerItem } from '../../../../shared/session/ratification/ratification-types.js';
import { PREWORK_LIMITS } from '../../../../shared/session/limits.js';
import type { RatificationView } from '../../../../shared/session/ratification/ratification-view.js';
import { OutcomeList } from '../../../components/ratification/OutcomeList.js';
import { ruleText, votersText } from '../../../components/ratification/rule-text.js';
import { useT } from '../../../i18n/index.js';
import { answerRatification } from '../../../session/participant-actions.js';
import { useAppStore } from '../../../store/app-store.js';

type Draft = Record<string, { answer: RatificationAnswer | null; reason: string }>;

function startingDraft(view: RatificationView, mine: { round: number; answers: AnswerItem[] } | null): Draft {
  const own = mine?.round === view.round ? mine.answers : [];
  return Object.fromEntries(
    view.goals.map((goal) => {
      const given = own.find((a) => a.ideaId === goal.ideaId);
      return [goal.ideaId, { answer: given?.answer ?? null, reason: given?.reason ?? '' }];
    }),
  );
}

/** One goal's three answers and an optional reason. */
function GoalQuestion(props: {
  goal: RatificationView['goals'][number];
  value: Draft[string];
  onChange: (value: Draft[string]) => void;
}) {
  const { goal, value, onChange } = props;
  const t = useT();
  const name = `ratify-${goal.ideaId}`;
  return (
    <fieldset className="field ratify-goal">
      <legend dir="auto">
        <span className="results__number">#{goal.number}</span> {goal.text}
      </legend>
      <div className="ratify-choices">
        {ANSWERS.map((answer) => (
          <label key={answer} className={`choice ratify-choice ratify-choice--${answer}`}>
            <input
              type="radio"
              name={name}
              checked={value.answer === answer}
              onChange={() => onChange({ ...value, answer })}
            />
            <span>{t(`ratify.answer.${answer}`)}</span>
          </label>
        ))}
      </div>
      <label className="field__label" htmlFor={`${name}-reason`}>
        {t('ratify.reasonLabel')}
      </label>
      <textarea
        id={`${name}-reason`}
        className="input"
        rows={2}
        maxLength={PREWORK_LIMITS.ratificationReason}
        value={value.reason}
        onChange={(event) => onChange({ ...value, reason: event.target.value })}
      />
    </fieldset>
  );
}

/** The form of an open round: every goal answered, then sent; it can be sent again until the round closes. */
function AnswerForm({ view }: { view: RatificationView }) {
  const t = useT();
  const mine = useAppStore((state) => state.privateView?.view.myAnswers ?? null);
  const [draft, setDraft] = useState<Draft>(() => startingDraft(view, mine));
  const answered = view.goals.every((goal) => draft[goal.ideaId]?.answer);
  const sent = mine?.round === view.round;
  function submit() {
    if (!answered || view.round === null) return;
    const answers = view.goals.map((goal) => {
      const { answer, reason } = draft[goal.ideaId] as { answer: RatificationAnswer; reason: string };
      return { ideaId: goal.ideaId, answer, reason };
    });
    answerRatification(view.round, answers);
  }
  return (
    <form
      className="ratify-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {view.goals.map((goal) => (
        <GoalQuestion
          key={goal.ideaId}
          goal={goal}
          value={draft[goal.ideaId] ?? { answer: null, reason: '' }}
          onChange={(value) => setDraft({ ...draft, [goal.ideaId]: value })}
        />
      ))}
      <button type="submit" className="button button--primary" aria-disabled={!answered || undefined}>
        {sent ? t('ratify.resend') : t('ratify.send')}
      </button>
      <p className="field__hint" role="status">
        {sent ? t('ratify.sent') : answered ? t('ratify.secret') : t('ratify.answerAll')}
      </p>
    </form>
  );
}

/** After the results, on the phone: the goals put to the room, answered in secret, then their outcome. */
export function RatificationPanel() {
  const t = useT();
  const { view, numbers } = useAppStore(
    useShallow((state) => ({
      view: state.publicView?.view.ratification ?? null,
      numbers: state.publicView?.view.ideas,
    })),
  );
  if (!view) return null;
  const numberOf = (ideaId: string) => numbers?.find((idea) => idea.id === ideaId)?.number ?? 0;
  return (
    <section className="ratify" aria-labelledby="ratify-heading">
      <h2 id="ratify-heading">{t('ratify.heading', { round: view.round ?? 1 })}</h2>
      <p>{ruleText(t, view.settings)}</p>
      <p className="field__hint">{votersText(t, view.settings)}</p>
      {view.open && <AnswerForm key={view.round} view={view} />}
      {view.open && <p className="stat">{t('ratify.answersIn', { count: view.answersIn })}</p>}
      {view.outcomes && (
        <>
          <h3>{t('ratify.outcomeHeading', { round: view.outcomesRound ?? 1 })}</h3>
          <OutcomeList outcomes={view.outcomes} numberOf={numberOf} />
        </>
      )}
    </section>
  );
}

/** The agreed rule, on the phone from the lobby on. */
export function RuleNotice() {
  const t = useT();
  const settings = useAppStore((state) => state.publicView?.view.settings.ratification);
  if (!settings || settings.rule.kind === 'none') return null;
  return (
    <p className="rule-notice">
      <strong>{t('ratify.ruleLabel')}</strong> {ruleText(t, settings)}
    </p>
  );
}
