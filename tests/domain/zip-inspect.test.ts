/** Reading a ZIP's table of contents and judging it for zip bombs, without unpacking anything. */
import { describe, expect, it } from 'vitest';
import { zipInflationProblem } from '../../src/documents/extract-text.ts';
import type { ForaError } from '../../src/domain/errors.ts';
import { inspectZip, unsafeEntryName, zipBombProblem } from '../../src/domain/zip-inspect.ts';
import { docxBomb, docxParts, lyingDocx, minimalDocx, zip } from './file-fixtures.ts';

describe('inspectZip', () => {
  it('lists the entries of a DOCX with their sizes from the central directory', () => {
    const listing = inspectZip(minimalDocx('Miljøledelse i Albertslund'));
    expect(listing.zip64).toBe(false);
    expect(listing.entries.map((e) => e.name)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
    ]);
    const doc = listing.entries[2];
    expect(doc?.uncompressed).toBe(Buffer.byteLength(docxParts('Miljøledelse i Albertslund')[2]?.data ?? ''));
    expect(doc?.compressed).toBeGreaterThan(0);
    expect(doc?.method).toBe(8);
  });

  it('reads UTF-8 entry names and stored entries', () => {
    const listing = inspectZip(zip([{ name: 'bilag/økonomi æøå.txt', data: 'Tal', method: 0 }]));
    expect(listing.entries).toMatchObject([
      { name: 'bilag/økonomi æøå.txt', compressed: 3, uncompressed: 3, method: 0 },
    ]);
  });

  it('finds the directory behind an archive comment', () => {
    const plain = zip([{ name: 'a.txt', data: 'a' }]);
    const comment = Buffer.from('Kommentar');
    const withComment = Buffer.concat([plain, comment]);
    withComment.writeUInt16LE(comment.length, plain.length - 2);
    expect(inspectZip(withComment).entries.map((e) => e.name)).toEqual(['a.txt']);
  });

  it.each([
    ['random bytes', Buffer.from('PK\u0003\u0004 not really a zip at all')],
    ['a truncated archive', minimalDocx('Afkortet').subarray(0, 200)],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s as not a readable archive (path file)', (_what, bytes) => {
    const err = (() => {
      try {
        inspectZip(bytes);
      } catch (e) {
        return e as ForaError;
      }
      return null;
    })();
    expect(err).toMatchObject({ code: 'validation_failed', details: [{ path: 'file' }] });
  });
});

describe('zipBombProblem', () => {
  it('passes an ordinary DOCX', () => {
    expect(zipBombProblem(inspectZip(minimalDocx('Miljøledelse i Albertslund')))).toBeNull();
  });

  it('refuses a DOCX with 50 MB of zeros in 50 KB (ratio about 1000)', () => {
    const bomb = docxBomb();
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(zipBombProblem(inspectZip(bomb))).toMatch(
      /word\/media\/zeros\.bin expands \d+ times, more than 100/,
    );
  });

  it.each([
    [
      'too many entries',
      Array.from({ length: 2001 }, (_, i) => ({ name: `f${i}`, compressed: 1, uncompressed: 1 })),
      /2001 entries/,
    ],
    [
      'more than 200 MB in all',
      Array.from({ length: 5 }, (_, i) => ({ name: `f${i}`, compressed: 5e6, uncompressed: 45e6 })),
      /expands to 225000000 bytes/,
    ],
    ['a ZIP64 size marker', [{ name: 'big', compressed: 0xffffffff, uncompressed: 0xffffffff }], /ZIP64/],
    [
      'a parent-directory entry',
      [{ name: '../../etc/passwd', compressed: 1, uncompressed: 1 }],
      /unsafe entry/,
    ],
    [
      'a Windows traversal entry',
      [{ name: 'word\\..\\..\\x', compressed: 1, uncompressed: 1 }],
      /unsafe entry/,
    ],
    ['an absolute entry', [{ name: '/etc/cron.d/x', compressed: 1, uncompressed: 1 }], /unsafe entry/],
    ['a drive-letter entry', [{ name: 'C:/Windows/x', compressed: 1, uncompressed: 1 }], /unsafe entry/],
    ['no entries', [], /empty/],
  ])('refuses %s', (_what, entries, problem) => {
    expect(zipBombProblem(entries)).toMatch(problem);
  });

  it('does not judge the ratio of small parts (tiny XML compresses very well)', () => {
    expect(zipBombProblem([{ name: 'word/styles.xml', compressed: 100, uncompressed: 900_000 }])).toBeNull();
    expect(
      zipBombProblem([{ name: 'word/styles.xml', compressed: 100, uncompressed: 900_000 }], {
        ratioFloor: 0,
      }),
    ).toMatch(/expands 9000 times/);
  });

  it('refuses an archive that lists the same data many times (overlapping entries)', () => {
    const overlapping = zip([{ name: 'a.xml', data: 'x'.repeat(1000) }], { centralCopies: 3 });
    expect(zipBombProblem(inspectZip(overlapping))).toMatch(/overlaps another entry/);
  });

  it('refuses an archive whose end-of-directory record says ZIP64, and one with a ZIP64 entry', () => {
    const archive = zip([{ name: 'a.txt', data: 'a' }]);
    archive.writeUInt16LE(0xffff, archive.length - 12);
    expect(() => inspectZip(archive)).toThrow(/ZIP64 archives are not accepted/);
    const entry = zip([{ name: 'a.txt', data: 'a', declaredSize: 0xffffffff }]);
    const listing = inspectZip(entry);
    expect(listing.zip64).toBe(true);
    expect(zipBombProblem(listing)).toMatch(/ZIP64/);
  });

  it('catches an entry that inflates beyond its declared size while inflating, not before', () => {
    const lying = lyingDocx();
    const listing = inspectZip(lying);
    expect(zipBombProblem(listing)).toBeNull();
    expect(zipInflationProblem(lying, listing.entries)).toMatch(
      /lie\.bin expands beyond its declared 1024 bytes/,
    );
    const honest = minimalDocx('Ærlig');
    expect(zipInflationProblem(honest, inspectZip(honest).entries)).toBeNull();
  });
});

describe('unsafeEntryName', () => {
  it.each([
    ['word/document.xml', false],
    ['word/..hidden.xml', false],
    ['[Content_Types].xml', false],
    ['..', true],
    ['a/../../b', true],
    ['\\server\\share', true],
    ['d:relative', true],
  ])('%s -> %s', (name, unsafe) => {
    expect(unsafeEntryName(name)).toBe(unsafe);
  });
});
