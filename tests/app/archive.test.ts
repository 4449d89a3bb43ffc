/**
 * Archive export and re-import: the demo organisations plus a held meeting with decisions,
 * published minutes, an approval, absences, follow-ups and real uploaded files, exported to a
 * folder and to a zip and restored into a second, empty database; every table and every file is
 * compared by content hash. A tampered file or a bad manifest is refused and leaves nothing.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAttachment } from '../../src/app/add-attachment.ts';
import { addLeadersDayFile } from '../../src/app/add-leaders-day-file.ts';
import { approveMinutes } from '../../src/app/approve-minutes.ts';
import { completeFollowUp } from '../../src/app/complete-follow-up.ts';
import { createWorkProgramme } from '../../src/app/create-work-programme.ts';
import { createWorkingGroup } from '../../src/app/create-working-group.ts';
import { exportArchive } from '../../src/app/export-archive.ts';
import { getAgenda } from '../../src/app/get-agenda.ts';
import { importArchive, isArchivePath } from '../../src/app/import-archive.ts';
import { loadDemo } from '../../src/app/load-demo.ts';
import { readLeadersDayFile } from '../../src/app/read-leaders-day-file.ts';
import { reportAbsence } from '../../src/app/report-absence.ts';
import { addProgrammeInitiative } from '../../src/app/save-programme-initiative.ts';
import { itemMinutesSchema } from '../../src/domain/minutes.ts';
import { isActiveOn, type Organisation } from '../../src/domain/organisation.ts';
import { paragraphsDoc } from '../../src/domain/rich-text.ts';
import { ARCHIVE_EXCLUDED, ARCHIVE_TABLES } from '../../src/store/archive.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { insertFollowUp } from '../../src/store/follow-ups.ts';
import { findForumByShortName, listMemberships } from '../../src/store/forums.ts';
import { markFinalised, saveItemMinutes } from '../../src/store/item-minutes.ts';
import { insertLeadersDay, insertTheme, upsertRegistration } from '../../src/store/leadership.ts';
import { countOrganisations, findOrganisationBySlug } from '../../src/store/organisations.ts';
import { findPersonById } from '../../src/store/people.ts';
import { insertThemeAssignment, insertWheelEntry, insertWheelPlaceholder } from '../../src/store/planning.ts';
import * as schema from '../../src/store/schema.ts';
import { minimalDocx, minimalPdf } from '../domain/file-fixtures.ts';
import { type Compared, fileHashes, idsPresent, rowsOf, tableHashes } from '../support/archive-compare.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { callerFor, operator, personFactory } from '../support/factories.ts';
import { failure } from '../support/failure.ts';

const HELD = '2024-03-13';
let source: TestDatabase;
let albertslund: Organisation;
let ishoej: Organisation;
let work: string;
const pdf = minimalPdf('Bilag til budgetopfølgning med kanariefugl ÆØÅ-7731');
const docx = minimalDocx('Notat om KLE-emner');
/** The leaders' day's material file (the PDF's bytes again: archived once): `[dayId, fileId]`. */
let material: [string, string];

const stored = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => !fs.statSync(path.join(dir, f)).isDirectory());

