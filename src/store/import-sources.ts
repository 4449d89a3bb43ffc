/** The documents `fora import` has read, so that importing one again updates instead of duplicating. */
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';
import { importSources } from './schema.ts';

export type ImportSource = typeof importSources.$inferSelect;
export type ImportSourceWrite = Omit<ImportSource, 'importedAt'> & { importedAt: Date };

export async function findImportSource(
  db: DbOrTx,
  orgId: string,
  family: string,
  sourceKey: string,
): Promise<ImportSource | undefined> {
  const [row] = await db
    .select()
    .from(importSources)
    .where(
      and(
        eq(importSources.orgId, orgId),
        eq(importSources.family, family),
        eq(importSources.sourceKey, sourceKey),
      ),
    );
  return row;
}

/** Every document imported into a meeting (its agenda and its minutes, from any family). */
export async function listMeetingImportSources(db: DbOrTx, meetingId: string): Promise<ImportSource[]> {
  return db.select().from(importSources).where(eq(importSources.meetingId, meetingId));
}

export async function saveImportSource(db: DbOrTx, row: ImportSourceWrite): Promise<void> {
  await db
    .insert(importSources)
    .values(row)
    .onConflictDoUpdate({
      target: [importSources.orgId, importSources.family, importSources.sourceKey],
      set: {
        sha256: row.sha256,
        meetingId: row.meetingId,
        kind: row.kind,
        fileName: row.fileName,
        itemIds: row.itemIds,
        importedAt: row.importedAt,
      },
    });
}
