import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { ScenarioResult } from '../../bench/result.js';

/**
 * Keeps `npm run bench` working: runs the harness's smallest profile end to end (the real server
 * process, the baseline, every scenario) and checks what it prints. Timing is never asserted:
 * the full benchmark is not a test, and this machine is shared.
 */

function runSmoke(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--smoke'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // The harness bounds itself at 90 s; this only guards against a hung child.
    const timer = setTimeout(() => child.kill('SIGKILL'), 110_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const SCENARIOS = [
  'join-storm',
  'memory',
  'one-action',
  'idea-storm',
  'votes',
  'restart',
  'many-rooms',
  'stored-sessions',
  'one-room-5000',
];
/** Scenarios only Roundtable runs: a restart with its store, and a store of past sessions. */
const ROUNDTABLE_ONLY = new Set(['restart', 'stored-sessions']);

describe('bench harness (smoke profile)', () => {
  it(
    'runs every scenario against the real server and the baseline without a failure',
    { timeout: 120_000 },
    async () => {
      const { code, stdout, stderr } = await runSmoke();
      const jsonLines = stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      const header = jsonLines[0];
      expect(header?.bench).toBe('roundtable');
      expect(header?.profile).toBe('smoke');
      const results = jsonLines.slice(1) as unknown as ScenarioResult[];

      const seen = results.map((r) => `${r.server}:${r.scenario}`).sort();
      const expected = [
        ...SCENARIOS.map((s) => `roundtable:${s}`),
        ...SCENARIOS.filter((s) => !ROUNDTABLE_ONLY.has(s)).map((s) => `baseline:${s}`),
      ].sort();
      expect(seen).toEqual(expected);
      for (const result of results) {
        expect(result, `${result.server} ${result.scenario}: ${result.error ?? result.notes.join('; ')}`).toMatchObject(
          {
            completed: true,
            failures: 0,
          },
        );
        expect(Number.isInteger(result.n) && result.n > 0).toBe(true);
        for (const value of Object.values(result.figures)) expect(value === null || Number.isFinite(value)).toBe(true);
      }
      const restart = results.find((r) => r.scenario === 'restart');
      expect(restart?.figures.ackedLost).toBe(0);
      expect(restart?.figures.back).toBe(restart?.n);
      // The readable table follows the JSON lines.
      expect(stdout).toMatch(/^scenario\s+N\s+figure\s+roundtable\s+baseline/m);
      expect(code, stderr.slice(-2000)).toBe(0);
    },
  );
});
