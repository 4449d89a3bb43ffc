/**
 * Restores an archive written by `fora export` (docs/archive-format.md) into a database that does
 * not hold its organisations yet: the same ids, states, versions and times; the files stored anew
 * through file storage after each one's SHA-256 was checked against the manifest. All or nothing:
 * the rows go in one transaction, and files already stored are removed when anything fails.
 * `fora import` calls isArchivePath/importArchive for a folder or zip it is given.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { conflict, ForaError, invalid } from '../domain/errors.ts';
import {
  ARCHIVE_TABLE_NAMES,
  advanceFollowUpSequence,
  existingOrganisations,
  fileRowsOf,
  insertArchiveRows,
} from '../store/archive.ts';
import { isArchivePackage, MANIFEST_NAME, openArchivePackage } from '../store/archive-package.ts';
import { type ArchiveManifest, archiveManifestSchema, countsOf, rowsOf } from './archive-manifest.ts';
import { type AppContext, audit, authorize, type Caller } from './context.ts';
import { parseInput } from './validate.ts';

export interface ImportArchiveOptions {
  /** Check everything (manifest, files and their hashes, organisations absent) and write nothing. */
  dryRun?: boolean;
}

export interface ImportArchiveResult {
  dryRun: boolean;
  organisations: { slug: string; counts: Record<string, number> }[];
  /** Stored files written (one per attachment that has its file in the archive). */
  files: number;
}

/** Is this a folder holding fora-archive.json, or a zip containing it? */
export const isArchivePath = (path: string): Promise<boolean> => isArchivePackage(path);

export async function importArchive(
  ctx: AppContext,
  caller: Caller,
  path: string,
  options: ImportArchiveOptions = {},
): Promise<ImportArchiveResult> {
  authorize(caller, 'archive.import', { type: 'installation' }, 'Installation');
  const pkg = await openArchivePackage(path);
  let json: unknown;
  try {
    json = JSON.parse(pkg.manifest);
  } catch (err) {
    throw invalid(MANIFEST_NAME, `is not JSON: ${(err as Error).message}`);
  }
  const manifest = parseInput(archiveManifestSchema, json);
  checkReferences(manifest);
  const found = await existingOrganisations(
    ctx.db,
    manifest.organisations.map((o) => o.organisation.id as string),
    manifest.organisations.map((o) => o.organisation.slug as string),
  );
  if (found.length > 0)
    throw conflict(
      'organisations',
      `already in this database: ${found.map((o) => o.slug).join(', ')}; an archive is restored only where its organisations do not exist`,
    );

  // Every file is read and checked before anything is written.
  const bytesBySha = new Map<string, Buffer>();
  for (const [i, f] of manifest.files.entries()) {
    const bytes = await pkg.file(f.sha256);
    if (!bytes) throw invalid(`files.${i}`, `files/${f.sha256} is missing from the archive`);
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== f.sha256)
      throw invalid(
        `files.${i}`,
        `files/${f.sha256} does not match its SHA-256 (its content hashes to ${actual})`,
      );
    bytesBySha.set(f.sha256, bytes);
  }
  const result: ImportArchiveResult = {
    dryRun: options.dryRun ?? false,
    organisations: manifest.organisations.map((o) => ({
      slug: o.organisation.slug as string,
      counts: countsOf(rowsOf(o)),
    })),
    files: manifest.organisations.reduce((n, o) => n + storedRows(o).length, 0),
  };
  if (options.dryRun) return result;

  const written: string[] = [];
  try {
    for (const o of manifest.organisations)
      for (const a of storedRows(o)) {
        const bytes = bytesBySha.get(a.sha256 as string) as Buffer;
        const stored = await ctx.files.put(Readable.from([bytes]), bytes.length);
        written.push(stored.key);
        if (stored.sha256 !== a.sha256) throw new ForaError('internal', `File storage changed ${a.sha256}`);
        a.storageKey = stored.key;
      }
    await ctx.db.transaction(async (tx) => {
      for (const o of manifest.organisations) {
        const rows = rowsOf(o);
        for (const table of ARCHIVE_TABLE_NAMES) await insertArchiveRows(tx, table, rows[table]);
        await audit(tx, caller, {
          orgId: o.organisation.id as string,
          action: 'archive.import',
          objectType: 'organisation',
          objectId: o.organisation.id as string,
          detail: {
            slug: o.organisation.slug,
            counts: countsOf(rows),
            files: storedRows(o).length,
            exportedAt: manifest.exportedAt,
            scope: manifest.scope,
          },
        });
      }
      await advanceFollowUpSequence(tx);
    });
  } catch (err) {
    for (const key of written) await ctx.files.delete(key);
    throw asImportError(err);
  }
  return result;
}

/**
 * What the schema alone cannot see: every row belongs to its organisation (an archive cannot
 * write into another one), and every stored attachment has its file listed.
 */
function checkReferences(manifest: ArchiveManifest): void {
  const listed = new Set(manifest.files.map((f) => f.sha256));
  for (const [i, o] of manifest.organisations.entries()) {
    const rows = rowsOf(o);
    for (const table of ARCHIVE_TABLE_NAMES) {
      if (table === 'organisations') continue;
      for (const [j, row] of rows[table].entries())
        if (row.orgId !== o.organisation.id)
          throw invalid(`organisations.${i}.${table}.${j}.orgId`, 'is not the id of its organisation');
    }
    for (const table of ['attachments', 'leadersDayFiles'] as const)
      for (const [j, a] of o[table].entries())
        if (a.storageKey !== null && !listed.has(a.sha256 as string))
          throw invalid(`organisations.${i}.${table}.${j}.sha256`, 'names a file the archive does not list');
  }
}

/** The rows of an archived organisation whose file is stored (attachments, leaders' day material). */
const storedRows = (o: ArchiveManifest['organisations'][number]) =>
  fileRowsOf(o)
    .map((f) => f.row)
    .filter((a) => typeof a.storageKey === 'string');

/** A row the database refuses (a dangling reference, a duplicate) is a fault of the archive. */
function asImportError(err: unknown): unknown {
  if (err instanceof ForaError) return err;
  const pgError = (e: unknown): { code?: string; message?: string; detail?: string } | null => {
    if (!e || typeof e !== 'object') return null;
    const c = e as { code?: unknown; cause?: unknown };
    if (typeof c.code === 'string' && c.code.startsWith('23')) return c as { code: string };
    return pgError(c.cause);
  };
  const pg = pgError(err);
  if (!pg) return err;
  return new ForaError(
    pg.code === '23505' ? 'conflict' : 'validation_failed',
    `The archive does not fit the database: ${pg.message}${pg.detail ? ` (${pg.detail})` : ''}`,
    [{ path: MANIFEST_NAME, problem: pg.message ?? 'refused by the database' }],
  );
}
