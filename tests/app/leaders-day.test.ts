/**
 * The annual leaders' day: seats first come, first served, a waitlist promoted on cancellation (with
 * a mail), programme and material released 14 days before, dietary needs for the organisers only,
 * and the evaluation placed once on the first Direktørforum meeting after the day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelLeadersDayRegistration } from '../../src/app/cancel-leaders-day-registration.ts';
import { createForum } from '../../src/app/create-forum.ts';
import { createLeadersDay } from '../../src/app/create-leaders-day.ts';
import { getLeadersDay } from '../../src/app/get-leaders-day.ts';
import { placeLeadersDayEvaluations } from '../../src/app/place-leaders-day-evaluations.ts';
import { registerForLeadersDay } from '../../src/app/register-for-leaders-day.ts';
import type { LeadersDay } from '../../src/domain/leaders-day.ts';
import type { Forum, Organisation, Person } from '../../src/domain/organisation.ts';
import { findItem } from '../../src/store/items.ts';
import { findMeeting } from '../../src/store/meetings.ts';
import { listOutbox } from '../../src/store/outbox.ts';
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
let event: Forum;
let dif: Forum;
let host: Person;
let organiser: Person;
const leaders: Person[] = [];
let outsider: Person;

beforeAll(async () => {
  t = await testDatabase();
  org = await orgFactory(t.ctx);
  event = await createForum(t.ctx, operator(), org.slug, {
    shortName: 'LEDERDAG',
    name: 'Den årlige lederdag',
    kind: 'event',
  });
  // Direktørforum meets the 1st and 3rd Thursday: after Wednesday 28 May 2025 first on 5 June.
  dif = await forumFactory(t.ctx, org, { shortName: 'DIF', name: 'Direktørforum' });
  await charterFactory(t.ctx, org, dif);
  host = await personFactory(t.ctx, org, { name: 'Henrik Harder' });
  organiser = await personFactory(t.ctx, org, { name: 'Camilla Holm Nielsen' });
  outsider = await personFactory(t.ctx, org, { name: 'Ekstern Konsulent' });
  await memberFactory(t.ctx, org, event, host, 'chair');
  await memberFactory(t.ctx, org, event, organiser, 'secretary');
  for (const name of [
    'Anne-Mette Kjær',
    'Jonas Bech Lund',
    'Søren Ørsted Friis',
    'Mads Østergaard',
    'Sofie Dahl',
  ]) {
    const p = await personFactory(t.ctx, org, { name });
    await memberFactory(t.ctx, org, event, p);
    leaders.push(p);
  }
});
afterAll(() => t.close());

const as = (p: Person) => callerFor(t.ctx, p);
const leader = (i: number): Person => {
  const p = leaders[i];
  if (!p) throw new Error('no such leader');
  return p;
};
async function newDay(date: string, seats: number): Promise<LeadersDay> {
  t.setNow('2025-04-01T10:00:00+02:00');
  return createLeadersDay(t.ctx, await as(organiser), org.slug, 'LEDERDAG', {
    date,
    place: 'Musikteatret',
    seats,
    registrationDeadline: date < '2025-05-01' ? date : '2025-05-01',
    programme: '09.00 Velkomst ved kommunaldirektøren',
    material: [{ title: 'Oplæg', url: 'https://example.dk/oplaeg.pdf' }],
    evaluationForum: 'DIF',
  });
}
const register = async (day: LeadersDay, p: Person, dietaryNeeds = '') =>
  registerForLeadersDay(t.ctx, await as(p), org.slug, 'LEDERDAG', day.id, { dietaryNeeds });
const view = async (day: LeadersDay, p: Person) =>
  getLeadersDay(t.ctx, await as(p), org.slug, 'LEDERDAG', day.id);

describe('seats and the waitlist', () => {
  it('gives the seats first come, and a cancelled seat to the first in line, who is mailed', async () => {
    const day = await newDay('2025-05-28', 2);
    expect((await register(day, leader(0))).status).toBe('registered');
    expect((await register(day, leader(1))).status).toBe('registered');
    expect((await register(day, leader(2))).status).toBe('waitlisted');
    expect((await register(day, leader(3))).status).toBe('waitlisted');
    expect((await view(day, leader(3))).mine).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });

    const r = await cancelLeadersDayRegistration(t.ctx, await as(leader(0)), org.slug, 'LEDERDAG', day.id);
    expect(r.promoted).toEqual([leader(2).id]);
    expect((await view(day, leader(2))).mine).toMatchObject({ status: 'registered', waitlistPosition: null });
    expect((await view(day, leader(3))).mine).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    const mails = await listOutbox(t.db, { eventKeyPrefix: `leadersday:seat:${day.id}:` });
    expect(mails.map((m) => m.recipientPersonId)).toEqual([leader(2).id]);
    expect(mails[0]?.subject).toContain('28. maj 2025');
    expect(mails[0]?.bodyText).toContain(`http://localhost:3000/fora/LEDERDAG/lederdage/${day.id}`);
  });

  it('refuses a second registration and one after the deadline', async () => {
    const day = await newDay('2025-06-11', 10);
    await register(day, leader(0));
    await expect(register(day, leader(0))).rejects.toMatchObject({
      code: 'conflict',
      details: [{ path: 'person' }],
    });
    t.setNow('2025-05-02T09:00:00+02:00');
    await expect(register(day, leader(1))).rejects.toMatchObject({
      code: 'conflict',
      details: [{ path: 'registrationDeadline' }],
    });
  });

  it('gives the last seat to one of two who take it at once', async () => {
    const day = await newDay('2025-06-12', 1);
    const [a, b] = await Promise.all([register(day, leader(3)), register(day, leader(4))]);
    expect([a.status, b.status].sort()).toEqual(['registered', 'waitlisted']);
    expect((await view(day, organiser)).seatsTaken).toBe(1);
  });
});

describe('what is visible to whom', () => {
  it('releases programme and material to registrants 14 days before, and dietary needs only to organisers', async () => {
    const day = await newDay('2025-05-21', 3);
    await register(day, leader(0), 'Vegetar, ingen nødder');
    t.setNow('2025-05-06T23:00:00+02:00');
    expect(await view(day, leader(0))).toMatchObject({ released: false, programme: null, material: null });
    expect((await view(day, organiser)).programme).toContain('Velkomst');
    t.setNow('2025-05-07T07:00:00+02:00');
    expect(await view(day, leader(0))).toMatchObject({
      released: true,
      programme: expect.stringContaining('Velkomst'),
    });
    expect((await view(day, leader(0))).material).toHaveLength(1);
    // Invited but not registered: no programme.
    expect((await view(day, leader(1))).programme).toBeNull();
    expect((await view(day, leader(0))).registrations).toBeNull();
    expect((await view(day, organiser)).registrations).toEqual([
      expect.objectContaining({ personId: leader(0).id, dietaryNeeds: 'Vegetar, ingen nødder' }),
    ]);
  });

  it('keeps the uninvited out and lets only the organisers create a day', async () => {
    const day = await newDay('2025-06-18', 3);
    await expect(register(day, outsider)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(view(day, outsider)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      createLeadersDay(t.ctx, await as(leader(0)), org.slug, 'LEDERDAG', {
        date: '2025-09-01',
        seats: 5,
        registrationDeadline: '2025-08-01',
        evaluationForum: 'DIF',
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('the evaluation at Direktørforum', () => {
  it('is placed once, on the first Direktørforum meeting after the day, when the day is over', async () => {
    // Wednesday 4 June; Direktørforum meets next on Thursday 5 June, then 19 June.
    const day = await newDay('2025-06-04', 5);
    const op = operator();
    t.setNow('2025-06-04T15:00:00+02:00');
    await placeLeadersDayEvaluations(t.ctx, op);
    expect((await view(day, organiser)).evaluationItemId).toBeNull();
    t.setNow('2025-06-05T02:00:00+02:00');
    expect((await placeLeadersDayEvaluations(t.ctx, op)).placed).toBeGreaterThanOrEqual(1);
    const itemId = (await view(day, organiser)).evaluationItemId;
    const item = await findItem(t.db, org.id, itemId ?? '');
    expect(item).toMatchObject({
      forumId: dif.id,
      state: 'scheduled',
      title: expect.stringContaining('Evaluering'),
    });
    const meeting = await findMeeting(t.db, dif.id, item?.meetingId ?? '');
    expect(meeting?.start.slice(0, 10)).toBe('2025-06-05');
    expect((await placeLeadersDayEvaluations(t.ctx, op)).placed).toBe(0);
    expect((await view(day, organiser)).evaluationItemId).toBe(itemId);
  });

  it('leaves a day long over (e.g. restored from an archive) without an evaluation', async () => {
    const old = await newDay('2025-03-05', 5);
    t.setNow('2025-06-05T02:00:00+02:00');
    await placeLeadersDayEvaluations(t.ctx, operator());
    expect((await view(old, organiser)).evaluationItemId).toBeNull();
  });
});
