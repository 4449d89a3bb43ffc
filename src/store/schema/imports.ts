/** What `fora import` has read: one row per imported document (meeting), for idempotent re-imports. */
import { jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { meetings, orgId } from './core.ts';

export const importSources = pgTable(
  'import_sources',
  {
    orgId: orgId(),
    /** The format family the document was read as: 'text', 'pdf', 'docx', 'firstagenda', ... */
    family: text('family').notNull(),
    /** The document's own id where its format has one, else `<forum id>:<date>:<kind>`. */
    sourceKey: text('source_key').notNull(),
    /** SHA-256 (hex) of the file last imported for this key: the same again is a no-op. */
    sha256: text('sha256').notNull(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['agenda', 'minutes'] }).notNull(),
    fileName: text('file_name').notNull(),
    /** The items this document created or updated, by their printed number: `{"1": itemId}`. */
    itemIds: jsonb('item_ids').$type<Record<string, string>>().notNull().default({}),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('import_sources_key').on(t.orgId, t.family, t.sourceKey)],
);
