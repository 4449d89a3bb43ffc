/**
 * A leaders' day's material files over HTTP: a raw upload by an organiser (201 with the file), the
 * download with the same headers as an attachment's (a download, never rendered), 404 to an invited
 * leader before the release date, and a refused upload answered 400 at `file`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createForum } from '../../src/app/create-forum.ts';
import { createLeadersDay } from '../../src/app/create-leaders-day.ts';
import type { LeadersDay } from '../../src/domain/leaders-day.ts';
import type { Organisation, Person } from '../../src/domain/organisation.ts';
import { HTML, minimalPdf } from '../domain/file-fixtures.ts';
import {
  callerFor,
  charterFactory,
  forumFactory,
  memberFactory,
  operator,
  orgFactory,
  personFactory,
} from '../support/factories.ts';
import { as, type ErrorBody, type TestServer, testServer } from '../support/http.ts';

let s: TestServer;
let org: Organisation;
let organiser: Person;
let leader: Person;
let day: LeadersDay;
beforeAll(async () => {
  s = await testServer();
  const ctx = s.t.ctx;
  org = await orgFactory(ctx);
  const event = await createForum(ctx, operator(), org.slug, {
    shortName: 'LEDERDAG',
    name: 'Den årlige lederdag',
    kind: 'event',
  });
  await charterFactory(ctx, org, await forumFactory(ctx, org, { shortName: 'DIF', name: 'Direktørforum' }));
  organiser = await personFactory(ctx, org, { name: 'Camilla Holm Nielsen' });
  leader = await personFactory(ctx, org, { name: 'Anne-Mette Kjær' });
  await memberFactory(ctx, org, event, organiser, 'secretary');
  await memberFactory(ctx, org, event, leader);
  day = await createLeadersDay(ctx, await callerFor(ctx, organiser), org.slug, 'LEDERDAG', {
    date: '2025-09-10',
    seats: 10,
    registrationDeadline: '2025-09-01',
    evaluationForum: 'DIF',
  });
});
afterAll(() => s.close());

const files = () => `/api/orgs/${org.slug}/forums/LEDERDAG/leaders-days/${day.id}/files`;
const upload = (name: string, bytes: Buffer, who = organiser) =>
  s.app.inject({
    method: 'POST',
    url: `${files()}?name=${encodeURIComponent(name)}&title=${encodeURIComponent('Program for dagen')}`,
    headers: { ...as(who.id), 'content-type': 'application/octet-stream' },
    payload: bytes,
  });

describe("a leaders' day's material files over HTTP", () => {
  it('takes a raw upload and serves it as a download, to the organiser but not yet to a leader', async () => {
    const pdf = minimalPdf('Program for lederdagen');
    const res = await upload('program æøå.pdf', pdf);
    expect(res.statusCode).toBe(201);
    const { file } = res.json<{ file: { id: string; title: string; mediaType: string } }>();
    expect(file).toMatchObject({ title: 'Program for dagen', mediaType: 'application/pdf' });

    const got = await s.app.inject({ url: `${files()}/${file.id}`, headers: as(organiser.id) });
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(pdf)).toBe(true);
    expect(got.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': "attachment; filename*=UTF-8''program%20%C3%A6%C3%B8%C3%A5.pdf",
      'x-content-type-options': 'nosniff',
      'content-security-policy': 'sandbox',
    });

    const hidden = await s.app.inject({ url: `${files()}/${file.id}`, headers: as(leader.id) });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json<ErrorBody>().error).toBe('not_found');
  });

  it('refuses HTML named .pdf at the field file, and a leader’s upload with 403', async () => {
    const refused = await upload('program.pdf', HTML);
    expect(refused.statusCode).toBe(400);
    expect(refused.json<ErrorBody>().details[0]?.path).toBe('file');
    expect((await upload('program.pdf', minimalPdf('Nej'), leader)).statusCode).toBe(403);
  });
});
