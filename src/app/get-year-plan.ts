/**
 * The organisation's year at a glance: for every forum, each meeting of the year with its load
 * (items by type, whether minutes exist, its themes), the annual wheel's milestones and the theme
 * plan, each part only as far as the caller may read it. An item is counted when it is on a
 * published agenda (or treated) or the caller may read it; it is titled only when the caller may
 * read it and it is open (a closed item is counted and marked closed, never titled here: its title is read, and
 * audited, on the item or agenda itself). The forum's work programme of the year, when it has one,
 * shows as its initiatives and, on each meeting, the milestones linked to that meeting.
 */
import type { ItemType } from '../domain/charter.ts';
import type { Item } from '../domain/item.ts';
import type { Forum } from '../domain/organisation.ts';
import { can } from '../domain/policy.ts';
import type { InitiativeStatus, MilestoneStatus } from '../domain/work-programme.ts';
import { listForums } from '../store/forums.ts';
import { listForumItems } from '../store/items.ts';
import { findPeopleByIds } from '../store/people.ts';
import { listThemeAssignments } from '../store/planning.ts';
import { findProgramme } from '../store/work-programmes.ts';
import {
  type AppContext,
  authorize,
  type Caller,
  forumResource,
  orgResource,
  resolveOrganisation,
  today,
} from './context.ts';
import { calendarOf } from './get-calendar.ts';
import { itemResource } from './item-access.ts';
import { wheelOf } from './list-wheel-entries.ts';

const ALL_STATES = [
  'draft',
  'submitted',
  'returned',
  'queued',
  'scheduled',
  'published',
  'decided',
  'postponed',
  'referred',
] as const;
const ON_AGENDA = ['published', 'decided', 'postponed', 'referred'];
const MINUTES_STATES = ['minutes_in_review', 'minutes_published', 'minutes_approved'];
const FORUM_PAGE = 500;

export interface YearMeeting {
  start: string;
  occurrenceDate: string | null;
  meetingId: string | null;
  state: string;
  cancelled: boolean;
  load: Record<ItemType, number>;
  minutes: boolean;
  themes: { itemId: string | null; title: string | null; closed: boolean }[];
  milestones: { entryId: string; title: string; placeholderItemId: string | null }[];
  presenters: { theme: string; presenterName: string; status: string }[];
  /** The work programme's milestones linked to this meeting. */
  programmeMilestones: {
    initiativeTitle: string;
    title: string;
    dueDate: string;
    status: MilestoneStatus;
  }[];
}

/** The forum's work programme of the year, in short (the programme page has the rest). */
export interface YearProgramme {
  year: number;
  title: string;
  initiatives: { id: string; title: string; status: InitiativeStatus; ownerName: string | null }[];
}

export interface YearForum {
  shortName: string;
  name: string;
  meetings: YearMeeting[];
  /** Wheel entries whose rule finds no meeting this year (null: the caller may not read the wheel). */
  unplacedMilestones: { entryId: string; title: string }[] | null;
  /** The work programme of the year (null: none, or the caller may not read it). */
  programme: YearProgramme | null;
}

export async function getYearPlan(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  year?: number,
): Promise<{ year: number; forums: YearForum[] }> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  authorize(caller, 'year.read', orgResource(org), 'Organisation');
  const y = year ?? Number(today(ctx).slice(0, 4));
  const forums: Forum[] = [];
  for (let offset = 0; ; offset += FORUM_PAGE) {
    const page = await listForums(ctx.db, org.id, { limit: FORUM_PAGE, offset });
    forums.push(...page.items);
    if (forums.length >= page.total || page.items.length === 0) break;
  }
  const out: YearForum[] = [];
  for (const forum of forums) {
    if (!can(caller.actor, 'forum.read', forumResource(forum))) continue;
    out.push(await forumYear(ctx, caller, forum, y));
  }
  return { year: y, forums: out };
}

async function forumYear(ctx: AppContext, caller: Caller, forum: Forum, year: number): Promise<YearForum> {
  const actor = caller.actor;
  const calendar = await calendarOf(ctx.db, forum, { from: `${year}-01-01`, to: `${year}-12-31` });
  const items = await listForumItems(ctx.db, forum.id, ALL_STATES);
  const byMeeting = new Map<string, Item[]>();
  for (const i of items) {
    const key = i.meetingId ?? i.wishedMeetingId;
    const readable = can(actor, 'item.read', itemResource(i));
    if (!key || !(readable || ON_AGENDA.includes(i.state))) continue;
    byMeeting.set(key, [...(byMeeting.get(key) ?? []), i]);
  }
  const wheel = can(actor, 'wheel.read', forumResource(forum)) ? await wheelOf(ctx.db, forum, year) : null;
  const plan = can(actor, 'themeplan.read', forumResource(forum))
    ? await listThemeAssignments(ctx.db, [forum.id])
    : [];
  const programme = can(actor, 'programme.read', forumResource(forum))
    ? await findProgramme(ctx.db, forum.id, year)
    : undefined;
  const initiatives = programme?.initiatives ?? [];
  const personIds = [
    ...plan.map((a) => a.presenterPersonId),
    ...initiatives.flatMap((i) => (i.ownerPersonId ? [i.ownerPersonId] : [])),
  ];
  const names = new Map(
    (await findPeopleByIds(ctx.db, forum.orgId, [...new Set(personIds)])).map((p) => [p.id, p.name]),
  );
  const placed = new Set<string>();
  const meetings = calendar.map((m): YearMeeting => {
    const theirs = m.meetingId ? (byMeeting.get(m.meetingId) ?? []) : [];
    const load: Record<ItemType, number> = { decision: 0, information: 0, theme: 0 };
    for (const i of theirs) load[i.type]++;
    const milestones = (wheel ?? []).filter((e) => e.target && e.target.start === m.start);
    for (const e of milestones) placed.add(e.id);
    return {
      start: m.start,
      occurrenceDate: m.occurrenceDate,
      meetingId: m.meetingId,
      state: m.state,
      cancelled: m.cancelled,
      load,
      minutes: MINUTES_STATES.includes(m.state),
      themes: theirs
        .filter((i) => i.type === 'theme')
        .map((i) => {
          const titled = !i.closed && can(actor, 'item.read', itemResource(i));
          return { itemId: titled ? i.id : null, title: titled ? i.title : null, closed: i.closed };
        }),
      milestones: milestones.map((e) => ({
        entryId: e.id,
        title: e.title,
        placeholderItemId: e.placeholderItemId,
      })),
      presenters: plan
        .filter((a) => m.meetingId !== null && a.meetingId === m.meetingId)
        .map((a) => ({
          theme: a.theme,
          presenterName: names.get(a.presenterPersonId) ?? '',
          status: a.status,
        })),
      programmeMilestones: initiatives.flatMap((i) =>
        i.milestones
          .filter((ms) => m.meetingId !== null && ms.meetingId === m.meetingId)
          .map((ms) => ({
            initiativeTitle: i.title,
            title: ms.title,
            dueDate: ms.dueDate,
            status: ms.status,
          })),
      ),
    };
  });
  return {
    shortName: forum.shortName,
    name: forum.name,
    meetings,
    unplacedMilestones: wheel
      ? wheel.filter((e) => !placed.has(e.id)).map((e) => ({ entryId: e.id, title: e.title }))
      : null,
    programme: programme
      ? {
          year: programme.year,
          title: programme.title,
          initiatives: initiatives.map((i) => ({
            id: i.id,
            title: i.title,
            status: i.status,
            ownerName: i.ownerPersonId ? (names.get(i.ownerPersonId) ?? null) : null,
          })),
        }
      : null,
  };
}
