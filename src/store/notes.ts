/** Private notes: every query names the person, so a note is only ever read by its writer. */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { conflict } from '../domain/errors.ts';
import type { DbOrTx } from './db.ts';
import { notes } from './schema.ts';

export interface Note {
  id: string;
  itemId: string;
  attachmentId: string | null;
  body: string;
  version: number;
  updatedAt: string;
}

type Row = typeof notes.$inferSelect;
const toNote = (r: Row): Note => ({
  id: r.id,
  itemId: r.itemId,
  attachmentId: r.attachmentId,
  body: r.body,
  version: r.version,
  updatedAt: r.updatedAt.toISOString(),
});

const target = (personId: string, itemId: string, attachmentId: string | null) =>
  and(
    eq(notes.personId, personId),
    eq(notes.itemId, itemId),
    attachmentId ? eq(notes.attachmentId, attachmentId) : isNull(notes.attachmentId),
  );

export async function listNotes(db: DbOrTx, personId: string, itemId: string): Promise<Note[]> {
  const rows = await db
    .select()
    .from(notes)
    .where(and(eq(notes.personId, personId), eq(notes.itemId, itemId)))
    .orderBy(asc(notes.createdAt));
  return rows.map(toNote);
}

/**
 * Writes the person's note on the item (or attachment): `expectedVersion` null = there is none yet;
 * otherwise only that version is replaced. An empty body deletes the note. A stale version (the
 * note was changed on another device) is a conflict naming the current version.
 */
export async function saveNote(
  db: DbOrTx,
  input: {
    orgId: string;
    personId: string;
    itemId: string;
    attachmentId: string | null;
    body: string;
    expectedVersion: number | null;
  },
): Promise<Note | null> {
  const where = target(input.personId, input.itemId, input.attachmentId);
  if (input.expectedVersion !== null) {
    const versioned = and(where, eq(notes.version, input.expectedVersion));
    if (input.body === '') {
      const gone = await db.delete(notes).where(versioned).returning({ id: notes.id });
      if (gone.length > 0) return null;
    } else {
      const [row] = await db
        .update(notes)
        .set({ body: input.body, version: sql`${notes.version} + 1`, updatedAt: new Date() })
        .where(versioned)
        .returning();
      if (row) return toNote(row);
    }
  } else if (input.body !== '') {
    const [row] = await db
      .insert(notes)
      .values({
        orgId: input.orgId,
        personId: input.personId,
        itemId: input.itemId,
        attachmentId: input.attachmentId,
        body: input.body,
      })
      .onConflictDoNothing()
      .returning();
    if (row) return toNote(row);
  } else return null;
  const [current] = await db.select().from(notes).where(where);
  if (!current) throw conflict('version', 'the note does not exist (any more); save it with version null');
  throw conflict('version', `the note was changed elsewhere (current version ${current.version})`);
}
