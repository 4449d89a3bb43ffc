/** What a reader keeps for themself: private notes on items and attachments. */
import { sql } from 'drizzle-orm';
import { integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, items, orgId, people } from './core.ts';
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
