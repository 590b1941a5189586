import { useState } from 'react';
import { BusyButton } from '../../components/BusyButton.js';
import { DEMO_ORGANIZATIONS } from '../../demo/demo-data.js';
import { useT } from '../../i18n/index.js';
import { navigate } from '../../router.js';
import { focusConsoleTitle } from '../facilitator/ConsoleA11y.js';
import { pushNotice } from '../../session/notices.js';
import { createSession } from '../../session/room-actions.js';

/**
 * Starts a session with simulated participants running in this tab, then opens its console, so
 * one person can try every phase alone. The simulation lives as long as the tab does.
 */
export function DemoButton() {
  const t = useT();
  const [busy, setBusy] = useState(false);

  async function start() {
    if (busy) return;
    setBusy(true);
    const created = await createSession({
      title: t('demo.title'),
      settings: { ballotSize: 3 },
      organizations: DEMO_ORGANIZATIONS,
    });
    if (!created?.ok) {
      setBusy(false);
      pushNotice({ tone: 'error', key: 'landing.start.network' });
      return;
    }
    // Loaded on demand: the simulation is not part of what a participant's phone downloads.
    const { startDemoParticipants } = await import('../../demo/start-demo.js');
    try {
      await startDemoParticipants(window.location.origin, created.value.code, 4);
    } catch {
      pushNotice({ tone: 'error', key: 'landing.demo.failed' });
    }
    navigate(`/host/${created.value.displayCode}`);
    focusConsoleTitle();
  }

  return (
    <BusyButton className="button button--wide" inactive={busy} onClick={() => void start()}>
      {busy ? t('landing.demo.starting') : t('landing.demo.start')}
    </BusyButton>
  );
}
