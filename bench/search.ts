/**
 * Search benchmark (ADR 0015): the generated archive (bench/search-data.ts) on PGlite, PostgreSQL
 * and SQLite FTS5 (node-sqlite3-wasm), a fixed query set run as a member of three forums, p50 and p95
 * per query and engine. PGlite and PostgreSQL go through the search use case (read scope, can(),
 * snippets); SQLite runs the equivalent query by hand: FTS5 with the unicode61 tokenizer (no Danish
 * stemmer, so words are prefix queries), the same read rule, bm25 over the matches, snippets.
 *
 *   FORA_BENCH_SEARCH_SCALE=0.1 npm run bench -- search     (default 1: ~27,000 items)
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { callerOf, DEFAULT_SETTINGS } from '../src/app/context.ts';
import { actorForPerson } from '../src/app/resolve-actor.ts';
import { searchItems } from '../src/app/search-items.ts';
import { type Database, openDatabase } from '../src/store/db.ts';
import { LocalFileStorage } from '../src/store/file-storage.ts';
import { findPerson } from '../src/store/people.ts';
import { median, PgServer } from './lib.ts';
import { type Archive, generateArchive, RARE_WORD } from './search-data.ts';

const REPS = 15;
/** A query slower than this in total stops after MIN_REPS runs, so the benchmark ends in minutes. */
const BUDGET_MS = 8000;
const MIN_REPS = 5;
const NOW = new Date('2026-01-15T10:00:00+01:00');

interface Query {
  name: string;
  q: string;
  forum?: number;
  from?: string;
  to?: string;
}
const QUERIES: Query[] = [
  { name: 'common word', q: 'kommune' },
  { name: 'rare word', q: RARE_WORD },
  { name: 'two words', q: 'strategiske beslutninger' },
  { name: 'phrase', q: '"fælles drift"' },
  { name: 'stemmed form', q: 'budgetterne' },
  { name: 'forum filter', q: 'økonomi', forum: 7 },
  { name: 'period filter', q: 'økonomi', from: '2020-01-01', to: '2020-12-31' },
];

type Timings = Map<string, { times: number[]; hits: number }>;

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1] ?? 0;

async function timeQueries(run: (q: Query) => Promise<number>): Promise<Timings> {
  const out: Timings = new Map();
  for (const q of QUERIES) {
    const hits = await run(q); // warm-up
    const times: number[] = [];
    let spent = 0;
    for (let i = 0; i < REPS && (i < MIN_REPS || spent < BUDGET_MS); i++) {
      const t0 = performance.now();
      await run(q);
      times.push(performance.now() - t0);
      spent += times[times.length - 1] ?? 0;
    }
    out.set(q.name, { times, hits });
  }
  return out;
}

