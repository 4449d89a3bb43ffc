/** Lederforum's themes and the annual leaders' day (issue 9, parts 4 and 5). */
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { MaterialLink } from '../../domain/leaders-day.ts';
import { createdAt, forums, id, items, meetings, orgId, people } from './core.ts';

const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const forumThemes = pgTable(
  'forum_themes',
  {
    id: id(),
    orgId: orgId(),
    forumId: uuid('forum_id')
      .notNull()
      .references(() => forums.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    proposerPersonId: uuid('proposer_person_id').references(() => people.id, { onDelete: 'set null' }),
    status: text('status', { enum: ['proposed', 'selected'] })
      .notNull()
      .default('proposed'),
    meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    itemId: uuid('item_id').references(() => items.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('forum_themes_forum_idx').on(t.forumId), index('forum_themes_meeting_idx').on(t.meetingId)],
);

export const leadersDays = pgTable(
  'leaders_days',
  {
    id: id(),
    orgId: orgId(),
    /** The event forum (kind 'event') whose members are invited. */
    forumId: uuid('forum_id')
      .notNull()
      .references(() => forums.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    place: text('place').notNull().default(''),
    seats: integer('seats').notNull(),
    registrationDeadline: date('registration_deadline', { mode: 'string' }).notNull(),
    programme: text('programme').notNull().default(''),
    material: jsonb('material').$type<MaterialLink[]>().notNull().default([]),
    /** The forum that evaluates the day (Direktørforum); null when none is set (or not archived with it). */
    evaluationForumId: uuid('evaluation_forum_id').references(() => forums.id, { onDelete: 'set null' }),
    evaluationItemId: uuid('evaluation_item_id').references(() => items.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('leaders_days_forum_date_idx').on(t.forumId, t.date)],
);

export const leadersDayRegistrations = pgTable(
  'leaders_day_registrations',
  {
    id: id(),
    orgId: orgId(),
    leadersDayId: uuid('leaders_day_id')
      .notNull()
      .references(() => leadersDays.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['registered', 'waitlisted', 'cancelled'] }).notNull(),
    dietaryNeeds: text('dietary_needs').notNull().default(''),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('leaders_day_registrations_person_idx').on(t.leadersDayId, t.personId)],
);

/** Uploaded material of a leaders' day (a file in file storage), released like the programme. */
export const leadersDayFiles = pgTable(
  'leaders_day_files',
  {
    id: id(),
    orgId: orgId(),
    leadersDayId: uuid('leaders_day_id')
      .notNull()
      .references(() => leadersDays.id, { onDelete: 'cascade' }),
    /** What the material is called on the day's page (the file name unless the organiser gave one). */
    title: text('title').notNull(),
    /** The download's file name, made safe and fitted to the content; never a path. */
    name: text('name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull().unique(),
    uploadedByPersonId: uuid('uploaded_by_person_id').references(() => people.id, { onDelete: 'set null' }),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    position: integer('position').notNull().default(1),
  },
  (t) => [index('leaders_day_files_day_idx').on(t.leadersDayId, t.position)],
);
