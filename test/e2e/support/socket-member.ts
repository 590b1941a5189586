import type { RatificationAnswer } from '../../../shared/session/ratification/rule.js';
import { commandId, connect, must, ViewTracker, type TestSocket } from '../../support/clients.js';

/**
 * A participant on a plain socket who can also answer a ratification round: the extra people of a
 * room, so the browser pages stay few enough for two cores.
 */
export class SocketMember {
  private constructor(
    readonly name: string,
    private readonly socket: TestSocket,
    readonly tracker: ViewTracker,
  ) {}

  static async join(url: string, code: string, name: string, organization: string): Promise<SocketMember> {
    const socket = await connect(url);
    const tracker = new ViewTracker(socket);
    await must(socket, 'participant:join', { code, name, organization });
    await tracker.until((t) => t.view !== null);
    return new SocketMember(name, socket, tracker);
  }

  send(event: string, payload: Record<string, unknown>): Promise<unknown> {
    return must(this.socket, event, { commandId: commandId(), ...payload });
  }

  /** Ranks ideas by their texts, best first, once voting is open. */
  async vote(texts: readonly string[]): Promise<void> {
    await this.tracker.until((t) => t.view?.phase === 'ranking', 10_000);
    const ideas = this.tracker.view?.ideas ?? [];
    const ranking = texts.map((text) => ideas.find((idea) => idea.text === text)?.id ?? text);
    await this.send('ballot:submit', { ranking });
  }

  /** Answers every goal of the open round: `answer(text)` for each, with an optional reason. */
  async answer(answerOf: (text: string) => RatificationAnswer, reason = ''): Promise<void> {
    await this.tracker.until((t) => t.view?.ratification?.open === true, 10_000);
    const { round, goals } = this.tracker.view?.ratification ?? { round: 1, goals: [] };
    const answers = goals.map((goal) => ({
      ideaId: goal.ideaId,
      answer: answerOf(goal.text),
      reason: answerOf(goal.text) === 'object' ? reason : '',
    }));
    await this.send('ratification:answer', { round, answers });
  }

  close(): void {
    this.socket.close();
  }
}
