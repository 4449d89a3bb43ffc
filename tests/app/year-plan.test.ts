/**
 * The year at a glance: every forum's meetings with their load, milestones and themes, as far as
 * the caller may read them; a closed item is counted, never titled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignTheme } from '../../src/app/assign-theme.ts';
import { createWheelEntry } from '../../src/app/create-wheel-entry.ts';
import { createWorkProgramme } from '../../src/app/create-work-programme.ts';
import { getYearPlan } from '../../src/app/get-year-plan.ts';
import { materialiseMeeting } from '../../src/app/meeting-occurrence.ts';
import { addProgrammeInitiative } from '../../src/app/save-programme-initiative.ts';
import type { Forum, Organisation, Person } from '../../src/domain/organisation.ts';
import { insertItem } from '../../src/store/items.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import {
  callerFor,
  charterFactory,
  forumFactory,
  memberFactory,
  orgFactory,
  personFactory,
} from '../support/factories.ts';

let t: TestDatabase;
let org: Organisation;
let forum: Forum;
let secretary: Person;
let member: Person;
let staff: Person;
beforeAll(async () => {
  t = await testDatabase();
  org = await orgFactory(t.ctx);
  forum = await forumFactory(t.ctx, org, { name: 'Chefforum' });
  await charterFactory(t.ctx, org, forum);
  secretary = await personFactory(t.ctx, org, { name: 'Sekretær' });
  member = await personFactory(t.ctx, org, { name: 'Afdelingschef Borger' });
  staff = await personFactory(t.ctx, org, { name: 'Medarbejder' });
  await memberFactory(t.ctx, org, forum, secretary, 'secretary');
  await memberFactory(t.ctx, org, forum, member, 'member');
  const sec = await callerFor(t.ctx, secretary);
  await createWheelEntry(t.ctx, sec, org.slug, forum.shortName, {
    title: 'Budgetproces',
    when: { kind: 'first_in_month', month: 3 },
    responsiblePersonId: member.id,
  });
  await assignTheme(t.ctx, sec, org.slug, forum.shortName, {
    meeting: '2025-03-06',
    theme: 'Rekruttering',
    presenterPersonId: member.id,
  });
  const meeting = await materialiseMeeting(t.db, forum, '2025-03-06');
  const on = { orgId: org.id, forumId: forum.id, meetingId: meeting.id, state: 'published' as const };
  await insertItem(t.db, { ...on, type: 'theme', title: 'Åben temadrøftelse om trivsel' });
  await insertItem(t.db, { ...on, type: 'theme', title: 'Lukket: personalesag Ærø', closed: true });
  await insertItem(t.db, { ...on, type: 'decision', title: 'Budgetopfølgning' });
  // The work programme of 2025: one milestone on the meeting of 6 March, one without a meeting.
  await createWorkProgramme(t.ctx, sec, org.slug, forum.shortName, {
    year: 2025,
    title: 'Arbejdsprogram 2025',
  });
  await addProgrammeInitiative(t.ctx, sec, org.slug, forum.shortName, 2025, {
    title: 'Fælles ledelsesgrundlag',
    ownerPersonId: member.id,
    status: 'in_progress',
    milestones: [
      { title: 'Udkast drøftes', dueDate: '2025-03-06', meetingId: meeting.id },
      { title: 'Høring afsluttet', dueDate: '2025-05-30', status: 'open' },
    ],
  });
  await addProgrammeInitiative(t.ctx, sec, org.slug, forum.shortName, 2025, { title: 'Digital post' });
});
afterAll(() => t.close());

const march6 = async (p: Person) => {
  const { forums } = await getYearPlan(t.ctx, await callerFor(t.ctx, p), org.slug, 2025);
  const f = forums.find((x) => x.shortName === forum.shortName);
  return { f, m: f?.meetings.find((x) => x.occurrenceDate === '2025-03-06') };
};

describe('the year plan', () => {
  it('shows a member the load, the milestone and the theme plan; closed items untitled', async () => {
    const { f, m } = await march6(member);
    expect(f?.meetings.length).toBe(24); // 1st and 3rd Thursday, all year
    expect(m?.load).toEqual({ decision: 1, information: 0, theme: 2 });
    expect(m?.themes.map((x) => x.title).sort()).toEqual(['Åben temadrøftelse om trivsel', null].sort());
    expect(m?.milestones.map((x) => x.title)).toEqual(['Budgetproces']);
    expect(m?.presenters).toEqual([
      { theme: 'Rekruttering', presenterName: 'Afdelingschef Borger', status: 'proposed' },
    ]);
    expect(JSON.stringify(f)).not.toContain('personalesag');
  });

  it('shows a non-member the counts and open titles, but no wheel, no theme plan, no closed title', async () => {
    const { f, m } = await march6(staff);
    expect(m?.load).toEqual({ decision: 1, information: 0, theme: 2 });
    expect(m?.milestones).toEqual([]);
    expect(m?.presenters).toEqual([]);
    expect(f?.unplacedMilestones).toBeNull();
    expect(JSON.stringify(f)).not.toContain('personalesag');
  });

  it('shows the work programme of the year: its initiatives, and its milestones on their meeting', async () => {
    const { f, m } = await march6(staff);
    expect(f?.programme).toMatchObject({
      year: 2025,
      title: 'Arbejdsprogram 2025',
      initiatives: [
        { title: 'Fælles ledelsesgrundlag', status: 'in_progress', ownerName: 'Afdelingschef Borger' },
        { title: 'Digital post', status: 'planned', ownerName: null },
      ],
    });
    expect(m?.programmeMilestones).toEqual([
      {
        initiativeTitle: 'Fælles ledelsesgrundlag',
        title: 'Udkast drøftes',
        dueDate: '2025-03-06',
        status: 'open',
      },
    ]);
    // The milestone without a meeting is on no meeting; another year has no programme.
    const all = f?.meetings.flatMap((x) => x.programmeMilestones.map((p) => p.title));
    expect(all).toEqual(['Udkast drøftes']);
    const next = await getYearPlan(t.ctx, await callerFor(t.ctx, staff), org.slug, 2026);
    const f2026 = next.forums.find((x) => x.shortName === forum.shortName);
    expect(f2026?.programme).toBeNull();
    expect(f2026?.meetings.every((x) => x.programmeMilestones.length === 0)).toBe(true);
  });
});
