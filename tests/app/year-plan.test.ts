/**
 * The year at a glance: every forum's meetings with their load, milestones and themes, as far as
 * the caller may read them; a closed item is counted, never titled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignTheme } from '../../src/app/assign-theme.ts';
import { createWheelEntry } from '../../src/app/create-wheel-entry.ts';
import { getYearPlan } from '../../src/app/get-year-plan.ts';
import { materialiseMeeting } from '../../src/app/meeting-occurrence.ts';
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
});
