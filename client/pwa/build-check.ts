import { appStore } from '../store/app-store.js';

/** Written into index.html by the build (scripts/build/build-id.ts). */
const BUILD_META = 'roundtable-build';
const BUILD_FILE = '/build.json';

/** The build this page runs, or null in development (no build id there). */
export function pageBuild(): string | null {
  return document.querySelector<HTMLMetaElement>(`meta[name="${BUILD_META}"]`)?.content ?? null;
}

/** The build the server deploys now; null when it cannot be asked (offline). */
export async function deployedBuild(): Promise<string | null> {
  try {
    // Never from a cache: the service worker leaves build.json alone and the server revalidates it.
    const response = await fetch(BUILD_FILE, { cache: 'no-store' });
    if (!response.ok) return null;
    const body = (await response.json()) as { build?: unknown };
    return typeof body.build === 'string' ? body.build : null;
  } catch {
    return null;
  }
}

/**
 * Calls `onNewBuild` with the deployed build whenever it differs from this page's: checked once
 * now, after every reconnection (a deployment restarts the server) and when the phone wakes up.
 */
export function watchDeployments(onNewBuild: (build: string) => void): void {
  const mine = pageBuild();
  if (!mine) return;
  const check = async () => {
    const deployed = await deployedBuild();
    if (deployed && deployed !== mine) onNewBuild(deployed);
  };
  void check();
  appStore.subscribe((state, previous) => {
    if (state.status === 'connected' && previous.status !== 'connected') void check();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void check();
  });
}
