/**
 * Start-up benchmark: time from spawning `fora serve` to the first HTTP 200 on /api/health, and the
 * server's memory, on PGlite and PostgreSQL, with an empty and with a demo database. Then the
 * publishing benchmark (bench/publish.ts): publishing a meeting with 30 items and 60 attachments;
 * and the rendering benchmark (bench/render.ts): a 30-item agenda and its packet with 60
 * attachments, against LibreOffice headless converting the same agenda's DOCX to PDF.
 *
 *   npm run bench                      (FORA_BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/test)
 *   npm run bench -- publish           the publishing benchmark only
 *   npm run bench -- render            the rendering benchmark only
 *   npm run bench -- search            the search benchmark only (bench/search.ts; FORA_BENCH_SEARCH_SCALE,
 *                                      default 1 = ten years for 25 forums, ~27,000 items)
 *   npm run bench -- web               the web app benchmark only (bench/web.ts: JavaScript for the
 *                                      first meeting view, time until the agenda is readable)
 *   npm run bench -- import            the import benchmark only (bench/import.ts: PDF minutes parsed
 *                                      and saved, pages per second)
 *
 * Each scenario runs REPEATS times; the tables show medians. They are printed and written to
 * bench/results/latest.md (gitignored).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importBenchmark, importTable } from './import.ts';
import { killAll, median, PgServer, ROOT, rssMb, runCli, startServer, type Target } from './lib.ts';
import { publishBenchmark, publishTable } from './publish.ts';
import { renderBenchmark, renderTable } from './render.ts';
import { searchBenchmark, searchTable } from './search.ts';
import { webBenchmark, webTable } from './web.ts';

const REPEATS = 3;
const CALENDAR_REQUESTS = 50;
const CALENDAR_PATH = '/api/orgs/albertslund/forums/CF/meetings?from=2025-01-01&to=2025-12-31';
const PG_URL = process.env.FORA_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Sample {
  startMs: number;
  rssStart: number;
  rssAfter: number | null;
}

interface Row {
  scenario: string;
  database: 'PGlite' | 'PostgreSQL';
  samples: Sample[];
}

/** Starts the server once against `target`, measures, and stops it by its PID. */
async function measure(target: Target, calendar: boolean): Promise<Sample> {
  const server = await startServer(target);
  try {
    const rssStart = rssMb(server.pid);
    let rssAfter: number | null = null;
    if (calendar) {
      for (let i = 0; i < CALENDAR_REQUESTS; i++) {
        const res = await fetch(server.base + CALENDAR_PATH, { headers: { 'x-fora-actor': 'operator' } });
        const body = (await res.json()) as { items?: unknown[] };
        if (res.status !== 200 || !body.items?.length)
          throw new Error(`calendar request answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
      }
      rssAfter = rssMb(server.pid);
    }
    return { startMs: server.startMs, rssStart, rssAfter };
  } finally {
    await server.stop();
  }
}

const log = (row: Row, s: Sample) =>
  console.log(
    `  ${row.database} / ${row.scenario}: ${s.startMs.toFixed(0)} ms, RSS ${s.rssStart.toFixed(1)} MB` +
      (s.rssAfter === null ? '' : ` -> ${s.rssAfter.toFixed(1)} MB after ${CALENDAR_REQUESTS} requests`),
  );

const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'fora-bench-'));

async function pgliteRows(): Promise<Row[]> {
  const empty: Row = { scenario: 'first start (empty dir)', database: 'PGlite', samples: [] };
  for (let i = 0; i < REPEATS; i++) {
    const dir = tmpDir();
    try {
      const s = await measure({ kind: 'pglite', dataDir: dir }, false);
      empty.samples.push(s);
      log(empty, s);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const demo: Row = { scenario: 'restart (existing demo data)', database: 'PGlite', samples: [] };
  const dir = tmpDir();
  try {
    const target: Target = { kind: 'pglite', dataDir: dir };
    await runCli(target, ['demo']);
    for (let i = 0; i < REPEATS; i++) {
      const s = await measure(target, true);
      demo.samples.push(s);
      log(demo, s);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return [empty, demo];
}

async function postgresRows(server: PgServer): Promise<Row[]> {
  const base = `fora_bench_${process.pid}`;
  const empty: Row = { scenario: 'first start (empty database)', database: 'PostgreSQL', samples: [] };
  for (let i = 0; i < REPEATS; i++) {
    const name = `${base}_empty_${i}`;
    try {
      const s = await measure({ kind: 'postgres', url: await server.create(name) }, false);
      empty.samples.push(s);
      log(empty, s);
    } finally {
      await server.drop(name);
    }
  }
  const demo: Row = { scenario: 'restart (existing demo data)', database: 'PostgreSQL', samples: [] };
  try {
    const target: Target = { kind: 'postgres', url: await server.create(base) };
    await runCli(target, ['demo']);
    for (let i = 0; i < REPEATS; i++) {
      const s = await measure(target, true);
      demo.samples.push(s);
      log(demo, s);
    }
  } finally {
    await server.drop(base);
  }
  return [empty, demo];
}

function table(rows: Row[], notes: string[]): string {
  const mb = (x: number | null) => (x === null ? '–' : x.toFixed(1));
  const lines = [
    '| scenario | database | start → first 200 (ms) | RSS after start (MB) | RSS after 50 calendar requests (MB) |',
    '|---|---|---:|---:|---:|',
    ...rows.map((r) => {
      const after = r.samples.map((s) => s.rssAfter).filter((x): x is number => x !== null);
      return `| ${r.scenario} | ${r.database} | ${median(r.samples.map((s) => s.startMs)).toFixed(0)} | ${mb(
        median(r.samples.map((s) => s.rssStart)),
      )} | ${mb(after.length ? median(after) : null)} |`;
    }),
  ];
  const cpu = os.cpus();
  return [
    `# Fora start-up benchmark`,
    '',
    `${new Date().toISOString()} · Node ${process.version} · ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} · ` +
      `median of ${REPEATS} runs · load average at the end ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    '',
    ...lines,
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  process.on('SIGINT', () => {
    killAll();
    process.exit(130);
  });
  const only = ['publish', 'render', 'web', 'search', 'import'].filter((name) =>
    process.argv.slice(2).includes(name),
  );
  const runs = (name: string) => only.length === 0 || only.includes(name);
  const startup = only.length === 0 ? await startupReport() : '';
  let publish = '';
  if (runs('publish')) {
    const p = await publishBenchmark(PG_URL);
    publish = publishTable(p.rows, p.notes);
  }
  const render = runs('render') ? renderTable(await renderBenchmark()) : '';
  const web = runs('web') ? webTable(await webBenchmark()) : '';
  const search = runs('search') ? searchTable(await searchBenchmark(PG_URL)) : '';
  const imported = runs('import') ? importTable(await importBenchmark()) : '';
  const report = [startup, publish, render, web, search, imported].filter(Boolean).join('\n');
  console.log(`\n${report}`);
  const dir = path.join(ROOT, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'latest.md'), report);
  console.log(`Written to ${path.relative(process.cwd(), path.join(dir, 'latest.md'))}`);
}

/** The start-up table: spawns the server for every scenario. */
async function startupReport(): Promise<string> {
  // Warm-up, not measured: loads every module once so tsx's transform cache and the OS file cache
  // are warm for the first measured run as for the others.
  const noDb: Target = { kind: 'pglite', dataDir: os.tmpdir() };
  await runCli(noDb, ['help']);
  // Baseline: Node + tsx + loading every module, without a database (`fora help` exits at once).
  const baseline: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const t0 = performance.now();
    await runCli(noDb, ['help']);
    baseline.push(performance.now() - t0);
  }

  const rows: Row[] = [];
  const notes = [
    'Time runs from the spawn of `node --import tsx src/cli.ts serve` to the first 200 on /api/health ' +
      '(polled every 20 ms): Node and tsx start-up, opening the database, migrations, route registration.',
    'A first start on an empty PGlite directory includes creating the database (initdb in WASM); ' +
      'on PostgreSQL it includes applying the migrations to an empty database.',
    `Demo rows: \`fora demo\` is run against the database first; RSS is read from /proc/<pid>/status ` +
      `(VmRSS) right after the first 200 and after ${CALENDAR_REQUESTS} sequential requests to ` +
      `GET ${CALENDAR_PATH} (x-fora-actor: operator).`,
    `Baseline without a database: \`fora help\` (Node, tsx, loading the modules) takes ` +
      `${median(baseline).toFixed(0)} ms.`,
  ];
  console.log('PGlite ...');
  rows.push(...(await pgliteRows()));
  const server = await PgServer.connect(PG_URL);
  if (typeof server === 'string') {
    console.log(`PostgreSQL at ${PG_URL} is unreachable (${server}); measured PGlite only.`);
    notes.push(`PostgreSQL not measured: ${PG_URL} unreachable.`);
  } else {
    console.log('PostgreSQL ...');
    try {
      rows.push(...(await postgresRows(server)));
    } finally {
      await server.close();
    }
  }

  return table(rows, notes);
}

main().catch((err: unknown) => {
  killAll();
  console.error(err);
  process.exit(1);
});
