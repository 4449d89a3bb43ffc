/** Attachments (bilag) of items: the rows that point at stored files. */
import { and, asc, eq, getTableColumns, gte, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';
import { attachments } from './schema.ts';

export interface Attachment {
  id: string;
  orgId: string;
  itemId: string;
  /** Display name only, never a path. */
  name: string;
  /** Null for a reference to a file kept elsewhere (listed in documents, not downloadable). */
  storageKey: string | null;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  extractedText: string | null;
  extraction: 'ok' | 'none' | 'failed';
  position: number;
  createdByPersonId: string | null;
  createdAt: string;
}

type Row = typeof attachments.$inferSelect;
const toAttachment = (r: Row): Attachment => ({ ...r, createdAt: r.createdAt.toISOString() });

export type AttachmentWrite = Omit<Attachment, 'id' | 'position' | 'createdAt'>;

/** Inserts an attachment after the item's last one; `at` is its creation time (default: the database's now). */
export async function insertAttachment(db: DbOrTx, input: AttachmentWrite, at?: Date): Promise<Attachment> {
  const [row] = await db
    .insert(attachments)
    .values({
      ...input,
      ...(at && { createdAt: at }),
      position: sql`(select coalesce(max(${attachments.position}), 0) + 1 from ${attachments} where ${attachments.itemId} = ${input.itemId})`,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return toAttachment(row);
}

export type AttachmentSummary = Omit<Attachment, 'extractedText'>;

/** An item's attachments in order, without their extracted text (up to a million characters each). */
export async function listAttachments(db: DbOrTx, itemId: string): Promise<AttachmentSummary[]> {
  const { extractedText: _text, ...columns } = getTableColumns(attachments);
  const rows = await db
    .select(columns)
    .from(attachments)
    .where(eq(attachments.itemId, itemId))
    .orderBy(asc(attachments.position), asc(attachments.createdAt));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export async function findAttachment(db: DbOrTx, orgId: string, id: string): Promise<Attachment | undefined> {
  const [row] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.orgId, orgId), eq(attachments.id, id)));
  return row && toAttachment(row);
}

/** Deletes the row; the caller deletes the file after commit. */
export async function deleteAttachment(
  db: DbOrTx,
  orgId: string,
  id: string,
): Promise<Attachment | undefined> {
  const [row] = await db
    .delete(attachments)
    .where(and(eq(attachments.orgId, orgId), eq(attachments.id, id)))
    .returning();
  return row && toAttachment(row);
}

/** Every storage key in use, across organisations (for `fora fsck`: files without a row are orphans). */
export async function listAllStorageKeys(db: DbOrTx): Promise<string[]> {
  const rows = await db.select({ key: attachments.storageKey }).from(attachments);
  return rows.flatMap((r) => (r.key ? [r.key] : []));
}

/**
 * Holds the organisation's upload-quota lock until the transaction ends, so that two uploads cannot
 * both fit in the room only one of them fits in.
 */
export async function lockUploadQuota(tx: DbOrTx, orgId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`fora.upload-quota:${orgId}`}))`);
}

/** Bytes the organisation's stored attachments take together (references to files kept elsewhere take none). */
export async function orgStorageUsed(db: DbOrTx, orgId: string): Promise<number> {
  const [row] = await db
    .select({ bytes: sql<string>`coalesce(sum(${attachments.sizeBytes}), 0)::bigint` })
    .from(attachments)
    .where(and(eq(attachments.orgId, orgId), isNotNull(attachments.storageKey)));
  return Number(row?.bytes ?? 0);
}

/** Bytes the person has attached since `since` (of the attachments still there). */
export async function personUploadedSince(db: DbOrTx, personId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ bytes: sql<string>`coalesce(sum(${attachments.sizeBytes}), 0)::bigint` })
    .from(attachments)
    .where(
      and(
        eq(attachments.createdByPersonId, personId),
        isNotNull(attachments.storageKey),
        gte(attachments.createdAt, since),
      ),
    );
  return Number(row?.bytes ?? 0);
}
