/** Calendar feeds over HTTP: token-signed feed URLs, 401 for a wrong or renewed-away token, renewal only for oneself. */
import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedTokenResult } from '../../src/app/renew-feed-token.ts';
import type { Forum, Organisation, Person } from '../../src/domain/organisation.ts';
import { feedRoutes } from '../../src/http/routes/feeds.ts';
import { buildServer } from '../../src/http/server.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import {
  charterFactory,
  forumFactory,
  memberFactory,
  orgFactory,
  personFactory,
} from '../support/factories.ts';
import { as } from '../support/http.ts';

let t: TestDatabase;
let app: FastifyInstance;
let org: Organisation;
let forum: Forum;
let member: Person;
let colleague: Person;
let stranger: Person;

beforeAll(async () => {
  t = await testDatabase();
  app = await buildServer(t.ctx, { production: false, logger: false, databaseKind: t.kind }, [...feedRoutes]);
  await app.ready();
  org = await orgFactory(t.ctx);
  forum = await forumFactory(t.ctx, org, { shortName: 'ÆLD', name: 'Ældreforum' });
  await charterFactory(t.ctx, org, forum);
  member = await personFactory(t.ctx, org, { name: 'Mette Østergård' });
  colleague = await personFactory(t.ctx, org, { name: 'Kollega Kristensen' });
  await memberFactory(t.ctx, org, forum, member, 'member');
  const otherOrg = await orgFactory(t.ctx, { name: 'Anden Kommune' });
  stranger = await personFactory(t.ctx, otherOrg, { name: 'Fremmed Person' });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const renew = (personId: string, identity: string) =>
  app.inject({
    method: 'POST',
    url: `/api/orgs/${org.slug}/people/${personId}/feed-token`,
    headers: as(identity),
  });
const pathOf = (url: string) => url.slice(t.ctx.settings.publicUrl.length);
const get = (url: string) => app.inject({ method: 'GET', url });

function uidsAndStarts(ics: string): [string, string][] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar
    .getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v))
    .map((e) => [e.uid, e.startDate.toJSDate().toISOString()]);
}

describe('feed URLs', () => {
  let feed: FeedTokenResult;
  beforeAll(async () => {
    const res = await renew(member.id, member.id);
    expect(res.statusCode, res.body).toBe(200);
    feed = res.json<FeedTokenResult>();
  });

  it('serves the forum feed as text/calendar with the meetings, Copenhagen times and stable UIDs', async () => {
    const url = feed.urls.forums.find((f) => f.forum === 'ÆLD')?.url ?? '';
    expect(url).toBe(`${t.ctx.settings.publicUrl}/feeds/${feed.token}/forums/%C3%86LD.ics`);
    const res = await get(pathOf(url));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, max-age=300');
    expect(res.body).toContain('X-WR-CALNAME:Ældreforum (ÆLD)\r\n');
    const events = uidsAndStarts(res.body);
    expect(events).toContainEqual([`${forum.id}-2025-04-03@fora`, '2025-04-03T07:00:00.000Z']);
    expect(events).toContainEqual([`${forum.id}-2025-01-16@fora`, '2025-01-16T08:00:00.000Z']);
    // Another request gives the same feed.
    expect((await get(pathOf(url))).body).toBe(res.body);
  });

  it('serves the personal feed with the member’s forum meetings', async () => {
    const res = await get(pathOf(feed.urls.person));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.body).toContain('X-WR-CALNAME:Mette Østergård: møder og frister\r\n');
    expect(uidsAndStarts(res.body)).toContainEqual([
      `${forum.id}-2025-04-03@fora`,
      '2025-04-03T07:00:00.000Z',
    ]);
  });

  it('answers 404 for a forum the organisation does not have', async () => {
    const res = await get(`/feeds/${feed.token}/forums/NOPE.ics`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toBe('not_found');
  });

  it('answers 401 to a wrong token, and to the old token once renewed', async () => {
    for (const token of ['wrong', 'A'.repeat(43), `${feed.token.slice(0, -1)}x`]) {
      for (const url of [`/feeds/${token}/mine.ics`, `/feeds/${token}/forums/%C3%86LD.ics`]) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(401);
        expect(res.json().error).toBe('unauthenticated');
      }
    }
    const renewed = (await renew(member.id, member.email)).json<FeedTokenResult>();
    expect((await get(pathOf(feed.urls.person))).statusCode).toBe(401);
    expect((await get(pathOf(renewed.urls.person))).statusCode).toBe(200);
    // The development header is no substitute for the token.
    const res = await app.inject({ method: 'GET', url: pathOf(feed.urls.person), headers: as(member.id) });
    expect(res.statusCode).toBe(401);
  });
});

describe('renewing a token', () => {
  it('is for oneself only: 403 for a colleague, 404 in another organisation, 401 without sign-in', async () => {
    const forColleague = await renew(colleague.id, member.id);
    expect(forColleague.statusCode).toBe(403);
    expect(forColleague.json().error).toBe('forbidden');
    const fromStranger = await renew(member.id, stranger.id);
    expect(fromStranger.statusCode).toBe(404);
    expect(fromStranger.body).not.toContain(member.name);
    const anonymous = await app.inject({
      method: 'POST',
      url: `/api/orgs/${org.slug}/people/${member.id}/feed-token`,
    });
    expect(anonymous.statusCode).toBe(401);
    const own = await renew(colleague.id, colleague.id);
    expect(own.statusCode).toBe(200);
    expect(own.json<FeedTokenResult>().urls.forums).toEqual([]);
  });
});
