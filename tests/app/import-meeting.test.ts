/** Saving imported agendas and minutes: created, updated, idempotent, agenda then minutes, closed items, audit, all or nothing. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAgendaVersion } from '../../src/app/get-agenda-version.ts';
import { getItem } from '../../src/app/get-item.ts';
import { importMeeting } from '../../src/app/import-meeting.ts';
import { renderVersion } from '../../src/app/render-documents.ts';
import type { Forum, Organisation, Person } from '../../src/domain/organisation.ts';
import { richTextToPlainText } from '../../src/domain/rich-text.ts';
import { latestAgendaVersion } from '../../src/store/agenda.ts';
import { listAttachments } from '../../src/store/attachments.ts';
import { listAttendance } from '../../src/store/attendance.ts';
import { findCase } from '../../src/store/cases.ts';
import { listMeetingItems } from '../../src/store/items.ts';
import { findMeeting } from '../../src/store/meetings.ts';
import { findPeopleByName } from '../../src/store/people.ts';
import { pdfPages } from '../e2e/read-back.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { callerFor, operator, orgFactory, personFactory } from '../support/factories.ts';
import { countRows, importForum, seedMinutes, source } from '../support/import-fixture.ts';

let t: TestDatabase;
let org: Organisation;
let chair: Person;
let outsider: Person;
let admin: Person;

const chefforum = (shortName: string) => importForum(t.ctx, org, chair, shortName, 'Chefforum');

const count = (table: string, where = sql`true`) => countRows(t.db, table, where);
const auditCount = (action: string) => count('audit_events', sql`action = ${action} and org_id = ${org.id}`);

beforeAll(async () => {
  t = await testDatabase();
  t.setNow('2025-05-01T10:00:00+02:00');
  org = await orgFactory(t.ctx);
  chair = await personFactory(t.ctx, org, { name: 'Henrik Harder', title: 'Kommunaldirektør' });
  await personFactory(t.ctx, org, { name: 'Marie Aasøe' });
  outsider = await personFactory(t.ctx, org, { name: 'Ole Udenfor' });
  admin = await personFactory(t.ctx, org, { name: 'Anne Admin', role: 'admin' });
}, 60_000);
afterAll(() => t.close());

describe('importMeeting', () => {
  let forum: Forum;
  let meetingId: string;
  beforeAll(async () => {
    forum = await chefforum('CF');
  });

  it('creates the held meeting, its items, people, absences, cases, attachments and the published minutes', async () => {
    const r = await importMeeting(
      t.ctx,
      await callerFor(t.ctx, admin),
      org.slug,
      seedMinutes(),
      source('referat.txt', 'v1'),
    );
    expect(r).toMatchObject({
      status: 'created',
      forum: 'CF',
      kind: 'minutes',
      items: { created: 4, updated: 0 },
    });
    expect(r.peopleCreated.sort()).toEqual(['Kristine Klæbel', 'Tine Buch Juhl']);
    meetingId = r.meetingId;
    const meeting = await findMeeting(t.db, forum.id, meetingId);
    expect(meeting).toMatchObject({ state: 'minutes_published', location: 'Mødelokale 915' });
    expect(meeting?.start).toBe('2025-04-23T09:00:00+02:00');

    const items = await listMeetingItems(t.db, meetingId);
    expect(items.map((i) => [i.position, i.title, i.type, i.state, i.closed])).toEqual([
      [1, 'Godkendelse af dagsorden og referat', 'decision', 'decided', false],
      [2, 'Videre proces for Budget 2026', 'decision', 'decided', false],
      [3, 'Orientering om KommuneMED møde d. 30. april 2025', 'information', 'decided', false],
      [4, 'Personalesag – fortrolig ændring', 'decision', 'decided', true],
    ]);
    const budget = items[1];
    expect(Object.keys(budget?.sections ?? {})).toEqual([
      'resume',
      'sagsfremstilling',
      'import_saerlige_forhold',
    ]);
    expect(richTextToPlainText(budget?.decision ?? { type: 'doc', content: [] })).toBe(
      'Tidsplanen blev drøftet.',
    );
    expect((await findCase(t.db, org.id, budget?.caseId ?? ''))?.caseNumber).toBe('00.30.00-P00-4-24');
    expect((await listAttachments(t.db, budget?.id ?? '')).map((a) => [a.name, a.storageKey])).toEqual([
      ['Tidsplan budget 2026.pdf', null],
    ]);

    const [kristine] = await findPeopleByName(t.db, org.id, 'kristine klæbel');
    expect(kristine?.email).toBe('kristine.klaebel@import.invalid');
    expect(kristine?.title).toBe('Direktør By, Kultur, Miljø & Beskæftigelse');
    const absent = (await listAttendance(t.db, meetingId)).filter((a) => a.kind === 'absent');
    expect(absent.map((a) => a.reason)).toEqual(['Ferie']);

    const minutes = await getAgendaVersion(t.ctx, operator(), org.slug, 'CF', meetingId, 'latest', 'minutes');
    expect(minutes.version).toBe(1);
    expect(minutes.content.meeting.participants?.map((p) => p.name)).toEqual([
      'Henrik Harder',
      'Kristine Klæbel',
      'Marie Aasøe',
    ]);
    expect(minutes.content.meeting.absent?.map((p) => p.name)).toEqual(['Tine Buch Juhl']);
    const budgetEntry = minutes.content.items[1];
    expect(budgetEntry?.sections.map((s) => s.heading)).toEqual([
      'Resumé',
      'Sagsfremstilling',
      'Særlige forhold',
    ]);
    expect(budgetEntry?.attachments.map((a) => a.name)).toEqual(['Tidsplan budget 2026.pdf']);
    expect(budgetEntry?.decision && richTextToPlainText(budgetEntry.decision)).toBe(
      'Tidsplanen blev drøftet.',
    );
  });

  it('audits one row per created object', async () => {
    expect(await auditCount('import.meeting')).toBe(1);
    expect(await auditCount('import.item')).toBe(4);
    expect(await auditCount('import.person')).toBe(2);
    expect(await auditCount('import.case')).toBe(2);
    expect(await auditCount('import.attendance')).toBe(1);
    expect(await auditCount('attachment.reference')).toBe(1);
    expect(await auditCount('minutes.publish')).toBe(1);
  });

  it('does nothing for the same bytes again, and updates without duplicating for a changed document', async () => {
    const caller = operator();
    const before = {
      items: await count('items'),
      audit: await count('audit_events'),
      people: await count('people'),
    };
    const same = await importMeeting(t.ctx, caller, org.slug, seedMinutes(), source('referat.txt', 'v1'));
    expect(same).toMatchObject({ status: 'unchanged', meetingId, version: null });
    expect({
      items: await count('items'),
      audit: await count('audit_events'),
      people: await count('people'),
    }).toEqual(before);

    const changed = seedMinutes();
    const second = changed.items[1];
    if (!second) throw new Error('fixture');
    second.decision = 'Tidsplanen blev drøftet og godkendt.';
    const r = await importMeeting(t.ctx, caller, org.slug, changed, source('referat-rettet.txt', 'v2'));
    expect(r).toMatchObject({ status: 'updated', meetingId, items: { created: 0, updated: 1 }, version: 2 });
    expect(await count('items')).toBe(before.items);
    expect(await count('people')).toBe(before.people);
    expect(await count('meetings', sql`forum_id = ${forum.id}`)).toBe(1);
    const items = await listMeetingItems(t.db, meetingId);
    expect(richTextToPlainText(items[1]?.decision ?? { type: 'doc', content: [] })).toBe(
      'Tidsplanen blev drøftet og godkendt.',
    );
    expect(await listAttachments(t.db, items[1]?.id ?? '')).toHaveLength(1);
    const minutes = await latestAgendaVersion(t.db, meetingId, 'minutes');
    expect(minutes?.changeNote).toBe('Importeret igen fra referat-rettet.txt');
    expect(await auditCount('import.item')).toBe(5);
  });

  it('keeps a closed item closed and hidden from those outside the forum through the normal reads', async () => {
    const closed = (await listMeetingItems(t.db, meetingId))[3];
    if (!closed) throw new Error('no closed item');
    await expect(getItem(t.ctx, await callerFor(t.ctx, outsider), org.slug, closed.id)).rejects.toMatchObject(
      {
        code: 'not_found',
      },
    );
    expect((await getItem(t.ctx, await callerFor(t.ctx, chair), org.slug, closed.id)).title).toBe(
      'Personalesag – fortrolig ændring',
    );
    const minutesAs = async (p: Person) =>
      getAgendaVersion(t.ctx, await callerFor(t.ctx, p), org.slug, 'CF', meetingId, 'latest', 'minutes');
    const seen = await minutesAs(outsider);
    expect(seen.audience).toBe('organisation');
    expect(JSON.stringify(seen.content)).not.toContain('Kanariefugl');
    const member = await minutesAs(chair);
    expect(JSON.stringify(member.content)).toContain('Kanariefugl');
  });

  it('renders the imported minutes to a PDF whose text has the item titles with æøå', async () => {
    const version = await latestAgendaVersion(t.db, meetingId, 'minutes');
    if (!version) throw new Error('no minutes');
    const pdf = await renderVersion(t.ctx, org.id, version, 'minutes', 'members', 'pdf');
    const text = pdfPages(pdf.bytes).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Orientering om KommuneMED møde d. 30. april 2025');
    expect(text).toContain('Særlige forhold');
    expect(text).toContain('Tidsplanen blev drøftet og godkendt.');
  });
});
