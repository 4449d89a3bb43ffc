/** Building, publishing and reading an agenda; attendance. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem } from '../../src/app/create-item.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { getAgenda } from '../../src/app/get-agenda.ts';
import { getAgendaVersion } from '../../src/app/get-agenda-version.ts';
import { getAttendance } from '../../src/app/get-attendance.ts';
import { inviteGuest } from '../../src/app/invite-guest.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { reportAbsence } from '../../src/app/report-absence.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import { updateItem } from '../../src/app/update-item.ts';
import type { Item } from '../../src/domain/item.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { listOutbox } from '../../src/store/outbox.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
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

const CANARY = 'KANARIEFUGL-7731';
const para = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** An approved item in the queue, proposed by the head of department. */
async function queued(title: string, over: Record<string, unknown> = {}): Promise<Item> {
  const item = await createItem(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, {
    type: 'decision',
    title,
    durationMinutes: 30,
    sections: { sagsfremstilling: para(`Sagsfremstilling for ${title}.`) },
    recommendations: [`Chefforum godkender ${title}`],
    ...over,
  });
  await submitItem(t.ctx, await f.as.head(), f.org.slug, item.id);
  return decideItem(t.ctx, await f.as.director(), f.org.slug, item.id, { decision: 'approve' });
}

describe('building and publishing the agenda of 15 May 2025', () => {
  let open: Item;
  let closed: Item;

  it('puts standing items first and last, numbers the agenda and plans the time', async () => {
    open = await queued('Genindførelse af miljøledelse');
    closed = await queued(`Omplacering af medarbejder ${CANARY}`, {
      closed: true,
      closedBasis: 'Offentlighedslovens § 21',
    });
    await scheduleItem(t.ctx, await f.as.secretary(), f.org.slug, open.id, { meeting: '2025-05-15' });
    await scheduleItem(t.ctx, await f.as.secretary(), f.org.slug, closed.id, { meeting: '2025-05-15' });
    const live = await getAgenda(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, '2025-05-15');
    expect(live.agenda.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'CF - Godkendelse af dagsorden og referat'],
      [2, 'Genindførelse af miljøledelse'],
      [3, `Omplacering af medarbejder ${CANARY}`],
      [4, 'CF - Temaer til kommende møder og eventuelt'],
    ]);
    expect(live.agenda.items[0]?.recommendations).toEqual([
      'at dagsorden til dette møde godkendes',
      'at referat fra mødet den 1. maj 2025 godkendes',
    ]);
    expect(live.timePlan.map((s) => s.start.slice(11, 16))).toEqual(['09:00', '09:00', '09:30', '10:00']);
    expect(live.warnings).toEqual(['Punkt 1, 4 har ingen tidsramme']);
  });

  it('warns when the items take longer than the meeting', async () => {
    const long = await queued('Budget 2026', { durationMinutes: 150 });
    await scheduleItem(t.ctx, await f.as.secretary(), f.org.slug, long.id, { meeting: '2025-05-15' });
    const live = await getAgenda(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, '2025-05-15');
    expect(live.warnings[0]).toBe('Punkterne varer 210 min., mødet 180 min. (30 min. for meget)');
  });

  it('publishes version 1, marks the items published and queues one mail per member', async () => {
    const v1 = await publishAgenda(
      t.ctx,
      await f.as.secretary(),
      f.org.slug,
      f.forum.shortName,
      '2025-05-15',
    );
    expect(v1.version).toBe(1);
    expect(v1.changes).toEqual([]);
    const mails = await listOutbox(t.db, { orgId: f.org.id });
    expect(mails.map((m) => m.recipientEmail).sort()).toEqual(
      [f.people.chair, f.people.director, f.people.head, f.people.secretary].map((p) => p.email).sort(),
    );
    for (const m of mails) {
      expect(m.subject).toBe('Dagsorden: Chefforum 15. maj 2025');
      expect(m.bodyText).toContain('Punkt 3: Lukket punkt');
      expect(m.bodyText).not.toContain(CANARY);
    }
  });

  it('lets nobody change what was published: the submitter may not edit, version 1 stays as it was', async () => {
    const head = await f.as.head();
    const err = await failure(updateItem(t.ctx, head, f.org.slug, open.id, { version: 99, title: 'Ændret' }));
    expect(err.code).toBe('forbidden');
    const current = await (await import('../../src/app/get-item.ts')).getItem(
      t.ctx,
      await f.as.secretary(),
      f.org.slug,
      open.id,
    );
    await updateItem(t.ctx, await f.as.secretary(), f.org.slug, open.id, {
      version: current.version,
      title: 'Genindførelse af miljøledelse (revideret)',
    });
    const v2 = await publishAgenda(
      t.ctx,
      await f.as.secretary(),
      f.org.slug,
      f.forum.shortName,
      '2025-05-15',
    );
    expect(v2.version).toBe(2);
    expect(v2.changes).toEqual([
      expect.objectContaining({
        kind: 'changed',
        number: 2,
        title: 'Genindførelse af miljøledelse (revideret)',
        fields: ['title'],
      }),
    ]);
    const v1 = await getAgendaVersion(
      t.ctx,
      await f.as.head(),
      f.org.slug,
      f.forum.shortName,
      v2.meetingId,
      1,
    );
    expect(v1.content.items[1]?.title).toBe('Genindførelse af miljøledelse');
    const again = await failure(
      publishAgenda(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, '2025-05-15'),
    );
    expect(again).toMatchObject({ code: 'conflict', details: [{ path: 'agenda' }] });
    const mails = await listOutbox(t.db, { orgId: f.org.id, eventKeyPrefix: `agenda:${v2.meetingId}:v2` });
    expect(mails).toHaveLength(4);
    expect(mails[0]?.subject).toBe('Tillægsdagsorden: Chefforum 15. maj 2025');
  });

  it('shows a closed item to members in full (audited) and to others as "Lukket punkt"', async () => {
    const member = await getAgendaVersion(
      t.ctx,
      await f.as.head(),
      f.org.slug,
      f.forum.shortName,
      closed.meetingId ?? (await getMeetingId()),
      'latest',
    );
    expect(member.audience).toBe('members');
    expect(JSON.stringify(member.content)).toContain(CANARY);
    const other = await getAgendaVersion(
      t.ctx,
      await f.as.outsider(),
      f.org.slug,
      f.forum.shortName,
      member.meetingId,
      'latest',
    );
    expect(other.audience).toBe('organisation');
    expect(other.content.items[2]).toMatchObject({
      number: 3,
      title: 'Lukket punkt',
      sections: [],
      recommendations: [],
    });
    expect(JSON.stringify(other)).not.toContain(CANARY);
    const reads = await listAuditEvents(t.db, f.org.id, { objectId: member.meetingId, limit: 50 });
    expect(reads.filter((e) => e.action === 'agenda.read_closed').map((e) => e.actorPersonId)).toContain(
      f.people.head.id,
    );
  });
});

