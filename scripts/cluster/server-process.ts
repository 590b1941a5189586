import { spawn, type ChildProcess } from 'node:child_process';

export interface ServerProcess {
  port: number;
  url: string;
  child: ChildProcess;
  pid: number;
  /** Everything it wrote to stdout and stderr. */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** One server process (`server/index.ts`; in cluster mode when `env` has DATABASE_URL and REDIS_URL), resolved once it listens. */
export async function startServerProcess(
  port: number,
  env: Record<string, string>,
  entry: string[] = ['--import', 'tsx', 'server/index.ts'],
): Promise<ServerProcess> {
  const child = spawn(process.execPath, entry, {
    env: { ...process.env, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('"message":"listening"')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`server exited before listening:\n${output}`));
    });
  });
  return { port, url: `http://127.0.0.1:${port}`, child, pid: child.pid ?? 0, output: () => output, exited };
}
