import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/index.js';
import { dropRankingDraft, setIdeaDraft } from '../../session/participant-actions.js';
import { useAppStore } from '../../store/app-store.js';

/**
 * What a participant typed or arranged when the phase ended under them (the timer ran out, or the
 * facilitator moved on): never dropped silently. The draft stays on the device and is shown here,
 * with what happened to it, until the person copies or dismisses it.
 */
export function LeftoverDrafts() {
  const t = useT();
  const { phase, ideaText, ranking, ideas } = useAppStore(
    useShallow((state) => ({
      phase: state.publicView?.view.phase ?? null,
      ideaText: state.drafts.ideaText.trim(),
      ranking: state.drafts.ranking,
      ideas: state.publicView?.view.ideas,
    })),
  );
  const ideaLeft = ideaText !== '' && phase !== null && phase !== 'lobby' && phase !== 'ideation';
  const ballotLeft = ranking !== null && ranking.length > 0 && (phase === 'discussion' || phase === 'results');
  if (!ideaLeft && !ballotLeft) return null;
  const textOf = (id: string) => ideas?.find((idea) => idea.id === id)?.text ?? '';
  return (
    <section className="callout callout--warning leftover" aria-labelledby="leftover-heading">
      <h2 id="leftover-heading" className="leftover__heading">
        {ideaLeft ? t('leftover.ideaHeading') : t('leftover.ballotHeading')}
      </h2>
      {ideaLeft && (
        <>
          <p>{t('leftover.ideaBody')}</p>
          <p className="leftover__text" dir="auto">
            {ideaText}
          </p>
          <div className="leftover__actions">
            <button type="button" className="button" onClick={() => void navigator.clipboard?.writeText(ideaText)}>
              {t('leftover.copy')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setIdeaDraft('')}>
              {t('leftover.dismiss')}
            </button>
          </div>
        </>
      )}
      {!ideaLeft && ballotLeft && (
        <>
          <p>{t('leftover.ballotBody')}</p>
          <ol className="leftover__ranking">
            {ranking.map((id) => (
              <li key={id} dir="auto">
                {textOf(id)}
              </li>
            ))}
          </ol>
          <button type="button" className="button button--quiet" onClick={dropRankingDraft}>
            {t('leftover.dismiss')}
          </button>
        </>
      )}
    </section>
  );
}
