import '../../styles/console-screen.css';
import { useEffect, useState } from 'react';
import { formatRoomCode } from '../../../shared/session/room-code.js';
import { useDocumentTitle } from '../../components/hooks.js';
import { LoadingPage } from '../../components/LoadingPage.js';
import { useT } from '../../i18n/index.js';
import { openConsole, takeConsoleToken } from '../../session/room-actions.js';
import { useAppStore } from '../../store/app-store.js';
import { Console } from './Console.js';

/** `/host/CODE`: the facilitator's console. Reloading it keeps control: the token stays on this device. */
export function FacilitatorScreen({ code }: { code: string }) {
  const t = useT();
  // Read once per console (the screen is keyed by code): the fragment, else what this device kept.
  const [token] = useState(() => takeConsoleToken(code));
  const attachError = useAppStore((state) => state.attachError);
  const ready = useAppStore((state) => state.facilitatorView !== null);
  useDocumentTitle(t('host.documentTitle', { code: formatRoomCode(code) }));
  useEffect(() => {
    if (token) openConsole(code, token);
  }, [code, token]);

  if (attachError === 'NOT_FOUND') {
    return (
      <main className="page page--narrow">
        <h1>{t('join.notFound', { code: formatRoomCode(code) })}</h1>
        <p>{t('host.gone')}</p>
      </main>
    );
  }
  if (!token || attachError === 'UNAUTHORIZED') {
    return (
      <main className="page page--narrow">
        <h1>{t('host.noAccess')}</h1>
        <p>{t('host.noAccessHelp')}</p>
        <a className="button" href={`/display/${formatRoomCode(code)}`}>
          {t('host.openDisplayInstead')}
        </a>
      </main>
    );
  }
  if (!ready) {
    return <LoadingPage />;
  }
  return <Console />;
}
