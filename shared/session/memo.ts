/**
 * A function of a few parts of a session state, remembered per first part: while that object and
 * every other part are the very same (the copy-on-write draft keeps untouched collections
 * identical), the last result is returned without computing it again. Objects are held weakly, so
 * a state that is gone takes its results with it.
 */
export function memoOn<K extends object, R, D extends readonly unknown[]>(
  compute: (key: K, ...deps: D) => R,
): (key: K, ...deps: D) => R {
  const last = new WeakMap<K, { deps: D; result: R }>();
  return (key, ...deps) => {
    const hit = last.get(key);
    if (hit && hit.deps.length === deps.length && hit.deps.every((dep, i) => dep === deps[i])) return hit.result;
    const result = compute(key, ...deps);
    last.set(key, { deps, result });
    return result;
  };
}
