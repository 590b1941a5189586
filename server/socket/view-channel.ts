import type { ViewPatch, Versioned } from '../../shared/protocol/events.js';

/** What a room last received: the base every later patch is computed from. */
interface Base<V> {
  version: number;
  view: V;
  /** Top-level keys' JSON, written the first time a key has to be compared by content. */
  json: Map<string, string>;
}

function jsonOf(base: Base<object>, key: string): string {
  let json = base.json.get(key);
  if (json === undefined) {
    json = JSON.stringify((base.view as Record<string, unknown>)[key]) ?? 'null';
    base.json.set(key, json);
  }
  return json;
}

/**
 * One view shared by a room of sockets (participants and projector, or the facilitator's
 * sockets). After a change it sends only the top-level keys that changed, as a patch on the
 * version the room holds; a socket that joins is given that same version in full, so every
 * socket of the room can apply the next patch. In ranking the list of ideas stays put while
 * "ballots in" moves, so a patch is a few bytes where the whole view was hundreds of kilobytes.
 */
export class ViewChannel<V extends object> {
  private base: Base<V> | null = null;

  /** The version a joining socket must be given: the room's, or the current one if none yet. */
  current(version: number, compute: () => V): Versioned<V> {
    if (!this.base) {
      const view = compute();
      this.base = { version, view, json: new Map() };
    }
    return { version: this.base.version, serverTime: Date.now(), view: this.base.view };
  }

  /** The message that brings the room from its version to `version`, or null when nothing changed. */
  advance(version: number, view: V): { full: Versioned<V> } | { patch: ViewPatch<V> } | null {
    const previous = this.base;
    if (!previous) {
      this.base = { version, view, json: new Map() };
      return { full: { version, serverTime: Date.now(), view } };
    }
    // Sections the views remember are the very same objects while what they read is untouched:
    // those are unchanged without being serialised. Only a key whose value is new is compared by
    // its JSON (a fresh object can still say the same).
    const next: Base<V> = { version, view, json: new Map() };
    const changes: Partial<V> = {};
    let changed = false;
    for (const [key, value] of Object.entries(view)) {
      const before = (previous.view as Record<string, unknown>)[key];
      if (value === before) {
        const known = previous.json.get(key);
        if (known !== undefined) next.json.set(key, known);
        continue;
      }
      if (jsonOf(previous, key) === jsonOf(next, key)) continue;
      (changes as Record<string, unknown>)[key] = value;
      changed = true;
    }
    // Nothing sent, so the base stays at the version the room holds: the next patch must name it.
    if (!changed) return null;
    this.base = next;
    return { patch: { version, baseVersion: previous.version, serverTime: Date.now(), changes } };
  }

  /**
   * Brings the room's base to `version` although its view did not change, so that a socket joining
   * now can be given that version in full: the room gets an empty patch; null when already there.
   */
  touch(version: number): ViewPatch<V> | null {
    const base = this.base;
    if (!base || base.version >= version) return null;
    const patch = { version, baseVersion: base.version, serverTime: Date.now(), changes: {} };
    this.base = { ...base, version };
    return patch;
  }
}
