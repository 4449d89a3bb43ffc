/** The work programme: managers and admins write it, the organisation reads it, the export carries it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkProgramme } from '../../src/app/create-work-programme.ts';
import { exportWorkProgramme, getWorkProgramme } from '../../src/app/get-work-programme.ts';
import {
  addProgrammeInitiative,
  removeProgrammeInitiative,
  updateProgrammeInitiative,
} from '../../src/app/save-programme-initiative.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { findMeeting } from '../../src/store/meetings.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { failure } from '../support/failure.ts';
import { type PipelineFixture, pipelineFixture } from '../support/pipeline-fixture.ts';

let t: TestDatabase;
let f: PipelineFixture;
beforeAll(async () => {
  t = await testDatabase();
  t.setNow('2025-01-10T10:00:00+01:00');
  f = await pipelineFixture(t);
  const secretary = await f.as.secretary();
  await createWorkProgramme(t.ctx, secretary, f.org.slug, f.forum.shortName, {
    year: 2025,
    title: 'Arbejdsprogram 2025',
  });
  await addProgrammeInitiative(t.ctx, secretary, f.org.slug, f.forum.shortName, 2025, {
    title: 'Robust økonomi, "nu og i fremtiden"',
    ownerPersonId: f.people.director.id,
    status: 'in_progress',
    milestones: [
      { title: 'Budgetseminar', dueDate: '2025-03-01' },
      { title: 'Effektiviseringskatalog', dueDate: '2025-09-15', status: 'open' },
    ],
  });
  await addProgrammeInitiative(t.ctx, secretary, f.org.slug, f.forum.shortName, 2025, {
    title: '=Trivsel og arbejdsmiljø',
  });
});
afterAll(() => t.close());

describe('the work programme', () => {
  it('is read by everyone in the organisation, initiatives in the order they were added', async () => {
    const p = await getWorkProgramme(t.ctx, await f.as.outsider(), f.org.slug, f.forum.shortName, 2025);
    expect(p.initiatives.map((i) => [i.title, i.status, i.milestones.length])).toEqual([
      ['Robust økonomi, "nu og i fremtiden"', 'in_progress', 2],
      ['=Trivsel og arbejdsmiljø', 'planned', 0],
    ]);
  });

  it('exports as CSV: one row per milestone, owner by name, quoted and formula-safe', async () => {
    const csv = await exportWorkProgramme(
      t.ctx,
      await f.as.head(),
      f.org.slug,
      f.forum.shortName,
      2025,
      'csv',
    );
    expect(csv.contentType).toBe('text/csv; charset=utf-8');
    expect(csv.body.split('\r\n')).toEqual([
      'initiative,owner,status,milestone,due_date,milestone_status,meeting_id,item_id',
      '"Robust økonomi, ""nu og i fremtiden""",Kristine Klæbel,in_progress,Budgetseminar,2025-03-01,open,,',
      '"Robust økonomi, ""nu og i fremtiden""",Kristine Klæbel,in_progress,Effektiviseringskatalog,2025-09-15,open,,',
      "'=Trivsel og arbejdsmiljø,,planned,,,,,",
      '',
    ]);
  });

  it('exports as JSON with the owners named', async () => {
    const json = await exportWorkProgramme(
      t.ctx,
      await f.as.head(),
      f.org.slug,
      f.forum.shortName,
      2025,
      'json',
    );
    const parsed = JSON.parse(json.body);
    expect(parsed.year).toBe(2025);
    expect(parsed.initiatives[0].ownerName).toBe('Kristine Klæbel');
  });

  it('is written only by the managers; a milestone outside the year is refused with its field', async () => {
    const head = await failure(
      addProgrammeInitiative(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, 2025, { title: 'X' }),
    );
    expect(head.code).toBe('forbidden');
    const p = await getWorkProgramme(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, 2025);
    const first = p.initiatives[0];
    if (!first) throw new Error('no initiative');
    const outside = await failure(
      updateProgrammeInitiative(
        t.ctx,
        await f.as.secretary(),
        f.org.slug,
        f.forum.shortName,
        2025,
        first.id,
        {
          milestones: [{ title: 'For sent', dueDate: '2026-01-05' }],
        },
      ),
    );
    expect(outside.details[0]?.path).toBe('milestones.0.dueDate');
    const done = await updateProgrammeInitiative(
      t.ctx,
      await f.as.secretary(),
      f.org.slug,
      f.forum.shortName,
      2025,
      first.id,
      {
        status: 'done',
      },
    );
    expect(done).toMatchObject({ status: 'done', title: first.title });
    expect(done.milestones).toHaveLength(2);
    const twice = await failure(
      createWorkProgramme(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, {
        year: 2025,
        title: 'Igen',
      }),
    );
    expect(twice.code).toBe('conflict');
  });

  it('links a milestone to a meeting given by its series date (stored then) and shows it with owner and item', async () => {
    const secretary = await f.as.secretary();
    const added = await addProgrammeInitiative(t.ctx, secretary, f.org.slug, f.forum.shortName, 2025, {
      title: 'Digital dagsorden',
      ownerPersonId: f.people.head.id,
      // Chefforum meets on the 1st and 3rd Thursday: 19 June 2025 is a meeting of the series.
      milestones: [{ title: 'Beslutning i Chefforum', dueDate: '2025-06-19', meetingId: '2025-06-19' }],
    });
    const meetingId = added.milestones[0]?.meetingId ?? '';
    expect(meetingId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await findMeeting(t.db, f.forum.id, meetingId))?.start.slice(0, 10)).toBe('2025-06-19');
    const p = await getWorkProgramme(t.ctx, await f.as.outsider(), f.org.slug, f.forum.shortName, 2025);
    const shown = p.initiatives.find((i) => i.id === added.id);
    expect(shown?.ownerName).toBe('Marie Brøchner Jespersen');
    expect(shown?.milestones[0]?.meeting).toEqual({
      id: meetingId,
      start: expect.stringMatching(/^2025-06-19T/),
    });
    const notAMeeting = await failure(
      updateProgrammeInitiative(t.ctx, secretary, f.org.slug, f.forum.shortName, 2025, added.id, {
        milestones: [{ title: 'Ingen møde', dueDate: '2025-06-20', meetingId: '2025-06-20' }],
      }),
    );
    expect(notAMeeting.details[0]?.path).toBe('milestones.0.meetingId');
  });

  it('a manager removes an initiative, audited; a member may not, and a second removal finds nothing', async () => {
    const secretary = await f.as.secretary();
    const doomed = await addProgrammeInitiative(t.ctx, secretary, f.org.slug, f.forum.shortName, 2025, {
      title: 'Midlertidigt initiativ',
      milestones: [{ title: 'Start', dueDate: '2025-02-01' }],
    });
    const byMember = await failure(
      removeProgrammeInitiative(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, 2025, doomed.id),
    );
    expect(byMember.code).toBe('forbidden');
    await removeProgrammeInitiative(t.ctx, secretary, f.org.slug, f.forum.shortName, 2025, doomed.id);
    const p = await getWorkProgramme(t.ctx, secretary, f.org.slug, f.forum.shortName, 2025);
    expect(p.initiatives.map((i) => i.title)).not.toContain('Midlertidigt initiativ');
    const events = await listAuditEvents(t.db, f.org.id, { objectId: doomed.id, limit: 10 });
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['programme.initiative.create', 'programme.initiative.delete']),
    );
    const again = await failure(
      removeProgrammeInitiative(t.ctx, secretary, f.org.slug, f.forum.shortName, 2025, doomed.id),
    );
    expect(again.code).toBe('not_found');
  });
});
