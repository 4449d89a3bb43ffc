/** Organisations (kommuner), their units, people, forums and memberships. */
import { z } from 'zod';
import { MEMBER_ROLES } from './charter.ts';

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

export const slugSchema = z
  .string()
  .min(2)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and hyphens');

export const organisationInputSchema = z.object({
  slug: slugSchema,
  name: z.string().trim().min(1).max(200),
});

export const unitInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  parentId: z.string().uuid().nullable().default(null),
  /** The director responsible for the unit and, unless they name their own, its sub-units. */
  directorPersonId: z.string().uuid().nullable().default(null),
});

/** Organisation-level roles. `admin` manages the organisation's forums, people and charters;
 *  everyone else is `staff` and gets rights from forum memberships. */
export const PERSON_ROLES = ['admin', 'staff'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const personInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  title: z.string().trim().max(200).default(''),
  unitId: z.string().uuid().nullable().default(null),
  email: z.string().trim().toLowerCase().email('expected an e-mail address').max(320),
  role: z.enum(PERSON_ROLES).default('staff'),
});

export const forumInputSchema = z.object({
  shortName: z
    .string()
    .trim()
    .min(1)
    .max(20)
    .regex(/^[A-ZÆØÅ0-9][A-ZÆØÅ0-9_-]*$/, 'expected upper-case letters, digits, hyphens (e.g. CF, DIF)'),
  name: z.string().trim().min(1).max(200),
  kind: z.enum(['forum', 'event', 'working_group']).default('forum'),
  parentForumId: z.string().uuid().nullable().default(null),
});

export const membershipInputSchema = z
  .object({
    personId: z.string().uuid(),
    role: z.enum(MEMBER_ROLES),
    startDate: localDate,
    endDate: localDate.nullable().default(null),
  })
  .refine((m) => m.endDate === null || m.endDate >= m.startDate, {
    path: ['endDate'],
    message: 'ends before it starts',
  });

export interface Organisation {
  id: string;
  slug: string;
  name: string;
}
export interface Unit {
  id: string;
  orgId: string;
  name: string;
  parentId: string | null;
  directorPersonId: string | null;
}
export interface Person {
  id: string;
  orgId: string;
  name: string;
  title: string;
  unitId: string | null;
  email: string;
  role: PersonRole;
}
export interface Forum {
  id: string;
  orgId: string;
  shortName: string;
  name: string;
  kind: 'forum' | 'event' | 'working_group';
  parentForumId: string | null;
}
export interface Membership {
  id: string;
  forumId: string;
  personId: string;
  role: (typeof MEMBER_ROLES)[number];
  startDate: string;
  endDate: string | null;
}

/** Is the membership active on a local date (inclusive at both ends)? */
export const isActiveOn = (m: Pick<Membership, 'startDate' | 'endDate'>, date: string): boolean =>
  m.startDate <= date && (m.endDate === null || m.endDate >= date);
