import { Agent, request } from 'node:http';
import { afterAll, expect, it } from 'vitest';
import { startServer, tempDataDir } from '../support/server.js';

/**
 * A deploy's graceful stop while a browser holds a keep-alive connection that was busy when the
 * server stopped listening. Node kept answering on that connection, so a browser reconnecting
 * every second or so (as Socket.IO does) reached the stopping process again and again, and the
 * stop waited for it forever (the e2e restart and new-deployment tests hung in `stop()`).
 */

const data = tempDataDir();
afterAll(() => data.remove());

/** One request over `agent`: the status, or the error code when no answer came. */
function send(
  agent: Agent,
  port: number,
  method: string,
  path: string,
  body?: (write: (chunk: string) => void) => Promise<void>,
) {
  return new Promise<string>((resolve) => {
    const req = request({
      host: '127.0.0.1',
      port,
      method,
      path,
      agent,
      headers: { 'content-type': 'application/json' },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(String(res.statusCode)));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    if (!body) {
      req.end();
      return;
    }
    void body((chunk) => req.write(chunk)).then(() => req.end());
  });
}

it('stops while a browser keeps reusing a connection that was busy at the stop, and answers nothing after', async () => {
  const server = await startServer(data.dir);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    let stopped = false;
    let stopping: Promise<void> = Promise.resolve();
    // A request whose body is still arriving when the stop begins: its connection is busy then.
    const received = new Promise((resolve) => server.app.httpServer.once('request', resolve));
    const busy = send(agent, server.port, 'POST', '/api/sessions', async (write) => {
      write('{"title":');
      await received;
      stopping = server.app.shutdown().then(() => {
        stopped = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      write('"Late"}');
    });
    expect(await busy).toMatch(/^\d{3}$/);

    // The browser's reconnection attempts, over the same kept-alive connection (well within
    // Node's 5 s keep-alive timeout), for as long as a stop may reasonably take and then some.
    const answeredWhileStopping: string[] = [];
    for (let attempt = 0; attempt < 20 && !stopped; attempt += 1) {
      const status = await send(agent, server.port, 'GET', '/healthz');
      if (/^\d{3}$/.test(status)) answeredWhileStopping.push(status);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(stopped, `still stopping; the stopping process answered ${answeredWhileStopping.length} requests`).toBe(
      true,
    );
    await stopping;
    expect(await send(agent, server.port, 'GET', '/healthz')).toBe('ECONNREFUSED');
  } finally {
    agent.destroy();
    server.store.close();
  }
}, 20_000);
