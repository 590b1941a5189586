import { LayeredMap } from './layered-map.js';
import type { SessionState } from './state.js';

type RecordKey = 'tables';
type MapKey = 'participants' | 'joinIds' | 'ideas' | 'ballots';
type ListKey = 'participantOrder' | 'revealed' | 'decisions' | 'tableOrder';
/** The writable form of a map the state holds read-only. */
type Writable<M> = M extends ReadonlyMap<infer K, infer V> ? LayeredMap<K, V> : never;

/**
 * A session state being changed by a run of events. The state handed in is never changed: each
 * of its collections is copied the first time an event writes to it, and then written in place,
 * so folding many events (a replay after a restart, a burst of ballots) copies each collection
 * once instead of once per event. Whoever holds the draft must not keep changing it once
 * `current` has been handed on as a finished state.
 */
export class StateDraft {
  readonly current: SessionState;
  private readonly copied = new Set<RecordKey | MapKey | ListKey>();

  constructor(base: SessionState) {
    this.current = { ...base };
  }

  /** A writable copy of one of the state's records. */
  record<K extends RecordKey>(key: K): SessionState[K] {
    if (!this.copied.has(key)) {
      this.current[key] = { ...this.current[key] };
      this.copied.add(key);
    }
    return this.current[key];
  }

  /** A writable copy of one of the state's maps (see LayeredMap: a copy costs what changed, not the whole). */
  map<K extends MapKey>(key: K): Writable<SessionState[K]> {
    if (!this.copied.has(key)) {
      (this.current[key] as ReadonlyMap<string, unknown>) = LayeredMap.copyOf<string, unknown>(this.current[key]);
      this.copied.add(key);
    }
    return this.current[key] as Writable<SessionState[K]>;
  }

  /** A writable copy of one of the state's lists. */
  list<K extends ListKey>(key: K): SessionState[K] {
    if (!this.copied.has(key)) {
      (this.current[key] as unknown[]) = [...this.current[key]];
      this.copied.add(key);
    }
    return this.current[key];
  }
}
