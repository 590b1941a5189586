import { watchDeployments } from './build-check.js';

const RELOADED_FOR = 'roundtable:reloaded-for-build';

/**
 * Reloads into the new build once per deployed build (a server that keeps answering with another
 * id cannot make the page loop). A participant's drafts, queue and token are on the device already
 * (client/session/runtime.ts saves them as they change), so nothing typed is lost.
 */
function reloadOnce(build: string): void {
  try {
    if (sessionStorage.getItem(RELOADED_FOR) === build) return;
    sessionStorage.setItem(RELOADED_FOR, build);
  } catch {
    // No session storage: reload anyway; the HTML is revalidated, so the next page is current.
  }
  window.location.reload();
}

/**
 * Keeps this page on the deployed build. With a service worker (https, or localhost), it asks the
 * worker to update: the new worker precaches the new build, takes over, and the page reloads then.
 * Without one (plain http on a venue's LAN), it reloads, and the revalidated HTML is the new one.
 */
export async function keepCurrent(): Promise<void> {
  if (!('serviceWorker' in navigator)) {
    watchDeployments(reloadOnce);
    return;
  }
  const { Workbox } = await import('workbox-window');
  const worker = new Workbox('/sw.js', { scope: '/', updateViaCache: 'none' });
  worker.addEventListener('controlling', (event) => {
    // The first install takes control of a page already current; only an update needs a reload.
    if (event.isUpdate) window.location.reload();
  });
  const registered = await worker.register().catch(() => undefined);
  watchDeployments((build) => {
    if (registered) void worker.update();
    else reloadOnce(build);
  });
}
