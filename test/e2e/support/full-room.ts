import { commandId, connect, createSession, must, ViewTracker, type TestSocket } from '../../support/clients.js';
import { ScriptedVoter } from './scripted-voters.js';

const LONG =
  'Build one shared calendar of every member organization’s public events, translated into the three working languages, so nobody books the same hall twice and small partners are seen by the large ones; review it monthly with a named owner ';

/** Idea texts of every kind a real room writes: long (280 characters), Arabic, Chinese, emoji. */
export function roomIdeas(count: number): string[] {
  const kinds = [
    (i: number) => `${`${LONG}${i} ${'and more detail '.repeat(5)}`.slice(0, 279)}.`,
    (i: number) => `تنسيق حملات التوعية بين جميع المنظمات الأعضاء ${i}`,
    (i: number) => `为所有成员组织建立共享的志愿者名册 ${i}`,
    (i: number) => `Shared volunteer pool 🤝🌍 for emergencies ${i}`,
    (i: number) => `Quarterly joint report to funders ${i}`,
  ];
  return Array.from({ length: count }, (_, i) => (kinds[i % kinds.length] as (n: number) => string)(i + 1));
}

/** A session filled over plain sockets: the facilitator's socket and scripted participants. */
export class FullRoom {
  private constructor(
    readonly url: string,
    readonly code: string,
    readonly token: string,
    readonly host: TestSocket,
    readonly tracker: ViewTracker,
    readonly voters: ScriptedVoter[],
  ) {}

  static async open(
    url: string,
    people: number,
    title: string,
    settings: { durations?: Record<string, number> } = {},
  ): Promise<FullRoom> {
    const session = await createSession(url, {
      title,
      organizations: ['North Alliance', 'جمعية الجنوب', '东方联盟'],
      settings: { weighting: 'per-organization', ideasPerParticipant: 10, ...settings },
    });
    const host = await connect(url);
    const tracker = new ViewTracker(host);
    await must(host, 'facilitator:attach', { code: session.code, token: session.facilitatorToken });
    const orgs = ['North Alliance', 'جمعية الجنوب', '东方联盟'];
    const names = ['Ada', 'فاطمة الزهراء', '王小明', 'Sam 🎨', 'Noor', '李娜', 'Chidi', 'Yusuf'];
    const voters: ScriptedVoter[] = [];
    for (let i = 0; i < people; i += 1) {
      const name = `${names[i % names.length] ?? 'P'} ${i + 1}`;
      voters.push(await ScriptedVoter.join(url, session.code, name, orgs[i % orgs.length] ?? 'North Alliance'));
    }
    return new FullRoom(url, session.code, session.facilitatorToken, host, tracker, voters);
  }

  command(event: string, payload: Record<string, unknown> = {}): Promise<unknown> {
    return must(this.host, event, { commandId: commandId(), token: this.token, ...payload });
  }

  async advance(): Promise<void> {
    const from = this.tracker.view?.phase;
    await this.command('phase:advance', { from });
    await this.tracker.until((t) => t.view?.phase !== from);
  }

  /** Each participant writes their share of `texts`, round robin. */
  async write(texts: readonly string[]): Promise<void> {
    await Promise.all(
      this.voters.map(async (voter, v) => {
        for (let i = v; i < texts.length; i += this.voters.length) await voter.addIdea(texts[i] as string);
      }),
    );
  }

  /** Every participant ranks five ideas, each a different five, so many ideas get points. */
  async voteAll(): Promise<void> {
    const texts = (this.tracker.view?.ideas ?? []).map((idea) => idea.text);
    await Promise.all(
      this.voters.map((voter, v) =>
        voter.vote(
          Array.from({ length: 5 }, (_, i) => texts[(v * 3 + i) % texts.length] as string),
          this.tracker.view?.round ?? 1,
        ),
      ),
    );
  }

  close(): void {
    for (const voter of this.voters) voter.close();
    this.host.close();
  }
}
