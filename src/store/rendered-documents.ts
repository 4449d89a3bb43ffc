import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';
import { renderedDocuments } from './schema.ts';

export type RenderedDocument = typeof renderedDocuments.$inferSelect;
export type RenderedKey = Pick<RenderedDocument, 'meetingId' | 'kind' | 'version' | 'audience' | 'format'>;

const match = (k: RenderedKey) =>
  and(
    eq(renderedDocuments.meetingId, k.meetingId),
    eq(renderedDocuments.kind, k.kind),
    eq(renderedDocuments.version, k.version),
    eq(renderedDocuments.audience, k.audience),
    eq(renderedDocuments.format, k.format),
  );

/** Records a rendered file; a re-render replaces the row and returns the storage key it replaced. */
export async function saveRenderedDocument(
  db: DbOrTx,
  row: RenderedKey & Pick<RenderedDocument, 'orgId' | 'storageKey' | 'sizeBytes' | 'sha256'>,
): Promise<string | null> {
  const [old] = await db
    .select({ key: renderedDocuments.storageKey })
    .from(renderedDocuments)
    .where(match(row));
  if (old) await db.delete(renderedDocuments).where(match(row));
  await db.insert(renderedDocuments).values(row);
  return old?.key ?? null;
}

export async function findRenderedDocument(
  db: DbOrTx,
  key: RenderedKey,
): Promise<RenderedDocument | undefined> {
  const [row] = await db.select().from(renderedDocuments).where(match(key));
  return row;
}
