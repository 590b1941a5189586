import { Suspense, useEffect, useRef } from 'react';
import { LoadingPage } from './components/LoadingPage.js';
import { ConnectionBanner } from './components/ConnectionBanner.js';
import { LanguageSwitch } from './components/LanguageSwitch.js';
import { useFocusRescue } from './components/focus.js';
import { NoticeList } from './components/NoticeList.js';
import { useT } from './i18n/index.js';
import { DisplayScreen, FacilitatorScreen, LandingScreen, PreworkScreen } from './lazy-screens.js';
import { parseRoute, usePathname, type Route } from './router.js';
import { JoinScreen } from './screens/join/JoinScreen.js';
import { NotFoundScreen } from './screens/NotFoundScreen.js';
import { announce } from './components/announcer.js';
import { useAppStore } from './store/app-store.js';
import { selectPhase } from './store/selectors.js';

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'landing':
      return <LandingScreen />;
    case 'join':
      return route.code ? <JoinScreen code={route.code} /> : <NotFoundScreen badCode />;
    case 'display':
      return route.code ? <DisplayScreen code={route.code} /> : <NotFoundScreen badCode />;
    case 'host':
      return route.code ? <FacilitatorScreen key={route.code} code={route.code} /> : <NotFoundScreen badCode />;
    case 'prework':
      return <PreworkScreen />;
    case 'not-found':
      return <NotFoundScreen badCode={false} />;
  }
}

/** Tells screen reader users when the session moves to another phase, wherever their focus is. */
function usePhaseAnnouncements(): void {
  const t = useT();
  const phase = useAppStore(selectPhase);
  const previous = useRef(phase);
  useEffect(() => {
    if (phase && previous.current && phase !== previous.current) {
      announce(t('announce.phase', { phase: t(`phase.${phase}`) }));
    }
    previous.current = phase;
  }, [phase, t]);
}

export function App() {
  const route = parseRoute(usePathname());
  usePhaseAnnouncements();
  useFocusRescue();
  return (
    <div className={`app app--${route.name}`}>
      <ConnectionBanner />
      <NoticeList />
      {/* The projector takes its language from its link; the console puts its skip link first. */}
      {route.name !== 'display' && route.name !== 'host' && <LanguageSwitch />}
      <Suspense fallback={<LoadingPage />}>
        <Screen route={route} />
      </Suspense>
    </div>
  );
}
