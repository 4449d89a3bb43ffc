import {
  isRegistrationOpen,
  isReleased,
  type LeadersDay,
  type MaterialLink,
  type RegistrationStatus,
  releaseDate,
} from '../domain/leaders-day.ts';
import type { Forum } from '../domain/organisation.ts';
import { can } from '../domain/policy.ts';
import { listLeadersDayFiles } from '../store/leaders-day-files.ts';
import { listLeadersDays, listRegistrations } from '../store/leadership.ts';
import { findPeopleByIds } from '../store/people.ts';
import { type AppContext, authorize, type Caller, forumResource, resolveForum, today } from './context.ts';
import { loadLeadersDay } from './leaders-day-access.ts';
import { type LeadersDayFileView, leadersDayFileView, materialVisible } from './leaders-day-files.ts';

export interface LeadersDayView {
  id: string;
  date: string;
  place: string;
  seats: number;
  registrationDeadline: string;
  registrationOpen: boolean;
  /** From this date programme and material are visible to registrants. */
  releaseDate: string;
  released: boolean;
  /** Null to whoever may not see them yet (before the release date, or not registered). */
  programme: string | null;
  material: MaterialLink[] | null;
  /** Uploaded material, in order; null like `material`. */
  files: LeadersDayFileView[] | null;
  seatsTaken: number;
  waitlisted: number;
  evaluationItemId: string | null;
  /** The caller's own registration; `waitlistPosition` counts from 1. */
  mine: { status: RegistrationStatus; dietaryNeeds: string; waitlistPosition: number | null } | null;
  /** The organisers only: everyone registered or waiting, with their dietary needs. */
  registrations:
    | {
        personId: string;
        name: string;
        status: RegistrationStatus;
        dietaryNeeds: string;
        registeredAt: string;
      }[]
    | null;
}

async function viewOf(
  ctx: AppContext,
  caller: Caller,
  forum: Forum,
  day: LeadersDay,
): Promise<LeadersDayView> {
  const organiser = can(caller.actor, 'leadersday.manage', forumResource(forum));
  const registrations = await listRegistrations(ctx.db, day.id);
  const active = registrations.filter((r) => r.status !== 'cancelled');
  const waiting = active.filter((r) => r.status === 'waitlisted');
  const me = caller.actor.kind === 'person' ? caller.actor.personId : null;
  const mine = active.find((r) => r.personId === me);
  const released = isReleased(day, today(ctx));
  const showMaterial = materialVisible(organiser, released, mine?.status === 'registered');
  const names = organiser
    ? new Map(
        (
          await findPeopleByIds(
            ctx.db,
            forum.orgId,
            active.map((r) => r.personId),
          )
        ).map((p) => [p.id, p.name]),
      )
    : new Map<string, string>();
  return {
    id: day.id,
    date: day.date,
    place: day.place,
    seats: day.seats,
    registrationDeadline: day.registrationDeadline,
    registrationOpen: isRegistrationOpen(day, today(ctx)),
    releaseDate: releaseDate(day),
    released,
    programme: showMaterial ? day.programme : null,
    material: showMaterial ? day.material : null,
    files: showMaterial ? (await listLeadersDayFiles(ctx.db, day.id)).map(leadersDayFileView) : null,
    seatsTaken: active.length - waiting.length,
    waitlisted: waiting.length,
    evaluationItemId: day.evaluationItemId,
    mine: mine
      ? {
          status: mine.status,
          dietaryNeeds: mine.dietaryNeeds,
          waitlistPosition: mine.status === 'waitlisted' ? waiting.indexOf(mine) + 1 : null,
        }
      : null,
    registrations: organiser
      ? active.map((r) => ({
          personId: r.personId,
          name: names.get(r.personId) ?? '',
          status: r.status,
          dietaryNeeds: r.dietaryNeeds,
          registeredAt: r.registeredAt,
        }))
      : null,
  };
}

/** One leaders' day as the caller may see it: programme and material only once released to them. */
export async function getLeadersDay(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  dayId: string,
): Promise<LeadersDayView> {
  const { forum, day } = await loadLeadersDay(ctx.db, caller, orgSlug, shortName, dayId, 'leadersday.read');
  return viewOf(ctx, caller, forum, day);
}

/** The event forum's leaders' days, oldest first. */
export async function listForumLeadersDays(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
): Promise<LeadersDayView[]> {
  const { forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'leadersday.read', forumResource(forum), 'Forum');
  const views: LeadersDayView[] = [];
  for (const day of await listLeadersDays(ctx.db, forum.id))
    views.push(await viewOf(ctx, caller, forum, day));
  return views;
}
