/** Working groups under a forum: set-up by its managers, the report-back item made once, who reads them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkingGroup } from '../../src/app/create-working-group.ts';
import { getWorkingGroup, listWorkingGroups } from '../../src/app/get-working-group.ts';
import { listMyWorkingGroups } from '../../src/app/list-my-working-groups.ts';
import { updateWorkingGroup } from '../../src/app/update-working-group.ts';
import { findItem, listForumItems } from '../../src/store/items.ts';
import { findMeeting } from '../../src/store/meetings.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { callerFor, personFactory } from '../support/factories.ts';
import { failure } from '../support/failure.ts';
import { type PipelineFixture, pipelineFixture } from '../support/pipeline-fixture.ts';

let t: TestDatabase;
let f: PipelineFixture;
beforeAll(async () => {
  t = await testDatabase();
  t.setNow('2025-05-05T10:00:00+02:00');
  f = await pipelineFixture(t);
});
afterAll(() => t.close());

const setUp = async (name: string, deadline: string, members: unknown[] = []) =>
  createWorkingGroup(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, {
    name,
    mandate: 'Gruppen belyser indkøb af IT-udstyr.\n\nGruppen kommer med løsningsforslag.',
    deadline,
    members,
  });

const reportItems = async () =>
  (await listForumItems(t.db, f.forum.id, ['draft'])).filter((i) => i.title.startsWith('Tilbagemelding'));

describe('working groups', () => {
  it('a manager sets one up: plain-text mandate as rich text, members with their reason', async () => {
    const g = await setUp('Indkøb af IT', '2025-06-06', [
      { personId: f.people.head.id, basis: 'expertise', reason: 'IT-faglig viden' },
      { personId: f.people.outsider.id, basis: 'representation', reason: 'Repræsenterer institutionerne' },
    ]);
    expect(g).toMatchObject({ name: 'Indkøb af IT', status: 'active', deadline: '2025-06-06' });
    expect(g.mandate.content).toHaveLength(2);
    expect(g.members.map((m) => m.basis)).toEqual(['expertise', 'representation']);
  });

  it('drafts one report-back decision item for the first parent meeting on or after the deadline', async () => {
    const g = await setUp('Trivselsmåling', '2025-06-06');
    const item = g.reportItemId ? await findItem(t.db, f.org.id, g.reportItemId) : undefined;
    expect(item).toMatchObject({ type: 'decision', state: 'draft', forumId: f.forum.id });
    expect(item?.title).toBe('Tilbagemelding fra arbejdsgruppen: Trivselsmåling');
    // Chefforum meets on the 1st and 3rd Thursday: 5 June is before the deadline, 19 June after.
    const meeting = item?.wishedMeetingId
      ? await findMeeting(t.db, f.forum.id, item.wishedMeetingId)
      : undefined;
    expect(meeting?.start.slice(0, 10)).toBe('2025-06-19');
  });

  it('a meeting on the deadline day itself is the one', async () => {
    const g = await setUp('Budgetproces', '2025-06-05');
    const item = g.reportItemId ? await findItem(t.db, f.org.id, g.reportItemId) : undefined;
    const meeting = item?.wishedMeetingId
      ? await findMeeting(t.db, f.forum.id, item.wishedMeetingId)
      : undefined;
    expect(meeting?.start.slice(0, 10)).toBe('2025-06-05');
  });

  it('reporting and closing create no second report-back item', async () => {
    const g = await setUp('Rekruttering', '2025-09-01');
    const before = (await reportItems()).length;
    const secretary = await f.as.secretary();
    const reported = await updateWorkingGroup(t.ctx, secretary, f.org.slug, f.forum.shortName, g.id, {
      status: 'reported',
    });
    expect(reported.reportItemId).toBe(g.reportItemId);
    await updateWorkingGroup(t.ctx, secretary, f.org.slug, f.forum.shortName, g.id, { status: 'closed' });
    expect((await reportItems()).length).toBe(before);
    const closed = await failure(
      updateWorkingGroup(t.ctx, secretary, f.org.slug, f.forum.shortName, g.id, { status: 'active' }),
    );
    expect(closed.code).toBe('conflict');
  });

  it('members of the parent forum and of the group read it; others do not; only managers change it', async () => {
    const guestExpert = await personFactory(t.ctx, f.org, { name: 'Eva Ekspert', title: 'Specialist' });
    const g = await setUp('Arbejdsmiljø', '2025-10-01', [
      { personId: guestExpert.id, basis: 'expertise', reason: 'Arbejdsmiljø' },
    ]);
    const expert = await callerFor(t.ctx, guestExpert);
    expect((await getWorkingGroup(t.ctx, expert, f.org.slug, f.forum.shortName, g.id)).name).toBe(
      'Arbejdsmiljø',
    );
    expect((await getWorkingGroup(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, g.id)).id).toBe(
      g.id,
    );
    const outsider = await failure(
      getWorkingGroup(t.ctx, await f.as.outsider(), f.org.slug, f.forum.shortName, g.id),
    );
    expect(outsider.code).toBe('forbidden');
    const listed = await listWorkingGroups(t.ctx, expert, f.org.slug, f.forum.shortName);
    expect(listed.map((x) => x.name)).toEqual(['Arbejdsmiljø']);
    const byMember = await failure(
      updateWorkingGroup(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, g.id, { name: 'X' }),
    );
    expect(byMember.code).toBe('forbidden');
  });

  it('refuses unknown members, a duplicate name and a bad mandate, naming the field', async () => {
    const unknown = await failure(
      setUp('Ukendt', '2025-06-06', [
        { personId: '00000000-0000-4000-8000-000000000000', basis: 'expertise', reason: '' },
      ]),
    );
    expect(unknown.details[0]?.path).toBe('members.0.personId');
    expect((await failure(setUp('Indkøb af IT', '2025-06-06'))).code).toBe('conflict');
    const bad = await failure(
      createWorkingGroup(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, {
        name: 'Dårlig',
        mandate: { type: 'doc', content: [{ type: 'script' }] },
        deadline: '2025-06-06',
      }),
    );
    expect(bad.code).toBe('validation_failed');
  });

  it('shows members by name and the report-back item with its meeting, titled only for who may read it', async () => {
    const g = await setUp('Mødekultur', '2025-06-06', [
      { personId: f.people.head.id, basis: 'representation', reason: 'Repræsenterer afdelingerne' },
    ]);
    const bySecretary = await getWorkingGroup(
      t.ctx,
      await f.as.secretary(),
      f.org.slug,
      f.forum.shortName,
      g.id,
    );
    expect(bySecretary.members).toEqual([
      expect.objectContaining({ name: 'Marie Brøchner Jespersen', basis: 'representation' }),
    ]);
    expect(bySecretary.reportBack).toMatchObject({
      itemId: g.reportItemId,
      readable: true,
      state: 'draft',
      meeting: { start: expect.stringMatching(/^2025-06-19T/) },
    });
    // The draft is the secretary's: a plain member of the forum sees that it exists, not its state.
    const byHead = await getWorkingGroup(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, g.id);
    expect(byHead.reportBack).toMatchObject({
      readable: false,
      state: null,
      title: 'Tilbagemelding fra arbejdsgruppen: Mødekultur',
    });
  });

  it("lists one's own groups across forums, also for a member outside the parent forum, and only one's own", async () => {
    const outsideExpert = await personFactory(t.ctx, f.org, { name: 'Otto Opgave', title: 'Analytiker' });
    await setUp('Data og analyse', '2025-11-01', [
      { personId: outsideExpert.id, basis: 'expertise', reason: 'Dataanalyse' },
    ]);
    const expert = await callerFor(t.ctx, outsideExpert);
    const mine = await listMyWorkingGroups(t.ctx, expert, f.org.slug, outsideExpert.id);
    expect(mine.map((g) => [g.name, g.forum.shortName, g.members[0]?.reason])).toEqual([
      ['Data og analyse', f.forum.shortName, 'Dataanalyse'],
    ]);
    const others = await failure(
      listMyWorkingGroups(t.ctx, await f.as.secretary(), f.org.slug, outsideExpert.id),
    );
    expect(others.code).toBe('forbidden');
  });
});
