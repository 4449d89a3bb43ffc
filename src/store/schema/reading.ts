/** What a reader keeps for themself: private notes, and the versions they have read. */
import { sql } from 'drizzle-orm';
import { integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, items, meetings, orgId, people } from './core.ts';
import { attachments } from './records.ts';

/** A person's private note on an item, or on one of its attachments. Nobody else ever reads it. */
export const notes = pgTable(
  'notes',
  {
    id: id(),
    orgId: orgId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id, { onDelete: 'cascade' }),
    /** Null for a note on the item itself. */
    attachmentId: uuid('attachment_id').references(() => attachments.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    /** Optimistic concurrency between the reader's own devices (a tablet offline, a laptop). */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('notes_item').on(t.personId, t.itemId).where(sql`attachment_id is null`),
    uniqueIndex('notes_attachment').on(t.personId, t.attachmentId).where(sql`attachment_id is not null`),
  ],
);

/** The latest published version of a meeting's agenda (or minutes) a person has opened. */
export const versionReads = pgTable(
  'version_reads',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['agenda', 'minutes'] }).notNull(),
    version: integer('version').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.meetingId, t.kind] })],
);
