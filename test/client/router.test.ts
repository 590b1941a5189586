import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../client/router.js';

describe('routes', () => {
  it.each([
    ['/', { name: 'landing' }],
    ['/join/K7PX-3M9Q', { name: 'join', code: 'K7PX3M9Q' }],
    ['/join/k7px3m9q', { name: 'join', code: 'K7PX3M9Q' }],
    ['/display/K7PX-3M9Q', { name: 'display', code: 'K7PX3M9Q' }],
    ['/host/K7PX-3M9Q', { name: 'host', code: 'K7PX3M9Q' }],
    ['/join/ABC-12', { name: 'join', code: null }],
    ['/join/UUUU-UUUU', { name: 'join', code: null }],
    ['/host', { name: 'not-found' }],
    ['/elsewhere/K7PX-3M9Q', { name: 'not-found' }],
  ])('%s', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });
});
