import { LayeredMap } from '../../shared/session/layered-map.js';
import type { SessionState } from '../../shared/session/state.js';

function withPlainMaps(state: SessionState): SessionState {
  const entries = Object.entries(state).map(([key, value]) => [
    key,
    value instanceof LayeredMap ? new Map(value as LayeredMap<unknown, unknown>) : value,
  ]);
  return Object.fromEntries(entries) as SessionState;
}

/**
 * A deep copy of a session state that shares no object with it, its layered maps turned into plain
 * ones: structuredClone would keep a LayeredMap's fields but not its class, and two states holding
 * the same entries may be layered differently (one replayed from the file, one built batch by batch).
 */
export function plainState(state: SessionState): SessionState {
  return structuredClone(withPlainMaps(state));
}

/** The same for a session held in memory (its state, version and command keys). */
export function plainSession<T extends { state: SessionState }>(live: T | undefined): T | undefined {
  return live && structuredClone({ ...live, state: withPlainMaps(live.state) });
}