async function getMeetingId(): Promise<string> {
  const live = await getAgenda(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, '2025-05-15');
  return live.agenda.meeting.id;
}

describe('capacity', () => {
  it('takes at most two theme discussions when the charter says so', async () => {
    const lf = await pipelineFixture(t, {
      itemTypes: ['theme'],
      capacity: { maxThemes: 2, maxMinutes: null },
      template: [],
      standingItems: [],
    });
    const themes: Item[] = [];
    for (const title of ['Ledelse af mangfoldighed', 'Trivsel', 'Rekruttering']) {
      const item = await createItem(t.ctx, await lf.as.head(), lf.org.slug, lf.forum.shortName, {
        type: 'theme',
        title,
      });
      await submitItem(t.ctx, await lf.as.head(), lf.org.slug, item.id);
      themes.push(
        await decideItem(t.ctx, await lf.as.director(), lf.org.slug, item.id, { decision: 'approve' }),
      );
    }
    for (const item of themes.slice(0, 2))
      await scheduleItem(t.ctx, await lf.as.secretary(), lf.org.slug, item.id, { meeting: '2025-06-05' });
    const third = themes[2] as Item;
    const err = await failure(
      scheduleItem(t.ctx, await lf.as.secretary(), lf.org.slug, third.id, { meeting: '2025-06-05' }),
    );
    expect(err).toMatchObject({ code: 'conflict', details: [{ path: 'capacity.maxThemes' }] });
  });
});

describe('attendance', () => {
  it('records absence with a substitute and guests for single items; the secretary sees who comes', async () => {
    await reportAbsence(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, '2025-06-05', {
      reason: 'Ferie',
      substitutePersonId: f.people.outsider.id,
    });
    const item = await queued('Tryghedspolitik 2024-2026');
    await scheduleItem(t.ctx, await f.as.secretary(), f.org.slug, item.id, { meeting: '2025-06-05' });
    await inviteGuest(t.ctx, await f.as.secretary(), f.org.slug, f.forum.shortName, '2025-06-05', {
      personId: f.people.outsider.id,
      itemIds: [item.id],
    });
    const view = await getAttendance(
      t.ctx,
      await f.as.secretary(),
      f.org.slug,
      f.forum.shortName,
      '2025-06-05',
    );
    expect(view.members.find((m) => m.personId === f.people.head.id)).toMatchObject({
      status: 'absent',
      reason: 'Ferie',
      substitute: 'Ole Udenfor',
    });
    expect(view.guests).toEqual([expect.objectContaining({ name: 'Ole Udenfor', itemIds: [item.id] })]);
    const err = await failure(
      reportAbsence(t.ctx, await f.as.outsider(), f.org.slug, f.forum.shortName, '2025-06-05', {
        reason: 'x',
      }),
    );
    expect(err.code).toBe('forbidden');
  });
});
