/**
 * Publishing benchmark (issue 3), in-process: a meeting with 30 items and 60 attachments is built
 * through the use cases (setup, not the target), then its agenda is published three times: version 1,
 * and twice a supplementary version after the secretary has edited one item's title. Measured: the
 * time until `publishAgenda` returns (the version is then readable and every mail queued, as both
 * happen in its transaction), the first read of that version, and the mails queued for it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type AppContext, DEFAULT_SETTINGS } from '../src/app/context.ts';
import { getAgendaVersion } from '../src/app/get-agenda-version.ts';
import { getItem } from '../src/app/get-item.ts';
import { publishAgenda } from '../src/app/publish-agenda.ts';
import { updateItem } from '../src/app/update-item.ts';
import { type Database, openDatabase } from '../src/store/db.ts';
import { LocalFileStorage } from '../src/store/file-storage.ts';
import { listOutbox } from '../src/store/outbox.ts';
import { median, PgServer } from './lib.ts';
import { ATTACHMENTS_PER_ITEM, buildMeeting, HEADS, ITEMS, MEETING, NOW } from './publish-setup.ts';

const RUNS = 3;

export interface PublishRow {
  database: 'PGlite' | 'PostgreSQL';
  openMs: number;
  setupMs: number;
  uploadMs: number[];
  publishMs: number[];
  readMs: number[];
  /** Mails queued per published version. */
  mails: number[];
  recipients: number;
}

async function measure(
  database: PublishRow['database'],
  open: () => Promise<Database>,
  filesDir: string,
): Promise<PublishRow> {
  const t0 = performance.now();
  const db = await open();
  const openMs = performance.now() - t0;
  try {
    const ctx: AppContext = {
      db: db.db,
      now: () => NOW,
      files: new LocalFileStorage(filesDir),
      settings: { ...DEFAULT_SETTINGS },
    };
    const t1 = performance.now();
    const f = await buildMeeting(ctx, 'benchmark');
    const row: PublishRow = {
      database,
      openMs,
      setupMs: performance.now() - t1,
      uploadMs: f.uploadMs,
      publishMs: [],
      readMs: [],
      mails: [],
      recipients: f.recipients,
    };
    const edited = f.itemIds[0] ?? '';
    for (let run = 1; run <= RUNS; run++) {
      if (run > 1) {
        // A supplementary agenda needs a change: the secretary corrects one item's title.
        const current = await getItem(ctx, await f.secretary(), f.orgSlug, edited);
        await updateItem(ctx, await f.secretary(), f.orgSlug, edited, {
          version: current.version,
          title: `${current.title.replace(/ \(rettet \d+\)$/, '')} (rettet ${run})`,
        });
      }
      const secretary = await f.secretary();
      const tp = performance.now();
      const v = await publishAgenda(ctx, secretary, f.orgSlug, f.shortName, MEETING);
      row.publishMs.push(performance.now() - tp);
      const tr = performance.now();
      const read = await getAgendaVersion(
        ctx,
        await f.secretary(),
        f.orgSlug,
        f.shortName,
        v.meetingId,
        v.version,
      );
      row.readMs.push(performance.now() - tr);
      if (read.version !== run || read.content.items.length !== ITEMS + 2)
        throw new Error(`version ${read.version} has ${read.content.items.length} items`);
      const mails = await listOutbox(ctx.db, { eventKeyPrefix: `agenda:${v.meetingId}:v${v.version}` });
      if (mails.length !== f.recipients)
        throw new Error(`version ${v.version}: ${mails.length} mails queued for ${f.recipients} members`);
      row.mails.push(mails.length);
      console.log(
        `  ${database} / publish v${v.version}: ${row.publishMs.at(-1)?.toFixed(0)} ms, ` +
          `first read ${row.readMs.at(-1)?.toFixed(0)} ms, ${mails.length} mails queued`,
      );
    }
    return row;
  } finally {
    await db.close();
  }
}

const tmpDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

async function pgliteRow(): Promise<PublishRow> {
  const dir = tmpDir('fora-bench-pub-');
  try {
    return await measure(
      'PGlite',
      () => openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'data') }),
      path.join(dir, 'files'),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function postgresRow(server: PgServer): Promise<PublishRow> {
  const name = `fora_bench_pub_${process.pid}`;
  const dir = tmpDir('fora-bench-pub-files-');
  try {
    const url = await server.create(name);
    return await measure('PostgreSQL', () => openDatabase({ kind: 'postgres', url }), dir);
  } finally {
    await server.drop(name);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the publishing benchmark on PGlite and, when reachable, on PostgreSQL at `pgUrl`. */
export async function publishBenchmark(pgUrl: string): Promise<{ rows: PublishRow[]; notes: string[] }> {
  const notes: string[] = [];
  console.log('Publishing, PGlite ...');
  const rows = [await pgliteRow()];
  const server = await PgServer.connect(pgUrl);
  if (typeof server === 'string') {
    console.log(`PostgreSQL at ${pgUrl} is unreachable (${server}); publishing measured on PGlite only.`);
    notes.push(`PostgreSQL not measured: ${pgUrl} unreachable.`);
  } else {
    console.log('Publishing, PostgreSQL ...');
    try {
      rows.push(await postgresRow(server));
    } finally {
      await server.close();
    }
  }
  return { rows, notes };
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
const ms = (x: number) => x.toFixed(0);

export function publishTable(rows: readonly PublishRow[], extraNotes: readonly string[]): string {
  const attachments = ITEMS * ATTACHMENTS_PER_ITEM;
  const lines = [
    '| database | open + migrate (ms) | setup: org and 30 items through the pipeline (ms) | ' +
      `upload per attachment, mean of ${attachments} (ms) | publish → returned (ms) | ` +
      'first read of the version (ms) | mails queued per version |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.database} | ${ms(r.openMs)} | ${ms(r.setupMs)} | ${mean(r.uploadMs).toFixed(1)} | ` +
        `${ms(median(r.publishMs))} | ${median(r.readMs).toFixed(1)} | ${r.mails.join(' / ')} of ${r.recipients} |`,
    ),
  ];
  const runs = rows.map((r) => {
    const [first = 0, ...rest] = r.uploadMs;
    return (
      `${r.database}: publish ${r.publishMs.map(ms).join(' / ')} ms, first read ` +
      `${r.readMs.map((x) => x.toFixed(1)).join(' / ')} ms; first upload ${ms(first)} ms, the others ${ms(Math.min(...rest))}–${ms(Math.max(...rest))} ms.`
    );
  });
  const notes = [
    `In-process (no HTTP): ${ITEMS} decision items by ${HEADS} department heads, each with a PDF and a DOCX ` +
      `(a few hundred bytes, text extracted on upload), submitted, approved by the director and scheduled ` +
      `by the secretary onto the meeting of ${MEETING}, plus the two standing items; ${rows[0]?.recipients ?? 0} ` +
      'forum members (chair, director, heads, secretary) receive the agenda.',
    '`publishAgenda` freezes the version, marks the items published and queues one mail per member in ' +
      'one transaction: when it returns, the version is readable and every mail is queued (checked with ' +
      '`getAgendaVersion` and the outbox after each run).',
    `Publish and first read: median of ${RUNS} runs: version 1, then versions 2 and 3 (supplementary agendas, ` +
      'with the list of changes) each after the secretary edits one item title. Setup (not the target) ' +
      'includes the uploads; open + migrate on PGlite includes creating the data directory (initdb).',
    `Runs: ${runs.join(' ')} The first upload of the process also loads the PDF and DOCX text extractors.`,
    ...extraNotes,
  ];
  return [
    `## Publishing an agenda: ${ITEMS} items, ${attachments} attachments`,
    '',
    ...lines,
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}
