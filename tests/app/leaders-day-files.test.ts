/**
 * Uploaded material of a leaders' day: the organisers upload and remove files (checked by content,
 * as attachments are, and audited); those registered see and download them from the release date
 * (14 days before), as the programme; to anyone else a file does not exist.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addLeadersDayFile } from '../../src/app/add-leaders-day-file.ts';
import type { Caller } from '../../src/app/context.ts';
import { createLeadersDay } from '../../src/app/create-leaders-day.ts';
import { getLeadersDay } from '../../src/app/get-leaders-day.ts';
import { readLeadersDayFile } from '../../src/app/read-leaders-day-file.ts';
import { registerForLeadersDay } from '../../src/app/register-for-leaders-day.ts';
import { removeLeadersDayFile } from '../../src/app/remove-leaders-day-file.ts';
import type { LeadersDay } from '../../src/domain/leaders-day.ts';
import type { Organisation, Person } from '../../src/domain/organisation.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { listFileReferences } from '../../src/store/file-references.ts';
import { HTML, minimalPdf } from '../domain/file-fixtures.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { callerFor } from '../support/factories.ts';
import { leadersDaySetting } from '../support/leaders-day-setting.ts';

let t: TestDatabase;
let org: Organisation;
let organiser: Person;
let leader: Person;
let unregistered: Person;
let day: LeadersDay;

beforeAll(async () => {
  t = await testDatabase();
  const setting = await leadersDaySetting(t, ['Anne-Mette Kjær', 'Jonas Bech Lund']);
  ({ org, organiser } = setting);
  [leader, unregistered] = setting.leaders as [Person, Person];
  t.setNow('2025-04-01T10:00:00+02:00');
  day = await createLeadersDay(t.ctx, await as(organiser), org.slug, 'LEDERDAG', {
    date: '2025-05-21',
    place: 'Musikteatret',
    seats: 10,
    registrationDeadline: '2025-05-01',
    evaluationForum: 'DIF',
  });
  await registerForLeadersDay(t.ctx, await as(leader), org.slug, 'LEDERDAG', day.id, {});
});
afterAll(() => t.close());

const as = (p: Person): Promise<Caller> => callerFor(t.ctx, p);
const upload = async (p: Person, name: string, bytes: Buffer, title?: string) =>
  addLeadersDayFile(t.ctx, await as(p), org.slug, 'LEDERDAG', day.id, {
    name,
    title,
    body: Readable.from([bytes]),
  });
const download = async (p: Person, fileId: string) => {
  const f = await readLeadersDayFile(t.ctx, await as(p), org.slug, 'LEDERDAG', day.id, fileId);
  return { ...f, bytes: await buffer(f.stream) };
};
const view = async (p: Person) => getLeadersDay(t.ctx, await as(p), org.slug, 'LEDERDAG', day.id);
/** Every file under the storage directory, tmp/ included. */
const filesOnDisk = (dir = t.filesDir): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? filesOnDisk(path.join(dir, d.name)) : [path.join(dir, d.name)]));

describe("a leaders' day's material files", () => {
  it('are uploaded by an organiser, typed by content, audited and known to fsck', async () => {
    t.setNow('2025-04-02T09:00:00+02:00');
    const pdf = minimalPdf('Program for lederdagen');
    const f = await upload(organiser, 'program.pdf', pdf, 'Program 2025');
    expect(f).toMatchObject({ title: 'Program 2025', name: 'program.pdf', mediaType: 'application/pdf' });
    expect(f.sizeBytes).toBe(pdf.length);
    // Without a title the file name is the title.
    const plain = await upload(organiser, 'oplæg.pdf', minimalPdf('Oplæg'));
    expect(plain.title).toBe('oplæg.pdf');
    expect((await view(organiser)).files?.map((x) => x.title)).toEqual(['Program 2025', 'oplæg.pdf']);
    expect((await download(organiser, f.id)).bytes.equals(pdf)).toBe(true);
    const refs = await listFileReferences(t.db);
    expect(refs.filter((r) => r.kind === 'leaders day file').map((r) => r.id)).toEqual(
      expect.arrayContaining([f.id, plain.id]),
    );
    const audit = await listAuditEvents(t.db, org.id, { objectId: f.id, limit: 10 });
    expect(audit.map((e) => e.action)).toEqual(['leadersday.file.add']);
  });

  it('are refused to a leader, and refused by content (leaving no file)', async () => {
    const before = filesOnDisk();
    await expect(upload(leader, 'program.pdf', minimalPdf('Nej'))).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(upload(organiser, 'side.pdf', HTML)).rejects.toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'file', problem: expect.stringContaining('not allowed') }],
    });
    expect(filesOnDisk()).toEqual(before);
  });

  it("count in the organisation's storage quota, as attachments do", async () => {
    const before = filesOnDisk();
    const ctx = { ...t.ctx, settings: { ...t.ctx.settings, orgStorageQuotaBytes: 1 } };
    await expect(
      addLeadersDayFile(ctx, await as(organiser), org.slug, 'LEDERDAG', day.id, {
        name: 'stor.pdf',
        body: Readable.from([minimalPdf('For meget')]),
      }),
    ).rejects.toMatchObject({ code: 'quota_exceeded', details: [{ path: 'file' }] });
    expect(filesOnDisk()).toEqual(before);
  });

  it('are hidden from a registrant before the release date and shown after; the same bytes come back', async () => {
    const pdf = minimalPdf('Materiale');
    const f = await upload(organiser, 'materiale.pdf', pdf);
    t.setNow('2025-05-06T23:00:00+02:00');
    expect((await view(leader)).files).toBeNull();
    await expect(download(leader, f.id)).rejects.toMatchObject({ code: 'not_found' });
    t.setNow('2025-05-07T07:00:00+02:00');
    expect((await view(leader)).files?.map((x) => x.name)).toContain('materiale.pdf');
    const got = await download(leader, f.id);
    expect(got).toMatchObject({ name: 'materiale.pdf', mediaType: 'application/pdf', size: pdf.length });
    expect(got.bytes.equals(pdf)).toBe(true);
    // Invited but not registered: nothing, as with the programme.
    expect((await view(unregistered)).files).toBeNull();
    await expect(download(unregistered, f.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('are removed by an organiser (row, file and audited), not by a leader', async () => {
    const f = await upload(organiser, 'slettes.pdf', minimalPdf('Væk'));
    const caller = await as(leader);
    await expect(
      removeLeadersDayFile(t.ctx, caller, org.slug, 'LEDERDAG', day.id, f.id),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const before = filesOnDisk().length;
    await removeLeadersDayFile(t.ctx, await as(organiser), org.slug, 'LEDERDAG', day.id, f.id);
    expect(filesOnDisk()).toHaveLength(before - 1);
    expect((await view(organiser)).files?.map((x) => x.id)).not.toContain(f.id);
    await expect(download(organiser, f.id)).rejects.toMatchObject({ code: 'not_found' });
    const audit = await listAuditEvents(t.db, org.id, { objectId: f.id, limit: 10 });
    expect(audit.map((e) => e.action)).toEqual(['leadersday.file.remove', 'leadersday.file.add']);
  });
});
