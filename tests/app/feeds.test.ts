/**
 * Calendar feeds through the use cases: a token per person, forum and personal feeds read back
 * with ical.js, UIDs stable across regenerations, renewal, and no one else's (or closed) items.
 */
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMeeting } from '../../src/app/add-meeting.ts';
import { cancelMeeting } from '../../src/app/cancel-meeting.ts';
import { callerOf } from '../../src/app/context.ts';
import { getCalendar } from '../../src/app/get-calendar.ts';
import { getForumFeed } from '../../src/app/get-forum-feed.ts';
import { getPersonFeed } from '../../src/app/get-person-feed.ts';
import { renewFeedToken } from '../../src/app/renew-feed-token.ts';
import { resolveFeedActor } from '../../src/app/resolve-feed-actor.ts';
import { updateMeeting } from '../../src/app/update-meeting.ts';
import type { Forum, Organisation, Person } from '../../src/domain/organisation.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { insertItem } from '../../src/store/items.ts';
import { feedTokens } from '../../src/store/schema.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import {
  callerFor,
  charterFactory,
  forumFactory,
  memberFactory,
  operator,
  orgFactory,
  personFactory,
} from '../support/factories.ts';

let t: TestDatabase;
let org: Organisation;
beforeAll(async () => {
  t = await testDatabase(); // the clock: 2025-04-01 10:00 Copenhagen
  org = await orgFactory(t.ctx);
});
afterAll(() => t.close());

interface FeedEvent {
  uid: string;
  start: string;
  end: string;
  summary: string;
  description: string;
  status: string;
}

/** Parses a feed with ical.js: every event's UID, UTC start and end, summary and status. */
function parse(text: string): FeedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vtimezone = calendar.getFirstSubcomponent('vtimezone');
  if (vtimezone) ICAL.TimezoneService.register(vtimezone);
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      start: e.startDate.toJSDate().toISOString(),
      end: e.endDate.toJSDate().toISOString(),
      summary: e.summary,
      description: e.description ?? '',
      status: String(v.getFirstPropertyValue('status')),
    };
  });
}

const utc = (iso: string) => new Date(iso).toISOString();
const asPerson = async (token: string) => callerOf(await resolveFeedActor(t.ctx, { token }));
const forumFeed = async (token: string, forum: Forum) =>
  getForumFeed(t.ctx, await asPerson(token), forum.shortName);

/** A Chefforum with submission, approval and publication deadlines, a chair and a member. */
async function chefforum(): Promise<{ forum: Forum; chair: Person; member: Person }> {
  const forum = await forumFactory(t.ctx, org, { name: 'Chefforum' });
  await charterFactory(t.ctx, org, forum, {
    deadlines: {
      submission: { kind: 'weekday_in_week_before', weekday: 4, time: '12:00' },
      approval: { kind: 'weekday_in_week_before', weekday: 5, time: '10:00' },
      publication: { kind: 'weekday_in_week_before', weekday: 5 },
    },
  });
  const chair = await personFactory(t.ctx, org, { name: 'Henrik Harder' });
  const member = await personFactory(t.ctx, org, { name: 'Mette Østergård' });
  await memberFactory(t.ctx, org, forum, chair, 'chair');
  await memberFactory(t.ctx, org, forum, member, 'member');
  return { forum, chair, member };
}

const renew = async (person: Person) =>
  renewFeedToken(t.ctx, await callerFor(t.ctx, person), org.slug, person.id);

