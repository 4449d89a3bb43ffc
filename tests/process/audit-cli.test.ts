/** `fora audit verify | prune | export` run as real processes on a PGlite data directory. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppContext, DEFAULT_SETTINGS } from '../../src/app/context.ts';
import { openDatabase } from '../../src/store/db.ts';
import { LocalFileStorage } from '../../src/store/file-storage.ts';
import { orgFactory, personFactory } from '../support/factories.ts';
import { fora as runFora } from '../support/process.ts';

let dataDir: string;
const fora = (...args: string[]) => runFora({ dataDir }, ...args);

/** Opens the data directory in this process (the CLI is not running meanwhile). */
async function withDb<T>(fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const database = await openDatabase({ kind: 'pglite', dataDir });
  try {
    return await fn({
      db: database.db,
      now: () => new Date(),
      files: new LocalFileStorage(path.join(dataDir, 'files')),
      settings: { ...DEFAULT_SETTINGS },
    });
  } finally {
    await database.close();
  }
}

let email = '';
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fora-audit-cli-'));
  email = await withDb(async (ctx) => {
    const org = await orgFactory(ctx, { slug: 'testby' });
    await personFactory(ctx, org, { name: 'Birte Borger', email: 'birte@example.dk' });
    await personFactory(ctx, org, { name: 'Anden Person' });
    return 'birte@example.dk';
  });
}, 120_000);
afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('fora audit', () => {
  it('verifies an untouched log and prints its head', async () => {
    const r = await fora('audit', 'verify');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^Audit log intact: \d+ rows \(0 redacted access events\); head: row \d+, [0-9a-f]{64}/,
    );
  }, 60_000);

  it("exports a person's events as CSV to a file", async () => {
    const file = path.join(dataDir, 'birte.csv');
    const r = await fora('audit', 'export', '--org', 'testby', '--person', email, '-o', file);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${file}: 1 events of Birte Borger <${email}>`);
    const lines = fs.readFileSync(file, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,at,actor_person_id,actor,address,action,object_type,object_id,detail,redacted_at',
    );
    expect(lines.slice(1).map((l) => l.split(',')[5])).toEqual(['person.create']);
  }, 60_000);

  it('redacts nothing yet when pruning a young log', async () => {
    const r = await fora('audit', 'prune');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Redacted 0 access events before \S+ \(retention 6 months\)/);
  }, 60_000);

  it('names the changed row and exits 1 when a row was altered', async () => {
    const id = await withDb(async (ctx) => {
      const rows = await ctx.db.execute<{ id: number }>(
        sql`update audit_events set actor_label = 'Nogen Andre'
          where id = (select min(id) from audit_events where action = 'person.create') returning id`,
      );
      // biome-ignore lint/suspicious/noExplicitAny: PGlite's result shape
      return Number((rows as any).rows[0].id);
    });
    const r = await fora('audit', 'verify');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`Audit log BROKEN at row ${id} (hash_mismatch)`);
  }, 60_000);

  it('answers a usage error with the usage and exit code 2', async () => {
    const r = await fora('audit', 'export', '--org', 'testby');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('fora audit export --org <slug> --person <email>');
  }, 60_000);
});
