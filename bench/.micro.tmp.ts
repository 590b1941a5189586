import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../server/store/sqlite-store.js';
import { SessionService } from '../server/sessions/session-service.js';
import { sessionSettingsSchema } from '../shared/session/settings.js';
import { publicView, facilitatorView } from '../shared/session/views.js';
import { seatedPrivateView } from '../shared/session/tables/table-view.js';
import { ballotKeys } from '../server/sessions/secrets.js';

const N = Number(process.argv[2] ?? 1000);
const dir = mkdtempSync(join(tmpdir(), 'rt-micro-'));
const store = new SqliteStore(join(dir, 'db.sqlite'));
const log = { info() {}, warn() {}, error(m: string, c: unknown) { console.error(m, c); } } as never;
const service = new SessionService({ store, log });
const { sessionId } = await service.create({ title: 't', settings: sessionSettingsSchema.parse({}), organizations: [] });
const F = { role: 'facilitator' } as const;
const ids: string[] = [];
const cpu = (f: () => Promise<void>) => async () => { const c = process.cpuUsage(); const t = performance.now(); await f(); const u = process.cpuUsage(c); return { cpuMs: (u.user + u.system) / 1000, wallMs: performance.now() - t }; };
const joinAll = cpu(async () => {
  await Promise.all(Array.from({ length: N }, async (_, i) => {
    const r = await service.execute(sessionId, { role: 'joiner' }, { type: 'join', name: `p${i}`, organization: null, tokenHash: `h${i}`, joinKey: null, sealedToken: null }, null);
    if (r.ok && r.value[0]?.type === 'participantJoined') ids.push(r.value[0].participantId);
  }));
});
console.log('join all (one batch)', await joinAll());
for (const from of ['lobby']) await service.execute(sessionId, F, { type: 'advancePhase', from } as never, `f:${from}`);
const salt = service.get(sessionId)!.state.ballotSalt;
const ideas = cpu(async () => {
  for (let i = 0; i < N; i++) {
    const pid = ids[i]!;
    const keys = ballotKeys(salt, `tok${i}`);
    const r = await service.execute(sessionId, { role: 'participant', participantId: pid, ballotKeys: keys }, { type: 'addIdea', text: `storm ${i}: pool the alliance's travel budget so that smaller members can send someone too` } as never, `p:${pid}:c${i}`);
    if (!r.ok) throw new Error(JSON.stringify(r));
    if (process.env.VIEWS) {
      const live = service.get(sessionId)!;
      const v = publicView(live.state);
      facilitatorView(live.state, v);
      JSON.stringify(seatedPrivateView(live.state, pid, { ballotKeys: keys }));
    }
  }
});
console.log('ideas one by one', await ideas());
store.close();
rmSync(dir, { recursive: true, force: true });
