import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { BusyButton } from '../../components/BusyButton.js';
import { IdeaList } from '../../components/IdeaList.js';
import { useRevealAnnouncements } from '../../components/live-announcements.js';
import { useT } from '../../i18n/index.js';
import { announce } from '../../components/announcer.js';
import { passTurn, shareIdea } from '../../session/participant-actions.js';
import { useAppStore } from '../../store/app-store.js';
import { Panel } from './Panel.js';
import { userSentence } from '../../components/UserText.js';

/** Named turns: when it is my turn, pick one of my unshared ideas or pass. */
function MyTurn() {
  const t = useT();
  const { myIdeas, waiting } = useAppStore(
    useShallow((state) => ({
      myIdeas: state.privateView?.view.myIdeas ?? [],
      waiting: state.outbox.some((entry) => entry.event === 'sharing:share' || entry.event === 'sharing:pass'),
    })),
  );
  const unshared = myIdeas.filter((idea) => idea.number === null && idea.status === 'active');
  return (
    <div className="turn turn--mine">
      <h2>{t('sharing.yourTurn')}</h2>
      <p>{t('sharing.yourTurnHelp')}</p>
      <ul className="stack-list choice-list" aria-label={t('sharing.unsharedLabel')}>
        {unshared.map((idea) => (
          <li key={idea.id}>
            <bdi className="choice-list__text">{idea.text}</bdi>
            <BusyButton
              className="button button--primary"
              inactive={waiting}
              onClick={() => shareIdea(idea.id)}
              aria-label={t('sharing.shareAria', { text: idea.text })}
            >
              {t('sharing.share')}
            </BusyButton>
          </li>
        ))}
      </ul>
      <BusyButton className="button button--wide" inactive={waiting} onClick={passTurn}>
        {t('sharing.pass')}
      </BusyButton>
    </div>
  );
}

const NO_IDEAS: never[] = [];

/** Round-robin recording: the list grows as ideas are shared; in named turns, whose turn it is. */
export function SharingPanel() {
  const t = useT();
  const { view, me, myIdeas } = useAppStore(
    useShallow((state) => ({
      view: state.publicView?.view,
      me: state.privateView?.view.participantId,
      myIdeas: state.privateView?.view.myIdeas ?? [],
    })),
  );
  const myTurn = view?.turn !== null && view?.turn?.participantId === me;
  useRevealAnnouncements(view?.ideas ?? NO_IDEAS, view?.phase);
  const wasMyTurn = useRef(false);
  useEffect(() => {
    if (myTurn && !wasMyTurn.current) announce(t('sharing.yourTurn'));
    wasMyTurn.current = myTurn;
  }, [myTurn, t]);
  if (!view) return null;
  const named = view.settings.sharingMode === 'named-turns';
  const mineShared = myIdeas.filter((idea) => idea.number !== null).length;
  return (
    <Panel
      id="sharing"
      heading={t('sharing.heading')}
      lead={named ? t('sharing.leadNamed') : t('sharing.leadAnonymous')}
    >
      {named && myTurn && <MyTurn />}
      {named && !myTurn && (
        <p className="turn">
          {view.turn ? userSentence(t, 'sharing.turnOf', { name: view.turn.name }) : t('sharing.allShared')}
        </p>
      )}
      <p className="stat">
        {t('sharing.mine', { shared: mineShared, count: myIdeas.length })}
        {' · '}
        {t('sharing.remaining', { count: view.ideasUnshared })}
      </p>
      <h2>{t('sharing.listHeading', { count: view.ideas.length })}</h2>
      {view.ideas.length === 0 ? (
        <p className="empty">{t('sharing.empty')}</p>
      ) : (
        <IdeaList ideas={view.ideas} label={t('sharing.listLabel')} />
      )}
    </Panel>
  );
}
