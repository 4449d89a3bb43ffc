/** Where the sign-in page's OpenID Connect button leads: the start URL with the wanted page as returnTo. */
import { describe, expect, it } from 'vitest';
import { oidcStartHref } from '../../src/ui/sign-in-methods.ts';

describe('oidcStartHref', () => {
  it('returns to the page the user wanted, with its query and fragment', () => {
    const href = oidcStartHref('/auth/oidc/start', {
      pathname: '/fora/CF/møder/2025-04-23',
      search: '?punkt=3&vis=alt',
      hash: '#bilag',
    });
    const url = new URL(href, 'https://fora.test');
    expect(url.pathname).toBe('/auth/oidc/start');
    expect(url.searchParams.get('returnTo')).toBe('/fora/CF/møder/2025-04-23?punkt=3&vis=alt#bilag');
    expect([...url.searchParams.keys()]).toEqual(['returnTo']);
  });

  it('returns home from the front page', () => {
    expect(oidcStartHref('/auth/oidc/start', { pathname: '/', search: '', hash: '' })).toBe(
      '/auth/oidc/start?returnTo=%2F',
    );
  });

  it('adds returnTo to a start URL that already has a query', () => {
    const url = new URL(
      oidcStartHref('/auth/oidc/start?kilde=x', { pathname: '/a', search: '', hash: '' }),
      'https://fora.test',
    );
    expect(url.searchParams.get('kilde')).toBe('x');
    expect(url.searchParams.get('returnTo')).toBe('/a');
  });
});
