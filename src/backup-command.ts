/**
 * `fora backup -o <file>` and `fora restore <file> [--force]` (docs/operations.md).
 *
 * A backup is a tar file: the database (PGlite's data directory under database/pglite/, or a
 * pg_dump custom-format dump as database/postgres.dump), the stored files under files/, and
 * fora-backup.json, the manifest with the size and SHA-256 of every entry.
 *
 * PGlite is single-process: backup and restore take the data directory's lock, so the server must
 * be stopped. With PostgreSQL the backup runs beside a running server: the dump is a snapshot,
 * the files are copied after it (a file stored meanwhile without its row is an orphan that
 * `fora fsck --repair` removes after a restore).
 *
 * Restore refuses a target that holds data unless `force`, checks every entry against the
 * manifest while unpacking beside the target, and only then replaces it, so a failure leaves the
 * target as it was.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from './config.ts';
import { ForaError } from './domain/errors.ts';
import {
  checkpoint,
  pgDump,
  pgRestore,
  pgTableCount,
  probePglite,
  walkFiles,
  walkTree,
} from './store/backup-database.ts';
import { openDatabase } from './store/db.ts';
import { LocalFileStorage } from './store/file-storage.ts';
import { acquireLock, type Lock } from './store/lock.ts';
import { extractEntry, listTar, readEntry, TarWriter } from './store/tar.ts';

const MANIFEST = 'fora-backup.json';
const PGLITE_PREFIX = 'database/pglite/';
const PG_DUMP = 'database/postgres.dump';

interface Manifest {
  format: 'fora-backup';
  version: 1;
  createdAt: string;
  database: 'pglite' | 'postgres';
  /** PGlite: the data directory's directories, empty ones included (PostgreSQL needs them). */
  directories: string[];
  entries: { path: string; size: number; sha256: string }[];
}

const suffix = () => randomBytes(4).toString('hex');

/** PGlite's lock, with what to do about it. */
function lockDataDir(dataDir: string): Lock {
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    return acquireLock(path.join(dataDir, 'fora.lock'));
  } catch (err) {
    if (err instanceof ForaError && err.code === 'locked')
      throw new ForaError(
        'locked',
        `${err.message}. Stop the server first: the embedded database (PGlite) serves one process at a time.`,
      );
    throw err;
  }
}

/** `fora backup -o <file>`: the output file, or null when the arguments are not a valid use. */
export function parseBackupArgs(argv: string[]): { out: string } | null {
  const { values } = parseArgs({ args: argv, options: { o: { type: 'string' } } });
  return values.o ? { out: values.o } : null;
}

/** `fora restore <file> [--force]`, or null when the arguments are not a valid use. */
export function parseRestoreArgs(argv: string[]): { file: string; force: boolean } | null {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { force: { type: 'boolean', default: false } },
  });
  const [file] = positionals;
  return positionals.length === 1 && file ? { file, force: values.force ?? false } : null;
}

export async function backupCommand(config: Config, out: string): Promise<string> {
  const target = path.resolve(out);
  if (fs.existsSync(target)) throw new ForaError('conflict', `${target} exists; choose a new file name`);
  const partial = `${target}.partial-${suffix()}`;
  const tar = TarWriter.create(partial);
  const entries: Manifest['entries'] = [];
  let directories: string[] = [];
  const add = async (name: string, source: string) =>
    entries.push({ path: name, ...(await tar.addFile(name, source)) });
  try {
    if (config.database.kind === 'pglite') {
      const dataDir = config.database.dataDir as string;
      // openDatabase takes the lock (the server must be stopped) and brings the schema up to date.
      const database = await openDatabase(config.database).catch((err) => {
        throw err instanceof ForaError && err.code === 'locked'
          ? new ForaError(
              'locked',
              `${err.message}. Stop the server first: PGlite serves one process at a time.`,
            )
          : err;
      });
      try {
        await checkpoint(database);
        const dbDir = path.join(dataDir, 'pglite');
        const tree = walkTree(dbDir);
        directories = tree.dirs;
        for (const rel of tree.files)
          if (rel !== 'postmaster.pid') await add(`${PGLITE_PREFIX}${rel}`, path.join(dbDir, rel));
        await addFiles(config.filesDir, add);
      } finally {
        await database.close();
      }
    } else {
      const dump = `${partial}.dump`;
      try {
        await pgDump(config.database.url, dump);
        await add(PG_DUMP, dump);
      } finally {
        fs.rmSync(dump, { force: true });
      }
      await addFiles(config.filesDir, add);
    }
    const manifest: Manifest = {
      format: 'fora-backup',
      version: 1,
      createdAt: new Date().toISOString(),
      database: config.database.kind,
      directories,
      entries,
    };
    tar.addBuffer(MANIFEST, Buffer.from(JSON.stringify(manifest, null, 2)));
    tar.finish();
    fs.renameSync(partial, target);
  } catch (err) {
    try {
      tar.abort();
    } catch {
      // already closed
    }
    fs.rmSync(partial, { force: true });
    throw err;
  }
  const files = entries.filter((e) => e.path.startsWith('files/'));
  const bytes = files.reduce((n, e) => n + e.size, 0);
  return `${target}: ${config.database.kind} database, ${files.length} files (${bytes} bytes), ${entries.length} entries with SHA-256 in ${MANIFEST}`;
}