beforeAll(async () => {
  source = await testDatabase();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'fora-archive-'));
  await loadDemo(source.ctx, operator());
  albertslund = (await findOrganisationBySlug(source.db, 'albertslund')) as Organisation;
  ishoej = (await findOrganisationBySlug(source.db, 'ishoej')) as Organisation;
  const op = operator();
  const agenda = (await getAgenda(source.ctx, op, 'albertslund', 'CF', HELD)).agenda;
  const [first, second] = agenda.items;
  if (!first || !second) throw new Error('the held meeting has no items');
  // Real files: a PDF on two items (stored once in the archive), a DOCX on one.
  const upload = (itemId: string, name: string, bytes: Buffer) =>
    addAttachment(source.ctx, op, 'albertslund', itemId, { name, body: Readable.from([bytes]) });
  await upload(first.itemId, 'budget.pdf', pdf);
  await upload(second.itemId, 'budget-kopi.pdf', pdf);
  await upload(second.itemId, 'notat.docx', docx);

  const cf = await findForumByShortName(source.db, albertslund.id, 'CF');
  if (!cf) throw new Error('no CF');
  const members = (await listMemberships(source.db, cf.id)).filter(
    (m) => isActiveOn(m, HELD) && (m.role === 'member' || m.role === 'chair'),
  );
  const [a, b] = members;
  if (!a || !b) throw new Error('CF has too few members');
  const follow = await insertFollowUp(source.db, {
    orgId: albertslund.id,
    forumId: cf.id,
    sourceItemId: first.itemId,
    title: 'Budgetnotat til direktionen',
    ownerPersonId: a.personId,
    dueDate: '2024-04-15',
  });
  await insertFollowUp(source.db, {
    orgId: albertslund.id,
    forumId: cf.id,
    sourceItemId: second.itemId,
    title: 'Opfølgning på KLE-emner',
    ownerPersonId: b.personId,
    targetMeetingId: agenda.meeting.id,
  });
  await completeFollowUp(source.ctx, op, 'albertslund', follow.id, { evidence: 'Sendt 10/4' });
  // Planning the year: a working group of CF (its report-back item is drafted) and CF's work programme.
  await createWorkingGroup(source.ctx, op, 'albertslund', 'CF', {
    name: 'Indkøb af IT-udstyr',
    mandate: 'Gruppen belyser fælles indkøb.',
    deadline: '2024-06-01',
    members: [{ personId: a.personId, basis: 'expertise', reason: 'IT-indkøb' }],
  });
  await createWorkProgramme(source.ctx, op, 'albertslund', 'CF', {
    year: 2024,
    title: 'Arbejdsprogram 2024',
  });
  await addProgrammeInitiative(source.ctx, op, 'albertslund', 'CF', 2024, {
    title: 'Fælles ledelsesgrundlag',
    ownerPersonId: b.personId,
    milestones: [{ title: 'Udkast drøftet', dueDate: '2024-05-01' }],
  });
  // What the minute-taker wrote about the first item, finalised.
  const record = itemMinutesSchema.parse({
    presence: { conflictPersonIds: [b.personId] },
    outcomes: [{ kind: 'approved', note: 'Godkendt med bemærkning om årsregnskab' }],
    decision: paragraphsDoc('Godkendt.'),
    communicate: { include: true, text: 'Chefforum godkendte budgetopfølgningen.' },
  });
  await saveItemMinutes(source.db, {
    itemId: first.itemId,
    orgId: albertslund.id,
    meetingId: agenda.meeting.id,
    record,
    expectedVersion: null,
    personId: a.personId,
  });
  await markFinalised(source.db, first.itemId, agenda.meeting.id, new Date('2024-03-13T11:30:00+01:00'));
  // An approval of the published minutes, and an absence from a coming meeting.
  const member = await findPersonById(source.db, a.personId);
  if (!member) throw new Error('no member');
  source.setNow('2024-03-20T10:00:00+01:00');
  await approveMinutes(source.ctx, await callerFor(source.ctx, member), 'albertslund', 'CF', HELD);
  source.setNow('2025-04-01T10:00:00+02:00');
  await reportAbsence(source.ctx, op, 'albertslund', 'CF', '2025-04-23', {
    personId: b.personId,
    reason: 'Ferie',
  });
  // The annual wheel with the placeholder it made for 2024, and a theme of the theme plan.
  const wheel = await insertWheelEntry(source.db, albertslund.id, cf.id, {
    title: 'Budgetopfølgning',
    description: '',
    when: { kind: 'first_in_month', month: 3 },
    responsiblePersonId: a.personId,
    leadWeeks: 4,
    itemType: 'decision',
    active: true,
  });
  const placeholder = { entryId: wheel.id, year: 2024, meetingId: agenda.meeting.id, itemId: first.itemId };
  await insertWheelPlaceholder(source.db, albertslund.id, placeholder);
  await insertThemeAssignment(source.db, {
    orgId: albertslund.id,
    forumId: cf.id,
    meetingId: agenda.meeting.id,
    theme: 'Rekruttering',
    presenterPersonId: b.personId,
    status: 'presented',
    note: '',
  });
  // A Lederforum theme and the leaders' day with a registration (issue 9).
  const forumOf = async (short: string) => {
    const f = await findForumByShortName(source.db, albertslund.id, short);
    if (!f) throw new Error(`no ${short}`);
    return f;
  };
  const [lf, day, dif] = [await forumOf('LF'), await forumOf('LEDERDAG'), await forumOf('DIF')];
  await insertTheme(source.db, {
    orgId: albertslund.id,
    forumId: lf.id,
    title: 'Ledelse af mangfoldighed',
    description: '',
    proposerPersonId: a.personId,
  });
  const leadersDay = await insertLeadersDay(source.db, {
    orgId: albertslund.id,
    forumId: day.id,
    date: '2025-05-28',
    place: 'Musikteatret',
    seats: 80,
    registrationDeadline: '2025-05-01',
    programme: '09.00 Velkomst',
    material: [],
    evaluationForumId: dif.id,
  });
  await upsertRegistration(source.db, {
    orgId: albertslund.id,
    leadersDayId: leadersDay.id,
    personId: a.personId,
    status: 'registered',
    dietaryNeeds: 'Vegetar',
  });
  const file = await addLeadersDayFile(source.ctx, op, 'albertslund', 'LEDERDAG', leadersDay.id, {
    name: 'program.pdf',
    body: Readable.from([pdf]),
  });
  material = [leadersDay.id, file.id];
}, 240_000);
afterAll(async () => {
  await source.close();
  fs.rmSync(work, { recursive: true, force: true });
});

