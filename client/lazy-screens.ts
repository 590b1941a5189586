import { lazy } from 'react';
import { CONSOLE_AREAS, PREWORK_AREAS, SETUP_AREAS, TABLE_AREAS, type Area } from './i18n/catalogs.js';
import { loadScreenAreas } from './i18n/index.js';

// Phones open the join link: the entry holds only what a participant needs before its first view.
// The landing's set-up forms, the projector and the console load on demand, the last two with
// the messages only they show, so a phone never downloads them.

async function withMessages<T>(screen: Promise<T>, areas: readonly Area[]): Promise<T> {
  const [module] = await Promise.all([screen, loadScreenAreas(areas)]);
  return module;
}

const withConsoleMessages = <T>(screen: Promise<T>) => withMessages(screen, CONSOLE_AREAS);

export const LandingScreen = lazy(() =>
  withMessages(import('./screens/landing/LandingScreen.js'), [...SETUP_AREAS, ...TABLE_AREAS, ...PREWORK_AREAS]).then(
    (m) => ({
      default: m.LandingScreen,
    }),
  ),
);

export const DisplayScreen = lazy(() =>
  withConsoleMessages(import('./screens/display/DisplayScreen.js')).then((m) => ({ default: m.DisplayScreen })),
);

export const FacilitatorScreen = lazy(() =>
  withConsoleMessages(import('./screens/facilitator/FacilitatorScreen.js')).then((m) => ({
    default: m.FacilitatorScreen,
  })),
);

export const PreworkScreen = lazy(() =>
  withMessages(import('./screens/prework/PreworkScreen.js'), PREWORK_AREAS).then((m) => ({ default: m.PreworkScreen })),
);
