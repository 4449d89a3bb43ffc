/**
 * Attachments through the use cases: real PDF and DOCX files stored with their SHA-256 and text;
 * every refused upload answered with a 400 naming the field and leaving no file (not even in tmp/)
 * and no row; who may attach, read and remove; reads of closed items audited.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text as streamText } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAttachment } from '../../src/app/add-attachment.ts';
import type { AppContext, Caller } from '../../src/app/context.ts';
import { listAttachments } from '../../src/app/list-attachments.ts';
import { readAttachment } from '../../src/app/read-attachment.ts';
import { removeAttachment } from '../../src/app/remove-attachment.ts';
import type { Item } from '../../src/domain/item.ts';
import type { Forum, Organisation, Person } from '../../src/domain/organisation.ts';
import {
  findAttachment,
  listAllStorageKeys,
  listAttachments as storedAttachments,
} from '../../src/store/attachments.ts';
import { listAuditEvents } from '../../src/store/audit.ts';
import { type ItemWrite, insertItem, updateItem } from '../../src/store/items.ts';
import {
  bodyAfterTempFile,
  docxBomb,
  HTML,
  lyingDocx,
  minimalDocx,
  minimalPdf,
} from '../domain/file-fixtures.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { callerFor, forumFactory, memberFactory, orgFactory, personFactory } from '../support/factories.ts';
import { failure } from '../support/failure.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let t: TestDatabase;
let org: Organisation;
let forum: Forum;
let submitter: Person;
let colleague: Person;
let chair: Person;
let other: Organisation;
let outsider: Person;
beforeAll(async () => {
  t = await testDatabase();
  org = await orgFactory(t.ctx);
  forum = await forumFactory(t.ctx, org);
  submitter = await personFactory(t.ctx, org, { name: 'Signe Sørensen' });
  colleague = await personFactory(t.ctx, org, { name: 'Kåre Kollega' });
  chair = await personFactory(t.ctx, org, { name: 'Henrik Harder' });
  await memberFactory(t.ctx, org, forum, submitter, 'member');
  await memberFactory(t.ctx, org, forum, colleague, 'member');
  await memberFactory(t.ctx, org, forum, chair, 'chair');
  other = await orgFactory(t.ctx, { name: 'Ishøj Kommune' });
  outsider = await personFactory(t.ctx, other, { name: 'Ole Udefra' });
});
afterAll(() => t.close());

const draft = (over: ItemWrite = {}): Promise<Item> =>
  insertItem(t.ctx.db, {
    orgId: org.id,
    forumId: forum.id,
    type: 'decision',
    title: 'Budget 2026',
    state: 'draft',
    submitterPersonId: submitter.id,
    ...over,
  });

const as = (p: Person): Promise<Caller> => callerFor(t.ctx, p);
const upload = (caller: Caller, item: Item, name: unknown, bytes: Buffer, ctx: AppContext = t.ctx) =>
  addAttachment(ctx, caller, org.slug, item.id, { name, body: Readable.from([bytes]) });

/** Every file under the storage directory, tmp/ included. */
function filesOnDisk(dir = t.filesDir): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? filesOnDisk(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

const tmpDir = () => path.join(t.filesDir, 'tmp');
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('accepted uploads', () => {
  it('stores a real PDF under a generated name with its SHA-256, and extracts its text', async () => {
    const item = await draft();
    const pdf = minimalPdf('Budget 2026 tidsplan');
    const view = await upload(await as(submitter), item, 'Bilag 1 - Tidsplan.pdf', pdf);
    expect(view).toEqual({
      id: expect.any(String),
      name: 'Bilag 1 - Tidsplan.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: sha256(pdf),
      extraction: 'ok',
      position: 1,
      createdAt: expect.any(String),
    });
    const row = await findAttachment(t.ctx.db, org.id, view.id);
    expect(row?.extractedText).toBe('Budget 2026 tidsplan');
    expect(row?.createdByPersonId).toBe(submitter.id);
    // Stored under a generated key, not the uploaded name, with the very bytes uploaded.
    expect(row?.storageKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(filesOnDisk().some((f) => f.includes('Tidsplan'))).toBe(false);
    expect(await t.ctx.files.readAll(row?.storageKey ?? '')).toEqual(pdf);
    const events = await listAuditEvents(t.ctx.db, org.id, { objectId: view.id, limit: 5 });
    expect(events.map((e) => [e.action, e.actorPersonId])).toEqual([['attachment.add', submitter.id]]);
  });

  it('extracts the text of a real DOCX, æøå included', async () => {
    const item = await draft();
    const view = await upload(
      await as(submitter),
      item,
      'Miljø.docx',
      minimalDocx('Miljøledelse i Albertslund'),
    );
    expect(view).toMatchObject({ name: 'Miljø.docx', mediaType: DOCX, extraction: 'ok' });
    expect((await findAttachment(t.ctx.db, org.id, view.id))?.extractedText).toBe(
      'Miljøledelse i Albertslund',
    );
  });

  it('types by content: a name without extension gets the right one, text named .csv is CSV', async () => {
    const item = await draft();
    const caller = await as(submitter);
    const pdf = await upload(caller, item, 'Referat v2.1', minimalPdf('Referat'));
    const csv = await upload(caller, item, 'tal.csv', Buffer.from('år;beløb\n2026;1.200\n'));
    const notes = await upload(caller, item, 'C:\\Users\\signe\\noter', Buffer.from('Husk æbler'));
    expect([pdf, csv, notes].map((a) => [a.name, a.mediaType, a.extraction, a.position])).toEqual([
      ['Referat v2.1.pdf', 'application/pdf', 'ok', 1],
      ['tal.csv', 'text/csv', 'ok', 2],
      ['noter.txt', 'text/plain', 'ok', 3],
    ]);
    const listed = await listAttachments(t.ctx, caller, org.slug, item.id);
    expect(listed.map((a) => a.name)).toEqual(['Referat v2.1.pdf', 'tal.csv', 'noter.txt']);
    expect(listed.every((a) => !('storageKey' in a) && !('extractedText' in a))).toBe(true);
  });

  it('keeps a PDF whose text cannot be extracted, marked failed', async () => {
    const item = await draft();
    const view = await upload(
      await as(submitter),
      item,
      'skadet.pdf',
      Buffer.from('%PDF-1.7\nnot really a pdf'),
    );
    expect(view).toMatchObject({ mediaType: 'application/pdf', extraction: 'failed' });
  });

  it('lets the forum chair attach after submission, until publication', async () => {
    const item = await draft({ state: 'scheduled' });
    const view = await upload(await as(chair), item, 'Bilag.pdf', minimalPdf('Bilag'));
    expect(view.position).toBe(1);
  });
});

describe('refused uploads: a 400 naming the field, no file left, no row', () => {
  async function expectRefused(
    name: unknown,
    bytes: Buffer | Readable,
    field: string,
    problem: RegExp,
    ctx: AppContext = t.ctx,
  ): Promise<void> {
    const item = await draft();
    const before = filesOnDisk();
    const body = bytes instanceof Readable ? bytes : Readable.from([bytes]);
    const err = await failure(addAttachment(ctx, await as(submitter), org.slug, item.id, { name, body }));
    expect(err).toMatchObject({ code: 'validation_failed', details: [{ path: field }] });
    expect(err.details[0]?.problem).toMatch(problem);
    expect(filesOnDisk()).toEqual(before);
    expect(fs.readdirSync(tmpDir())).toEqual([]);
    expect(await storedAttachments(t.ctx.db, item.id)).toEqual([]);
    const events = await listAuditEvents(t.ctx.db, org.id, { limit: 50 });
    expect(events.filter((e) => e.action === 'attachment.add' && e.detail.itemId === item.id)).toEqual([]);
  }

  it('over the size limit', async () => {
    const ctx = { ...t.ctx, settings: { ...t.ctx.settings, maxUploadBytes: 1000 } };
    // Refused while streaming, after the first bytes reached the disk.
    const big = bodyAfterTempFile(tmpDir(), minimalPdf('Stor'), Buffer.alloc(5000, 0x20));
    await expectRefused('stor.pdf', big, 'file', /larger than the limit of 1000 bytes/, ctx);
  });

  it('an HTML page named .pdf', async () => {
    await expectRefused('rapport.pdf', HTML, 'file', /content is text\/html, which is not allowed/);
  });

  it('an SVG with a script named .png', async () => {
    await expectRefused(
      'logo.png',
      Buffer.from('<svg><script>alert(1)</script></svg>'),
      'file',
      /image\/svg\+xml/,
    );
  });

  it('a DOCX zip bomb (50 MB of zeros in 50 KB)', async () => {
    await expectRefused('bombe.docx', docxBomb(), 'file', /zip bomb: .*expands \d+ times/);
  });

  it('a DOCX that inflates beyond the sizes it declares', async () => {
    await expectRefused('løgn.docx', lyingDocx(), 'file', /zip bomb: .*beyond its declared/);
  });

  it('a PDF named .docx (content and name disagree)', async () => {
    await expectRefused('rapport.docx', minimalPdf('PDF'), 'file', /application\/pdf.*\.docx/);
  });

  it('a program', async () => {
    await expectRefused(
      'setup.pdf',
      Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]),
      'file',
      /not allowed/,
    );
  });

  it('an empty file', async () => {
    await expectRefused('tom.pdf', Buffer.alloc(0), 'file', /is empty/);
  });

  it.each([['../../etc/passwd'], ['../../etc/rapport.pdf'], ['..\\..\\boot.ini']])(
    'the path-traversal name %j',
    async (name) => {
      await expectRefused(name, minimalPdf('Sti'), 'name', /path traversal/);
    },
  );

  it.each([[undefined], [''], ['/']])('no usable name (%j)', async (name) => {
    await expectRefused(name, minimalPdf('Navn'), 'name', /./);
  });

  it('an upload that breaks off midway', async () => {
    const broken = bodyAfterTempFile(tmpDir(), Buffer.alloc(4096, 0x41), new Error('connection reset'));
    const item = await draft();
    const before = filesOnDisk();
    const caller = await as(submitter);
    await expect(
      addAttachment(t.ctx, caller, org.slug, item.id, { name: 'afbrudt.txt', body: broken }),
    ).rejects.toThrow(/connection reset/);
    expect(filesOnDisk()).toEqual(before);
    expect(await storedAttachments(t.ctx.db, item.id)).toEqual([]);
  });

  it('a database failure after the file was stored removes the file', async () => {
    const item = await draft();
    const before = filesOnDisk();
    const db = new Proxy(t.ctx.db, {
      get: (target, key, receiver) =>
        key === 'transaction'
          ? () => Promise.reject(new Error('disk full'))
          : Reflect.get(target, key, receiver),
    });
    await expect(
      upload(await as(submitter), item, 'ok.pdf', minimalPdf('OK'), { ...t.ctx, db }),
    ).rejects.toThrow('disk full');
    expect(filesOnDisk()).toEqual(before);
    expect(await storedAttachments(t.ctx.db, item.id)).toEqual([]);
  });
});