/** The stored files (not the temporary files of uploads in flight). */
async function addFiles(
  filesDir: string,
  add: (name: string, source: string) => Promise<unknown>,
): Promise<void> {
  if (!fs.existsSync(filesDir)) return;
  const { files } = await new LocalFileStorage(filesDir).inventory();
  for (const { key } of files.sort((a, b) => a.key.localeCompare(b.key))) {
    const rel = `${key.slice(0, 2)}/${key}`;
    try {
      await add(`files/${rel}`, path.join(filesDir, rel));
    } catch (err) {
      // Removed since the listing (an attachment deleted beside a running PostgreSQL server).
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
}

/** Reads the manifest and checks that it names exactly the entries the tar holds. */
function readManifest(file: string) {
  const entries = listTar(file);
  const m = entries.find((e) => e.name === MANIFEST);
  if (!m) throw new ForaError('validation_failed', `${file}: not a Fora backup (no ${MANIFEST})`);
  const manifest = JSON.parse(readEntry(file, m).toString('utf8')) as Manifest;
  if (manifest.format !== 'fora-backup' || manifest.version !== 1)
    throw new ForaError('validation_failed', `${file}: not a Fora backup of a version this Fora reads`);
  const listed = new Map(manifest.entries.map((e) => [e.path, e]));
  const present = entries.filter((e) => e.name !== MANIFEST);
  for (const e of present)
    if (!listed.has(e.name))
      throw new ForaError('validation_failed', `${file}: ${e.name} is not in the manifest`);
  if (present.length !== listed.size)
    throw new ForaError('validation_failed', `${file}: entries named in the manifest are missing`);
  return { manifest, entries: present, listed };
}

function hasStoredFiles(filesDir: string): boolean {
  return fs.existsSync(filesDir) && walkFiles(filesDir).some((f) => !f.startsWith('tmp/'));
}

/** Replaces `dir` by `staged` (two renames; the old one is removed afterwards). */
function swapIn(staged: string, dir: string): void {
  const old = `${dir}.old-${suffix()}`;
  if (fs.existsSync(dir)) fs.renameSync(dir, old);
  fs.renameSync(staged, dir);
  fs.rmSync(old, { recursive: true, force: true });
}

export async function restoreCommand(config: Config, file: string, force: boolean): Promise<string> {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new ForaError('not_found', `${source}: no such file`);
  const { manifest, entries, listed } = readManifest(source);
  if (manifest.database !== config.database.kind)
    throw new ForaError(
      'validation_failed',
      `${source} holds a ${manifest.database} database, but this installation uses ${config.database.kind}; move between them with fora export and fora import`,
    );
  const dataDir = config.database.kind === 'pglite' ? (config.database.dataDir as string) : null;
  const lock = dataDir ? lockDataDir(dataDir) : null;
  const filesStage = `${config.filesDir}.restoring-${suffix()}`;
  const dbStage = dataDir ? path.join(dataDir, `pglite.restoring-${suffix()}`) : `${filesStage}.dump`;
  try {
    const occupied =
      hasStoredFiles(config.filesDir) ||
      (dataDir
        ? fs.existsSync(path.join(dataDir, 'pglite')) &&
          fs.readdirSync(path.join(dataDir, 'pglite')).length > 0
        : (await pgTableCount(config.database.kind === 'postgres' ? config.database.url : '')) > 0);
    if (occupied && !force)
      throw new ForaError(
        'conflict',
        'The target holds data (a database or stored files); restore replaces it only with --force',
      );
    // Unpack beside the target, checking every entry against the manifest.
    fs.mkdirSync(path.join(filesStage, 'tmp'), { recursive: true });
    if (dataDir) {
      fs.mkdirSync(dbStage, { recursive: true });
      for (const d of manifest.directories ?? []) {
        const into = path.join(dbStage, d);
        if (path.relative(dbStage, into).startsWith('..'))
          throw new ForaError('validation_failed', `${source}: unexpected directory ${d}`);
        fs.mkdirSync(into, { recursive: true });
      }
    }
    for (const e of entries) {
      const into = e.name.startsWith('files/')
        ? path.join(filesStage, e.name.slice('files/'.length))
        : e.name.startsWith(PGLITE_PREFIX) && dataDir
          ? path.join(dbStage, e.name.slice(PGLITE_PREFIX.length))
          : e.name === PG_DUMP && !dataDir
            ? dbStage
            : null;
      if (
        !into ||
        path.relative(dataDir ? path.dirname(dbStage) : path.dirname(filesStage), into).startsWith('..')
      )
        throw new ForaError('validation_failed', `${source}: unexpected entry ${e.name}`);
      fs.mkdirSync(path.dirname(into), { recursive: true });
      const sha256 = await extractEntry(source, e, into);
      const want = listed.get(e.name);
      if (want?.sha256 !== sha256 || want.size !== e.size)
        throw new ForaError(
          'validation_failed',
          `${source}: ${e.name} does not match its SHA-256 in the manifest; the backup is damaged`,
        );
    }
    if (dataDir) {
      await probePglite(dbStage);
      swapIn(dbStage, path.join(dataDir, 'pglite'));
    } else if (config.database.kind === 'postgres') {
      await pgRestore(config.database.url, dbStage, occupied);
    }
    swapIn(filesStage, config.filesDir);
  } finally {
    fs.rmSync(filesStage, { recursive: true, force: true });
    fs.rmSync(dbStage, { recursive: true, force: true });
    lock?.release();
  }
  const files = entries.filter((e) => e.name.startsWith('files/')).length;
  return `Restored ${manifest.database} database and ${files} files from ${source} (made ${manifest.createdAt}); every entry matched the manifest`;
}
