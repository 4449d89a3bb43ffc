/**
 * Planning the year (issue 9): working groups under a forum, and the work programme of a forum
 * (arbejdsprogram) with its initiatives and milestones.
 */
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
import type { RichTextDoc } from '../../domain/rich-text.ts';
import type { Milestone } from '../../domain/work-programme.ts';
import type { GroupMember } from '../../domain/working-group.ts';
import { createdAt, forums, id, items, orgId, people } from './core.ts';

const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** A working group (arbejdsgruppe) set up by a forum; it reports back to that forum. */
export const workingGroups = pgTable(
  'working_groups',
  {
    id: id(),
    orgId: orgId(),
    parentForumId: uuid('parent_forum_id')
      .notNull()
      .references(() => forums.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    mandate: jsonb('mandate').$type<RichTextDoc>().notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['active', 'reported', 'closed'] })
      .notNull()
      .default('active'),
    /** Person, basis (expertise or representation) and reason; edited as one list with the group. */
    members: jsonb('members').$type<GroupMember[]>().notNull().default([]),
    /** The report-back item on the parent forum: set once, never made twice. */
    reportItemId: uuid('report_item_id').references(() => items.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('working_groups_forum').on(t.parentForumId),
    uniqueIndex('working_groups_forum_name').on(t.parentForumId, t.name),
  ],
);

/** A forum's work programme for one year: the strategic, cross-cutting initiatives. */
export const workProgrammes = pgTable(
  'work_programmes',
  {
    id: id(),
    orgId: orgId(),
    forumId: uuid('forum_id')
      .notNull()
      .references(() => forums.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('work_programmes_forum_year').on(t.forumId, t.year)],
);

/** One initiative of a work programme, with its owner, status and milestones. */
export const programmeInitiatives = pgTable(
  'programme_initiatives',
  {
    id: id(),
    orgId: orgId(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => workProgrammes.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    ownerPersonId: uuid('owner_person_id').references(() => people.id, { onDelete: 'set null' }),
    status: text('status', { enum: ['planned', 'in_progress', 'done', 'paused'] })
      .notNull()
      .default('planned'),
    /** Title, due date, status and optional meeting and item links; edited as one list. */
    milestones: jsonb('milestones').$type<Milestone[]>().notNull().default([]),
    position: integer('position').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('programme_initiatives_programme').on(t.programmeId, t.position)],
);
