import type { MessageKey, Translate } from '../../i18n/index.js';

export type MovementKind = 'round' | 'carried';
export type Direction = 'up' | 'down' | 'same';

export interface Movement {
  direction: Direction;
  /** Places moved, always positive (0 when the rank is the same). */
  places: number;
  before: number;
}

/** How a rank moved: a smaller rank is a better place, so going from 3 to 1 is "up 2". */
export function movementOf(before: number | null | undefined, now: number): Movement | null {
  if (before === null || before === undefined || before <= 0) return null;
  const places = Math.abs(before - now);
  const direction: Direction = now < before ? 'up' : now > before ? 'down' : 'same';
  return { direction, places, before };
}

const KEYS: Record<MovementKind, Record<Direction, MessageKey>> = {
  round: { up: 'movement.round.up', down: 'movement.round.down', same: 'movement.round.same' },
  carried: { up: 'movement.carried.up', down: 'movement.carried.down', same: 'movement.carried.same' },
};

/** The arrow a sighted reader scans for; screen readers get the words instead. */
export const ARROWS: Record<Direction, string> = { up: '▲', down: '▼', same: '=' };

/** The movement in words, e.g. "up 2 places since the preliminary vote (was 3)". */
export function movementText(t: Translate, kind: MovementKind, movement: Movement): string {
  return t(KEYS[kind][movement.direction], { count: movement.places, before: movement.before });
}
