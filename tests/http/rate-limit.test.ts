/**
 * Rate limits over HTTP: failed sign-in guesses per account and per address (429 with Retry-After
 * and the usual error body, before the password is checked; the window's end lets them in again),
 * wrong current passwords, and the API limit per person, else per address. Without limits
 * configured (the test servers) nothing is limited.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RateLimitSettings } from '../../src/app/context.ts';
import { setPassword } from '../../src/app/set-password.ts';
import type { Organisation, Person } from '../../src/domain/organisation.ts';
import { buildServer } from '../../src/http/server.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { operator, orgFactory, personFactory } from '../support/factories.ts';
import { as, type ErrorBody } from '../support/http.ts';

const PASSWORD = 'korrekt-hest-batteri';
const LIMITS: RateLimitSettings = {
  signInFailures: 3,
  signInFailuresPerAddress: 6,
  signInWindowMs: 15 * 60_000,
  apiRequests: 20,
  apiWindowMs: 60_000,
};

let t: TestDatabase;
let org: Organisation;
let ada: Person;
let bo: Person;
const servers: FastifyInstance[] = [];

async function server(rateLimits: RateLimitSettings | null = LIMITS): Promise<FastifyInstance> {
  const app = await buildServer(t.ctx, {
    production: false,
    logger: false,
    databaseKind: t.kind,
    rateLimits,
  });
  await app.ready();
  servers.push(app);
  return app;
}

beforeAll(async () => {
  t = await testDatabase();
  org = await orgFactory(t.ctx);
  ada = await personFactory(t.ctx, org, { role: 'admin', name: 'Ada' });
  bo = await personFactory(t.ctx, org, { name: 'Bo' });
  for (const p of [ada, bo]) await setPassword(t.ctx, operator(), org.slug, p.id, { newPassword: PASSWORD });
});
afterAll(async () => {
  for (const s of servers) await s.close();
  await t.close();
});

const signIn = (app: FastifyInstance, email: string, password: string, remoteAddress = '192.0.2.1') =>
  app.inject({ method: 'POST', url: '/api/session', remoteAddress, payload: { email, password } });

function expectLimited(res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }) {
  expect(res.statusCode).toBe(429);
  const retry = Number(res.headers['retry-after']);
  expect(retry).toBeGreaterThan(0);
  expect(retry).toBeLessThanOrEqual(15 * 60);
  const body = res.json() as ErrorBody;
  expect(body.error).toBe('rate_limited');
  expect(body.message).toEqual(expect.any(String));
  expect(body.details[0]?.problem).toMatch(/retry after \d+ seconds/);
}

describe('sign-in guesses', () => {
  it('per account: after the limit even the right password waits for the window to end', async () => {
    const app = await server();
    // Different addresses, so only the account's count is reached.
    for (let i = 0; i < 3; i++)
      expect((await signIn(app, bo.email, 'forkert', `192.0.2.${10 + i}`)).statusCode).toBe(401);
    expectLimited(await signIn(app, bo.email, PASSWORD, '192.0.2.20'));
    // Another account from the same addresses is not affected.
    expect((await signIn(app, ada.email, PASSWORD, '192.0.2.10')).statusCode).toBe(200);
    t.setNow(new Date(t.ctx.now().getTime() + 15 * 60_000));
    expect((await signIn(app, bo.email, PASSWORD, '192.0.2.20')).statusCode).toBe(200);
  });

  it('per address: one address trying many e-mails is stopped; other addresses are not', async () => {
    const app = await server();
    for (let i = 0; i < 6; i++)
      expect((await signIn(app, `ukendt${i}@example.dk`, 'forkert', '198.51.100.1')).statusCode).toBe(401);
    expectLimited(await signIn(app, ada.email, PASSWORD, '198.51.100.1'));
    expect((await signIn(app, ada.email, PASSWORD, '198.51.100.2')).statusCode).toBe(200);
  });

  it('a successful sign-in clears its account count, not the address count', async () => {
    const app = await server();
    for (let i = 0; i < 2; i++) await signIn(app, ada.email, 'forkert', '203.0.113.5');
    expect((await signIn(app, ada.email, PASSWORD, '203.0.113.5')).statusCode).toBe(200);
    for (let i = 0; i < 2; i++)
      expect((await signIn(app, ada.email, 'forkert', '203.0.113.6')).statusCode).toBe(401);
    expect((await signIn(app, ada.email, PASSWORD, '203.0.113.6')).statusCode).toBe(200);
  });

  it('wrong current passwords count as guesses', async () => {
    const app = await server();
    const change = (currentPassword: string) =>
      app.inject({
        method: 'POST',
        url: `/api/orgs/${org.slug}/people/${bo.id}/password`,
        headers: as(bo.id),
        remoteAddress: '192.0.2.99',
        payload: { currentPassword, newPassword: 'et-helt-nyt-kodeord' },
      });
    for (let i = 0; i < 3; i++) expect((await change('forkert')).statusCode).toBe(400);
    expectLimited(await change(PASSWORD));
  });

  it('without limits configured nothing is limited', async () => {
    const app = await server(null);
    for (let i = 0; i < 12; i++)
      expect((await signIn(app, `x${i}@example.dk`, 'forkert', '192.0.2.77')).statusCode).toBe(401);
  });
});

describe('the API limit', () => {
  it('per person: past the limit 429 until the window ends; another person is not affected', async () => {
    const app = await server();
    const get = (who: string) =>
      app.inject({ method: 'GET', url: `/api/orgs/${org.slug}/forums`, headers: as(who) });
    for (let i = 0; i < 20; i++) expect((await get(ada.id)).statusCode).toBe(200);
    expectLimited(await get(ada.id));
    expect((await get(bo.id)).statusCode).toBe(200);
    t.setNow(new Date(t.ctx.now().getTime() + 60_000));
    expect((await get(ada.id)).statusCode).toBe(200);
  });

  it('per address without a sign-in, on the session and health routes too', async () => {
    const app = await server();
    for (let i = 0; i < 20; i++)
      expect(
        (await app.inject({ method: 'GET', url: '/api/health', remoteAddress: '192.0.2.55' })).statusCode,
      ).toBe(200);
    expectLimited(await app.inject({ method: 'GET', url: '/api/session', remoteAddress: '192.0.2.55' }));
    expect(
      (await app.inject({ method: 'GET', url: '/api/health', remoteAddress: '192.0.2.56' })).statusCode,
    ).toBe(200);
  });
});
