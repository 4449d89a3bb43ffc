/**
 * Opening the database: PGlite (embedded, a data directory) by default, PostgreSQL when
 * DATABASE_URL is set. Same schema, same migrations, same queries through drizzle.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { ForaError } from '../domain/errors.ts';
import { acquireLock, type Lock } from './lock.ts';
import { durableOptions } from './pglite-durable.ts';
import * as schema from './schema.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle has the same query API as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

export type DatabaseConfig =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir: string | null /* null = in memory */; loadDataDir?: Blob };

/** Opens the database and applies pending migrations. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const database = config.kind === 'postgres' ? await openPostgres(config.url) : await openPglite(config);
  try {
    await migrateDatabase(database);
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants the driver-specific subtype
    await migratePglite(database.db as any, { migrationsFolder: MIGRATIONS_DIR });
  } else {
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants the driver-specific subtype
    await migrateNodePg(database.db as any, { migrationsFolder: MIGRATIONS_DIR });
  }
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection that the server ends (a restart, an administrator's command, or a terminate
  // racing the pool's own shutdown) is dropped from the pool and the next query opens a new one.
  // Without a listener, the pool's 'error' event would end the process.
  pool.on('error', (err) => console.warn(`PostgreSQL closed an idle connection: ${err.message}`));
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end();
    throw new ForaError('internal', `Cannot connect to PostgreSQL: ${(err as Error).message}`);
  }
  const db = drizzleNodePg({ client: pool, schema }) as unknown as Db;
  return { kind: 'postgres', db, close: () => pool.end() };
}

async function openPglite(config: { dataDir: string | null; loadDataDir?: Blob }): Promise<Database> {
  let lock: Lock | null = null;
  let dbDir: string | undefined;
  if (config.dataDir) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    lock = acquireLock(path.join(config.dataDir, 'fora.lock'));
    dbDir = path.join(config.dataDir, 'pglite');
  }
  try {
    // pg_trgm (title similarity in search) must be loaded by PGlite; the migration creates it.
    const extensions = { pg_trgm };
    // On disk, commits are flushed (fsync) before they are acknowledged (see pglite-durable.ts).
    const client = await PGlite.create(dbDir, {
      extensions,
      ...(config.loadDataDir && { loadDataDir: config.loadDataDir }),
      ...(dbDir && durableOptions(dbDir)),
    });
    const db = drizzlePglite({ client, schema }) as unknown as Db;
    return {
      kind: 'pglite',
      db,
      close: async () => {
        await client.close();
        lock?.release();
      },
    };
  } catch (err) {
    lock?.release();
    throw err;
  }
}

/** Reads the configuration from the environment: DATABASE_URL wins, else PGlite in DATA_DIR. */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  return { kind: 'pglite', dataDir: path.resolve(env.DATA_DIR ?? 'data') };
}
