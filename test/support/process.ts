import { freePort } from '../../scripts/cluster/engines.js';
import { startServerProcess, type ServerProcess } from '../../scripts/cluster/server-process.js';

export { freePort, type ServerProcess };

/** Starts the real server (`server/index.ts`) as its own process and waits until it listens. */
export function spawnServer(dataDir: string, port: number, env: Record<string, string> = {}): Promise<ServerProcess> {
  return startServerProcess(port, { DATA_DIR: dataDir, ...env });
}
