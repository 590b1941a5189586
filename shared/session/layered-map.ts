/**
 * A map that a state draft can copy in time proportional to what changed since the last
 * flattening, not to its size. Each version is a flat `base`, shared with the versions before it
 * and never written, plus its own `changes` (keys set since that base). Copying a version copies
 * only its changes; once they outgrow the square root of the base (a copy then costs about as much
 * as a flattening amortised over the versions that follow), the copy is flattened instead.
 *
 * It holds what a session's maps hold and only grows: a key is set, or set again, never deleted
 * (a removed participant or a withdrawn idea keeps its entry, flagged). Iteration follows Map's
 * order for that case: keys in the order they were first set, a value set again in place.
 *
 * Before, every batch copied each map it wrote to whole: a join storm copied the roster once per
 * batch, an idea storm the idea pool once per idea (with 1,000 people, about a sixth of all the
 * server allocated; see docs/performance.md, round six).
 */
export class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  readonly [Symbol.toStringTag] = 'LayeredMap';

  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly changes: Map<K, V>,
    /** Keys of `changes` that `base` lacks. */
    private added: number,
  ) {}

  /**
   * A writable copy of `source`, which is left as it was. A plain map becomes the base as it is: a
   * state's maps are read-only, so nothing writes to it afterwards.
   */
  static copyOf<K, V>(source: ReadonlyMap<K, V>): LayeredMap<K, V> {
    if (!(source instanceof LayeredMap)) return new LayeredMap(source, new Map(), 0);
    const layered = source as LayeredMap<K, V>;
    if (layered.changes.size ** 2 <= Math.max(layered.base.size, MIN_CHANGES ** 2))
      return new LayeredMap(layered.base, copy(layered.changes), layered.added);
    return new LayeredMap(copy(layered), new Map(), 0);
  }

  /**
   * The flat map a version builds on and the keys set since. The base is never written, so what is
   * derived from it can be kept on it and corrected by the changes (at most about √N of them); a
   * plain map is its own base.
   */
  static layersOf<K, V>(map: ReadonlyMap<K, V>): { base: ReadonlyMap<K, V>; changes: ReadonlyMap<K, V> } {
    return map instanceof LayeredMap ? { base: map.base, changes: map.changes } : { base: map, changes: NO_CHANGES };
  }

  get size(): number {
    return this.base.size + this.added;
  }

  get(key: K): V | undefined {
    return this.changes.has(key) ? this.changes.get(key) : this.base.get(key);
  }

  has(key: K): boolean {
    return this.changes.has(key) || this.base.has(key);
  }

  /** Only for the draft that made this copy, before it hands the state on. */
  set(key: K, value: V): this {
    if (!this.changes.has(key) && !this.base.has(key)) this.added += 1;
    this.changes.set(key, value);
    return this;
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    const { base, changes } = this;
    base.forEach((value, key) => callback.call(thisArg, changes.has(key) ? (changes.get(key) as V) : value, key, this));
    changes.forEach((value, key) => {
      if (!base.has(key)) callback.call(thisArg, value, key, this);
    });
  }

  // Iterators go through an array built by forEach: a generator would allocate a result object per
  // key, and reading every idea at every decision made that the largest source of garbage.
  entries(): MapIterator<[K, V]> {
    return this.changes.size === 0 ? this.base.entries() : this.listed((value, key) => [key, value]);
  }

  keys(): MapIterator<K> {
    return this.changes.size === 0 ? this.base.keys() : this.listed((_, key) => key);
  }

  values(): MapIterator<V> {
    return this.changes.size === 0 ? this.base.values() : this.listed((value) => value);
  }

  private listed<T>(pick: (value: V, key: K) => T): MapIterator<T> {
    const list: T[] = [];
    this.forEach((value, key) => list.push(pick(value, key)));
    return list.values();
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}

const NO_CHANGES: ReadonlyMap<never, never> = new Map<never, never>();

/** Below this many changes a copy never flattens: copying a few keys is cheaper than a pass. */
const MIN_CHANGES = 32;

function copy<K, V>(source: ReadonlyMap<K, V>): Map<K, V> {
  const target = new Map<K, V>();
  source.forEach((value, key) => target.set(key, value));
  return target;
}
