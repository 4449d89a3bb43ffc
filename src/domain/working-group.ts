/**
 * Working groups (arbejdsgrupper) under a forum, as the Ishøj charter describes them: set up to
 * shed light on one subject and report back to the parent forum, with members chosen for their
 * expertise or for a broad representation. Pure: types, input schemas and rules.
 */
import { z } from 'zod';
import { type RichTextDoc, richTextDocSchema, richTextFromPlainText } from './rich-text.ts';

export const GROUP_STATUSES = ['active', 'reported', 'closed'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];
export const MEMBER_BASES = ['expertise', 'representation'] as const;
export type MemberBasis = (typeof MEMBER_BASES)[number];

export interface GroupMember {
  personId: string;
  /** Why the person was chosen: specific expertise, or to represent part of the organisation. */
  basis: MemberBasis;
  reason: string;
}

export interface WorkingGroup {
  id: string;
  orgId: string;
  parentForumId: string;
  name: string;
  mandate: RichTextDoc;
  /** The local date by which the group reports back. */
  deadline: string;
  status: GroupStatus;
  members: GroupMember[];
  /** The item on the parent forum through which the group reports back (created once). */
  reportItemId: string | null;
  createdAt: string;
  updatedAt: string;
}

const localDate = z.iso.date();
const memberSchema = z.strictObject({
  personId: z.uuid(),
  basis: z.enum(MEMBER_BASES),
  reason: z.string().trim().max(500).default(''),
});
/** A mandate is rich text, or plain text (paragraphs split on blank lines). */
const mandateSchema = z.union([
  z
    .string()
    .max(20_000)
    .transform((s): unknown => richTextFromPlainText(s))
    .pipe(richTextDocSchema),
  richTextDocSchema,
]);

export const createGroupSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  mandate: mandateSchema,
  deadline: localDate,
  members: z
    .array(memberSchema)
    .max(100)
    .default([])
    .refine((ms) => new Set(ms.map((m) => m.personId)).size === ms.length, 'a person is a member once'),
});
export type CreateGroupInput = z.output<typeof createGroupSchema>;

export const updateGroupSchema = z.strictObject({
  name: createGroupSchema.shape.name.optional(),
  mandate: mandateSchema.optional(),
  deadline: localDate.optional(),
  status: z.enum(GROUP_STATUSES).optional(),
  members: createGroupSchema.shape.members.unwrap().optional(),
});
export type UpdateGroupInput = z.output<typeof updateGroupSchema>;

/** A group goes active → reported → closed; it may be reopened to active before it is closed. */
const NEXT: Record<GroupStatus, readonly GroupStatus[]> = {
  active: ['reported', 'closed'],
  reported: ['active', 'closed'],
  closed: [],
};
export const canChangeStatus = (from: GroupStatus, to: GroupStatus): boolean =>
  from === to || NEXT[from].includes(to);

/**
 * The parent forum's meeting the report-back item is meant for: the first meeting that is not
 * cancelled and falls on or after the group's deadline (the group works until its deadline and
 * reports at the next meeting). Undefined when the calendar has none.
 */
export function reportBackMeeting<T extends { date: string; cancelled: boolean }>(
  meetings: readonly T[],
  deadline: string,
): T | undefined {
  return [...meetings]
    .filter((m) => !m.cancelled && m.date >= deadline)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
}

/** The title of the report-back item on the parent forum. */
export const reportBackTitle = (group: Pick<WorkingGroup, 'name'>): string =>
  `Tilbagemelding fra arbejdsgruppen: ${group.name}`;
