import type { FacilitatorView } from '../../../shared/session/views.js';
import { BusyButton, useBusyAction } from '../../components/BusyButton.js';
import type { ReactNode } from 'react';
import { IdeaNumber, userSentence } from '../../components/UserText.js';
import { useT } from '../../i18n/index.js';
import { steer } from '../../session/facilitator-actions.js';
import { nextAction, type NextAction } from './next-action.js';

/** Brings a panel further down into view and puts the keyboard on its heading. */
function goTo(headingId: string): void {
  const heading = document.getElementById(headingId);
  if (!heading) return;
  heading.scrollIntoView({ block: 'start' });
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
}

function label(t: ReturnType<typeof useT>, action: NextAction): ReactNode {
  switch (action.kind) {
    case 'reveal':
      return t('host.revealRound', { round: action.round });
    case 'focus':
      return userSentence(t, 'host.next.focus', { number: <IdeaNumber number={action.number} /> });
    case 'adopt':
      return t('host.next.adopt');
    case 'describe':
      return t('host.next.describe', { count: action.missing });
  }
}

/** The top of the console: the one thing to do next, as the only primary button on screen. */
export function NextActionCard({ view }: { view: FacilitatorView }) {
  const t = useT();
  const { busy, run } = useBusyAction();
  const action = nextAction(view);
  if (!action) return null;

  function act(current: NextAction) {
    switch (current.kind) {
      case 'reveal':
        return void run(() => steer('sharing:reveal-round', {}));
      case 'focus':
        return void run(() => steer('idea:focus', { ideaId: current.ideaId }));
      case 'adopt':
        return goTo('goals-panel-heading');
      case 'describe':
        return goTo('goal-details-heading');
    }
  }

  return (
    <section className="card next-action" aria-labelledby="next-action-heading">
      <h2 id="next-action-heading" className="next-action__heading">
        {t('host.next.heading')}
      </h2>
      <BusyButton className="button button--primary button--large" inactive={busy} onClick={() => act(action)}>
        {label(t, action)}
      </BusyButton>
    </section>
  );
}
