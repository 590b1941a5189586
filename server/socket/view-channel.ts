import type { ViewPatch, Versioned } from '../../shared/protocol/events.js';

/** What a room last received: the base every later patch is computed from. */
interface Base<V> {
  version: number;
  view: V;
  /** Each top-level key's JSON, to find what changed. */
  json: Map<string, string>;
}

function keyJson(view: object): Map<string, string> {
  return new Map(Object.entries(view).map(([key, value]) => [key, JSON.stringify(value) ?? 'null']));
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
      this.base = { version, view, json: keyJson(view) };
    }
    return { version: this.base.version, serverTime: Date.now(), view: this.base.view };
  }

  /** The message that brings the room from its version to `version`, or null when nothing changed. */
  advance(version: number, view: V): { full: Versioned<V> } | { patch: ViewPatch<V> } | null {
    const json = keyJson(view);
    const previous = this.base;
    if (!previous) {
      this.base = { version, view, json };
      return { full: { version, serverTime: Date.now(), view } };
    }
    const changes: Partial<V> = {};
    let changed = false;
    for (const [key, value] of json) {
      if (previous.json.get(key) === value) continue;
      (changes as Record<string, unknown>)[key] = (view as Record<string, unknown>)[key];
      changed = true;
    }
    // Nothing sent, so the base stays at the version the room holds: the next patch must name it.
    if (!changed) return null;
    this.base = { version, view, json };
    return { patch: { version, baseVersion: previous.version, serverTime: Date.now(), changes } };
  }
}
