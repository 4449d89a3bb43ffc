/** The demo data loaded through the use cases gives the calendars the seeds describe. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAgenda } from '../../src/app/get-agenda.ts';
import { getCalendar } from '../../src/app/get-calendar.ts';
import { getForum } from '../../src/app/get-forum.ts';
import { listCases } from '../../src/app/list-cases.ts';
import { listQueue } from '../../src/app/list-queue.ts';
import { loadDemo } from '../../src/app/load-demo.ts';
import { listForumItems, listItemsAwaitingApprover } from '../../src/store/items.ts';
import { findPeopleByEmail } from '../../src/store/people.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { operator } from '../support/factories.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
  expect(await loadDemo(t.ctx, operator())).toEqual({ loaded: ['albertslund', 'ishoej'], skipped: [] });
}, 120_000);
afterAll(() => t.close());

const cal = (org: string, forum: string, from: string, to: string) =>
  getCalendar(t.ctx, operator(), org, forum, { from, to });
const day = (iso: string) => iso.slice(0, 10);

describe('demo: Albertslund', () => {
  it('holds Chefforum on the Wednesdays of the 2024 and 2025 minutes, in room 915', async () => {
    const spring24 = (await cal('albertslund', 'CF', '2024-03-11', '2024-04-12')).filter((m) => !m.cancelled);
    expect(spring24.map((m) => day(m.start))).toEqual(
      expect.arrayContaining(['2024-03-13', '2024-03-20', '2024-04-10']),
    );
    expect(spring24.find((m) => day(m.start) === '2024-03-13')?.location).toBe('915');
    const spring25 = await cal('albertslund', 'CF', '2025-04-20', '2025-05-25');
    expect(spring25.map((m) => [m.start, m.leader?.name])).toEqual([
      ['2025-04-23T09:00:00+02:00', 'Henrik Harder'],
      ['2025-05-07T09:00:00+02:00', 'Henrik Harder'],
      ['2025-05-21T09:00:00+02:00', 'Henrik Harder'],
    ]);
    expect(spring25[0]?.location).toBe('Mødelokale 915');
  });

  it('held Chefforum on the 1st and 3rd Thursday under the 2019 terms', async () => {
    const sept = await cal('albertslund', 'CF', '2019-09-01', '2019-09-30');
    expect(sept.map((m) => [m.start, m.deadlines.submission])).toEqual([
      ['2019-09-05T09:00:00+02:00', '2019-08-29T12:00:00+02:00'],
      ['2019-09-19T09:00:00+02:00', '2019-09-12T12:00:00+02:00'],
    ]);
  });

  it('meets in Direktørforum every Monday 9.30, longer once a month for the political pre-meeting', async () => {
    const meetings = await cal('albertslund', 'DIF', '2025-09-01', '2025-09-30');
    expect(meetings.map((m) => day(m.start))).toEqual([
      '2025-09-01',
      '2025-09-08',
      '2025-09-15',
      '2025-09-22',
      '2025-09-29',
    ]);
    expect(meetings.every((m) => m.start.slice(11, 16) === '09:30')).toBe(true);
    const extended = meetings.filter((m) => m.variations.length > 0);
    expect(extended.map((m) => day(m.start))).toEqual(['2025-09-01']);
    expect(extended[0]?.end.slice(11, 16)).not.toBe('11:30');
    expect(
      meetings.filter((m) => m.variations.length === 0).every((m) => m.end.slice(11, 16) === '11:30'),
    ).toBe(true);
    // The agenda goes out on the Thursday before.
    expect(meetings[1]?.deadlines.publication?.slice(0, 10)).toBe('2025-09-04');
  });

  it('plans Lederforum quarterly with at most two themes, and the leaders day with material 14 days before', async () => {
    const lf = await getForum(t.ctx, operator(), 'albertslund', 'LF');
    expect(lf.charter?.capacity.maxThemes).toBe(2);
    expect(lf.charter?.itemTypes).toEqual(['theme']);
    expect(
      (await cal('albertslund', 'LF', '2025-01-01', '2025-12-31')).filter((m) => !m.cancelled),
    ).toHaveLength(4);
    const [day1] = await cal('albertslund', 'LEDERDAG', '2025-01-01', '2025-12-31');
    if (!day1) throw new Error('no leaders day in 2025');
    const days =
      (new Date(day1.start).getTime() - new Date(day1.deadlines.publication ?? '').getTime()) / 86_400_000;
    expect(Math.round(days)).toBeGreaterThanOrEqual(14);
  });
});

describe('demo: Chefforum items in the pipeline', () => {
  it('has three items of the April 2025 minutes on the next meeting, one awaiting the chair, one draft', async () => {
    // The test clock is 1 April 2025: the next Chefforum meeting is 9 April, items due 3 April 12:00.
    const agenda = await getAgenda(t.ctx, operator(), 'albertslund', 'CF', '2025-04-09');
    expect(agenda.publishedVersion).toBeNull();
    expect(agenda.state).toBe('planned');
    expect(agenda.agenda.items.map((i) => [i.number, i.title, i.caseNumber, i.durationMinutes])).toEqual([
      [1, 'Godkendelse af dagsorden og referat', null, null],
      [2, 'Videre proces for Budget 2026', '00.30.00-P00-4-24', 10],
      [3, 'Status på Budgetaftale 2025', '00.30.14-S00-4-25', 20],
      [4, 'Orientering om arbejdet med den konstituerende dagsorden', '00.01.00-P35-1-25', 20],
      [5, 'Temaer til kommende møder og eventuelt', null, null],
    ]);
    const budget = agenda.agenda.items[1];
    expect(budget?.recommendations).toEqual([
      'at tidsplanen for den resterende del af arbejdet med budgetkataloget og budget 2026 drøftes',
    ]);
    expect(budget?.presenters.map((p) => p.name)).toEqual(['Marie Aasøe']);
    expect(budget?.sections.map((s) => s.heading)).toContain('Sagsfremstilling');
    expect(await listQueue(t.ctx, operator(), 'albertslund', 'CF')).toEqual([]);

    const [chair] = await findPeopleByEmail(t.db, 'henrik.harder@albertslund.dk');
    if (!chair) throw new Error('no Henrik Harder');
    const inbox = await listItemsAwaitingApprover(t.db, chair.id);
    expect(inbox.map((i) => [i.title, i.state, i.late])).toEqual([
      ['Beslutning om ledelsesudvikling 2025 - 2026', 'submitted', false],
    ]);
    expect(inbox[0]?.wishedMeetingId).toBe(agenda.agenda.meeting.id);

    const cf = await getForum(t.ctx, operator(), 'albertslund', 'CF');
    const drafts = await listForumItems(t.db, cf.id, ['draft']);
    expect(drafts.map((i) => [i.title, i.presenters.map((p) => p.name)])).toEqual([
      ['Orientering om prøvehandling fra 2024', ['Dorthe Espenhein', 'Tine Buch Juhl']],
    ]);
  });

  it('has the cases of the minutes, with their KLE topics', async () => {
    const { items } = await listCases(t.ctx, operator(), 'albertslund', { query: '00.30' });
    expect(items.map((c) => [c.caseNumber, c.title, c.kleTopicTitle]).sort()).toEqual([
      // The seed's "00.30.08-000-1-24" is not a valid KLE number (facet 000): kept in the title.
      [null, 'Anlægsplan budget 2026 (sagsnr. 00.30.08-000-1-24)', null],
      ['00.30.00-P00-4-24', 'Budget 2026', 'Budget - kommunens økonomiske forvaltning i almindelighed'],
      ['00.30.00-P05-1-24', 'Budget 2025', 'Budget - kommunens økonomiske forvaltning i almindelighed'],
      ['00.30.14-S00-4-25', 'Budgetaftale 2025 - opfølgning', 'Budgetopfølgninger'],
    ]);
  });
});

describe('demo: Ishøj', () => {
  it('has the mayor in the first part of Direktionen, led by the municipal director', async () => {
    const direktion = await getForum(t.ctx, operator(), 'ishoej', 'DIREKTION');
    expect(direktion.charter?.parts.map((p) => p.name)).toHaveLength(2);
    expect(direktion.charter?.parts[0]?.attendees).toMatch(/[Bb]orgmester/);
    const meetings = await cal('ishoej', 'DIREKTION', '2025-03-01', '2025-03-31');
    expect(meetings.length).toBeGreaterThanOrEqual(2);
    expect(new Set(meetings.map((m) => m.leader?.name))).toEqual(new Set(['Charlotte Vinding Rask']));
  });

  it('lets the three directors take turns leading Koncernledelsen', async () => {
    const meetings = (await cal('ishoej', 'KONCERNLEDELSE', '2025-01-01', '2025-12-31')).filter(
      (m) => !m.cancelled,
    );
    const leaders = meetings.map((m) => m.leader?.name);
    expect(new Set(leaders).size).toBe(3);
    for (let i = 3; i < leaders.length; i++) expect(leaders[i]).toBe(leaders[i - 3]);
  });

  it('loads once: a second load leaves existing organisations alone', async () => {
    expect(await loadDemo(t.ctx, operator())).toEqual({ loaded: [], skipped: ['albertslund', 'ishoej'] });
  });
});
