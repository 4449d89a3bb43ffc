/** The organisation and its forums, people, charters, meetings, cases and items. */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
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
import type { CharterContent } from '../../domain/charter.ts';
import { ITEM_STATES, type Presenter } from '../../domain/item.ts';
import type { RichTextDoc } from '../../domain/rich-text.ts';

export const id = () => uuid('id').primaryKey().defaultRandom();
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const orgId = () =>
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
    /** The director responsible for the unit (and, unless a sub-unit names its own, its sub-units). */
    directorPersonId: uuid('director_person_id'),
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
      enum: [
        'planned',
        'agenda_published',
        'held',
        'minutes_in_review',
        'minutes_published',
        'minutes_approved',
        'cancelled',
      ],
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

/**
 * Who did or read what, when (ADR 0017). Append-only and hash-chained: a trigger (migration 0013)
 * serialises appends, numbers the row and sets prev_hash and hash = sha256(prev_hash || canonical
 * text of the row). An expired access row is redacted (personal fields blanked, redacted_at set).
 */
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
    prevHash: text('prev_hash'),
    hash: text('hash'),
    redactedAt: timestamp('redacted_at', { withTimezone: true }),
  },
  (t) => [index('audit_org_at').on(t.orgId, t.at)],
);

/** A case (sag): the matter an item is about, with its case number (KLE or a free reference). */
export const cases = pgTable(
  'cases',
  {
    id: id(),
    orgId: orgId(),
    title: text('title').notNull(),
    /** As entered, normalised: `00.01.00-P35-7-23`, or a free reference like `EMN-2025-003383`. */
    caseNumber: text('case_number'),
    /** 'kle' when caseNumber is a valid KLE number, 'free' for other municipal forms. */
    numberKind: text('number_kind', { enum: ['kle', 'free'] }),
    kleTopic: text('kle_topic'),
    responsibleUnitId: uuid('responsible_unit_id').references(() => units.id, { onDelete: 'set null' }),
    /** The one forum where the case is decided (the others are consulted or informed); null = not set. */
    decidingForumId: uuid('deciding_forum_id').references(() => forums.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('cases_org_number').on(t.orgId, t.caseNumber).where(sql`case_number is not null`)],
);

/** An agenda item (dagsordenspunkt), from draft to published agenda. */
export const items = pgTable(
  'items',
  {
    id: id(),
    orgId: orgId(),
    forumId: uuid('forum_id')
      .notNull()
      .references(() => forums.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    type: text('type', { enum: ['decision', 'information', 'theme'] }).notNull(),
    title: text('title').notNull(),
    presenters: jsonb('presenters').$type<Presenter[]>().notNull().default([]),
    durationMinutes: integer('duration_minutes'),
    /** Rich text per template section key. */
    sections: jsonb('sections').$type<Record<string, RichTextDoc>>().notNull().default({}),
    /** Numbered recommendations, each as printed ("at Chefforum godkender ..."). */
    recommendations: jsonb('recommendations').$type<string[]>().notNull().default([]),
    /** The decision as written in the minutes (beslutning); the meeting issue adds outcomes per recommendation. */
    decision: jsonb('decision').$type<RichTextDoc>(),
    closed: boolean('closed').notNull().default(false),
    closedBasis: text('closed_basis'),
    state: text('state', { enum: ITEM_STATES }).notNull().default('draft'),
    submitterPersonId: uuid('submitter_person_id').references(() => people.id, { onDelete: 'set null' }),
    /** Resolved when the item is submitted, from the charter's approver rule. */
    approverPersonId: uuid('approver_person_id').references(() => people.id, { onDelete: 'set null' }),
    /** The meeting the submitter asked for; null = the next possible. */
    wishedMeetingId: uuid('wished_meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    /** Submitted after the wished meeting's deadline: it goes to the following meeting. */
    late: boolean('late').notNull().default(false),
    /** The meeting the item is scheduled on, and its position (1-based) on that agenda. */
    meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    position: integer('position'),
    /** For standing items: the charter's standing-item title they came from. */
    standingTitle: text('standing_title'),
    /** The item this one continues (postponed recommendations carried forward) or was referred from. */
    originItemId: uuid('origin_item_id'),
    /** Items of other forums whose decisions this item cites ("DIF har på sit møde den ..."). */
    citedItemIds: jsonb('cited_item_ids').$type<string[]>().notNull().default([]),
    /** For "Godkendelse af dagsorden og referat": the previous meeting, whose minutes it approves. */
    previousMeetingId: uuid('previous_meeting_id'),
    /** Optimistic concurrency: every change increments it; an update names the version it read. */
    version: integer('version').notNull().default(1),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('items_forum_state').on(t.forumId, t.state),
    index('items_meeting').on(t.meetingId, t.position),
    index('items_approver').on(t.approverPersonId, t.state),
  ],
);
