import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stopPid, tempDir, waitForPort } from './engines.js';

/**
 * The proxy in front of the processes. Every request about a room goes to the same process: the
 * room code is the hash key (`?room=` on Socket.IO's handshake and polling requests, the path of
 * an export), on a consistent ring so that adding a process moves about 1/n of the rooms. Other
 * requests (the app's files, creating a session, a socket opened before its page knows a room) go
 * by the client's address, so that the long-polling requests of one connection stay together. A process that refuses
 * connections is skipped (`proxy_next_upstream`), and its rooms go to the next on the ring.
 *
 * `max_fails=0`: nginx never marks a process down. With passive marking (`max_fails=1
 * fail_timeout=3s`), after a process was stopped and started again, one room's connections went to
 * both processes for seconds (nginx sends a marked process only a probe now and then until one
 * succeeds), and the room bounced between them, each move closing every socket of the room: 3 to
 * 5 extra takeovers in test/cluster/tables-cluster.test.ts, none without marking. Without it,
 * every request tries its room's process first and moves on when the connection is refused; a
 * host that accepts but never answers (paused, hung) holds each request until a timeout, so put
 * an active health check in front in production (docs/scaling.md).
 */
export function nginxConfig(dir: string, listenPort: number, upstreamPorts: number[]): string {
  const servers = upstreamPorts.map((port) => `    server 127.0.0.1:${port} max_fails=0;`).join('\n');
  return `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 8192; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  map $http_upgrade $connection_upgrade { default upgrade; '' close; }
  map $uri $room_in_path { ~^/api/sessions/(?<c>[^/]+)/export $c; default ''; }
  map "$arg_room$room_in_path" $room_key { '' $remote_addr; default "$arg_room$room_in_path"; }
  upstream roundtable {
    hash $room_key consistent;
${servers}
  }
  server {
    listen 127.0.0.1:${listenPort};
    location / {
      proxy_pass http://roundtable;
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 2s;
      # Long-polling holds a request open up to Socket.IO's ping interval (25 s).
      proxy_read_timeout 60s;
      proxy_buffering off;
    }
  }
}
`;
}

export interface Nginx {
  port: number;
  url: string;
  dir: string;
  pid(): number;
  /** Rewrites the upstream list and reloads (SIGHUP): new connections follow the new ring. */
  reload(upstreamPorts: number[]): Promise<void>;
  stop(): Promise<void>;
}

export async function startNginx(listenPort: number, upstreamPorts: number[]): Promise<Nginx> {
  const dir = tempDir('nginx');
  mkdirSync(join(dir, 'tmp'), { recursive: true });
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, nginxConfig(dir, listenPort, upstreamPorts));
  const child: ChildProcess = spawn('nginx', ['-p', dir, '-c', conf], { stdio: 'ignore' });
  await waitForPort(listenPort);
  return {
    port: listenPort,
    url: `http://127.0.0.1:${listenPort}`,
    dir,
    pid: () => child.pid ?? 0,
    reload: async (ports) => {
      writeFileSync(conf, nginxConfig(dir, listenPort, ports));
      child.kill('SIGHUP');
      // The new workers take over within a few milliseconds.
      await new Promise((resolve) => setTimeout(resolve, 300));
    },
    stop: async () => {
      if (child.pid) await stopPid(child.pid, 'SIGQUIT');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
