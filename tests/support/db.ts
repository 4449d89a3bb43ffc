/**
 * A fresh database per test file, copied from the run's migrated template: a PGlite loaded from
 * the template dump, or a PostgreSQL database created WITH TEMPLATE and dropped afterwards.
 */

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import type { AppContext } from '../../src/app/context.ts';
import { type Database, openDatabase } from '../../src/store/db.ts';
import { adminUrl, engine } from './engine.ts';

export interface TestDatabase extends Database {
  ctx: AppContext;
  /** Sets the clock the use cases see. */
  setNow(date: Date | string): void;
}

export async function testDatabase(): Promise<TestDatabase> {
  const database = engine() === 'pglite' ? await fromPgliteTemplate() : await fromPgTemplate();
  let now = new Date('2025-04-01T10:00:00+02:00');
  return {
    ...database,
    ctx: { db: database.db, now: () => now },
    setNow: (d) => {
      now = typeof d === 'string' ? new Date(d) : d;
    },
  };
}

async function fromPgliteTemplate(): Promise<Database> {
  const file = inject('pgliteTemplate');
  const blob = new Blob([fs.readFileSync(file)]);
  return openDatabase({ kind: 'pglite', dataDir: null, loadDataDir: blob });
}

async function fromPgTemplate(): Promise<Database> {
  const template = inject('pgTemplate');
  const name = `${template.replace('_tpl_', '_t_')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: adminUrl() });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
