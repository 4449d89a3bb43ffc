import type { PGlite } from '@electric-sql/pglite';
import type { Database } from '../../src/store/db.ts';

export const TEMPLATE_DIR = '.fora-test';

export const engine = (): 'pglite' | 'postgres' =>
  process.env.FORA_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export const adminUrl = (): string =>
  process.env.FORA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Database names of this run: fora_tpl_<run> for the template, fora_t_<run>_<n> per test file. */
export const pgTemplateName = (): string => `fora_tpl_${process.pid}_${Date.now().toString(36)}`;

/** The PGlite client behind a Database (tests only: to dump a template). */
export const pgliteClient = (database: Database): PGlite =>
  (database.db as unknown as { $client: PGlite }).$client;
