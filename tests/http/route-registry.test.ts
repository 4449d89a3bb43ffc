/**
 * The route registry: every route the server answers is either in the API route table, whose
 * routes must pass their policy check (route-table.test.ts), or on the short list below of routes
 * that are public by design, each with its reason. A route registered any other way fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OIDC_CALLBACK_PATH, OIDC_PATH } from '../../src/domain/oidc.ts';
import { oparlRoutes } from '../../src/http/routes/oparl.ts';
import { apiRoutes, registeredRoutes } from '../../src/http/server.ts';
import { type TestServer, testServer } from '../support/http.ts';

/** Routes outside the policy-checked table, and why each is public. */
const PUBLIC_ROUTES: Record<string, string> = {
  'GET /api/health': 'liveness for the operator: version and database kind, no data',
  'GET /api/openapi.json': 'the API document: routes and schemas, no data',
  'POST /api/session': 'sign-in itself (rate limited); answers only whether the password was right',
  'GET /api/session': 'who am I: the session’s own person, or 401',
  'DELETE /api/session': 'sign-out of the own session',
  'GET /api/session/providers': 'which sign-in methods exist (labels only)',
  [`GET ${OIDC_PATH}/start`]: 'redirect to the municipality’s identity provider',
  [`GET ${OIDC_CALLBACK_PATH}`]: 'the identity provider’s answer; signs in or refuses',
  'GET /': 'the web app’s static files (no data; the app calls the API)',
  'GET /*': 'the web app’s static files (no data; the app calls the API)',
};
/** OParl is public by design (ADR 0016): it serves only what the organisation may see. */
const OPARL_REASON = 'OParl: the published record, open items only (ADR 0016)';

const key = (method: string, url: string) => `${method} ${url}`;

let s: TestServer;
beforeAll(async () => {
  s = await testServer();
});
afterAll(() => s.close());

describe('the route registry', () => {
  it('registers no route outside the policy-checked table but the public ones, each with its reason', () => {
    const table = new Set(apiRoutes.map((r) => key(r.method, r.path)));
    const oparl = new Map(oparlRoutes.map((r) => [key(r.method, r.path), r.action]));
    const registered = registeredRoutes(s.app);
    expect(registered.length).toBeGreaterThan(apiRoutes.length);
    const gets = new Set(registered.filter((r) => r.method === 'GET').map((r) => r.url));
    const unexplained: string[] = [];
    for (const { method, url } of registered) {
      const k = key(method, url);
      if (table.has(k) || PUBLIC_ROUTES[k]) continue;
      // Fastify answers HEAD for every GET route with the GET route's own handler.
      if (method === 'HEAD' && gets.has(url)) continue;
      if (oparl.has(k)) continue;
      // The OParl API's CORS preflight.
      if (method === 'OPTIONS' && url.startsWith('/oparl/')) continue;
      unexplained.push(k);
    }
    expect(unexplained, 'routes without a policy check or a reason to be public').toEqual([]);
    // Every table route is registered, and every listed public route still exists.
    const all = new Set(registered.map((r) => key(r.method, r.url)));
    for (const k of [...table, ...Object.keys(PUBLIC_ROUTES)]) expect(all, k).toContain(k);
    // OParl routes are all public and all registered.
    for (const [k, action] of oparl) {
      expect(action, `${k}: ${OPARL_REASON}`).toBe('public');
      expect(all, k).toContain(k);
    }
  });

  it('keeps every table route behind its policy action (none is public)', () => {
    for (const r of apiRoutes) expect(r.action, key(r.method, r.path)).not.toBe('public');
  });
});
