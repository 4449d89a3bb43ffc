/** Reading a forum's work programme of a year (everyone in the organisation), and exporting it as CSV or JSON. */
import { notFound } from '../domain/errors.ts';
import { can } from '../domain/policy.ts';
import {
  type Initiative,
  type Milestone,
  programmeCsv,
  type WorkProgramme,
} from '../domain/work-programme.ts';
import { findItems } from '../store/items.ts';
import { findMeeting } from '../store/meetings.ts';
import { findPeopleByIds } from '../store/people.ts';
import { findProgramme } from '../store/work-programmes.ts';
import { type AppContext, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import { itemResource } from './item-access.ts';

async function readProgramme(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  forumShortName: string,
  year: number,
): Promise<WorkProgramme> {
  const { forum } = await resolveForum(ctx.db, caller, orgSlug, forumShortName);
  authorize(caller, 'programme.read', forumResource(forum), 'Forum');
  const programme = await findProgramme(ctx.db, forum.id, year);
  if (!programme) throw notFound('Work programme');
  return programme;
}

export interface MilestoneView extends Milestone {
  /** The linked meeting's start (the meeting is of the programme's forum). */
  meeting: { id: string; start: string } | null;
  /** The linked item, titled only for a caller who may read it. */
  item: { id: string; title: string | null } | null;
}
export interface InitiativeView extends Omit<Initiative, 'milestones'> {
  ownerName: string | null;
  milestones: MilestoneView[];
}
export interface WorkProgrammeView extends Omit<WorkProgramme, 'initiatives'> {
  initiatives: InitiativeView[];
}

/** The programme with owners by name and each milestone's meeting and item. */
export async function getWorkProgramme(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  forumShortName: string,
  year: number,
): Promise<WorkProgrammeView> {
  const programme = await readProgramme(ctx, caller, orgSlug, forumShortName, year);
  const milestones = programme.initiatives.flatMap((i) => i.milestones);
  const owners = programme.initiatives.flatMap((i) => (i.ownerPersonId ? [i.ownerPersonId] : []));
  const names = new Map((await findPeopleByIds(ctx.db, programme.orgId, owners)).map((p) => [p.id, p.name]));
  const items = new Map(
    (
      await findItems(
        ctx.db,
        programme.orgId,
        milestones.flatMap((m) => (m.itemId ? [m.itemId] : [])),
      )
    ).map((i) => [i.id, i]),
  );
  const meetings = new Map<string, { id: string; start: string }>();
  for (const id of new Set(milestones.flatMap((m) => (m.meetingId ? [m.meetingId] : [])))) {
    const m = await findMeeting(ctx.db, programme.forumId, id);
    if (m) meetings.set(id, { id: m.id, start: m.start });
  }
  return {
    ...programme,
    initiatives: programme.initiatives.map((i) => ({
      ...i,
      ownerName: i.ownerPersonId ? (names.get(i.ownerPersonId) ?? null) : null,
      milestones: i.milestones.map((m) => {
        const item = m.itemId ? items.get(m.itemId) : undefined;
        return {
          ...m,
          meeting: (m.meetingId && meetings.get(m.meetingId)) || null,
          item: m.itemId
            ? {
                id: m.itemId,
                title: item && can(caller.actor, 'item.read', itemResource(item)) ? item.title : null,
              }
            : null,
        };
      }),
    })),
  };
}

export interface ProgrammeExport {
  filename: string;
  contentType: string;
  body: string;
}

/** The programme as a download: CSV (one row per milestone, owners by name) or JSON. */
export async function exportWorkProgramme(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  forumShortName: string,
  year: number,
  format: 'csv' | 'json',
): Promise<ProgrammeExport> {
  const programme = await readProgramme(ctx, caller, orgSlug, forumShortName, year);
  const owners = programme.initiatives.flatMap((i) => (i.ownerPersonId ? [i.ownerPersonId] : []));
  const names = new Map((await findPeopleByIds(ctx.db, programme.orgId, owners)).map((p) => [p.id, p.name]));
  const base = `arbejdsprogram-${forumShortName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${year}`;
  if (format === 'csv')
    return {
      filename: `${base}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: programmeCsv(programme, names),
    };
  const withOwners = {
    ...programme,
    initiatives: programme.initiatives.map((i) => ({
      ...i,
      ownerName: i.ownerPersonId ? (names.get(i.ownerPersonId) ?? null) : null,
    })),
  };
  return {
    filename: `${base}.json`,
    contentType: 'application/json; charset=utf-8',
    body: `${JSON.stringify(withOwners, null, 2)}\n`,
  };
}
