/**
 * The permission module: one function decides every read and write, for the API, search, feeds,
 * e-mail and documents alike. Pure: the caller passes the actor (with the forum roles loaded at
 * authentication) and the resource.
 */
import type { MemberRole } from './charter.ts';
import type { ItemState } from './item.ts';
import { ACTIONS, type Action, type Actor, type Resource } from './policy-actions.ts';

export { ACTIONS, type Action, type Actor, type Resource };

/** Forum roles that may run the forum's business (charter, members, calendar, agenda). */
const FORUM_MANAGERS: readonly MemberRole[] = ['chair', 'secretary'];
const PROPOSERS: readonly MemberRole[] = ['chair', 'member', 'secretary'];
/** States in which an open item is part of the organisation's record. */
const TREATED_OR_PUBLISHED: readonly ItemState[] = ['published', 'decided', 'postponed', 'referred'];
/** Before publication, only the submitter, the forum's managers and (once submitted) the approver see an item. */
const PRIVATE_STATES: readonly ItemState[] = ['draft', 'submitted', 'returned', 'rejected', 'withdrawn'];

type PersonActor = Extract<Actor, { kind: 'person' }>;
const rolesIn = (actor: PersonActor, forumId: string): readonly MemberRole[] =>
  actor.forumRoles[forumId] ?? [];
const isManager = (actor: PersonActor, forumId: string): boolean =>
  actor.role === 'admin' || rolesIn(actor, forumId).some((r) => FORUM_MANAGERS.includes(r));
const isMember = (actor: PersonActor, forumId: string): boolean => rolesIn(actor, forumId).length > 0;

function canItem(actor: PersonActor, action: Action, item: Extract<Resource, { type: 'item' }>): boolean {
  const own = item.submitterId === actor.personId;
  const approver = item.approverId === actor.personId;
  // The organisation's administrator can make themselves secretary of any forum, so they count as one.
  const manager = isManager(actor, item.forumId);
  if (action === 'note.write') return canItem(actor, 'item.read', item);
  switch (action) {
    case 'item.read':
    case 'attachment.create': {
      if (action === 'attachment.create')
        // Like editing: never on a published version, nor once the item is rejected or withdrawn.
        return (
          (own && ['draft', 'returned'].includes(item.state)) ||
          (manager && !['published', 'rejected', 'withdrawn'].includes(item.state))
        );
      if (own || manager) return true;
      if (approver && item.state !== 'draft') return true;
      if (PRIVATE_STATES.includes(item.state)) return false;
      // Queued, scheduled, published: the forum's members; open published items: the whole organisation.
      if (isMember(actor, item.forumId)) return true;
      return TREATED_OR_PUBLISHED.includes(item.state) && !item.closed;
    }
    case 'item.update':
      // A published agenda version never changes; the secretary's later edits are published as a
      // supplementary version. The submitter cannot edit once the item has left their hands.
      return (
        (own && ['draft', 'returned'].includes(item.state)) ||
        (manager && !['rejected', 'withdrawn'].includes(item.state))
      );
    case 'item.submit':
      return own && rolesIn(actor, item.forumId).some((r) => PROPOSERS.includes(r));
    case 'item.decide':
      // Approve, return or reject: the approver the charter named at submission, never the submitter.
      return approver && !own;
    case 'item.withdraw':
      return own || manager;
    case 'item.schedule':
      return manager;
    default:
      return false;
  }
}

export function can(actor: Actor, action: Action, resource: Resource): boolean {
  if (ACTIONS[action] !== resource.type) return false;
  if (actor.kind === 'anonymous') return false;
  if (actor.kind === 'operator') return true;
  if (resource.type === 'installation') return action === 'organisation.list';
  // A person never sees anything of another organisation.
  if (resource.orgId !== actor.orgId) return false;
  const isAdmin = actor.role === 'admin';
  if (resource.type === 'item') return canItem(actor, action, resource);
  if (resource.type === 'person') {
    const self = resource.personId === actor.personId;
    if (action === 'attendance.report')
      return (
        (self && (!resource.forumId || isMember(actor, resource.forumId))) ||
        (!!resource.forumId && isManager(actor, resource.forumId))
      );
    if (action === 'followup.update')
      return self || (!!resource.forumId && isManager(actor, resource.forumId));
    if (action === 'password.set') return self || isAdmin;
    return self; // feed.manage
  }
  switch (action) {
    case 'organisation.read':
    case 'unit.read':
    case 'person.read':
    case 'forum.list':
    case 'forum.read':
    case 'membership.read':
    case 'charter.read':
    case 'calendar.read':
    case 'case.read':
    case 'case.create':
    case 'kle.suggest':
    case 'item.search':
    case 'agenda.read':
    case 'year.read':
    case 'group.list':
    case 'programme.read':
      // Forums, their terms of reference, calendars, cases and published agendas are open to
      // everyone in the organisation (closed items are redacted by the agenda's audience).
      return true;
    case 'case.update':
      // Cases are shared by the organisation's forums; whoever runs one of them keeps them.
      return (
        isAdmin || Object.values(actor.forumRoles).some((rs) => rs.some((r) => FORUM_MANAGERS.includes(r)))
      );
    case 'unit.manage':
    case 'person.manage':
    case 'forum.create':
    case 'audit.read':
    case 'archive.export':
    case 'meeting.import':
      return isAdmin;
    case 'item.create':
      return resource.type === 'forum' && rolesIn(actor, resource.forumId).some((r) => PROPOSERS.includes(r));
    case 'minutes.approve':
      return (
        resource.type === 'forum' &&
        rolesIn(actor, resource.forumId).some((r) => r === 'chair' || r === 'member')
      );
    case 'group.read':
      return (
        resource.type === 'forum' &&
        (isMember(actor, resource.forumId) ||
          isAdmin ||
          (resource.groupMemberIds ?? []).includes(actor.personId))
      );
    case 'theme.select':
      return resource.type === 'forum' && rolesIn(actor, resource.forumId).includes('chair');
    case 'theme.propose':
    case 'leadersday.register':
      return resource.type === 'forum' && rolesIn(actor, resource.forumId).some((r) => PROPOSERS.includes(r));
    case 'theme.read':
    case 'leadersday.read':
    case 'attendance.read':
    case 'minutes.review':
    case 'followup.read':
    case 'wheel.read':
    case 'themeplan.read':
    case 'dashboard.read':
      return resource.type === 'forum' && (isMember(actor, resource.forumId) || isAdmin);
    case 'forum.update':
    case 'membership.manage':
    case 'charter.manage':
    case 'meeting.manage':
    case 'agenda.manage':
    case 'minutes.write':
    case 'wheel.manage':
    case 'themeplan.manage':
    case 'leadersday.manage':
    case 'group.manage':
    case 'programme.manage':
      return resource.type === 'forum' && isManager(actor, resource.forumId);
    default:
      return false;
  }
}

