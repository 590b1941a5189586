import type { ResultLine } from '../../../shared/session/results.js';
import type { GoalView } from '../../../shared/session/views.js';
import { useLocale, useT } from '../../i18n/index.js';
import { MovementNotes } from './MovementNotes.js';
import { IdeaNumber, userSentence } from '../UserText.js';

/** A YYYY-MM-DD date as the locale writes it, read as a calendar date (no time zone shift). */
export function formatTargetDate(locale: string, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

interface Props {
  goals: GoalView[];
  size?: 'normal' | 'large';
  /** The heading level where the list sits (the display's main content, or a panel's section). */
  headingLevel?: 2 | 3;
  /** The vote's lines, to say where each goal ranked and how it moved (the projector has no room for both lists). */
  lines?: ResultLine[];
}

function GoalRank({ line }: { line: ResultLine }) {
  const t = useT();
  return (
    <p className="goal__rank">
      <span>{t('goals.rank', { rank: line.rank })}</span> <MovementNotes line={line} />
    </p>
  );
}

/** The alliance's shared goals: each with its owner, indicator, target date and rationale once recorded. */
export function GoalsList({ goals, size = 'normal', headingLevel = 2, lines }: Props) {
  const t = useT();
  const locale = useLocale();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const lineOf = new Map(lines?.map((line) => [line.ideaId, line]));
  return (
    <section className={`goals goals--${size}`} aria-labelledby="goals-heading">
      <Heading id="goals-heading" className="goals__heading">
        {t('goals.heading')}
      </Heading>
      {goals.length === 0 ? (
        <p>{t('goals.none')}</p>
      ) : (
        <ol className="stack-list goals__list" aria-label={t('goals.listLabel')}>
          {goals.map((goal) => {
            const line = lineOf.get(goal.ideaId);
            return (
              <li key={goal.ideaId} className="goal">
                <p className="goal__text">
                  <bdi>{goal.text}</bdi> <IdeaNumber className="results__number" number={goal.number} />
                </p>
                <p className="goal__facts">
                  {/* The wall shows what was decided; an owner still to find is the console's business. */}
                  {goal.owner ? (
                    <span>{userSentence(t, 'goals.owner', { owner: goal.owner })}</span>
                  ) : (
                    size !== 'large' && <span>{t('goals.owner', { owner: t('goals.notRecorded') })}</span>
                  )}
                  {goal.indicator && <span>{userSentence(t, 'goals.indicator', { indicator: goal.indicator })}</span>}
                  {goal.targetDate && (
                    <span>{t('goals.targetDate', { date: formatTargetDate(locale, goal.targetDate) })}</span>
                  )}
                </p>
                {goal.rationale && (
                  <p className="goal__why">{userSentence(t, 'goals.rationale', { rationale: goal.rationale })}</p>
                )}
                {line && <GoalRank line={line} />}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
