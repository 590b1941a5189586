import { useRef, useState } from 'react';
import { focusSoon } from '../../components/focus.js';
import { closeOnEscape } from '../../components/keys.js';
import type { FacilitatorView } from '../../../shared/session/views.js';
import { useT } from '../../i18n/index.js';
import { steer } from '../../session/facilitator-actions.js';
import { Card } from '../../components/Card.js';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/app-store.js';
import { userSentence } from '../../components/UserText.js';

type Person = FacilitatorView['participants'][number];

/** Online or offline, in words beside a mark, so it never rests on colour alone. */
function PresenceTag({ online }: { online: boolean }) {
  const t = useT();
  return (
    <span className={`presence presence--${online ? 'online' : 'offline'}`}>
      {online ? t('host.people.online') : t('host.people.offline')}
    </span>
  );
}

function PersonRow({ person, showDone, online }: { person: Person; showDone: boolean; online: boolean | null }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const remove = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    setConfirming(false);
    focusSoon(() => remove.current);
  };
  return (
    <li className="person">
      <bdi className="person__name">{person.name}</bdi>
      {person.organization && <bdi className="person__org">{person.organization}</bdi>}
      {online !== null && <PresenceTag online={online} />}
      {showDone && person.done && <span className="tag tag--done">{t('host.people.done')}</span>}
      {confirming ? (
        <span className="button-row" onKeyDown={(event) => closeOnEscape(cancel)(event)}>
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => void steer('participant:remove', { participantId: person.id })}
          >
            {userSentence(t, 'host.people.confirmRemove', { name: person.name })}
          </button>
          <button type="button" className="button button--small" onClick={cancel} autoFocus>
            {t('ideation.cancel')}
          </button>
        </span>
      ) : (
        <button
          ref={remove}
          type="button"
          className="button button--small button--quiet-danger"
          onClick={() => setConfirming(true)}
        >
          {t('host.people.remove')}
          <span className="visually-hidden"> {person.name}</span>
        </button>
      )}
    </li>
  );
}

/** Who is in the room (never who voted what), with removal for someone who should not be there. */
export function ParticipantsPanel({ view }: { view: FacilitatorView }) {
  const t = useT();
  const online = useAppStore(useShallow((state) => state.online));
  const connected = online === null ? null : new Set(online);
  const onlineCount = connected === null ? 0 : view.participants.filter((person) => connected.has(person.id)).length;
  return (
    <Card id="people" heading={t('host.people.heading', { count: view.participants.length })}>
      {view.participants.length === 0 ? (
        <p className="empty">{t('host.people.none')}</p>
      ) : (
        <>
          {connected !== null && (
            <p className="people__online">
              {t('host.people.onlineCount', { online: onlineCount, count: view.participants.length })}
            </p>
          )}
          <ul className="people">
            {view.participants.map((person) => (
              <PersonRow
                key={person.id}
                person={person}
                showDone={view.phase === 'ideation'}
                online={connected === null ? null : connected.has(person.id)}
              />
            ))}
          </ul>
        </>
      )}
      <p className="field__hint">{t('host.people.presenceHint')}</p>
      <p className="field__hint">{t('host.people.removeHint')}</p>
    </Card>
  );
}
