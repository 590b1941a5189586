import { useEffect } from 'react';
import type { FacilitatorView } from '../../../shared/session/views.js';
import { announce } from '../../components/announcer.js';
import { focusElement, focusSoon } from '../../components/focus.js';
import { useConsoleSummary } from '../../components/live-announcements.js';
import { useT } from '../../i18n/index.js';

/** The id of the phase controls' heading: where the skip link and a lost focus land. */
export const CONTROLS_HEADING_ID = 'phase-controls-heading';

/** The first stop of the Tab order: past the header and the steps, straight to the controls. */
export function SkipLink() {
  const t = useT();
  return (
    <a
      className="skip-link"
      href={`#${CONTROLS_HEADING_ID}`}
      onClick={(event) => {
        // Not a hash change: the console's address keeps no fragment (that is where a token rides).
        event.preventDefault();
        const target = document.getElementById(CONTROLS_HEADING_ID);
        if (target) focusElement(target);
      }}
    >
      {t('a11y.skipToControls')}
    </a>
  );
}

/** What the console says by itself: that it is open, then the room's counts, summed up. */
export function ConsoleVoice({ view }: { view: FacilitatorView }) {
  const t = useT();
  useConsoleSummary(view);
  const code = view.displayCode;
  useEffect(() => {
    announce(t('a11y.consoleOpen', { code }));
  }, [code, t]);
  return null;
}

/**
 * After creating a session the form is gone and the console is still loading: focus goes to the
 * console's title once it is there (a console opened by its address keeps the usual start, where
 * the first Tab reaches the skip link).
 */
export function focusConsoleTitle(): void {
  focusSoon(() => document.querySelector<HTMLElement>('.console h1'), 10_000);
}
