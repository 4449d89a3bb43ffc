/**
 * OpenID Connect sign-in against a real provider (oidc-provider on 127.0.0.1): Fora's routes are
 * driven with inject, the provider's pages with fetch, cookies carried by hand. A person the
 * provider vouches for gets the same session as a password sign-in; a forged state, an unknown
 * e-mail or a foreign return address get nothing.
 */
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OIDC_DEFAULT_LABEL } from '../../src/domain/oidc.ts';
import type { Organisation, Person } from '../../src/domain/organisation.ts';
import { buildServer } from '../../src/http/server.ts';
import { auditEvents, sessions } from '../../src/store/schema.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { orgFactory, personFactory } from '../support/factories.ts';
import { startTestProvider, type TestProvider } from '../support/oidc-provider.ts';

const PUBLIC_URL = 'https://fora.test';
let t: TestDatabase;
let app: FastifyInstance;
let provider: TestProvider;
let org: Organisation;
let anna: Person;

beforeAll(async () => {
  t = await testDatabase();
  org = await orgFactory(t.ctx);
  anna = await personFactory(t.ctx, org, { name: 'Anna Ørsted', email: 'anna.orsted@example.dk' });
  // Known, but in another organisation than the provider's.
  await personFactory(t.ctx, await orgFactory(t.ctx), { email: 'fremmed@example.dk' });
  provider = await startTestProvider({
    redirectUri: `${PUBLIC_URL}/auth/oidc/callback`,
    // The provider's spelling of the address may differ in case.
    emails: { anna: 'Anna.Orsted@example.dk', ukendt: 'ukendt@example.dk', fremmed: 'fremmed@example.dk' },
  });
  t.ctx.settings.publicUrl = PUBLIC_URL;
  t.ctx.settings.oidc = {
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    label: OIDC_DEFAULT_LABEL,
    emailClaim: 'email',
    org: org.slug,
  };
  app = await buildServer(t.ctx, { production: false, logger: false, databaseKind: t.kind });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await provider?.close();
  await t?.close();
});

const setCookies = (res: LightMyRequestResponse): string[] => {
  const h = res.headers['set-cookie'];
  return h === undefined ? [] : Array.isArray(h) ? h : [h];
};
const cookieValue = (res: LightMyRequestResponse, name: string): string | undefined =>
  setCookies(res)
    .map((c) => new RegExp(`^${name}=([^;]*);`).exec(c)?.[1])
    .find((v) => v !== undefined);
const sessionCount = async () => (await t.db.select().from(sessions)).length;

/** Starts at Fora, signs in at the provider as `login`, and answers Fora's callback URL and the state cookie. */
async function throughProvider(login: string, returnTo = '/fora/chefforum') {
  const start = await app.inject({
    method: 'GET',
    url: `/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`,
  });
  expect(start.statusCode, start.body).toBe(302);
  const stateCookie = cookieValue(start, 'fora_oidc') ?? '';
  const back = await provider.signInAt(String(start.headers.location), login);
  expect(`${back.origin}${back.pathname}`).toBe(`${PUBLIC_URL}/auth/oidc/callback`);
  return { start, back, stateCookie };
}

const callback = (back: URL, cookie: string) =>
  app.inject({ method: 'GET', url: `${back.pathname}${back.search}`, headers: { cookie } });