async function pgEngine(database: Database, a: Archive, label: string): Promise<Timings> {
  const { insertArchive } = await import('./search-data.ts');
  const t0 = performance.now();
  await insertArchive(database.db, a);
  // Statistics, as autovacuum would gather on a server (PGlite has none): the planner needs the
  // tsvector statistics to choose between walking by date and the GIN index (ADR 0015).
  await database.db.execute(sql`analyze`);
  console.log(`  ${label}: inserted in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const ctx = {
    db: database.db,
    now: () => NOW,
    files: new LocalFileStorage(os.tmpdir()),
    settings: DEFAULT_SETTINGS,
  };
  const person = await findPerson(database.db, a.orgId, a.searcherId);
  if (!person) throw new Error('searcher missing');
  const actor = await actorForPerson(database.db, person, '2026-01-15');
  return timeQueries(async (q) => {
    const r = await searchItems(ctx, callerOf(actor), 'arkiv', {
      q: q.q,
      ...(q.forum !== undefined && { forum: `F${q.forum + 1}` }),
      ...(q.from && { from: q.from, to: q.to }),
    });
    return r.page.total;
  });
}

interface SqliteDb {
  exec(sql: string): void;
  all(sql: string, params?: unknown[]): Record<string, unknown>[];
  prepare(sql: string): { run(params: unknown[]): void; finalize(): void };
  close(): void;
}

/** SQLite FTS5 over the same rows; words become prefix terms, quoted phrases stay phrases. */
function sqliteEngine(a: Archive): Timings | Promise<Timings> {
  const { Database: SqliteDatabase } = createRequire(import.meta.url)('node-sqlite3-wasm') as {
    Database: new () => SqliteDb;
  };
  const db = new SqliteDatabase();
  const t0 = performance.now();
  db.exec(`create table items(id integer primary key, forum integer, state text, closed integer, date text, title text);
    create table atts(id integer primary key, item integer);
    create virtual table item_fts using fts5(title, body, tokenize='unicode61 remove_diacritics 0');
    create virtual table att_fts using fts5(name, body, tokenize='unicode61 remove_diacritics 0');
    create index items_forum on items(forum, date);`);
  db.exec('begin');
  const it = db.prepare('insert into items values (?,?,?,?,?,?)');
  const itf = db.prepare('insert into item_fts(rowid, title, body) values (?,?,?)');
  a.items.forEach((i, n) => {
    it.run([n + 1, i.forumIndex, i.state, i.closed ? 1 : 0, i.start.slice(0, 10), i.title]);
    itf.run([n + 1, i.title, [i.section, ...i.recommendations, i.decision].join('\n')]);
  });
  const at = db.prepare('insert into atts values (?,?)');
  const atf = db.prepare('insert into att_fts(rowid, name, body) values (?,?,?)');
  a.attachments.forEach((t, n) => {
    at.run([n + 1, t.itemIndex + 1]);
    atf.run([n + 1, t.name, t.text]);
  });
  for (const s of [it, itf, at, atf]) s.finalize();
  db.exec('commit');
  console.log(`  SQLite: inserted in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const members = a.searcherForums.join(',');
  const match = (q: string) =>
    q.startsWith('"')
      ? q
      : q
          .split(/\s+/)
          .map((w) => `"${w.replace(/"/g, '')}"*`)
          .join(' ');
  return timeQueries(async (q) => {
    const filters = [
      `(i.forum in (${members}) or (i.state in ('decided','published') and i.closed = 0))`,
      ...(q.forum !== undefined ? [`i.forum = ${q.forum}`] : []),
      ...(q.from ? [`i.date between '${q.from}' and '${q.to}'`] : []),
    ].join(' and ');
    const m = match(q.q);
    const ranked = db.all(
      `with hits as (
         select rowid as item, bm25(item_fts) as r from item_fts where item_fts match ?
         union all select atts.item, 0.5 * bm25(att_fts) from att_fts join atts on atts.id = att_fts.rowid where att_fts match ?)
       select i.id, min(h.r) as r, count(*) over () as total from hits h join items i on i.id = h.item
       where ${filters} group by i.id order by r limit 20`,
      [m, m],
    );
    const ids = ranked.map((r) => Number(r.id));
    if (ids.length > 0)
      db.all(
        `select rowid, snippet(item_fts, -1, '\uE000', '\uE001', ' … ', 20) as s from item_fts
         where item_fts match ? and rowid in (${ids.join(',')})`,
        [m],
      );
    return Number(ranked[0]?.total ?? 0);
  });
}

export interface SearchBench {
  items: number;
  attachments: number;
  engines: [string, Timings][];
  notes: string[];
}

export async function searchBenchmark(pgUrl: string): Promise<SearchBench> {
  const scale = Number(process.env.FORA_BENCH_SEARCH_SCALE ?? '1');
  const t0 = performance.now();
  const archive = generateArchive(scale);
  console.log(
    `Search: ${archive.items.length} items, ${archive.attachments.length} attachment texts generated in ${(
      (performance.now() - t0) / 1000
    ).toFixed(1)} s`,
  );
  const engines: [string, Timings][] = [];
  const notes: string[] = [];
  const pglite = await openDatabase({ kind: 'pglite', dataDir: null });
  try {
    engines.push(['PGlite', await pgEngine(pglite, archive, 'PGlite')]);
  } finally {
    await pglite.close();
  }
  const server = await PgServer.connect(pgUrl);
  if (typeof server === 'string') notes.push(`PostgreSQL not measured: ${pgUrl} unreachable (${server}).`);
  else {
    const name = `fora_bench_search_${process.pid}`;
    try {
      const pg = await openDatabase({ kind: 'postgres', url: await server.create(name) });
      try {
        engines.push(['PostgreSQL', await pgEngine(pg, archive, 'PostgreSQL')]);
      } finally {
        await pg.close();
      }
    } finally {
      await server.drop(name);
      await server.close();
    }
  }
  engines.push(['SQLite FTS5', await sqliteEngine(archive)]);
  return { items: archive.items.length, attachments: archive.attachments.length, engines, notes };
}

export function searchTable(b: SearchBench): string {
  const head = b.engines.map(([e]) => `${e} p50 | ${e} p95 | ${e} hits`).join(' | ');
  const rows = QUERIES.map((q) => {
    const cells = b.engines.map(([, t]) => {
      const r = t.get(q.name);
      return r ? `${median(r.times).toFixed(1)} | ${p95(r.times).toFixed(1)} | ${r.hits}` : '– | – | –';
    });
    return `| ${q.name} (\`${q.q}\`${q.forum !== undefined ? `, forum F${q.forum + 1}` : ''}${q.from ? `, ${q.from}..${q.to}` : ''}) | ${cells.join(' | ')} |`;
  });
  return [
    '# Fora search benchmark',
    '',
    `${new Date().toISOString()} · Node ${process.version} · ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length} · ` +
      `${b.items} items, ${b.attachments} attachment texts, 25 forums, 10 years · ${MIN_REPS}-${REPS} runs per query (fewer when slow), ms`,
    '',
    `| query | ${head} |`,
    `|---|${b.engines.map(() => '---:|---:|---:').join('|')}|`,
    ...rows,
    '',
    '- As a member of 3 of the 25 forums, first page of 20 with snippets. PGlite and PostgreSQL: the search use case ' +
      '(Danish stemming, title trigrams, read scope in SQL and can() per hit, at most 400 candidates ranked). ' +
      '"hits" is the total reported (capped at 400 for PGlite/PostgreSQL).',
    '- SQLite FTS5: unicode61 tokenizer (no Danish stemmer; words as prefix queries, so "budgetterne" does not find ' +
      '"budget"), bm25 over all matches, the same read rule, snippets of the item text.',
    ...b.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}
