import type { ViewPatch } from '../../shared/protocol/events.js';
import type { Result } from '../../shared/session/result.js';
import type { PrivateView, PublicView } from '../../shared/session/views.js';
import { createTypedSocket, type AppSocket } from '../socket.js';
import { newCommandId } from '../store/outbox-slice.js';

export interface SimulatedParticipantOptions {
  url: string;
  code: string;
  name: string;
  organization?: string;
  ideas: string[];
  /** How a simulated person favours ideas: a higher taste ranks an idea higher. */
  taste: (ideaText: string) => number;
  /** Milliseconds between a simulated person's actions, so the room fills up visibly. */
  paceMs?: number;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A pretend participant on its own socket: joins, writes its ideas during ideation, shares or
 * passes in named turns, and votes once voting opens. Used by `npm run demo` and the demo button.
 */
export async function startSimulatedParticipant(options: SimulatedParticipantOptions): Promise<{ stop(): void }> {
  const pace = options.paceMs ?? 1200;
  const socket: AppSocket = createTypedSocket(options.url, { transports: ['websocket'], forceNew: true });
  let view: PublicView | null = null;
  let mine: PrivateView | null = null;
  let token: string | null = null;
  const done = new Set<string>();
  let stopped = false;

  const send = <T>(run: () => Promise<Result<T>>) => run().catch(() => null);

  async function writeIdeas(): Promise<void> {
    for (const text of options.ideas) {
      await wait(pace * (0.5 + Math.random()));
      if (stopped || view?.phase !== 'ideation') return;
      await send(() => socket.emitWithAck('idea:add', { commandId: newCommandId(), text }));
    }
    await send(() => socket.emitWithAck('ideation:done', { commandId: newCommandId(), done: true }));
  }

  async function takeTurn(): Promise<void> {
    await wait(pace);
    const next = mine?.myIdeas.find((idea) => idea.number === null && idea.status === 'active');
    if (next) await send(() => socket.emitWithAck('sharing:share', { commandId: newCommandId(), ideaId: next.id }));
    else await send(() => socket.emitWithAck('sharing:pass', { commandId: newCommandId() }));
  }

  async function vote(): Promise<void> {
    await wait(pace * (1 + Math.random() * 2));
    if (stopped || !view || view.phase !== 'ranking') return;
    const ranking = [...view.ideas]
      .map((idea) => ({ id: idea.id, score: options.taste(idea.text) + Math.random() * 0.6 }))
      .sort((a, b) => b.score - a.score)
      .slice(0, view.ballotSize)
      .map((idea) => idea.id);
    if (ranking.length > 0)
      await send(() => socket.emitWithAck('ballot:submit', { commandId: newCommandId(), ranking }));
  }

  function react(): void {
    if (!view || stopped) return;
    const once = (key: string, run: () => Promise<void>) => {
      if (done.has(key)) return;
      done.add(key);
      void run();
    };
    if (view.phase === 'ideation') once('ideas', writeIdeas);
    // A two-round session votes twice: once per round.
    if (view.phase === 'ranking') once(`vote-${view.round ?? 1}`, vote);
    if (view.phase === 'sharing' && view.turn?.participantId === mine?.participantId) {
      // One reaction per turn: the turn's identity is the number of ideas shared so far.
      once(`turn-${view.ideas.length}-${view.ideasUnshared}`, takeTurn);
    }
  }

  let version = 0;
  const resume = () =>
    token && void send(() => socket.emitWithAck('participant:resume', { code: options.code, token: token as string }));
  socket.on('session:view', (message) => {
    view = message.view;
    version = message.version;
    react();
  });
  const applyPatch = (message: ViewPatch<PublicView>) => {
    // A patch builds on the version held; after a gap the whole view is asked for again.
    if (!view || message.baseVersion !== version) {
      resume();
      return;
    }
    view = { ...view, ...message.changes };
    version = message.version;
  };
  socket.on('session:patch', (message) => {
    applyPatch(message);
    react();
  });
  // A participant's own view comes just before the public change of the same commit, if there is
  // one: the reaction waits for that, so it never acts on a private view newer than the public.
  socket.on('participant:update', (message) => {
    mine = message.private.view;
    if (message.publicFollows === undefined) react();
  });
  // After a dropped connection, come back as the same person.
  socket.on('connect', () => resume());

  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const joined = await socket.emitWithAck('participant:join', {
    code: options.code,
    name: options.name,
    ...(options.organization ? { organization: options.organization } : {}),
  });
  if (!joined.ok) {
    socket.disconnect();
    throw new Error(`${options.name} could not join: ${joined.error.message}`);
  }
  token = joined.value.token;
  return {
    stop() {
      stopped = true;
      socket.disconnect();
    },
  };
}
