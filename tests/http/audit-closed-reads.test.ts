/**
 * Every read of closed content through the API leaves a row in the audit log (ADR 0017): who, when,
 * from which address, which object and which action. A closed item goes through the pipeline onto a
 * meeting whose agenda and minutes are published; each read is then made over HTTP from a known
 * address and its row checked. A reader who gets the redacted version leaves no row.
 */
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAttachment } from '../../src/app/add-attachment.ts';
import { createItem } from '../../src/app/create-item.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { finaliseItemMinutes } from '../../src/app/finalise-item-minutes.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { publishMinutes } from '../../src/app/publish-minutes.ts';
import { saveItemMinutes } from '../../src/app/save-item-minutes.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import type { Person } from '../../src/domain/organisation.ts';
import { callerFor } from '../support/factories.ts';
import { as, type TestServer, testServer } from '../support/http.ts';
import { COMPLETE_MINUTES, type OrgFixture, organisationFixture } from './route-fixtures.ts';

const DATE = '2025-06-19';
const ADDRESS = '198.51.100.7';
const WORD = 'Omplaceringssagen';

let s: TestServer;
let A: OrgFixture;
let itemId: string;
let attachmentId: string;
let meetingId: string;

beforeAll(async () => {
  s = await testServer();
  const ctx = s.t.ctx;
  A = await organisationFixture(ctx, {
    slug: 'albertslund',
    word: 'Albertslund',
    org: 'Albertslund Kommune',
    forum: 'Chefforum',
    chair: 'Anders Albertsen',
    unit: 'Albertslund Rådhus',
  });
  const slug = A.org.slug;
  const member = await callerFor(ctx, A.people.member);
  const secretary = await callerFor(ctx, A.people.secretary);
  const item = await createItem(ctx, member, slug, A.forum.shortName, {
    type: 'information',
    title: `${WORD}: omplacering af en medarbejder`,
    meeting: DATE,
    closed: true,
    closedBasis: 'Offentlighedslovens § 21',
  });
  itemId = item.id;
  attachmentId = (
    await addAttachment(ctx, member, slug, item.id, {
      name: 'notat.txt',
      body: Readable.from(Buffer.from('fortroligt')),
    })
  ).id;
  await submitItem(ctx, member, slug, item.id);
  await decideItem(ctx, await callerFor(ctx, A.people.director), slug, item.id, { decision: 'approve' });
  meetingId = (await scheduleItem(ctx, secretary, slug, item.id, { meeting: DATE })).meetingId ?? '';
  await publishAgenda(ctx, secretary, slug, A.forum.shortName, DATE);
  const minutes = { ...COMPLETE_MINUTES, communicate: { include: true, text: `${WORD} er afsluttet.` } };
  await saveItemMinutes(ctx, secretary, slug, A.forum.shortName, DATE, item.id, { version: null, minutes });
  await finaliseItemMinutes(ctx, secretary, slug, A.forum.shortName, DATE, item.id);
  await publishMinutes(ctx, secretary, slug, A.forum.shortName, DATE);
}, 120_000);
afterAll(() => s.close());

interface Row {
  id: string | number;
  actor_person_id: string | null;
  actor_label: string;
  address: string | null;
  action: string;
  object_type: string;
  object_id: string;
  detail: Record<string, unknown>;
  at: unknown;
}
// biome-ignore lint/suspicious/noExplicitAny: node-postgres and PGlite results differ in shape
const rowsOf = (r: any): Row[] => (Array.isArray(r) ? r : r.rows);

const newest = async (): Promise<number> => {
  const [row] = rowsOf(await s.t.db.execute(sql`select coalesce(max(id), 0) as id from audit_events`));
  return Number(row?.id ?? 0);
};
const rowsAfter = async (id: number): Promise<Row[]> =>
  rowsOf(await s.t.db.execute(sql`select * from audit_events where id > ${id} order by id`));

/** GETs `url` as `who` from ADDRESS and returns the audit rows it wrote. */
async function read(who: Person, url: string): Promise<Row[]> {
  const before = await newest();
  const res = await s.app.inject({ method: 'GET', url, headers: as(who.id), remoteAddress: ADDRESS });
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
  return rowsAfter(before);
}

const org = () => `/api/orgs/${A.org.slug}`;
const meeting = () => `${org()}/forums/${A.forum.shortName}/meetings/${meetingId}`;

