/**
 * Import benchmark (issue 7), in-process: PDF minutes made from the seed minutes
 * (../shared/seeds/referat-chefforum-albertslund-2025-04-23.txt, typeset with pdfmake as a plain
 * text PDF) at several meeting dates, each parsed with the importer (parseImportFile) and saved with
 * importMeeting into a fresh in-memory PGlite database with the Chefforum and its charter. Reports
 * pages and documents per second, parse and save separately.
 */

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { callerOf, DEFAULT_SETTINGS } from '../src/app/context.ts';
import { createCharterVersion } from '../src/app/create-charter-version.ts';
import { createForum } from '../src/app/create-forum.ts';
import { createOrganisation } from '../src/app/create-organisation.ts';
import { importMeeting } from '../src/app/import-meeting.ts';
import { textPdf } from '../src/documents/convert-attachment.ts';
import { parseImportFile } from '../src/importer/parse-file.ts';
import { openDatabase } from '../src/store/db.ts';
import { LocalFileStorage } from '../src/store/file-storage.ts';
import { median, ROOT } from './lib.ts';

const SEED = path.join(ROOT, '..', 'shared', 'seeds', 'referat-chefforum-albertslund-2025-04-23.txt');
/** Wednesdays, as the seed's meeting (its weekday is printed). */
const DATES: [iso: string, printed: string, short: string][] = [
  ['2025-04-23', '23. april 2025', '23-04-2025'],
  ['2025-05-07', '7. maj 2025', '07-05-2025'],
  ['2025-05-21', '21. maj 2025', '21-05-2025'],
  ['2025-06-04', '4. juni 2025', '04-06-2025'],
  ['2025-06-18', '18. juni 2025', '18-06-2025'],
];

export interface ImportDoc {
  name: string;
  pages: number;
  parseMs: number;
  saveMs: number;
  items: number;
  warnings: number;
}

export interface ImportResult {
  docs: ImportDoc[];
  totalPages: number;
  totalMs: number;
}

async function documents(): Promise<{ name: string; bytes: Uint8Array; pages: number }[]> {
  const seed = fs.readFileSync(SEED, 'utf8');
  const out = [];
  for (const [, printed, short] of DATES) {
    const text = seed.replaceAll('23-04-2025', short).replaceAll('23. april 2025', printed);
    const bytes = new Uint8Array(await textPdf(text, `REFERAT Chefforum d. ${short}`));
    const pages = (await PDFDocument.load(bytes)).getPageCount();
    out.push({ name: `referat-chefforum-${short}.pdf`, bytes, pages });
  }
  return out;
}

export async function importBenchmark(): Promise<ImportResult> {
  const docs = await documents();
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fora-bench-import-'));
  const ctx = {
    db: database.db,
    now: () => new Date('2025-08-01T10:00:00+02:00'),
    files: new LocalFileStorage(filesDir),
    settings: { ...DEFAULT_SETTINGS },
  };
  const caller = callerOf({ kind: 'operator', label: 'bench' });
  try {
    await createOrganisation(ctx, caller, { slug: 'albertslund', name: 'Albertslund Kommune' });
    await createForum(ctx, caller, 'albertslund', { shortName: 'CF', name: 'Chefforum' });
    await createCharterVersion(ctx, caller, 'albertslund', 'CF', {
      effectiveFrom: '2019-03-18',
      cadence: { rrule: 'FREQ=MONTHLY;BYDAY=1WE,3WE', startTime: '09:00', durationMinutes: 180 },
      template: [
        { key: 'resume', heading: 'Resumé' },
        { key: 'sagsfremstilling', heading: 'Sagsfremstilling' },
        { key: 'indstilling', heading: 'Indstilling' },
        { key: 'beslutning', heading: 'Beslutning' },
        { key: 'bilag', heading: 'Bilag' },
      ],
    });
    const result: ImportDoc[] = [];
    const t0 = performance.now();
    for (const d of docs) {
      const a = performance.now();
      const meetings = await parseImportFile(d.name, d.bytes);
      const b = performance.now();
      const sha256 = createHash('sha256').update(d.bytes).digest('hex');
      let items = 0;
      let warnings = 0;
      for (const m of meetings) {
        const r = await importMeeting(ctx, caller, 'albertslund', m, {
          fileName: d.name,
          family: 'pdf',
          sha256,
        });
        if (r.status !== 'created') throw new Error(`${d.name}: expected a new meeting, got ${r.status}`);
        items += m.items.length;
        warnings += r.warnings.length;
      }
      const c = performance.now();
      result.push({ name: d.name, pages: d.pages, parseMs: b - a, saveMs: c - b, items, warnings });
      console.log(
        `  ${d.name}: ${d.pages} pages, ${items} items, parse ${(b - a).toFixed(0)} ms, save ${(c - b).toFixed(0)} ms`,
      );
    }
    const totalMs = performance.now() - t0;
    return { docs: result, totalPages: result.reduce((s, d) => s + d.pages, 0), totalMs };
  } finally {
    await database.close();
    fs.rmSync(filesDir, { recursive: true, force: true });
  }
}

export function importTable(r: ImportResult): string {
  const seconds = r.totalMs / 1000;
  const parse = r.docs.reduce((s, d) => s + d.parseMs, 0);
  const save = r.docs.reduce((s, d) => s + d.saveMs, 0);
  return [
    '# Fora import benchmark (PDF minutes)',
    '',
    `${new Date().toISOString()} · Node ${process.version} · ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}`,
    '',
    '| documents | pages | items | total (s) | pages/s | documents/s | parse (ms/doc, median) | save (ms/doc, median) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${r.docs.length} | ${r.totalPages} | ${r.docs.reduce((s, d) => s + d.items, 0)} | ${seconds.toFixed(2)} | ${(
      r.totalPages / seconds
    ).toFixed(
      1,
    )} | ${(r.docs.length / seconds).toFixed(2)} | ${median(r.docs.map((d) => d.parseMs)).toFixed(0)} | ${median(
      r.docs.map((d) => d.saveMs),
    ).toFixed(0)} |`,
    '',
    `- The seed minutes of Chefforum 23 April 2025 typeset as PDF (pdfmake, 9 pt plain text) at ${r.docs.length} meeting dates; ` +
      `each parsed (parseImportFile: PDF text extraction and the minutes parser) and saved (importMeeting: meeting, ` +
      `items, cases, people, attendance, attachment references, the minutes version, audit rows; one transaction) ` +
      `into a fresh in-memory PGlite database. Parse ${(parse / 1000).toFixed(2)} s, save ${(save / 1000).toFixed(2)} s in total.`,
    '',
  ].join('\n');
}
