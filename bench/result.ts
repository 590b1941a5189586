import type { ServerKind } from './server-process.js';

export type ScenarioName =
  | 'join-storm'
  | 'memory'
  | 'one-action'
  | 'idea-storm'
  | 'votes'
  | 'restart'
  | 'many-rooms'
  | 'stored-sessions'
  | 'one-room-5000'
  | 'tables-300';

/** One scenario's outcome: one JSON line of the output. */
export interface ScenarioResult {
  scenario: ScenarioName;
  server: ServerKind;
  n: number;
  run: number;
  /** The scenario ran to its end (figures may still show failures). */
  completed: boolean;
  /** Refused or timed-out actions, participants who never saw a change, acknowledged actions lost. */
  failures: number;
  figures: Record<string, number | null>;
  notes: string[];
  error?: string;
}

/** A result for a scenario that could not run to its end. */
export function failed(
  scenario: ScenarioName,
  server: ServerKind,
  n: number,
  run: number,
  error: unknown,
): ScenarioResult {
  const message = error instanceof Error ? error.message : String(error);
  return {
    scenario,
    server,
    n,
    run,
    completed: false,
    failures: 1,
    figures: {},
    notes: [],
    error: message.slice(0, 500),
  };
}
