/**
 * The organisers change a leaders' day: place, seats, deadline, programme and material, audited;
 * more seats go to the first on the waitlist (mailed), fewer than those registered are refused, and
 * the date, the evaluating forum and a deadline after the day cannot be set this way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeadersDay } from '../../src/app/create-leaders-day.ts';
import { getLeadersDay } from '../../src/app/get-leaders-day.ts';
import { registerForLeadersDay } from '../../src/app/register-for-leaders-day.ts';
import { updateLeadersDay } from '../../src/app/update-leaders-day.ts';
import type { LeadersDay } from '../../src/domain/leaders-day.ts';
import type { Organisation, Person } from '../../src/domain/organisation.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { listOutbox } from '../../src/store/outbox.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { callerFor } from '../support/factories.ts';
import { leadersDaySetting } from '../support/leaders-day-setting.ts';

let t: TestDatabase;
let org: Organisation;
let organiser: Person;
let leaders: Person[] = [];

beforeAll(async () => {
  t = await testDatabase();
  t.setNow('2025-04-01T10:00:00+02:00');
  ({ org, organiser, leaders } = await leadersDaySetting(t, [
    'Anne-Mette Kjær',
    'Jonas Bech Lund',
    'Søren Ørsted Friis',
    'Mads Østergaard',
  ]));
});
afterAll(() => t.close());

const as = (p: Person) => callerFor(t.ctx, p);
const leader = (i: number): Person => {
  const p = leaders[i];
  if (!p) throw new Error('no such leader');
  return p;
};
async function newDay(date: string, seats: number): Promise<LeadersDay> {
  return createLeadersDay(t.ctx, await as(organiser), org.slug, 'LEDERDAG', {
    date,
    place: 'Musikteatret',
    seats,
    registrationDeadline: '2025-05-01',
    programme: '09.00 Velkomst',
    evaluationForum: 'DIF',
  });
}
const update = async (day: LeadersDay, input: unknown, by = organiser) =>
  updateLeadersDay(t.ctx, await as(by), org.slug, 'LEDERDAG', day.id, input);
const register = async (day: LeadersDay, p: Person) =>
  registerForLeadersDay(t.ctx, await as(p), org.slug, 'LEDERDAG', day.id, {});
const mine = async (day: LeadersDay, p: Person) =>
  (await getLeadersDay(t.ctx, await as(p), org.slug, 'LEDERDAG', day.id)).mine;

describe('updateLeadersDay', () => {
  it('changes what is sent and leaves the rest, with an audit event naming the fields', async () => {
    const day = await newDay('2025-05-20', 40);
    const material = [{ title: 'Oplæg', url: 'https://example.dk/oplaeg.pdf' }];
    const { leadersDay } = await update(day, { place: 'Kulturværftet', programme: '10.00 Oplæg', material });
    expect(leadersDay).toMatchObject({
      date: '2025-05-20',
      place: 'Kulturværftet',
      seats: 40,
      registrationDeadline: '2025-05-01',
      programme: '10.00 Oplæg',
      material,
    });
    const events = await listAuditEvents(t.db, org.id, { objectId: day.id, limit: 10 });
    const event = events.find((e) => e.action === 'leadersday.update');
    expect(event?.detail).toMatchObject({ changed: ['place', 'programme', 'material'] });
  });

  it('gives new seats to the first on the waitlist, in order, and mails them', async () => {
    const day = await newDay('2025-05-21', 1);
    for (const i of [0, 1, 2, 3]) await register(day, leader(i));
    const { leadersDay, promoted } = await update(day, { seats: 3 });
    expect(leadersDay.seats).toBe(3);
    expect(promoted).toEqual([leader(1).id, leader(2).id]);
    expect(await mine(day, leader(2))).toMatchObject({ status: 'registered' });
    expect(await mine(day, leader(3))).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    const mails = await listOutbox(t.db, { eventKeyPrefix: `leadersday:seat:${day.id}:` });
    expect(mails.map((m) => m.recipientPersonId).sort()).toEqual([leader(1).id, leader(2).id].sort());
  });

  it('refuses fewer seats than those registered, and a deadline after the day', async () => {
    const day = await newDay('2025-05-22', 3);
    await register(day, leader(0));
    await register(day, leader(1));
    await expect(update(day, { seats: 1 })).rejects.toMatchObject({
      code: 'conflict',
      details: [{ path: 'seats' }],
    });
    await expect(update(day, { registrationDeadline: '2025-05-23' })).rejects.toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'registrationDeadline', problem: 'is after the day' }],
    });
    expect((await update(day, { seats: 2 })).leadersDay.seats).toBe(2);
  });

  it('does not move the date nor the evaluating forum, and lets only the organisers change a day', async () => {
    const day = await newDay('2025-05-23', 3);
    await expect(update(day, { date: '2025-06-01' })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(update(day, { evaluationForum: 'CF' })).rejects.toMatchObject({
      code: 'validation_failed',
    });
    await expect(update(day, { place: 'Hjemme' }, leader(0))).rejects.toMatchObject({ code: 'forbidden' });
    expect((await update(day, {})).leadersDay.place).toBe('Musikteatret');
  });
});