/** May the actor know that objects of this organisation exist at all? (404 versus 403.) */
export const canKnowOrganisation = (actor: Actor, orgId: string): boolean =>
  actor.kind === 'operator' || (actor.kind === 'person' && actor.orgId === orgId);

/** May the actor read closed content of this forum in full (members' version of documents)? */
export const canReadClosed = (actor: Actor, forumId: string): boolean =>
  actor.kind === 'operator' || (actor.kind === 'person' && isMember(actor, forumId));

/** Meeting states in which the meeting's agenda has been published (a cancelled meeting only if
 *  an agenda version exists: the caller says so with `agendaPublished`). */
const AGENDA_OUT = ['agenda_published', 'held', 'minutes_in_review', 'minutes_published', 'minutes_approved'];
/** Meeting states after which the minutes (decisions) are public. */
const MINUTES_OUT = ['minutes_published', 'minutes_approved'];

/**
 * The organisation's public record (OParl, ADR 0016), for anyone, signed in or not: an open item
 * as it stands on a published agenda, never a closed one and never an item in a private state.
 */
export const isPublicRecord = (
  item: { closed: boolean; state: ItemState },
  meeting: { state: string; agendaPublished: boolean },
): boolean =>
  !item.closed &&
  !PRIVATE_STATES.includes(item.state) &&
  meeting.agendaPublished &&
  (AGENDA_OUT.includes(meeting.state) || meeting.state === 'cancelled');

/** Are the meeting's decisions (result, resolution text) part of the public record yet? */
export const isPublicResolution = (meeting: { state: string }): boolean =>
  MINUTES_OUT.includes(meeting.state);
/**
 * What items of one organisation an actor may read (`item.read`), as data a query can filter on, so a
 * search pre-filters in SQL with the same rule as canItem; every returned hit is still checked with
 * `can()`. `itemInReadScope` states the rule over the scope and must agree with `can()` (tested).
 */
export type ItemReadScope =
  | { kind: 'none' }
  | { kind: 'all' }
  | {
      kind: 'person';
      personId: string;
      /** Forums where the actor is chair or secretary: every item. */
      managerForumIds: string[];
      /** Forums where the actor has any role: every item not in a private state. */
      memberForumIds: string[];
      /** States hidden from everyone but the submitter, managers and the approver. */
      privateStates: readonly ItemState[];
      /** States in which an open item is readable by the whole organisation. */
      openStates: readonly ItemState[];
    };

export function itemReadScope(actor: Actor, orgId: string): ItemReadScope {
  if (actor.kind === 'operator') return { kind: 'all' };
  if (actor.kind !== 'person' || actor.orgId !== orgId) return { kind: 'none' };
  if (actor.role === 'admin') return { kind: 'all' };
  const forums = Object.keys(actor.forumRoles);
  return {
    kind: 'person',
    personId: actor.personId,
    managerForumIds: forums.filter((f) => isManager(actor, f)),
    memberForumIds: forums.filter((f) => isMember(actor, f)),
    privateStates: PRIVATE_STATES,
    openStates: TREATED_OR_PUBLISHED,
  };
}

/** The scope's rule for one item: what the SQL pre-filter of a search computes. */
export function itemInReadScope(scope: ItemReadScope, item: Extract<Resource, { type: 'item' }>): boolean {
  if (scope.kind !== 'person') return scope.kind === 'all';
  if (item.submitterId === scope.personId || scope.managerForumIds.includes(item.forumId)) return true;
  if (item.approverId === scope.personId && item.state !== 'draft') return true;
  if (scope.privateStates.includes(item.state)) return false;
  if (scope.memberForumIds.includes(item.forumId)) return true;
  return scope.openStates.includes(item.state) && !item.closed;
}