describe('who may attach, and nothing stored for those who may not', () => {
  it.each([
    ['a colleague, on a draft they cannot see', () => colleague, 'draft', 'not_found'],
    ['a person of another organisation', () => outsider, 'draft', 'not_found'],
    ['the submitter, once the item is submitted', () => submitter, 'submitted', 'forbidden'],
    ['the chair, once the item is published', () => chair, 'published', 'forbidden'],
  ] as const)('refuses %s (%s, %s)', async (_who, person, state, code) => {
    const item = await draft({ state });
    const before = filesOnDisk();
    const err = await failure(upload(await as(person()), item, 'bilag.pdf', minimalPdf('Nej')));
    expect(err.code).toBe(code);
    expect(filesOnDisk()).toEqual(before);
    expect(await storedAttachments(t.ctx.db, item.id)).toEqual([]);
  });

  it('checks the policy before the input: no validation details for those who may not attach', async () => {
    const item = await draft();
    const err = await failure(
      addAttachment(t.ctx, await as(colleague), org.slug, item.id, { name: '../x', body: 'not a stream' }),
    );
    expect(err).toMatchObject({ code: 'not_found', details: [] });
  });
});

describe('reading and removing', () => {
  it('gives the bytes back to readers of the item; reading a closed item is audited', async () => {
    const caller = await as(submitter);
    const openDraft = await draft();
    const closedDraft = await draft({ closed: true, closedBasis: 'Offentlighedslovens § 23' });
    const a = await upload(caller, openDraft, 'åben.txt', Buffer.from('Åben tekst'));
    const b = await upload(caller, closedDraft, 'lukket.txt', Buffer.from('Fortrolig tekst'));
    const open = await updateItem(t.ctx.db, openDraft, { state: 'queued' });
    const closed = await updateItem(t.ctx.db, closedDraft, { state: 'queued' });
    // A fellow member reads queued items of the forum.
    const reader = await as(colleague);
    const fileA = await readAttachment(t.ctx, reader, org.slug, open.id, a.id);
    expect({ ...fileA, stream: await streamText(fileA.stream) }).toEqual({
      name: 'åben.txt',
      mediaType: 'text/plain',
      size: Buffer.byteLength('Åben tekst'),
      stream: 'Åben tekst',
    });
    const fileB = await readAttachment(t.ctx, reader, org.slug, closed.id, b.id);
    expect(await streamText(fileB.stream)).toBe('Fortrolig tekst');
    const reads = async (id: string) =>
      (await listAuditEvents(t.ctx.db, org.id, { objectId: id, limit: 10 }))
        .filter((e) => e.action === 'attachment.read')
        .map((e) => e.actorPersonId);
    expect(await reads(a.id)).toEqual([]);
    expect(await reads(b.id)).toEqual([colleague.id]);
  });

  it("does not serve one item's attachment through another item, nor to those who may not read it", async () => {
    const mine = await draft();
    const yours = await draft({ submitterPersonId: colleague.id });
    const a = await upload(await as(submitter), mine, 'mit.pdf', minimalPdf('Mit'));
    const viaOther = await failure(readAttachment(t.ctx, await as(colleague), org.slug, yours.id, a.id));
    expect(viaOther.code).toBe('not_found');
    const notAllowed = await failure(readAttachment(t.ctx, await as(colleague), org.slug, mine.id, a.id));
    expect(notAllowed.code).toBe('not_found');
    const list = await failure(listAttachments(t.ctx, await as(outsider), org.slug, mine.id));
    expect(list.code).toBe('not_found');
  });

  it('removes the row (audited) and then the file; the others keep their place', async () => {
    const item = await draft();
    const caller = await as(submitter);
    const first = await upload(caller, item, 'et.pdf', minimalPdf('Et'));
    const second = await upload(caller, item, 'to.pdf', minimalPdf('To'));
    const key = (await findAttachment(t.ctx.db, org.id, first.id))?.storageKey ?? '';
    expect(await t.ctx.files.keys()).toContain(key);
    await removeAttachment(t.ctx, caller, org.slug, item.id, first.id);
    expect(
      (await listAttachments(t.ctx, caller, org.slug, item.id)).map((a) => [a.name, a.position]),
    ).toEqual([['to.pdf', 2]]);
    expect(await t.ctx.files.keys()).not.toContain(key);
    const events = await listAuditEvents(t.ctx.db, org.id, { objectId: first.id, limit: 5 });
    expect(events.map((e) => e.action)).toEqual(['attachment.remove', 'attachment.add']);
    // A new attachment goes after the last one.
    expect((await upload(caller, item, 'tre.pdf', minimalPdf('Tre'))).position).toBe(3);
    const again = await failure(removeAttachment(t.ctx, caller, org.slug, item.id, first.id));
    expect(again.code).toBe('not_found');
    // Once the item is submitted, its submitter can no longer remove attachments.
    const submitted = await updateItem(t.ctx.db, item, { state: 'submitted' });
    const late = await failure(removeAttachment(t.ctx, caller, org.slug, submitted.id, second.id));
    expect(late.code).toBe('forbidden');
  });

  it('has a file for every attachment row (no row without its file)', async () => {
    const keys = await listAllStorageKeys(t.ctx.db);
    expect(keys.length).toBeGreaterThan(5);
    const files = new Set(await t.ctx.files.keys());
    expect(keys.filter((k) => !files.has(k))).toEqual([]);
  });
});
