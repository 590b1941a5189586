import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { BusyButton } from '../../components/BusyButton.js';
import { useT, type MessageKey } from '../../i18n/index.js';
import { announce } from '../../components/announcer.js';
import { setRankingDraft, submitBallot } from '../../session/participant-actions.js';
import { useAppStore } from '../../store/app-store.js';
import { unseenActions } from '../../store/outbox-slice.js';
import { BallotReceipt } from './BallotReceipt.js';
import { IdeaPicker } from './IdeaPicker.js';
import { RankedList } from './RankedList.js';
import { move, phoneBallot, toggle, type BallotStatus } from './ranking-model.js';
import { Panel } from './Panel.js';
import { ShortBallotPrompt } from './ShortBallotPrompt.js';

const STATUS_TEXT: Record<BallotStatus, MessageKey> = {
  empty: 'ranking.status.empty',
  'unsent-draft': 'ranking.status.draft',
  sending: 'ranking.status.sending',
  submitted: 'ranking.status.submitted',
  changed: 'ranking.status.changed',
};

/** Private ranking: pick the top N by tapping, order them, submit; change it until voting closes. */
export function RankingPanel() {
  const t = useT();
  const { ideas, size, round, draft, pending, mine } = useAppStore(
    useShallow((state) => {
      const ballots = unseenActions(state).filter((entry) => entry.event === 'ballot:submit');
      const last = ballots[ballots.length - 1];
      return {
        ideas: state.publicView?.view.ideas ?? [],
        size: state.publicView?.view.ballotSize ?? 0,
        round: state.publicView?.view.round ?? 1,
        draft: state.drafts.ranking,
        pending: last?.event === 'ballot:submit' ? last.payload.ranking : null,
        mine: state.privateView?.view.myBallot ?? null,
      };
    }),
  );
  const byId = new Map(ideas.map((idea) => [idea.id, idea]));
  const { ranking, status, counted } = phoneBallot(
    { draft, pending, mine, round },
    ideas.map((idea) => idea.id),
    size,
  );
  // The ballot bar is read, not spoken; the server's receipt of a ballot is spoken once.
  const previousStatus = useRef(status);
  useEffect(() => {
    if (status === 'submitted' && previousStatus.current !== 'submitted') announce(t('a11y.ballotReceived'));
    previousStatus.current = status;
  }, [status, t]);

  // After sending, the receipt shows until the person chooses to change their ranking.
  const [changing, setChanging] = useState(false);
  const [asking, setAsking] = useState(false);
  // Sent from this page (not found sent on opening it): the keyboard follows to the receipt.
  const [sentHere, setSentHere] = useState(false);
  const rankingHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (changing) rankingHeading.current?.focus();
  }, [changing]);
  function send() {
    setAsking(false);
    setChanging(false);
    setSentHere(true);
    submitBallot(ranking);
  }

  function change(next: string[], movedId: string | null) {
    setRankingDraft(next);
    if (movedId === null) return;
    const rank = next.indexOf(movedId) + 1;
    const text = byId.get(movedId)?.text ?? '';
    announce(rank > 0 ? t('ranking.announce.rank', { text, rank, size }) : t('ranking.announce.removed', { text }));
  }

  return (
    <Panel
      id="ranking"
      className="ranking"
      heading={round === 2 ? t('ranking.finalHeading', { count: size }) : t('ranking.heading', { count: size })}
      lead={t('ranking.lead', { count: size })}
    >
      {status === 'submitted' && !changing ? (
        <BallotReceipt
          ranking={ranking}
          ideas={byId}
          size={size}
          focusOnMount={sentHere}
          onChange={() => setChanging(true)}
        />
      ) : (
        <>
          {/* Before the first pick the lead says how to pick: the ideas themselves come first. */}
          {ranking.length > 0 && (
            <>
              <h2 id="my-ranking-heading" ref={rankingHeading} tabIndex={-1}>
                {t('ranking.mine', { picked: ranking.length, count: size })}
              </h2>
              <RankedList
                ranking={ranking}
                ideas={byId}
                onMove={(from, to) => change(move(ranking, from, to), ranking[from] ?? null)}
                onRemove={(index) =>
                  change(
                    ranking.filter((_, i) => i !== index),
                    ranking[index] ?? null,
                  )
                }
              />
            </>
          )}
          <h2>{t('ranking.allIdeas', { count: ideas.length })}</h2>
          {/* Before the first pick the lead above already says how to pick. */}
          {ranking.length > 0 && (
            <p className="field__hint">
              {ranking.length >= size ? t('ranking.fullHint', { count: size }) : t('ranking.pickHint')}
            </p>
          )}
          <IdeaPicker
            // Each idea once: a picked idea is in the ranking above, not again in the list.
            ideas={ideas.filter((idea) => !ranking.includes(idea.id))}
            ranking={ranking}
            size={size}
            onToggle={(id) => change(toggle(ranking, id, size), id)}
          />
          {/* Last in the page and sticky, so it stays in reach while picking from a long list. */}
          <div className="ballot-bar">
            <p className={`ballot-bar__status ballot-bar__status--${status}`}>
              {t(STATUS_TEXT[status], { count: ranking.length, size })}
            </p>
            {asking ? (
              <ShortBallotPrompt
                picked={ranking.length}
                size={size}
                onSend={send}
                onKeepPicking={() => setAsking(false)}
              />
            ) : (
              <BusyButton
                className="button button--primary button--wide"
                inactive={ranking.length === 0 || status === 'submitted' || status === 'sending'}
                onClick={() => (ranking.length < size ? setAsking(true) : send())}
              >
                {counted ? t('ranking.update') : t('ranking.submit')}
              </BusyButton>
            )}
          </div>
        </>
      )}
    </Panel>
  );
}