describe('reads of closed content are audited', () => {
  const cases: [
    string,
    () => string,
    'director' | 'secretary',
    string,
    'item' | 'attachment' | 'meeting' | 'organisation',
  ][] = [
    ['the item', () => `${org()}/items/${itemId}`, 'director', 'item.read_closed', 'item'],
    ["the item's history", () => `${org()}/items/${itemId}/history`, 'director', 'item.read_closed', 'item'],
    [
      "the item's attachment list",
      () => `${org()}/items/${itemId}/attachments`,
      'director',
      'item.read_closed',
      'item',
    ],
    [
      'an attachment download',
      () => `${org()}/items/${itemId}/attachments/${attachmentId}/content`,
      'director',
      'attachment.read',
      'attachment',
    ],
    [
      "the agenda's members' version",
      () => `${meeting()}/agenda/versions/latest`,
      'director',
      'agenda.read_closed',
      'meeting',
    ],
    [
      "the minutes' members' version",
      () => `${meeting()}/minutes/versions/latest`,
      'director',
      'minutes.read_closed',
      'meeting',
    ],
    [
      'the rendered agenda for members',
      () => `${meeting()}/documents/agenda/latest/html`,
      'director',
      'agenda.read_closed',
      'meeting',
    ],
    [
      'the rendered minutes for members',
      () => `${meeting()}/documents/minutes/latest/pdf`,
      'director',
      'minutes.read_closed',
      'meeting',
    ],
    [
      '"Hvad skal kommunikeres ud"',
      () => `${meeting()}/minutes/communication`,
      'director',
      'minutes.read_closed',
      'meeting',
    ],
    ['the draft minutes', () => `${meeting()}/minutes/draft`, 'director', 'minutes.read_closed', 'meeting'],
    ['the agenda being built', () => `${meeting()}/agenda`, 'secretary', 'agenda.read_closed', 'meeting'],
    [
      'the working records of the minutes',
      () => `${meeting()}/minutes/items`,
      'secretary',
      'minutes.read_closed',
      'meeting',
    ],
    [
      'a search that finds it',
      () => `${org()}/search?q=${WORD}`,
      'director',
      'search.read_closed',
      'organisation',
    ],
  ];

  for (const [what, url, who, action, objectType] of cases)
    it(`${what}: ${action} with the reader, their address and the object`, async () => {
      const reader = A.people[who];
      const rows = await read(reader, url());
      expect(rows.map((r) => r.action)).toEqual([action]);
      const objectId = {
        item: itemId,
        attachment: attachmentId,
        meeting: meetingId,
        organisation: A.org.id,
      }[objectType];
      expect(rows[0]).toMatchObject({
        actor_person_id: reader.id,
        actor_label: reader.name,
        address: ADDRESS,
        object_type: objectType,
        object_id: objectId,
      });
      expect(rows[0]?.at).toBeTruthy();
      if (objectType === 'meeting' || objectType === 'organisation')
        expect(rows[0]?.detail.items).toContain(itemId);
    });

  it('leaves no row for a reader who gets the version without closed content', async () => {
    expect(await read(A.people.staff, `${meeting()}/agenda/versions/latest`)).toEqual([]);
    expect(await read(A.people.staff, `${meeting()}/minutes/communication`)).toEqual([]);
  });

  it('keeps the reads out of the item’s history, which shows its steps only', async () => {
    const res = await s.app.inject({
      method: 'GET',
      url: `${org()}/items/${itemId}/history`,
      headers: as(A.people.chair.id),
    });
    const actions = (res.json() as { items: { action: string }[] }).items.map((e) => e.action);
    expect(actions).toContain('item.submit');
    expect(actions.filter((a) => a.endsWith('.read_closed'))).toEqual([]);
  });
});

describe("a person's audit events (GDPR), over HTTP", () => {
  const url = () => `${org()}/people/${A.people.director.id}/audit`;

  it("gives the admin the director's reads with who, when, address, object and action, and audits the export", async () => {
    const before = await newest();
    const res = await s.app.inject({
      method: 'GET',
      url: url(),
      headers: as(A.people.admin.id),
      remoteAddress: '203.0.113.5',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      person: { id: string };
      items: {
        at: string;
        who: { personId: string };
        address: string;
        action: string;
        object: { type: string; id: string };
      }[];
    };
    expect(body.person.id).toBe(A.people.director.id);
    const item = body.items.find((e) => e.action === 'item.read_closed');
    expect(item).toMatchObject({
      who: { personId: A.people.director.id },
      address: ADDRESS,
      object: { type: 'item', id: itemId },
    });
    expect(Date.parse(item?.at ?? '')).not.toBeNaN();
    expect(await rowsAfter(before)).toMatchObject([
      {
        action: 'audit.export',
        actor_person_id: A.people.admin.id,
        address: '203.0.113.5',
        object_type: 'person',
        object_id: A.people.director.id,
      },
    ]);
  });

  it('downloads the same as CSV', async () => {
    const res = await s.app.inject({
      method: 'GET',
      url: `${url()}?format=csv`,
      headers: as(A.people.admin.id),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''audit-${A.people.director.id}.csv`,
    );
    // A person's audit trail is never kept in a cache.
    expect(res.headers['cache-control']).toBe('private, no-store');
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,at,actor_person_id,actor,address,action,object_type,object_id,detail,redacted_at',
    );
    expect(lines.some((l) => l.includes(`,${ADDRESS},item.read_closed,item,${itemId},`))).toBe(true);
  });

  it('is refused to the person themselves and to a forum member', async () => {
    for (const who of [A.people.director, A.people.chair]) {
      const res = await s.app.inject({ method: 'GET', url: url(), headers: as(who.id) });
      expect(res.statusCode).toBe(403);
    }
  });
});