describe('feed tokens', () => {
  it('issues a secret token with feed URLs, stores only its hash and audits without it', async () => {
    const { forum, member } = await chefforum();
    const result = await renew(member);
    expect(result.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const base = `${t.ctx.settings.publicUrl}/feeds/${result.token}`;
    expect(result.urls).toEqual({
      person: `${base}/mine.ics`,
      forums: [{ forum: forum.shortName, url: `${base}/forums/${forum.shortName}.ics` }],
    });
    const [row] = await t.ctx.db.select().from(feedTokens).where(eq(feedTokens.personId, member.id));
    expect(row?.tokenHash).toBe(createHash('sha256').update(result.token).digest('hex'));
    const events = await listAuditEvents(t.ctx.db, org.id, { objectId: member.id, limit: 10 });
    expect(events.map((e) => e.action)).toEqual(['feed.renew', 'person.create']);
    expect(JSON.stringify(events)).not.toContain(result.token);
  });

  it('makes the old token resolve to no one once renewed, and the new one to the person', async () => {
    const { member } = await chefforum();
    const old = await renew(member);
    expect(await resolveFeedActor(t.ctx, { token: old.token })).toMatchObject({ personId: member.id });
    const fresh = await renew(member);
    expect(fresh.token).not.toBe(old.token);
    expect(await resolveFeedActor(t.ctx, { token: old.token })).toEqual({ kind: 'anonymous' });
    expect(await resolveFeedActor(t.ctx, { token: fresh.token })).toMatchObject({
      kind: 'person',
      personId: member.id,
    });
    for (const params of [{}, { token: 'x' }, { token: 'A'.repeat(43) }, null])
      expect(await resolveFeedActor(t.ctx, params)).toEqual({ kind: 'anonymous' });
  });

  it('renews only one’s own token', async () => {
    const { chair, member } = await chefforum();
    const err = await renewFeedToken(t.ctx, await callerFor(t.ctx, chair), org.slug, member.id).catch(
      (e: Error) => e,
    );
    expect(err).toMatchObject({ code: 'forbidden' });
  });
});

describe('the forum feed', () => {
  it('lists the meetings of the window with stable UIDs and Copenhagen times', async () => {
    const { forum, member } = await chefforum();
    const { token } = await renew(member);
    const events = parse(await forumFeed(token, forum));
    // 90 days back to 400 days ahead of 2025-04-01.
    const expected = await getCalendar(t.ctx, operator(), org.slug, forum.shortName, {
      from: '2025-01-01',
      to: '2026-05-06',
    });
    expect(events.map((e) => e.uid)).toEqual(expected.map((m) => `${forum.id}-${m.occurrenceDate}@fora`));
    expect(events.map((e) => e.start)).toEqual(expected.map((m) => utc(m.start)));
    const byUid = new Map(events.map((e) => [e.uid, e]));
    // Winter (CET) and summer (CEST): 09:00 local either way.
    expect(byUid.get(`${forum.id}-2025-01-16@fora`)).toMatchObject({
      start: '2025-01-16T08:00:00.000Z',
      end: '2025-01-16T11:00:00.000Z',
      summary: 'Chefforum',
      status: 'CONFIRMED',
    });
    expect(byUid.get(`${forum.id}-2025-05-01@fora`)?.start).toBe('2025-05-01T07:00:00.000Z');
    expect(byUid.get(`${forum.id}-2025-05-01@fora`)?.description).toContain(
      'Frist for indmelding af punkter: torsdag den 24. april 2025 kl. 12.00',
    );
    expect(byUid.get(`${forum.id}-2025-05-01@fora`)?.description).toContain('Mødeleder: Henrik Harder');
    // Maundy Thursday: the meeting moves to Tuesday 22 April and says why.
    expect(byUid.get(`${forum.id}-2025-04-17@fora`)).toMatchObject({ start: '2025-04-22T07:00:00.000Z' });
    expect(byUid.get(`${forum.id}-2025-04-17@fora`)?.description).toContain(
      'Flyttet fra torsdag den 17. april på grund af Skærtorsdag',
    );
  });

  it('keeps the UIDs after a new charter version, a move, a cancellation and an added meeting', async () => {
    const { forum, member } = await chefforum();
    const { token } = await renew(member);
    const first = await forumFeed(token, forum);
    expect(await forumFeed(token, forum)).toBe(first); // regenerating changes nothing
    const before = parse(first);

    // From September the meetings start at 10:00; the series dates stay the same.
    await charterFactory(t.ctx, org, forum, {
      effectiveFrom: '2025-09-01',
      cadence: { rrule: 'FREQ=MONTHLY;BYDAY=1TH,3TH', startTime: '10:00', durationMinutes: 120 },
    });
    await updateMeeting(t.ctx, operator(), org.slug, forum.shortName, '2025-05-15', {
      start: '2025-05-14T13:00',
    });
    await cancelMeeting(t.ctx, operator(), org.slug, forum.shortName, '2025-06-05', { reason: 'Ferie' });
    const added = await addMeeting(t.ctx, operator(), org.slug, forum.shortName, {
      start: '2025-06-24T09:00',
    });

    const after = parse(await forumFeed(token, forum));
    const addedUid = `${added.meetingId}@fora`;
    expect(after.map((e) => e.uid).sort()).toEqual([...before.map((e) => e.uid), addedUid].sort());
    const was = new Map(before.map((e) => [e.uid, e]));
    const now = new Map(after.map((e) => [e.uid, e]));
    expect(now.get(`${forum.id}-2025-05-15@fora`)?.start).toBe('2025-05-14T11:00:00.000Z');
    expect(was.get(`${forum.id}-2025-05-15@fora`)?.start).toBe('2025-05-15T07:00:00.000Z');
    expect(now.get(`${forum.id}-2025-06-05@fora`)).toMatchObject({
      status: 'CANCELLED',
      summary: 'Aflyst: Chefforum',
      start: '2025-06-05T07:00:00.000Z',
    });
    expect(now.get(addedUid)?.start).toBe('2025-06-24T07:00:00.000Z');
    expect(now.get(`${forum.id}-2025-09-04@fora`)?.start).toBe('2025-09-04T08:00:00.000Z');
    expect(now.get(`${forum.id}-2025-12-04@fora`)?.end).toBe('2025-12-04T11:00:00.000Z');
    // Every meeting before the new version and not touched is exactly as it was.
    for (const e of after.filter((x) => x.start < '2025-09-01' && x.status === 'CONFIRMED'))
      if (e.uid !== addedUid && !e.uid.endsWith('2025-05-15@fora')) expect(e).toEqual(was.get(e.uid));
  });

  it('answers not_found for a forum the organisation does not have', async () => {
    const { member } = await chefforum();
    const { token } = await renew(member);
    const err = await getForumFeed(t.ctx, await asPerson(token), 'NOPE').catch((e: Error) => e);
    expect(err).toMatchObject({ code: 'not_found' });
  });
});

describe('the personal feed', () => {
  it('has the forum’s meetings and the deadlines of the person’s own items, nobody else’s', async () => {
    const { forum, chair, member } = await chefforum();
    const other = await personFactory(t.ctx, org, { name: 'Anden Person' });
    await memberFactory(t.ctx, org, forum, other, 'member');
    const base = { orgId: org.id, forumId: forum.id, type: 'decision' as const };
    const draft = await insertItem(t.ctx.db, {
      ...base,
      title: 'Budgetopfølgning, 1. kvartal',
      submitterPersonId: member.id,
    });
    const closed = await insertItem(t.ctx.db, {
      ...base,
      title: 'Personalesag: fratrædelse',
      closed: true,
      closedBasis: 'Offentlighedslovens § 30',
      submitterPersonId: member.id,
    });
    const othersItem = await insertItem(t.ctx.db, {
      ...base,
      title: 'Andens punkt om parkering',
      submitterPersonId: other.id,
    });
    const toApprove = await insertItem(t.ctx.db, {
      ...base,
      title: 'Digitaliseringsstrategi',
      state: 'submitted',
      submitterPersonId: other.id,
      approverPersonId: chair.id,
      submittedAt: new Date('2025-03-31T09:00:00+02:00'),
    });
    const published = await insertItem(t.ctx.db, {
      ...base,
      title: 'Gammelt offentliggjort punkt',
      state: 'published',
      submitterPersonId: member.id,
    });

    const { token } = await renew(member);
    const feed = await getPersonFeed(t.ctx, await asPerson(token));
    const events = parse(feed);
    const text = feed.replace(/\r\n /g, ''); // unfolded, so that no folded line hides a title
    const meetings = parse(await forumFeed(token, forum));
    expect(events.filter((e) => e.uid.startsWith(forum.id))).toEqual(meetings);
    // Both of the member's open items, due by the next submission deadline still ahead: the meeting
    // of 17 April falls on Maundy Thursday and moves to Tuesday 22 April; its deadline, Thursday the
    // week before, is that holiday too and moves back to Wednesday 16 April 12:00.
    const deadlines = events.filter((e) => !e.uid.startsWith(forum.id));
    expect(deadlines.map((e) => e.uid).sort()).toEqual(
      [`${draft.id}-submission@fora`, `${closed.id}-submission@fora`].sort(),
    );
    expect(deadlines[0]).toMatchObject({
      summary: 'Frist: indmelding af punkter til Chefforum 22. april',
      start: '2025-04-16T10:00:00.000Z',
      end: '2025-04-16T10:15:00.000Z',
    });
    expect(text).toContain('Budgetopfølgning');
    for (const secret of ['Personalesag', 'fratrædelse', '§ 30', 'parkering', othersItem.id, published.id])
      expect(text).not.toContain(secret);
    expect(text).not.toContain(toApprove.id);

    // The chair's feed has the approval deadline of the item awaiting them, and not the item's submission.
    const chairFeed = parse(await getPersonFeed(t.ctx, await asPerson((await renew(chair)).token)));
    const approval = chairFeed.find((e) => e.uid === `${toApprove.id}-approval@fora`);
    expect(approval).toMatchObject({
      summary: 'Frist: godkendelse af punkter til Chefforum 22. april',
      start: '2025-04-16T08:00:00.000Z', // Friday 18 April is Good Friday
    });
    expect(approval?.description).toContain('Punkt til din godkendelse: Digitaliseringsstrategi');
    expect(chairFeed.some((e) => e.uid === `${toApprove.id}-submission@fora`)).toBe(false);
  });
});
