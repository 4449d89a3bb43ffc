/**
 * `fora export`: an organisation, one forum of it, or everything, as a JSON manifest plus the
 * stored files, in a folder or a zip (docs/archive-format.md). The rows are read in one
 * repeatable-read transaction, so the archive is one consistent moment; the export is audited.
 */
import { createHash } from 'node:crypto';
import { ForaError, invalid } from '../domain/errors.ts';
import { type ArchiveRows, allOrganisationIds, fileRowsOf, readArchiveRows } from '../store/archive.ts';
import { writeArchivePackage } from '../store/archive-package.ts';
import { findForumByShortName } from '../store/forums.ts';
import { findOrganisationBySlug } from '../store/organisations.ts';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, archivedOrganisation, countsOf } from './archive-manifest.ts';
import {
  type AppContext,
  audit,
  authorize,
  type Caller,
  orgResource,
  resolveForum,
  resolveOrganisation,
} from './context.ts';

export interface ExportArchiveInput {
  /** The organisation's slug; absent = every organisation. */
  org?: string;
  /** A forum's short name (with `org`): only that forum. */
  forum?: string;
  /** A folder (new or empty) or a file name ending in .zip. */
  out: string;
}

export interface ExportArchiveResult {
  out: string;
  organisations: string[];
  /** Rows per table, summed over the organisations. */
  counts: Record<string, number>;
  files: number;
  fileBytes: number;
}

export async function exportArchive(
  ctx: AppContext,
  caller: Caller,
  input: ExportArchiveInput,
): Promise<ExportArchiveResult> {
  if (input.forum && !input.org) throw invalid('forum', 'a forum is exported with its organisation (--org)');
  if (!input.out) throw invalid('output', 'expected a folder or a .zip file name');
  let targets: { id: string; slug: string }[];
  let forumId: string | null = null;
  if (input.org && input.forum) {
    const { org, forum } = await resolveForum(ctx.db, caller, input.org, input.forum);
    authorize(caller, 'archive.export', orgResource(org), 'Organisation');
    targets = [org];
    forumId = forum.id;
  } else if (input.org) {
    const org = await resolveOrganisation(ctx.db, caller, input.org);
    authorize(caller, 'archive.export', orgResource(org), 'Organisation');
    targets = [org];
  } else {
    if (caller.actor.kind !== 'operator')
      throw new ForaError('forbidden', 'Only the operator exports every organisation');
    targets = await allOrganisationIds(ctx.db);
    for (const org of targets) authorize(caller, 'archive.export', orgResource(org), 'Organisation');
  }
  const scope = { organisation: input.org ?? null, forum: input.forum ?? null };

  const read = await ctx.db.transaction(
    async (tx) => {
      const all: ArchiveRows[] = [];
      for (const org of targets) {
        // Re-checked inside the snapshot: an organisation or forum removed meanwhile is not exported empty.
        if (!(await findOrganisationBySlug(tx, org.slug)))
          throw new ForaError('not_found', 'Organisation not found');
        if (forumId && input.forum && !(await findForumByShortName(tx, org.id, input.forum)))
          throw new ForaError('not_found', 'Forum not found');
        all.push(await readArchiveRows(tx, org.id, forumId));
      }
      const counts = sumCounts(all);
      const files = storedFiles(all);
      return { all, counts, files };
    },
    { isolationLevel: 'repeatable read' },
  );
  // Audited after the snapshot: the audit chain appends only in read-committed transactions (ADR 0017).
  await audit(ctx.db, caller, {
    orgId: targets.length === 1 && input.org ? (targets[0]?.id ?? null) : null,
    action: 'archive.export',
    objectType: 'archive',
    objectId: input.org ? [input.org, input.forum].filter(Boolean).join('/') : '*',
    detail: {
      scope,
      organisations: targets.map((o) => o.slug),
      counts: read.counts,
      files: read.files.size,
      out: input.out,
    },
  });

  const manifest = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt: ctx.now().toISOString(),
    scope,
    organisations: read.all.map(archivedOrganisation),
    files: [...read.files.values()].map(({ sha256, sizeBytes }) => ({ sha256, sizeBytes })),
  };
  const readers = new Map<string, () => Promise<Buffer>>();
  for (const f of read.files.values())
    readers.set(f.sha256, async () => {
      const bytes = await ctx.files.readAll(f.storageKey);
      // A file whose bytes no longer match its row would make an archive that never imports: say so now.
      if (createHash('sha256').update(bytes).digest('hex') !== f.sha256)
        throw new ForaError('internal', `Stored file ${f.storageKey} does not match its SHA-256 ${f.sha256}`);
      return bytes;
    });
  await writeArchivePackage(input.out, `${JSON.stringify(manifest, null, 1)}\n`, readers);
  return {
    out: input.out,
    organisations: targets.map((o) => o.slug),
    counts: read.counts,
    files: read.files.size,
    fileBytes: [...read.files.values()].reduce((n, f) => n + f.sizeBytes, 0),
  };
}

function sumCounts(all: ArchiveRows[]): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const rows of all) for (const [t, n] of Object.entries(countsOf(rows))) sum[t] = (sum[t] ?? 0) + n;
  return sum;
}

/** Each stored file (attachments, leaders' day material) once by its SHA-256 (the same bytes twice are archived once). */
function storedFiles(
  all: ArchiveRows[],
): Map<string, { sha256: string; sizeBytes: number; storageKey: string }> {
  const files = new Map<string, { sha256: string; sizeBytes: number; storageKey: string }>();
  for (const rows of all)
    for (const { row: a } of fileRowsOf(rows))
      if (typeof a.storageKey === 'string' && !files.has(a.sha256 as string))
        files.set(a.sha256 as string, {
          sha256: a.sha256 as string,
          sizeBytes: a.sizeBytes as number,
          storageKey: a.storageKey,
        });
  return files;
}
