import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, expect, it } from 'vitest';
import { startServer, tempDataDir, type TestServer } from '../support/server.js';

/**
 * A deploy's graceful stop while a browser holds a keep-alive connection that was busy when the
 * server stopped listening. Node kept answering on that connection, so a browser reconnecting
 * every second or so (as Socket.IO does) reached the stopping process again and again, and the
 * stop waited for it forever (the e2e restart and new-deployment tests hung in `stop()`).
 */

const data = tempDataDir();
afterAll(() => data.remove());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The stop, and whether it has finished. */
function stopOf(server: TestServer): { promise: Promise<void>; done: () => boolean } {
  let done = false;
  const promise = server.app.shutdown().then(() => {
    done = true;
  });
  return { promise, done: () => done };
}

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
    let stop = { promise: Promise.resolve(), done: () => false };
    // A request whose body is still arriving when the stop begins: its connection is busy then.
    const received = new Promise((resolve) => server.app.httpServer.once('request', resolve));
    const busy = send(agent, server.port, 'POST', '/api/sessions', async (write) => {
      write('{"title":');
      await received;
      stop = stopOf(server);
      await pause(100);
      write('"Late"}');
    });
    expect(await busy).toMatch(/^\d{3}$/);

    // The browser's reconnection attempts, over the same kept-alive connection (well within
    // Node's 5 s keep-alive timeout), for as long as a stop may reasonably take and then some.
    const answeredWhileStopping: string[] = [];
    for (let attempt = 0; attempt < 20 && !stop.done(); attempt += 1) {
      const status = await send(agent, server.port, 'GET', '/healthz');
      if (/^\d{3}$/.test(status)) answeredWhileStopping.push(status);
      await pause(300);
    }
    expect(stop.done(), `still stopping; it answered ${answeredWhileStopping.length} requests`).toBe(true);
    // No answer: refused, or reset on a connection the stopped server closed.
    expect(await send(agent, server.port, 'GET', '/healthz')).toMatch(/^ECONN(REFUSED|RESET)$/);
  } finally {
    agent.destroy();
    server.store.close();
  }
}, 20_000);

it('stops while a browser holds a connection opened before the stop and first used after it', async () => {
  // Chromium opens spare connections ahead of need; Node's close() leaves one that never carried a
  // request open, and the browser's first reconnection attempt goes over it.
  const server = await startServer(data.dir);
  const spare = connect(server.port, '127.0.0.1');
  await once(spare, 'connect');
  let answers = 0;
  spare.on('data', () => (answers += 1));
  spare.on('error', () => undefined);
  try {
    const stop = stopOf(server);
    for (let attempt = 0; attempt < 20 && !stop.done() && !spare.destroyed; attempt += 1) {
      spare.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
      await pause(300);
    }
    await Promise.race([stop.promise, pause(3000)]);
    expect(stop.done(), `still stopping; it answered ${answers} requests on the spare connection`).toBe(true);
    expect(spare.destroyed).toBe(true);
  } finally {
    spare.destroy();
    server.store.close();
  }
}, 20_000);
