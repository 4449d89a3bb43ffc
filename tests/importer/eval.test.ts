import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFile, formatTable, scores, total } from '../../src/importer/eval.ts';
import { evaluateFixtures } from '../../src/importer/eval-fixtures.ts';
import type { ParsedItem, ParsedMeeting } from '../../src/importer/parsed-meeting.ts';

const item = (over: Partial<ParsedItem> = {}): ParsedItem => ({
  number: '1',
  title: 'Budget',
  closed: false,
  sections: [{ heading: 'Sagsfremstilling', text: 'Tekst\nmed linjer.' }],
  recommendations: ['at budgettet godkendes'],
  attachments: ['Bilag 1'],
  caseNumber: '23-007005',
  decision: 'Godkendt.',
  ...over,
});
const meeting = (over: Partial<ParsedMeeting> = {}): ParsedMeeting => ({
  forum: 'Økonomiudvalget',
  kind: 'minutes',
  title: 'Referat',
  date: '2025-05-05',
  start: '16:00',
  location: '',
  participants: [{ name: 'Anne Hansen', title: 'Direktør' }],
  absent: [],
  items: [item()],
  warnings: [],
  ...over,
});

describe('eval comparison', () => {
  it('identical meetings score 1/1; whitespace inside text does not count; warnings are ignored', () => {
    const actual = meeting({
      items: [item({ sections: [{ heading: 'Sagsfremstilling', text: 'Tekst med\nlinjer.' }] })],
      warnings: ['x'],
    });
    expect(scores(total(compareFile([meeting()], [actual])))).toEqual({ precision: 1, recall: 1 });
  });
  it('a wrong value is both a false positive and a false negative; a missing one only a false negative', () => {
    const c = compareFile([meeting()], [meeting({ date: '2025-05-06', start: '' })]);
    expect(c.date).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(c.start).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(c.location).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
  it('items are matched by number; the fields of a missed item are missed, of an invented item invented', () => {
    const c = compareFile(
      [meeting({ items: [item(), item({ number: '2' })] })],
      [meeting({ items: [item(), item({ number: '3' })] })],
    );
    expect(c.items).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(c['item.decision']).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(c['item.attachments']).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
  it('lists count as multisets: a duplicate printed once is one miss', () => {
    const c = compareFile(
      [meeting({ items: [item({ attachments: ['A', 'A', 'B'] })] })],
      [meeting({ items: [item({ attachments: ['A', 'C'] })] })],
    );
    expect(c['item.attachments']).toEqual({ tp: 1, fp: 1, fn: 2 });
  });
  it('prints one row per field and an overall row', () => {
    const table = formatTable(compareFile([meeting()], [meeting()]), 't');
    expect(table.split('\n')).toHaveLength(18);
    expect(table).toMatch(/overall\s+\d+\s+0\s+0\s+100\.0%\s+100\.0%/);
  });
});

describe('the import fixtures', async () => {
  const dir = path.join(import.meta.dirname, '..', 'fixtures', 'import');
  const result = await evaluateFixtures(
    readdirSync(dir).map((name) => ({ name, read: () => readFileSync(path.join(dir, name)) })),
  );
  it('every source file has an expectation and parses', () => {
    expect(result.fixtures.length).toBeGreaterThanOrEqual(8);
    expect(result.fixtures.filter((f) => f.error)).toEqual([]);
  });
  // measured: 100.0% precision and recall on every fixture (npm run import:eval)
  it.each(result.fixtures.map((f) => [f.name, f] as const))(
    '%s scores at least 0.98 precision and recall',
    (_name, f) => {
      const s = scores(total(f.counts));
      expect(s.precision).toBeGreaterThanOrEqual(0.98);
      expect(s.recall).toBeGreaterThanOrEqual(0.98);
    },
  );
  it('a fixture whose expectation disagrees lowers the score', async () => {
    const seed = 'referat-chefforum-albertslund-2025-04-23';
    const expected = JSON.parse(
      readFileSync(path.join(dir, `${seed}.expected.json`), 'utf8'),
    ) as ParsedMeeting[];
    const first = expected[0] as ParsedMeeting;
    first.items = first.items.slice(1);
    const r = await evaluateFixtures([
      { name: `${seed}.txt`, read: () => readFileSync(path.join(dir, `${seed}.txt`)) },
      { name: `${seed}.expected.json`, read: () => new TextEncoder().encode(JSON.stringify(expected)) },
    ]);
    expect(scores(total(r.counts)).precision).toBeLessThan(1);
    expect(r.counts.items).toEqual({ tp: 8, fp: 1, fn: 0 });
  });
  it('a file that does not parse is reported as failed', async () => {
    const r = await evaluateFixtures([
      { name: 'x.txt', read: () => new Uint8Array() },
      { name: 'x.expected.json', read: () => new TextEncoder().encode('[]') },
      { name: 'y.txt', read: () => new TextEncoder().encode('Referat X 01-01-2025') },
    ]);
    expect(r.fixtures.map((f) => f.error)).toEqual(['x.txt: the file is empty', 'no y.expected.json']);
  });
});
