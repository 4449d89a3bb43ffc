/**
 * The permission module: one function decides every read and write, for the API, search, feeds,
 * e-mail and documents alike. Pure: the caller passes the actor (with the forum roles loaded at
 * authentication) and the resource.
 */
import type { MemberRole } from './charter.ts';
import type { PersonRole } from './organisation.ts';

export type Actor =
  | { kind: 'anonymous' }
  /** The installation's operator (CLI, and the dev header outside production). */
  | { kind: 'operator'; label: string }
  | {
      kind: 'person';
      personId: string;
      orgId: string;
      name: string;
      role: PersonRole;
      /** Current roles per forum id. */
      forumRoles: Readonly<Record<string, readonly MemberRole[]>>;
    };

export type Resource =
  | { type: 'installation' }
  | { type: 'organisation'; orgId: string }
  | { type: 'forum'; orgId: string; forumId: string };

export const ACTIONS = {
  'organisation.create': 'installation',
  'organisation.list': 'installation',
  'organisation.read': 'organisation',
  'unit.read': 'organisation',
  'unit.manage': 'organisation',
  'person.read': 'organisation',
  'person.manage': 'organisation',
  'forum.list': 'organisation',
  'forum.read': 'forum',
  'forum.create': 'organisation',
  'forum.update': 'forum',
  'membership.read': 'forum',
  'membership.manage': 'forum',
  'charter.read': 'forum',
  'charter.manage': 'forum',
  'calendar.read': 'forum',
  'meeting.manage': 'forum',
  'audit.read': 'organisation',
} as const satisfies Record<string, Resource['type']>;
export type Action = keyof typeof ACTIONS;

/** Forum roles that may run the forum's business (charter, members, calendar exceptions). */
const FORUM_MANAGERS: readonly MemberRole[] = ['chair', 'secretary'];

export function can(actor: Actor, action: Action, resource: Resource): boolean {
  if (ACTIONS[action] !== resource.type) return false;
  if (actor.kind === 'anonymous') return false;
  if (actor.kind === 'operator') return true;
  if (resource.type === 'installation') return action === 'organisation.list';
  // A person never sees anything of another organisation.
  if (resource.orgId !== actor.orgId) return false;
  const isAdmin = actor.role === 'admin';
  switch (action) {
    case 'organisation.read':
    case 'unit.read':
    case 'person.read':
    case 'forum.list':
    case 'forum.read':
    case 'membership.read':
    case 'charter.read':
    case 'calendar.read':
      // Forums, their terms of reference and calendars are open to everyone in the organisation.
      return true;
    case 'unit.manage':
    case 'person.manage':
    case 'forum.create':
    case 'audit.read':
      return isAdmin;
    case 'forum.update':
    case 'membership.manage':
    case 'charter.manage':
    case 'meeting.manage': {
      if (isAdmin) return true;
      if (resource.type !== 'forum') return false;
      const roles = actor.forumRoles[resource.forumId] ?? [];
      return roles.some((r) => FORUM_MANAGERS.includes(r));
    }
    default:
      return false;
  }
}

/** May the actor know that objects of this organisation exist at all? (404 versus 403.) */
export const canKnowOrganisation = (actor: Actor, orgId: string): boolean =>
  actor.kind === 'operator' || (actor.kind === 'person' && actor.orgId === orgId);
