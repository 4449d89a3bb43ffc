/**
 * The session contract over HTTP: the cookie and its flags, GET/DELETE /api/session, the CSRF
 * header on every change signed in by the cookie (nothing changes without it), the cookie before
 * the development header, production mode, and no secret in any answer or log line.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPassword } from '../../src/app/set-password.ts';
import type { Organisation, Person } from '../../src/domain/organisation.ts';
import { buildServer } from '../../src/http/server.ts';
import { accounts } from '../../src/store/schema.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { operator, orgFactory, personFactory } from '../support/factories.ts';
import { as, type TestServer, testServer } from '../support/http.ts';

const PASSWORD = 'korrekt-hest-batteri';
const logLines: string[] = [];
const seen: string[] = [];
let t: TestDatabase;
let app: FastifyInstance;
let org: Organisation;
let admin: Person;
beforeAll(async () => {
  t = await testDatabase();
  const logStream = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  app = await buildServer(t.ctx, { production: false, logger: 'trace', databaseKind: t.kind, logStream });
  await app.ready();
  org = await orgFactory(t.ctx);
  admin = await personFactory(t.ctx, org, { role: 'admin', name: 'Ada Administrator' });
  await setPassword(t.ctx, operator(), org.slug, admin.id, { newPassword: PASSWORD });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

async function inject(options: InjectOptions): Promise<LightMyRequestResponse> {
  const res = await app.inject(options);
  seen.push(res.body, JSON.stringify(res.headers));
  return res;
}

interface SignedIn {
  cookie: string;
  token: string;
  csrfToken: string;
  res: LightMyRequestResponse;
}
async function signIn(email = admin.email, password = PASSWORD): Promise<SignedIn> {
  const res = await inject({ method: 'POST', url: '/api/session', payload: { email, password } });
  expect(res.statusCode, res.body).toBe(200);
  const setCookie = String(res.headers['set-cookie']);
  const token = /^fora_session=([^;]+);/.exec(setCookie)?.[1] ?? '';
  return { cookie: `fora_session=${token}`, token, csrfToken: res.json().csrfToken, res };
}

const units = async () =>
  (await inject({ method: 'GET', url: `/api/orgs/${org.slug}/units`, headers: as('operator') })).body;

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Lax cookie for the whole site, and answers the person and CSRF token', async () => {
    const { res, token, csrfToken } = await signIn();
    expect(res.headers['set-cookie']).toBe(
      `fora_session=${token}; Path=/; Max-Age=43200; HttpOnly; SameSite=Lax`,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({
      person: {
        id: admin.id,
        name: 'Ada Administrator',
        email: admin.email,
        title: admin.title,
        orgSlug: org.slug,
        orgName: org.name,
        role: 'admin',
      },
      csrfToken,
    });
    expect(res.body).not.toContain(token);
  });

  it('adds Secure when the installation is served over https', async () => {
    t.ctx.settings.publicUrl = 'https://fora.example.dk';
    try {
      const { res } = await signIn();
      expect(String(res.headers['set-cookie'])).toMatch(/; HttpOnly; SameSite=Lax; Secure$/);
    } finally {
      t.ctx.settings.publicUrl = 'http://localhost:3000';
    }
  });

  it('answers a wrong password and an unknown e-mail with the same 401, and no cookie', async () => {
    for (const payload of [
      { email: admin.email, password: 'forkert-kodeord' },
      { email: 'ingen@example.dk', password: PASSWORD },
    ]) {
      const res = await inject({ method: 'POST', url: '/api/session', payload });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({
        error: 'unauthenticated',
        message: 'Forkert e-mail eller adgangskode',
        details: [],
      });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    const bad = await inject({ method: 'POST', url: '/api/session', payload: { email: admin.email } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { path: string }) => d.path)).toEqual(['password']);
  });

  it('answers a locked account with 401 and when it opens again', async () => {
    const p = await personFactory(t.ctx, org);
    await setPassword(t.ctx, operator(), org.slug, p.id, { newPassword: PASSWORD });
    let res: LightMyRequestResponse | undefined;
    for (let i = 0; i < 5; i++)
      res = await inject({ method: 'POST', url: '/api/session', payload: { email: p.email, password: 'x' } });
    expect(res?.statusCode).toBe(401);
    expect(res?.json().details).toEqual([
      { path: 'account', problem: expect.stringMatching(/^locked until 20/) },
    ]);
  });
});

describe('GET /api/session', () => {
  it('answers the signed-in person for a valid cookie, 401 otherwise', async () => {
    const s = await signIn();
    const res = await inject({ method: 'GET', url: '/api/session', headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ person: expect.objectContaining({ id: admin.id }), csrfToken: s.csrfToken });
    for (const cookie of [undefined, 'fora_session=kort', `fora_session=${'A'.repeat(43)}`]) {
      const anon = await inject({ method: 'GET', url: '/api/session', headers: cookie ? { cookie } : {} });
      expect(anon.statusCode).toBe(401);
      expect(anon.json().error).toBe('unauthenticated');
    }
  });
});

describe('CSRF on changes signed in by the cookie', () => {
  const newUnit = (headers: Record<string, string>) =>
    inject({ method: 'POST', url: `/api/orgs/${org.slug}/units`, headers, payload: { name: 'Ny enhed' } });

  it('refuses a change without the header or with a wrong one (403) and changes nothing', async () => {
    const s = await signIn();
    const before = await units();
    for (const [headers, problem] of [
      [{ cookie: s.cookie }, 'missing'],
      [{ cookie: s.cookie, 'x-csrf-token': `${s.csrfToken.slice(0, -1)}x` }, 'does not match the session'],
      [{ cookie: s.cookie, 'x-csrf-token': (await signIn()).csrfToken }, 'does not match the session'],
    ] as const) {
      const res = await newUnit(headers);
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json()).toEqual({
        error: 'forbidden',
        message: 'CSRF token missing or wrong',
        details: [{ path: 'X-CSRF-Token', problem }],
      });
    }
    expect(await units()).toBe(before);
  });

  it('serves the change with the right header, and reads without one', async () => {
    const s = await signIn();
    const res = await newUnit({ cookie: s.cookie, 'x-csrf-token': s.csrfToken });
    expect(res.statusCode, res.body).toBe(201);
    const read = await inject({ method: 'GET', url: `/api/orgs/${org.slug}`, headers: { cookie: s.cookie } });
    expect(read.statusCode).toBe(200);
  });

  it('takes the cookie’s person before the development header', async () => {
    const s = await signIn();
    const res = await inject({
      method: 'POST',
      url: '/api/orgs',
      headers: { ...as('operator'), cookie: s.cookie, 'x-csrf-token': s.csrfToken },
      payload: { slug: 'ikke-oprettet', name: 'Ikke oprettet' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('sets one’s own password with the current one through the API', async () => {
    const p = await personFactory(t.ctx, org);
    await setPassword(t.ctx, operator(), org.slug, p.id, { newPassword: PASSWORD });
    const s = await signIn(p.email);
    const url = `/api/orgs/${org.slug}/people/${p.id}/password`;
    const payload = { currentPassword: PASSWORD, newPassword: 'et-helt-nyt-kodeord' };
    const refused = await inject({ method: 'POST', url, headers: { cookie: s.cookie }, payload });
    expect(refused.statusCode).toBe(403);
    const res = await inject({
      method: 'POST',
      url,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken },
      payload,
    });
    expect(res.statusCode, res.body).toBe(204);
    await signIn(p.email, 'et-helt-nyt-kodeord');
  });
});

describe('signing out', () => {
  it('needs the CSRF header, then ends the session and clears the cookie', async () => {
    const s = await signIn();
    const refused = await inject({ method: 'DELETE', url: '/api/session', headers: { cookie: s.cookie } });
    expect(refused.statusCode).toBe(403);
    expect(
      (await inject({ method: 'GET', url: '/api/session', headers: { cookie: s.cookie } })).statusCode,
    ).toBe(200);
    const res = await inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken },
    });
    expect(res.statusCode).toBe(204);
    expect(res.headers['set-cookie']).toBe('fora_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax');
    expect(
      (await inject({ method: 'GET', url: '/api/session', headers: { cookie: s.cookie } })).statusCode,
    ).toBe(401);
    expect(
      (await inject({ method: 'GET', url: `/api/orgs/${org.slug}`, headers: { cookie: s.cookie } }))
        .statusCode,
    ).toBe(401);
  });
});

describe('secrets', () => {
  it('never puts a password, its hash or a session token in an answer or a log line', async () => {
    const s = await signIn();
    await inject({ method: 'GET', url: '/api/session', headers: { cookie: s.cookie } });
    const hashes = (await t.db.select().from(accounts)).map((a) => a.passwordHash);
    expect(hashes.length).toBeGreaterThan(0);
    const log = logLines.join('');
    expect(log).toContain('/api/session');
    for (const secret of [PASSWORD, 'et-helt-nyt-kodeord', s.token, ...hashes]) {
      expect(log).not.toContain(secret);
      for (const answer of seen.filter((a) => !a.includes('set-cookie')))
        expect(answer).not.toContain(secret);
    }
    expect(seen.join('')).not.toContain('$argon2');
  });
});

describe('production mode', () => {
  let prod: TestServer;
  beforeAll(async () => {
    prod = await testServer({ production: true });
  });
  afterAll(() => prod.close());

  it('ignores the development header, and the session signs in', async () => {
    const o = await orgFactory(prod.t.ctx);
    const p = await personFactory(prod.t.ctx, o, { role: 'admin' });
    await setPassword(prod.t.ctx, operator(), o.slug, p.id, { newPassword: PASSWORD });
    const url = `/api/orgs/${o.slug}`;
    expect((await prod.app.inject({ method: 'GET', url, headers: as(p.id) })).statusCode).toBe(401);
    const signedIn = await prod.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: p.email, password: PASSWORD },
    });
    expect(signedIn.statusCode).toBe(200);
    const cookie = String(signedIn.headers['set-cookie']).split(';')[0] ?? '';
    const res = await prod.app.inject({ method: 'GET', url, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().slug).toBe(o.slug);
  });
});