/** A fresh empty database for one restore, closed by the caller. */
async function withTarget<T>(fn: (target: TestDatabase) => Promise<T>): Promise<T> {
  const target = await testDatabase();
  try {
    return await fn(target);
  } finally {
    await target.close();
  }
}

const out = (name: string) => path.join(work, name);

async function expectSameOrganisation(target: TestDatabase, org: Organisation) {
  expect(await tableHashes(target.ctx, org.id)).toEqual(await tableHashes(source.ctx, org.id));
  expect(await fileHashes(target.ctx, org.id)).toEqual(await fileHashes(source.ctx, org.id));
}

describe('an organisation exported to a folder', () => {
  it('restores into an empty database with the same rows and files, compared by content hash', async () => {
    const r = await exportArchive(source.ctx, operator(), { org: 'albertslund', out: out('albertslund') });
    expect(r.organisations).toEqual(['albertslund']);
    // The rich organisation really has something in every archived table.
    for (const [table, n] of Object.entries(r.counts)) expect(n, table).toBeGreaterThan(0);
    expect(r.files).toBe(2);
    expect(stored(out('albertslund')).sort()).toEqual(
      ['fora-archive.json', ...[pdf, docx].map((b) => `files/${sha(b)}`)].sort(),
    );
    const manifest = JSON.parse(fs.readFileSync(out('albertslund/fora-archive.json'), 'utf8'));
    expect(manifest).toMatchObject({
      format: 'fora-archive',
      version: 1,
      scope: { organisation: 'albertslund' },
    });
    expect(JSON.stringify(manifest)).not.toMatch(/passwordHash|tokenHash|csrf/);
    expect(await isArchivePath(out('albertslund'))).toBe(true);

    await withTarget(async (target) => {
      const result = await importArchive(target.ctx, operator(), out('albertslund'));
      expect(result.organisations.map((o) => o.slug)).toEqual(['albertslund']);
      expect(result.files).toBe(4);
      await expectSameOrganisation(target, albertslund);
      const restored = await readLeadersDayFile(
        target.ctx,
        operator(),
        'albertslund',
        'LEDERDAG',
        ...material,
      );
      expect(sha(await buffer(restored.stream))).toBe(sha(pdf));
      expect(await countOrganisations(target.db)).toBe(1);
      // What users see: the published minutes of the held meeting, as the source shows them.
      const minutes = async (t: TestDatabase) =>
        (await getAgenda(t.ctx, operator(), 'albertslund', 'CF', HELD)).agenda;
      expect(await minutes(target)).toEqual(await minutes(source));
      const audited = await listAuditEvents(target.db, albertslund.id, { limit: 10 });
      expect(audited.map((e) => e.action)).toEqual(['archive.import']);
      expect(audited[0]?.detail).toMatchObject({ slug: 'albertslund', counts: r.counts, files: 4 });
      // The restored database goes on: new follow-ups still sort after the imported ones.
      const cf = await findForumByShortName(target.db, albertslund.id, 'CF');
      const added = await insertFollowUp(target.db, {
        orgId: albertslund.id,
        forumId: cf?.id ?? '',
        title: 'Ny',
      });
      const maxSeq = Math.max(
        ...(await rowsOf(source.ctx, 'followUps', albertslund.id)).map((f) => f.seq as number),
      );
      expect(added.seq).toBeGreaterThan(maxSeq);
    });
    const exported = await listAuditEvents(source.db, albertslund.id, { limit: 1 });
    expect(exported[0]).toMatchObject({ action: 'archive.export', objectId: 'albertslund' });
  });
});

