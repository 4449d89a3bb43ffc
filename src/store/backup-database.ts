/**
 * The database part of `fora backup` / `fora restore`: PGlite's data directory (copied while this
 * process holds the data directory's lock, after a CHECKPOINT), or PostgreSQL through pg_dump and
 * pg_restore (custom format; the PostgreSQL client tools must be installed).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { ForaError } from '../domain/errors.ts';
import type { Database } from './db.ts';
import { durableOptions } from './pglite-durable.ts';

/** Every regular file and directory under `dir`, as paths relative to it (sorted, '/'-separated). */
export function walkTree(dir: string): { files: string[]; dirs: string[] } {
  const files: string[] = [];
  const dirs: string[] = [];
  const visit = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        dirs.push(r);
        visit(r);
      } else if (e.isFile()) files.push(r);
    }
  };
  visit('');
  return { files: files.sort(), dirs: dirs.sort() };
}

export const walkFiles = (dir: string): string[] => walkTree(dir).files;

/** Writes PGlite's pages to its files, so the copied directory needs no recovery. */
export async function checkpoint(database: Database): Promise<void> {
  await database.db.execute(sql`CHECKPOINT`);
}

/** Opens a restored PGlite directory once, to know it is a database before it replaces anything. */
export async function probePglite(dir: string): Promise<void> {
  const client = await PGlite.create(dir, { extensions: { pg_trgm }, ...durableOptions(dir) });
  try {
    await client.query('SELECT count(*) FROM organisations');
  } finally {
    await client.close();
  }
}

/** A connection URL without its password, and the password for PGPASSWORD (kept out of `ps`). */
function clientArgs(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { url: u.toString(), env: { ...process.env, ...(password && { PGPASSWORD: password }) } };
}

function run(tool: 'pg_dump' | 'pg_restore', args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      err += d;
    });
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'ENOENT'
          ? new ForaError(
              'internal',
              `${tool} not found: install the PostgreSQL client tools (package postgresql-client, the server's major version or newer)`,
            )
          : e,
      ),
    );
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new ForaError('internal', `${tool} failed (exit ${code}): ${err.trim()}`)),
    );
  });
}

/** pg_dump in custom format (compressed, for pg_restore) to `file`. */
export async function pgDump(url: string, file: string): Promise<void> {
  const c = clientArgs(url);
  await run('pg_dump', ['--format=custom', `--file=${file}`, `--dbname=${c.url}`], c.env);
}

/**
 * pg_restore in one transaction: it all happens or nothing does. `clean` first drops the objects
 * the dump holds (restoring over an existing installation).
 */
export async function pgRestore(url: string, file: string, clean: boolean): Promise<void> {
  const c = clientArgs(url);
  await run(
    'pg_restore',
    [
      '--single-transaction',
      '--exit-on-error',
      '--no-owner',
      '--no-privileges',
      ...(clean ? ['--clean', '--if-exists'] : []),
      `--dbname=${c.url}`,
      file,
    ],
    c.env,
  );
}

/** The user tables of a PostgreSQL database (none: an empty target). */
export async function pgTableCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (err) {
    throw new ForaError('internal', `Cannot connect to PostgreSQL: ${(err as Error).message}`);
  }
  try {
    const r = await client.query(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
    );
    return r.rows[0].n as number;
  } finally {
    await client.end();
  }
}
