import { lazy } from 'react';
import { loadConsoleAreas } from './i18n/index.js';

// Phones open the join link: the entry holds only what a participant needs before its first view.
// The landing's set-up forms, the projector and the console load on demand, the last two with
// the messages only they show, so a phone never downloads them.

async function withConsoleMessages<T>(screen: Promise<T>): Promise<T> {
  const [module] = await Promise.all([screen, loadConsoleAreas()]);
  return module;
}

export const LandingScreen = lazy(() =>
  import('./screens/landing/LandingScreen.js').then((m) => ({ default: m.LandingScreen })),
);

export const DisplayScreen = lazy(() =>
  withConsoleMessages(import('./screens/display/DisplayScreen.js')).then((m) => ({ default: m.DisplayScreen })),
);

export const FacilitatorScreen = lazy(() =>
  withConsoleMessages(import('./screens/facilitator/FacilitatorScreen.js')).then((m) => ({
    default: m.FacilitatorScreen,
  })),
);