describe('everything exported to a zip', () => {
  it('restores both organisations, and a second restore is refused without a change', async () => {
    const r = await exportArchive(source.ctx, operator(), { out: out('alt.zip') });
    expect(r.organisations).toEqual(['albertslund', 'ishoej']);
    expect(Object.keys(unzipSync(fs.readFileSync(out('alt.zip')))).sort()).toEqual(
      ['fora-archive.json', `files/${sha(docx)}`, `files/${sha(pdf)}`].sort(),
    );
    expect(await isArchivePath(out('alt.zip'))).toBe(true);
    await withTarget(async (target) => {
      const dry = await importArchive(target.ctx, operator(), out('alt.zip'), { dryRun: true });
      expect(dry.organisations.map((o) => o.slug)).toEqual(['albertslund', 'ishoej']);
      expect(await countOrganisations(target.db)).toBe(0);
      expect(stored(target.filesDir)).toEqual([]);
      await importArchive(target.ctx, operator(), out('alt.zip'));
      await expectSameOrganisation(target, albertslund);
      await expectSameOrganisation(target, ishoej);
      const before = await tableHashes(target.ctx, albertslund.id);
      const filesBefore = stored(target.filesDir);
      const again = await failure(importArchive(target.ctx, operator(), out('alt.zip')));
      expect(again.code).toBe('conflict');
      expect(again.message).toContain('albertslund, ishoej');
      expect(await tableHashes(target.ctx, albertslund.id)).toEqual(before);
      expect(stored(target.filesDir)).toEqual(filesBefore);
    });
  });
});

describe('a forum exported alone', () => {
  it('carries the forum with the people and cases its rows refer to, and restores it', async () => {
    await exportArchive(source.ctx, operator(), { org: 'albertslund', forum: 'CF', out: out('cf.zip') });
    const cf = await findForumByShortName(source.db, albertslund.id, 'CF');
    const forumTables: Compared[] = ['forums', 'memberships', 'charters', 'meetings', 'items', 'followUps'];
    await withTarget(async (target) => {
      await importArchive(target.ctx, operator(), out('cf.zip'));
      const restored = await tableHashes(target.ctx, albertslund.id, forumTables, [cf?.id ?? '']);
      expect(restored).toEqual(await tableHashes(source.ctx, albertslund.id, forumTables, [cf?.id ?? '']));
      expect(restored.items?.rows).toBeGreaterThan(0);
      const forums = await rowsOf(target.ctx, 'forums', albertslund.id);
      expect(forums.map((f) => f.shortName)).toEqual(['CF']);
      expect(await fileHashes(target.ctx, albertslund.id)).toEqual(
        await fileHashes(source.ctx, albertslund.id),
      );
      const items = await rowsOf(target.ctx, 'items', albertslund.id);
      const memberIds = (await rowsOf(target.ctx, 'memberships', albertslund.id)).map(
        (m) => m.personId as string,
      );
      const wanted = [
        ...new Set([
          ...memberIds,
          ...items.flatMap((i) => [i.submitterPersonId, i.approverPersonId]).filter((v): v is string => !!v),
        ]),
      ].sort();
      expect(await idsPresent(target.ctx, 'people', wanted)).toEqual(wanted);
      const caseIds = [...new Set(items.map((i) => i.caseId).filter((v): v is string => !!v))].sort();
      expect(caseIds.length).toBeGreaterThan(0);
      expect(await idsPresent(target.ctx, 'cases', caseIds)).toEqual(caseIds);
      // Fewer people than the organisation has: only those the forum's rows name.
      expect((await rowsOf(target.ctx, 'people', albertslund.id)).length).toBeLessThan(
        (await rowsOf(source.ctx, 'people', albertslund.id)).length,
      );
    });
  });
});

