/**
 * The permission module's vocabulary: who acts (Actor), on what (Resource), and every action with
 * the kind of resource it protects (ACTIONS). The rules are in policy.ts.
 */
import type { MemberRole } from './charter.ts';
import type { ItemState } from './item.ts';
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
  | {
      type: 'forum';
      orgId: string;
      forumId: string;
      /** For a working group of this forum: its members, who may read it without being members here. */
      groupMemberIds?: readonly string[];
    }
  /** A person's own things (their calendar feed, their absence). */
  | { type: 'person'; orgId: string; personId: string; forumId?: string }
  | {
      type: 'item';
      orgId: string;
      forumId: string;
      state: ItemState;
      closed: boolean;
      submitterId: string | null;
      approverId: string | null;
    };

export const ACTIONS = {
  'organisation.create': 'installation',
  'organisation.list': 'installation',
  /** Jobs the installation runs (deadline reminders): the operator only. */
  'reminder.send': 'installation',
  /** Keeping the database fit (planner statistics for search): the operator only. */
  'maintenance.run': 'installation',
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
  'case.read': 'organisation',
  'case.create': 'organisation',
  /** Retitle a case or set its deciding forum: the secretariat of any forum, and the admins. */
  'case.update': 'organisation',
  'kle.suggest': 'organisation',
  /** Import agendas and minutes from other systems' files (`fora import`): admins and the operator. */
  'meeting.import': 'organisation',
  /** Search the organisation's items: everyone in it; the hits are what the searcher may read. */
  'item.search': 'organisation',
  /** Propose an item to a forum: active members (not guests). */
  'item.create': 'forum',
  /** The forum's queue and agenda builder: managers. */
  'agenda.manage': 'forum',
  /** Read a meeting's agenda (published versions; closed items redacted for non-members). */
  'agenda.read': 'forum',
  'attendance.read': 'forum',
  /** Minute-taking during the meeting: the secretariat (and the chair). */
  'minutes.write': 'forum',
  /** Draft minutes sent for review, the approvals, the summary before publication: the forum's members. */
  'minutes.review': 'forum',
  /** Approving published minutes digitally: the forum's chair and members. */
  'minutes.approve': 'forum',
  /** The forum's follow-up register: its members. */
  'followup.read': 'forum',
  /** The forum's annual wheel (årshjul) and theme plan: its members read, its managers keep them. */
  'wheel.read': 'forum',
  'wheel.manage': 'forum',
  'themeplan.read': 'forum',
  'themeplan.manage': 'forum',
  /** The organisation's year at a glance: everyone in it (each forum's details by their own rights). */
  'year.read': 'organisation',
  /** A forum's working groups: set up and run by its managers (the forum is the group's parent). */
  'group.manage': 'forum',
  /** One working group: the parent forum's members, the group's own members, and the admins. */
  'group.read': 'forum',
  /** The list of a forum's working groups: everyone in the organisation; each group shown as `group.read` allows. */
  'group.list': 'forum',
  /** A forum's work programme (arbejdsprogram): read by the whole organisation, and exported. */
  'programme.read': 'forum',
  /** Writing the work programme: the forum's managers and the organisation's admins. */
  'programme.manage': 'forum',
  /** The forum's dashboard (lead times, deadline misses, follow-up completion): its members, admins. */
  'dashboard.read': 'forum',
  'item.read': 'item',
  /** One's own private notes on an item one may read (nobody else ever reads them). */
  'note.write': 'item',
  'item.update': 'item',
  'item.submit': 'item',
  'item.decide': 'item',
  'item.withdraw': 'item',
  'item.schedule': 'item',
  'attachment.create': 'item',
  'attendance.report': 'person',
  'feed.manage': 'person',
  /** Set a password for local sign-in: one's own (with the current one), or as the organisation's admin. */
  'password.set': 'person',
  /** "Mit arbejde": one's own items, approval inbox and meetings. */
  'work.read': 'person',
  /** Marking a follow-up done with evidence: its owner, or the forum's managers. */
  'followup.update': 'person',
  /** Export an organisation's archive (JSON and files), or one forum's: its admins, and the operator. */
  'archive.export': 'organisation',
  /** Restore an archive into this installation (it creates organisations): the operator only. */
  'archive.import': 'installation',
  /** Check the audit log's hash chain, and redact expired access events (ADR 0017): the operator only. */
  'audit.verify': 'installation',
  'audit.prune': 'installation',
  /** Lederforum's themes: the forum's members read them and propose (not guests). */
  'theme.read': 'forum',
  'theme.propose': 'forum',
  /** "Kommunaldirektøren udvælger temaerne": the forum's chair selects (and unselects) a meeting's themes. */
  'theme.select': 'forum',
  /** The leaders' day (an event forum): the invited (its members) read it and register themselves. */
  'leadersday.read': 'forum',
  'leadersday.register': 'forum',
  /** Organising it (the day, seats, programme; registrations with dietary needs): its chair and secretary. */
  'leadersday.manage': 'forum',
} as const satisfies Record<string, Resource['type']>;
export type Action = keyof typeof ACTIONS;
