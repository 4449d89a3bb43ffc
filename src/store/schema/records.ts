/** What meetings produce and the system keeps: attachments, attendance, versions, mail, jobs, minutes, follow-ups, sign-in. */
import { sql } from 'drizzle-orm';
import {
  bigserial,
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
import type { AgendaChange, AgendaSnapshot } from '../../domain/agenda.ts';

import { createdAt, forums, id, items, meetings, orgId, people } from './core.ts';

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
