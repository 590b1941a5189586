import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatRoomCode } from '../../shared/session/room-code.js';
import { call, connect } from '../support/clients.js';
import { createAs } from '../support/forwarded.js';
import { freePort, spawnServer } from '../support/process.js';
import { runReferenceSession } from '../support/scenario.js';
import { tempDataDir } from '../support/server.js';

/** Runs the real entry (`server/index.ts`) to its end; its exit code and everything it wrote. */
function runToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
      env: { ...process.env, PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // A server that starts instead of refusing is stopped, so the test fails rather than hangs.
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('the log of a real server through a full session', () => {
  const data = tempDataDir();
  afterAll(() => data.remove());

  it('holds no room code and no token', async () => {
    const server = await spawnServer(data.dir, await freePort());
    try {
      const { room } = await runReferenceSession(server.url, async () => {});
      // Failed lookups and refused requests, which are where codes and tokens tend to be logged.
      const stranger = await connect(server.url);
      await call(stranger, 'participant:resume', { code: room.code, token: 'w'.repeat(32) });
      await call(stranger, 'facilitator:attach', { code: room.code, token: 'w'.repeat(32) });
      stranger.disconnect();
      for (const format of ['json', 'csv', 'md', 'pdf']) {
        const response = await fetch(`${server.url}/api/sessions/${room.code}/export.${format}`, {
          headers: { authorization: `Bearer ${room.facilitatorToken}` },
        });
        expect(response.status, format).toBe(200);
        await response.arrayBuffer();
      }
      const secrets = [
        room.code,
        formatRoomCode(room.code),
        room.facilitatorToken,
        ...[...room.people.values()].map((p) => p.token),
      ];
      room.close();
      server.child.kill('SIGTERM');
      await server.exited;
      const log = server.output();
      expect(log).toContain('"message":"session created"');
      expect(log).toContain('"message":"stopped"');
      expect(secrets.filter((secret) => log.includes(secret))).toEqual([]);
    } finally {
      server.child.kill('SIGKILL');
    }
  });
});

describe('limits and the proxy setting come from the environment', () => {
  const data = tempDataDir();
  afterAll(() => data.remove());

  it('TRUST_PROXY and LIMIT_SESSIONS_PER_ADDRESS_PER_HOUR reach the real server', async () => {
    const server = await spawnServer(data.dir, await freePort(), {
      TRUST_PROXY: 'loopback',
      LIMIT_SESSIONS_PER_ADDRESS_PER_HOUR: '1',
    });
    try {
      const statuses = [];
      for (const client of ['198.51.100.1', '198.51.100.1', '198.51.100.2']) {
        statuses.push(await createAs(server.url, 'From the environment', client));
      }
      expect(statuses).toEqual([201, 429, 201]);
    } finally {
      server.child.kill('SIGKILL');
      await server.exited;
    }
  });
});

describe('a data directory that cannot be written', () => {
  const data = tempDataDir();
  afterAll(() => data.remove());
  // Tests run as root, whom file modes do not stop: these are places even root cannot write.
  const notAFolder = join(data.dir, 'a-file');
  writeFileSync(notAFolder, 'not a directory');

  it.each([
    ['a directory of a read-only file system (sysfs)', '/sys/kernel'],
    ['a directory that cannot be created there', '/sys/roundtable-data'],
    ['a path below a file', join(notAFolder, 'data')],
  ])('%s: one clear error line and exit code 2, no stack', async (_label, dir) => {
    const { code, output } = await runToExit({ DATA_DIR: dir });
    expect(code).toBe(2);
    const lines = output.trim().split('\n');
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(entry).toMatchObject({ level: 'error', dataDir: dir });
    expect(String(entry.message)).toContain('DATA_DIR');
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('refuses a malformed limit setting the same way', async () => {
    const { code, output } = await runToExit({ DATA_DIR: data.dir, LIMIT_SOCKETS_PER_ADDRESS: 'lots' });
    expect(code).toBe(2);
    expect(output.trim().split('\n')).toHaveLength(1);
    expect(output).toContain('LIMIT_SOCKETS_PER_ADDRESS');
  });
});
