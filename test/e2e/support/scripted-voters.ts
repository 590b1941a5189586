import type { RatificationAnswer } from '../../../shared/session/ratification/rule.js';
import { commandId, connect, must, ViewTracker, type TestSocket } from '../../support/clients.js';

/**
 * Participants on plain sockets, for the extra people of a larger room: they join under an
 * organization, write and vote through the same protocol as a phone, so the browser pages stay few
 * enough for two cores. What they do is scripted by idea text, as a person would think of it.
 */
export class ScriptedVoter {
  private constructor(
    readonly name: string,
    private readonly socket: TestSocket,
    readonly tracker: ViewTracker,
  ) {}

  static async join(url: string, code: string, name: string, organization: string): Promise<ScriptedVoter> {
    const socket = await connect(url);
    const tracker = new ViewTracker(socket);
    await must(socket, 'participant:join', { code, name, organization });
    await tracker.until((t) => t.view !== null);
    return new ScriptedVoter(name, socket, tracker);
  }

  addIdea(text: string): Promise<unknown> {
    return must(this.socket, 'idea:add', { commandId: commandId(), text });
  }

  /** Ranks the ideas by their texts, best first; waits until the ballot round is open. */
  async vote(texts: readonly string[], round: number): Promise<void> {
    await this.tracker.until((t) => t.view?.phase === 'ranking' && t.view.round === round, 10_000);
    const ideas = this.tracker.view?.ideas ?? [];
    const ranking = texts.map((text) => {
      const idea = ideas.find((candidate) => candidate.text === text);
      if (!idea) throw new Error(`${this.name} cannot find the idea "${text}"`);
      return idea.id;
    });
    await must(this.socket, 'ballot:submit', { commandId: commandId(), ranking });
  }

  /** Answers every goal of the open ratification round: `answerOf(text)` for each, a reason with objections. */
  async answer(answerOf: (text: string) => RatificationAnswer, reason = ''): Promise<void> {
    await this.tracker.until((t) => t.view?.ratification?.open === true, 10_000);
    const { round, goals } = this.tracker.view?.ratification ?? { round: 1, goals: [] };
    const answers = goals.map((goal) => {
      const answer = answerOf(goal.text);
      return { ideaId: goal.ideaId, answer, reason: answer === 'object' ? reason : '' };
    });
    await must(this.socket, 'ratification:answer', { commandId: commandId(), round, answers });
  }

  close(): void {
    this.socket.close();
  }
}
