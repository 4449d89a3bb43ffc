/**
 * The work programme (arbejdsprogram): per the Ishøj charter, the direktion and koncernledelse
 * write each year the most important strategic and cross-cutting initiatives. A programme belongs
 * to the forum that owns it (koncernledelsen) and a year. Pure: types, schemas and the CSV export.
 */

import { z } from 'zod';
import { csvDocument } from './csv.ts';

export const INITIATIVE_STATUSES = ['planned', 'in_progress', 'done', 'paused'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
export const MILESTONE_STATUSES = ['open', 'done', 'cancelled'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export interface Milestone {
  title: string;
  /** Local date. */
  dueDate: string;
  status: MilestoneStatus;
  /** Optional links: a meeting of the programme's forum, an item of the organisation. */
  meetingId: string | null;
  itemId: string | null;
}

export interface Initiative {
  id: string;
  programmeId: string;
  title: string;
  description: string;
  ownerPersonId: string | null;
  status: InitiativeStatus;
  milestones: Milestone[];
  position: number;
}

export interface WorkProgramme {
  id: string;
  orgId: string;
  forumId: string;
  year: number;
  title: string;
  initiatives: Initiative[];
}

const milestoneSchema = z.strictObject({
  title: z.string().trim().min(1).max(300),
  dueDate: z.iso.date(),
  status: z.enum(MILESTONE_STATUSES).default('open'),
  /** A stored meeting's id, or the series date of an occurrence (stored when the milestone is saved). */
  meetingId: z.union([z.uuid(), z.iso.date()]).nullable().default(null),
  itemId: z.uuid().nullable().default(null),
});

export const createProgrammeSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  title: z.string().trim().min(1).max(200),
});

export const initiativeSchema = z.strictObject({
  title: z.string().trim().min(1).max(300),
  description: z.string().max(5000).default(''),
  ownerPersonId: z.uuid().nullable().default(null),
  status: z.enum(INITIATIVE_STATUSES).default('planned'),
  milestones: z.array(milestoneSchema).max(100).default([]),
});
export type InitiativeInput = z.output<typeof initiativeSchema>;

/** Every milestone's due date lies in the programme's year (a programme is for one year). */
export function milestonesOutsideYear(
  milestones: readonly Pick<Milestone, 'dueDate'>[],
  year: number,
): number[] {
  return milestones.flatMap((m, i) => (m.dueDate.startsWith(`${year}-`) ? [] : [i]));
}

export const EXPORT_COLUMNS = [
  'initiative',
  'owner',
  'status',
  'milestone',
  'due_date',
  'milestone_status',
  'meeting_id',
  'item_id',
] as const;

/** One row per milestone (an initiative without milestones gets one row); CRLF line ends. */
export function programmeCsv(programme: WorkProgramme, ownerNames: ReadonlyMap<string, string>): string {
  const rows: string[][] = [[...EXPORT_COLUMNS]];
  for (const i of programme.initiatives) {
    const owner = i.ownerPersonId ? (ownerNames.get(i.ownerPersonId) ?? '') : '';
    const head = [i.title, owner, i.status];
    if (i.milestones.length === 0) rows.push([...head, '', '', '', '', '']);
    for (const m of i.milestones)
      rows.push([...head, m.title, m.dueDate, m.status, m.meetingId ?? '', m.itemId ?? '']);
  }
  return csvDocument(rows);
}
