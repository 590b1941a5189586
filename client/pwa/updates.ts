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

/** Reloads when a new worker replaces the one serving this page (not when the first one claims it). */
function reloadWhenReplaced(container: ServiceWorkerContainer): void {
  let controlled = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    if (controlled) window.location.reload();
    controlled = true;
  });
}

/**
 * Keeps this page on the deployed build. With a service worker (https, or localhost), it asks the
 * worker to update: the new worker precaches the new build, takes over (skipWaiting, clientsClaim)
 * and the page reloads then. Without one (plain http on a venue's LAN, or a refused registration),
 * it reloads, and the HTML, always revalidated, is the new one.
 */
export async function keepCurrent(): Promise<void> {
  const container = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
  const registration = await container
    ?.register('/sw.js', { scope: '/', updateViaCache: 'none' })
    .catch(() => undefined);
  if (container && registration) reloadWhenReplaced(container);
  watchDeployments((build) => {
    if (registration) void registration.update().catch(() => undefined);
    else reloadOnce(build);
  });
}
