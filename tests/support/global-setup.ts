/**
 * Builds one migrated template database per test run (creating a fresh PGlite takes seconds;
 * loading a dump takes well under one), and removes it afterwards. FORA_TEST_DB selects the
 * engine: `pglite` (default) or `postgres` (FORA_TEST_PG_URL, default the local server's `test`).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { adminUrl, engine, pgTemplateName, TEMPLATE_DIR } from './engine.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { openDatabase } = await import('../../src/store/db.ts');
  if (engine() === 'pglite') {
    fs.mkdirSync(TEMPLATE_DIR, { recursive: true });
    const file = path.join(TEMPLATE_DIR, `template-${process.pid}.tar`);
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    const { pgliteClient } = await import('./engine.ts');
    const dump = await pgliteClient(database).dumpDataDir('none');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await database.close();
    project.provide('pgliteTemplate', file);
    return async () => fs.rmSync(file, { force: true });
  }
  const pg = (await import('pg')).default;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  const template = pgTemplateName();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const url = new URL(adminUrl());
  url.pathname = `/${template}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  await database.close();
  project.provide('pgTemplate', template);
  return async () => {
    // Drop the per-file databases left by crashed workers, then the template.
    const { rows } = await admin.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${template.replace('_tpl_', '_t_')}%`],
    );
    for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplate: string;
  }
}