describe('refused archives', () => {
  const copy = (name: string) => {
    fs.cpSync(out('albertslund'), out(name), { recursive: true });
    return out(name);
  };
  const expectNothingWritten = async (target: TestDatabase) => {
    expect(await countOrganisations(target.db)).toBe(0);
    expect(stored(target.filesDir)).toEqual([]);
  };

  it('refuses a tampered file and leaves nothing behind', async () => {
    const dir = copy('tampered');
    fs.writeFileSync(path.join(dir, 'files', sha(pdf)), Buffer.concat([pdf, Buffer.from('x')]));
    await withTarget(async (target) => {
      const err = await failure(importArchive(target.ctx, operator(), dir));
      expect(err.code).toBe('validation_failed');
      expect(err.message).toContain(`files/${sha(pdf)} does not match its SHA-256`);
      await expectNothingWritten(target);
    });
  });

  it('removes the files it stored when the database refuses a row', async () => {
    const dir = copy('dangling');
    const file = path.join(dir, 'fora-archive.json');
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
    const stray = manifest.organisations[0].attachments.find(
      (a: { storageKey: string | null }) => a.storageKey,
    );
    stray.itemId = '00000000-0000-4000-8000-000000000000';
    fs.writeFileSync(file, JSON.stringify(manifest));
    await withTarget(async (target) => {
      const err = await failure(importArchive(target.ctx, operator(), dir));
      expect(err.code).toBe('validation_failed');
      expect(err.message).toContain('The archive does not fit the database');
      await expectNothingWritten(target);
    });
  });

  it('names the field and the reason of a bad manifest', async () => {
    const dir = copy('bad');
    const file = path.join(dir, 'fora-archive.json');
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
    manifest.organisations[0].items[2].state = 'lost';
    manifest.organisations[0].meetings[0].startsAt = 'yesterday';
    fs.writeFileSync(file, JSON.stringify(manifest));
    await withTarget(async (target) => {
      const err = await failure(importArchive(target.ctx, operator(), dir));
      expect(err.code).toBe('validation_failed');
      expect(err.details.map((d) => d.path)).toEqual(
        expect.arrayContaining(['organisations.0.items.2.state', 'organisations.0.meetings.0.startsAt']),
      );
      expect(err.message).toMatch(/organisations\.0\.items\.2\.state: .*"draft"/);
      fs.writeFileSync(file, '{"format": "fora-archive", ');
      expect((await failure(importArchive(target.ctx, operator(), dir))).message).toContain(
        'fora-archive.json: is not JSON',
      );
      // Rows moved into another organisation are refused, not written there.
      manifest.organisations[0].items[2].state = 'draft';
      manifest.organisations[0].meetings[0].startsAt = '2024-03-13T08:00:00.000Z';
      manifest.organisations[0].items[0].orgId = ishoej.id;
      fs.writeFileSync(file, JSON.stringify(manifest));
      expect((await failure(importArchive(target.ctx, operator(), dir))).details[0]?.path).toBe(
        'organisations.0.items.0.orgId',
      );
      await expectNothingWritten(target);
    });
  });

  it('knows an archive from other paths', async () => {
    fs.writeFileSync(out('minutes.pdf'), pdf);
    fs.mkdirSync(out('empty'));
    expect(await isArchivePath(out('minutes.pdf'))).toBe(false);
    expect(await isArchivePath(out('empty'))).toBe(false);
    expect(await isArchivePath(out('nowhere'))).toBe(false);
  });
});

describe('the archived tables', () => {
  it('decides for every table of the schema: archived, or left out with a reason', () => {
    const tables = Object.values(schema)
      .filter((v) => is(v, PgTable))
      .map((t) => getTableName(t as PgTable));
    const archived: string[] = Object.values(ARCHIVE_TABLES).map((t) => getTableName(t));
    const undecided = tables.filter((t) => !archived.includes(t) && !(t in ARCHIVE_EXCLUDED));
    expect(undecided).toEqual([]);
    expect(tables.length).toBe(archived.length + Object.keys(ARCHIVE_EXCLUDED).length);
  });
});

describe('who may export and import', () => {
  it('lets an admin export their organisation, and no one else but the operator', async () => {
    const admin = await personFactory(source.ctx, albertslund, { role: 'admin' });
    const staff = await personFactory(source.ctx, albertslund);
    const asAdmin = await callerFor(source.ctx, admin);
    await exportArchive(source.ctx, asAdmin, { org: 'albertslund', out: out('by-admin.zip') });
    expect(
      (await failure(exportArchive(source.ctx, asAdmin, { org: 'ishoej', out: out('x.zip') }))).code,
    ).toBe('not_found');
    expect((await failure(exportArchive(source.ctx, asAdmin, { out: out('y.zip') }))).code).toBe('forbidden');
    const asStaff = await callerFor(source.ctx, staff);
    expect(
      (await failure(exportArchive(source.ctx, asStaff, { org: 'albertslund', out: out('z.zip') }))).code,
    ).toBe('forbidden');
    expect((await failure(importArchive(source.ctx, asAdmin, out('by-admin.zip')))).code).toBe('forbidden');
    expect(fs.existsSync(out('x.zip')) || fs.existsSync(out('y.zip')) || fs.existsSync(out('z.zip'))).toBe(
      false,
    );
  });

  it('refuses to write over an existing archive', async () => {
    const err = await failure(
      exportArchive(source.ctx, operator(), { org: 'albertslund', out: out('albertslund') }),
    );
    expect(err.message).toContain('is not an empty folder');
  });
});

function sha(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