describe('OpenID Connect sign-in', () => {
  it('sends the browser to the provider with PKCE (S256), state and nonce kept in a short-lived cookie', async () => {
    const start = await app.inject({ method: 'GET', url: '/auth/oidc/start?returnTo=/fora' });
    expect(start.statusCode).toBe(302);
    const to = new URL(String(start.headers.location));
    expect(to.origin).toBe(provider.issuer);
    expect(Object.fromEntries(to.searchParams)).toMatchObject({
      client_id: provider.clientId,
      response_type: 'code',
      redirect_uri: `${PUBLIC_URL}/auth/oidc/callback`,
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      state: expect.any(String),
      nonce: expect.any(String),
    });
    expect(setCookies(start)).toEqual([
      expect.stringMatching(
        /^fora_oidc=[A-Za-z0-9_-]+; Path=\/auth\/oidc; Max-Age=600; HttpOnly; SameSite=Lax; Secure$/,
      ),
    ]);
    // The verifier and nonce never leave in the URL.
    const saved = JSON.parse(Buffer.from(cookieValue(start, 'fora_oidc') ?? '', 'base64url').toString());
    expect(to.searchParams.get('state')).toBe(saved.state);
    expect(to.search).not.toContain(saved.verifier);
  });

  it('signs a known person in: a session cookie, GET /api/session names them, an audit row, back to returnTo', async () => {
    const before = await sessionCount();
    const { back, stateCookie } = await throughProvider('anna', '/fora/chefforum?tab=kalender');
    const res = await callback(back, `fora_oidc=${stateCookie}`);
    expect(res.statusCode, res.body).toBe(302);
    expect(res.headers.location).toBe('/fora/chefforum?tab=kalender');
    const token = cookieValue(res, 'fora_session');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(setCookies(res)).toEqual([
      'fora_oidc=; Path=/auth/oidc; Max-Age=0; HttpOnly; SameSite=Lax; Secure',
      `fora_session=${token}; Path=/; Max-Age=43200; HttpOnly; SameSite=Lax; Secure`,
    ]);
    expect(await sessionCount()).toBe(before + 1);

    const me = await app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: `fora_session=${token}` },
    });
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json().person).toMatchObject({ id: anna.id, name: 'Anna Ørsted', orgSlug: org.slug });

    const rows = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'session.sign_in'), eq(auditEvents.objectId, anna.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      orgId: org.id,
      actorPersonId: anna.id,
      detail: { method: 'oidc', issuer: provider.issuer },
    });

    // The state is good once: the same callback again signs nobody in.
    const again = await callback(back, `fora_oidc=${stateCookie}`);
    expect(again.statusCode).toBe(401);
    expect(cookieValue(again, 'fora_session')).toBeUndefined();
    expect(await sessionCount()).toBe(before + 1);
  });

  it('refuses a callback whose state is not the one this browser was given, or without the state cookie', async () => {
    const before = await sessionCount();
    const { back, stateCookie } = await throughProvider('anna');
    const forged = new URL(back);
    forged.searchParams.set('state', 'en-anden-tilstand');
    for (const [url, cookie] of [
      [forged, `fora_oidc=${stateCookie}`],
      [back, ''],
    ] as const) {
      const res = await callback(url, cookie);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toContain('Log ind kunne ikke gennemføres');
      expect(cookieValue(res, 'fora_session')).toBeUndefined();
    }
    expect(await sessionCount()).toBe(before);
  });

  it.each(['ukendt', 'fremmed'])(
    'refuses %s, whom the provider knows but Fora does not know in its organisation, in Danish, and audits it',
    async (login) => {
      const before = await sessionCount();
      const { back, stateCookie } = await throughProvider(login);
      const res = await callback(back, `fora_oidc=${stateCookie}`);
      expect(res.statusCode, res.body).toBe(401);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toContain(`Kontoen ${login}@example.dk er ikke kendt i Fora`);
      expect(cookieValue(res, 'fora_session')).toBeUndefined();
      expect(await sessionCount()).toBe(before);
      const rows = await t.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'session.sign_in_failed'), eq(auditEvents.orgId, org.id)));
      expect(rows.map((r) => r.detail)).toContainEqual(
        expect.objectContaining({ email: `${login}@example.dk`, reason: 'unknown e-mail', method: 'oidc' }),
      );
    },
  );

  it.each(['//evil.example', '/\\evil.example', 'https://evil.example/'])(
    'returns to / instead of the foreign address %s',
    async (returnTo) => {
      const { back, stateCookie } = await throughProvider('anna', returnTo);
      const res = await callback(back, `fora_oidc=${stateCookie}`);
      expect(res.statusCode, res.body).toBe(302);
      expect(res.headers.location).toBe('/');
      expect(cookieValue(res, 'fora_session')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    },
  );
});

describe('GET /api/session/providers', () => {
  it('tells the sign-in page about the provider and its button text', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/session/providers' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      password: true,
      oidc: { label: 'Log ind med organisationens konto', startUrl: '/auth/oidc/start' },
    });
  });

  it('says password only when no provider is configured, and the OpenID routes answer 404', async () => {
    const off = await buildServer(
      { ...t.ctx, settings: { ...t.ctx.settings, oidc: null } },
      { production: false, logger: false, databaseKind: t.kind },
    );
    try {
      const res = await off.inject({ method: 'GET', url: '/api/session/providers' });
      expect(res.json()).toEqual({ password: true, oidc: null });
      const start = await off.inject({ method: 'GET', url: '/auth/oidc/start' });
      expect(start.statusCode).toBe(404);
      expect(setCookies(start)).toEqual([]);
    } finally {
      await off.close();
    }
  });
});
