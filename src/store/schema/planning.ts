/** Planning the year: the annual wheel (årshjul), its placeholders, and the theme plan. */
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { WheelWhen } from '../../domain/annual-wheel.ts';
import { createdAt, forums, id, items, meetings, orgId, people } from './core.ts';

/** A recurring theme or milestone of a forum's year. */
export const wheelEntries = pgTable(
  'wheel_entries',
  {
    id: id(),
    orgId: orgId(),
    forumId: uuid('forum_id')
      .notNull()
      .references(() => forums.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    when: jsonb('when').$type<WheelWhen>().notNull(),
    responsiblePersonId: uuid('responsible_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    leadWeeks: integer('lead_weeks').notNull(),
    itemType: text('item_type', { enum: ['decision', 'information', 'theme'] }).notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index('wheel_entries_forum').on(t.forumId)],
);

/** The placeholder item made for an entry in one year: at most one per entry and year. */
export const wheelPlaceholders = pgTable(
  'wheel_placeholders',
  {
    id: id(),
    orgId: orgId(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => wheelEntries.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('wheel_placeholders_entry_year').on(t.entryId, t.year)],
);

/** Who presents which theme at which meeting (theme plan). */
export const themeAssignments = pgTable(
  'theme_assignments',
  {
    id: id(),
    orgId: orgId(),
    forumId: uuid('forum_id')
      .notNull()
      .references(() => forums.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    theme: text('theme').notNull(),
    presenterPersonId: uuid('presenter_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['proposed', 'confirmed', 'presented', 'cancelled'] })
      .notNull()
      .default('proposed'),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('theme_assignments_forum').on(t.forumId), index('theme_assignments_meeting').on(t.meetingId)],
);
