/**
 * `fora fsck`: the database's file references against the files in file storage.
 *
 * - A row whose file is missing cannot be repaired (the bytes are gone): it is named, so the
 *   operator can restore the file from a backup or remove the attachment.
 * - A file no row refers to (an orphan) is left by an upload that never finished: the server
 *   stopped between storing the file and committing its row, or a removal stopped before
 *   deleting the file. Temporary files of interrupted uploads are the same.
 *
 * An upload in flight looks like an orphan for a moment (its file is stored before its row is
 * written), so orphans younger than `graceMs` are reported as recent and never removed. Callers
 * that know no server runs (PGlite: fsck holds the data directory's lock) pass 0.
 */
import { type FileReference, listFileReferences } from '../store/file-references.ts';
import { type AppContext, authorize, type Caller } from './context.ts';

export interface FileCheck {
  /** Rows whose file is missing (not repairable). */
  missing: FileReference[];
  /** Stored files without a row, and temporary files of unfinished uploads, older than the grace period. */
  orphans: { name: string; temp: boolean }[];
  /** Orphans younger than the grace period: maybe an upload in flight; left alone. */
  recent: { name: string; temp: boolean }[];
  /** Orphans removed (with `repair`). */
  removed: { name: string; temp: boolean }[];
  /** Stored files with their row. */
  ok: number;
}

export async function checkFiles(
  ctx: AppContext,
  caller: Caller,
  options: { repair: boolean; graceMs: number },
): Promise<FileCheck> {
  authorize(caller, 'maintenance.run', { type: 'installation' }, 'Installation');
  // Files first, rows second: a file stored after the listing is not judged, and a row committed
  // after its file was listed is seen, so an upload in flight is never taken for an orphan here.
  const inventory = await ctx.files.inventory();
  const refs = await listFileReferences(ctx.db);
  const referenced = new Set(refs.map((r) => r.key));
  const present = new Set(inventory.files.map((f) => f.key));
  let missing = refs.filter((r) => !present.has(r.key));
  if (missing.length > 0) {
    // Stored after the first listing (an upload that finished meanwhile)? Then it is there now.
    const now = new Set((await ctx.files.inventory()).files.map((f) => f.key));
    missing = missing.filter((r) => !now.has(r.key));
  }
  const cutoff = ctx.now().getTime() - options.graceMs;
  const orphans: FileCheck['orphans'] = [];
  const recent: FileCheck['recent'] = [];
  const candidates = [
    ...inventory.files.filter((f) => !referenced.has(f.key)).map((f) => ({ ...f, name: f.key, temp: false })),
    ...inventory.temps.map((t) => ({ ...t, temp: true })),
  ];
  for (const c of candidates)
    (c.modifiedMs <= cutoff ? orphans : recent).push({ name: c.name, temp: c.temp });
  const removed: FileCheck['removed'] = [];
  if (options.repair) {
    for (const o of orphans) {
      if (o.temp) await ctx.files.deleteTemp(o.name);
      else await ctx.files.delete(o.name);
      removed.push(o);
    }
  }
  return {
    missing,
    orphans: orphans.filter((o) => !removed.includes(o)),
    recent,
    removed,
    ok: inventory.files.length - candidates.filter((c) => !c.temp).length,
  };
}
