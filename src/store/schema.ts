/**
 * The database schema (drizzle). Migrations in ./drizzle are generated from this file with
 * `npm run db:generate` and applied at start-up on PGlite and PostgreSQL alike.
 * Every row that belongs to an organisation carries `org_id`, and every query filters on it.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { AgendaChange, AgendaSnapshot } from '../domain/agenda.ts';
import type { CharterContent } from '../domain/charter.ts';
import { ITEM_STATES, type Presenter } from '../domain/item.ts';
import type { RichTextDoc } from '../domain/rich-text.ts';

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

/** A file attached to an item (bilag). The bytes live in file storage under `storageKey`. */
export const attachments = pgTable(
  'attachments',
  {
    id: id(),
    orgId: orgId(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** Null for a reference to a file kept elsewhere (imported minutes, demo data): listed, not stored. */
    storageKey: text('storage_key').unique(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    /** Extracted text for search; null when the type has none or extraction failed. */
    extractedText: text('extracted_text'),
    extraction: text('extraction', { enum: ['ok', 'none', 'failed'] })
      .notNull()
      .default('none'),
    position: integer('position').notNull().default(1),
    createdByPersonId: uuid('created_by_person_id'),
    createdAt: createdAt(),
  },
  (t) => [index('attachments_item').on(t.itemId, t.position)],
);

/** Absence (afbud) and guests invited for single items. */
export const attendance = pgTable(
  'attendance',
  {
    id: id(),
    orgId: orgId(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['absent', 'guest'] }).notNull(),
    reason: text('reason').notNull().default(''),
    substitutePersonId: uuid('substitute_person_id').references(() => people.id, { onDelete: 'set null' }),
    /** For guests: the items they attend for. */
    itemIds: jsonb('item_ids').$type<string[]>().notNull().default([]),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('attendance_meeting_person_kind').on(t.meetingId, t.personId, t.kind)],
);

/** Published, frozen versions of a meeting's agenda: 1 = the agenda, 2.. = supplementary agendas. */
export const agendaVersions = pgTable(
  'agenda_versions',
  {
    id: id(),
    orgId: orgId(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    /** 'agenda' (dagsorden, 2.. = supplementary) or 'minutes' (referat, 2.. = corrections). */
    kind: text('kind', { enum: ['agenda', 'minutes'] })
      .notNull()
      .default('agenda'),
    version: integer('version').notNull(),
    content: jsonb('content').$type<AgendaSnapshot>().notNull(),
    changes: jsonb('changes').$type<AgendaChange[]>().notNull().default([]),
    /** Why a corrected minutes version (or a supplementary agenda) was published; '' for version 1. */
    changeNote: text('change_note').notNull().default(''),
    publishedByPersonId: uuid('published_by_person_id'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('agenda_versions_meeting_kind_version').on(t.meetingId, t.kind, t.version)],
);

/**
 * Outgoing mail as a job queue: one row per (event, recipient), so nothing is sent twice; a worker
 * sends pending rows with retries and backoff.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orgId: uuid('org_id'),
    eventKey: text('event_key').notNull(),
    recipientPersonId: uuid('recipient_person_id').notNull(),
    recipientEmail: text('recipient_email').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    status: text('status', { enum: ['pending', 'sending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('outbox_event_recipient').on(t.eventKey, t.recipientPersonId),
    index('outbox_pending').on(t.status, t.nextAttemptAt),
  ],
);

/** Secret tokens for a person's calendar feeds; only the SHA-256 of the token is stored. */
export const feedTokens = pgTable('feed_tokens', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  orgId: orgId(),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: createdAt(),
});

/** Documents rendered from a published version, per audience and format, stored in file storage. */
export const renderedDocuments = pgTable(
  'rendered_documents',
  {
    id: id(),
    orgId: orgId(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['agenda', 'minutes', 'packet'] }).notNull(),
    version: integer('version').notNull(),
    audience: text('audience', { enum: ['members', 'organisation', 'public'] }).notNull(),
    format: text('format', { enum: ['pdf', 'docx', 'html'] }).notNull(),
    storageKey: text('storage_key').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('rendered_documents_unique').on(t.meetingId, t.kind, t.version, t.audience, t.format)],
);

/** Background jobs (rendering documents after publication), claimed like the mail outbox. */
export const jobs = pgTable(
  'jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orgId: uuid('org_id'),
    kind: text('kind').notNull(),
    /** Unique per job: the same event never queues the same job twice. */
    key: text('key').notNull().unique(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['pending', 'running', 'done', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    createdAt: createdAt(),
  },
  (t) => [index('jobs_pending').on(t.status, t.nextAttemptAt)],
);

/** What the minutes record about one item: presence, outcomes, decision, follow-ups (autosaved). */
export const itemMinutes = pgTable(
  'item_minutes',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id, { onDelete: 'cascade' }),
    orgId: orgId(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    /** ItemMinutes (src/domain/minutes.ts) as written so far. */
    record: jsonb('record').$type<Record<string, unknown>>().notNull(),
    /** Optimistic concurrency: a writer names the version it read; a stale one gets a conflict. */
    version: integer('version').notNull().default(1),
    /** Set when the item's minutes are finalised and their effects applied. */
    finalisedAt: timestamp('finalised_at', { withTimezone: true }),
    updatedByPersonId: uuid('updated_by_person_id'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // One record per item per meeting: a postponed item keeps what each meeting said about it.
  (t) => [primaryKey({ columns: [t.itemId, t.meetingId] })],
);

/** The follow-up register (opfølgning): actions from decisions with owner, due date or meeting. */
export const followUps = pgTable(
  'follow_ups',
  {
    id: id(),
    orgId: orgId(),
    forumId: uuid('forum_id')
      .notNull()
      .references(() => forums.id, { onDelete: 'cascade' }),
    sourceItemId: uuid('source_item_id').references(() => items.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    ownerPersonId: uuid('owner_person_id').references(() => people.id, { onDelete: 'set null' }),
    dueDate: date('due_date', { mode: 'string' }),
    targetMeetingId: uuid('target_meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    note: text('note').notNull().default(''),
    evidence: text('evidence').notNull().default(''),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdAt: createdAt(),
    /** The order of registration: follow-ups written in one set of minutes share `createdAt`. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [
    index('follow_ups_forum').on(t.forumId),
    index('follow_ups_owner').on(t.ownerPersonId),
    index('follow_ups_target').on(t.targetMeetingId),
  ],
);

/**
 * Approvals of a published minutes version: by a member digitally (`via` 'member', with the
 * member), or by the next meeting through its standing item (`via` 'meeting', with that meeting).
 */
export const minutesApprovals = pgTable(
  'minutes_approvals',
  {
    id: id(),
    orgId: orgId(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    via: text('via', { enum: ['member', 'meeting'] }).notNull(),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    atMeetingId: uuid('at_meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    approvedAt: timestamp('approved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('minutes_approvals_member').on(t.meetingId, t.version, t.personId).where(sql`via = 'member'`),
    uniqueIndex('minutes_approvals_meeting').on(t.meetingId, t.version).where(sql`via = 'meeting'`),
  ],
);

/** A person's local sign-in: an argon2id hash, and the lockout after repeated failures. */
export const accounts = pgTable('accounts', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  passwordHash: text('password_hash').notNull(),
  failedAttempts: integer('failed_attempts').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
  createdAt: createdAt(),
});

/**
 * Signed-in browser sessions. `id` is the SHA-256 (hex) of the cookie's secret token; the token
 * itself is never stored. Idle and absolute expiry are checked on every request.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_person').on(t.personId)],
);
