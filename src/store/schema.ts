/**
 * The database schema (drizzle). Migrations in ./drizzle are generated from this file with
 * `npm run db:generate` and applied at start-up on PGlite and PostgreSQL alike.
 * Every row that belongs to an organisation carries `org_id`, and every query filters on it.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
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
import type { CharterContent } from '../domain/charter.ts';

const id = () => uuid('id').primaryKey().defaultRandom();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const orgId = () =>
  uuid('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });

export const organisations = pgTable('organisations', {
  id: id(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export const units = pgTable(
  'units',
  {
    id: id(),
    orgId: orgId(),
    name: text('name').notNull(),
    parentId: uuid('parent_id'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('units_org_name').on(t.orgId, t.name)],
);

export const people = pgTable(
  'people',
  {
    id: id(),
    orgId: orgId(),
    name: text('name').notNull(),
    title: text('title').notNull().default(''),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'set null' }),
    email: text('email').notNull(),
    role: text('role', { enum: ['admin', 'staff'] })
      .notNull()
      .default('staff'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('people_org_email').on(t.orgId, t.email)],
);

export const forums = pgTable(
  'forums',
  {
    id: id(),
    orgId: orgId(),
    shortName: text('short_name').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['forum', 'event', 'working_group'] })
      .notNull()
      .default('forum'),
    parentForumId: uuid('parent_forum_id'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('forums_org_short_name').on(t.orgId, t.shortName)],
);

export const memberships = pgTable(
  'memberships',
  {
    id: id(),
    orgId: orgId(),
    forumId: uuid('forum_id')
      .notNull()
      .references(() => forums.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['chair', 'member', 'secretary', 'guest'] }).notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [index('memberships_forum').on(t.forumId), index('memberships_person').on(t.personId)],
);

export const charters = pgTable(
  'charters',
  {
    id: id(),
    orgId: orgId(),
    forumId: uuid('forum_id')
      .notNull()
      .references(() => forums.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    content: jsonb('content').$type<CharterContent>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('charters_forum_version').on(t.forumId, t.version),
    uniqueIndex('charters_forum_effective').on(t.forumId, t.effectiveFrom),
  ],
);

export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    orgId: orgId(),
    forumId: uuid('forum_id')
      .notNull()
      .references(() => forums.id, { onDelete: 'cascade' }),
    /** The local date the series gave this meeting; null for a meeting added by hand. */
    occurrenceDate: date('occurrence_date', { mode: 'string' }),
    startsAt: timestamp('starts_at', { withTimezone: true, mode: 'date' }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true, mode: 'date' }).notNull(),
    state: text('state', {
      enum: ['planned', 'agenda_published', 'held', 'minutes_published', 'minutes_approved', 'cancelled'],
    })
      .notNull()
      .default('planned'),
    location: text('location').notNull().default(''),
    leaderPersonId: uuid('leader_person_id').references(() => people.id, { onDelete: 'set null' }),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('meetings_forum_occurrence')
      .on(t.forumId, t.occurrenceDate)
      .where(sql`occurrence_date is not null`),
    index('meetings_forum_start').on(t.forumId, t.startsAt),
  ],
);

/** Who did what, when. Later issues add hash chaining and reads of closed content. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orgId: uuid('org_id'),
    actorPersonId: uuid('actor_person_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id').notNull(),
    address: text('address'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_org_at').on(t.orgId, t.at)],
);
