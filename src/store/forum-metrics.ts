/** The rows a forum's dashboard is computed from: item events, meetings with their minutes, items on them. */
import { and, asc, eq, gte, inArray, isNotNull, lt, lte, sql } from 'drizzle-orm';
import type { ItemEvent } from '../domain/forum-metrics.ts';
import type { DbOrTx } from './db.ts';
import { auditEvents, itemMinutes, items, meetings } from './schema.ts';

const METRIC_ACTIONS = ['item.submit', 'item.approve', 'item.return', 'item.reject'];

/**
 * The forum's submissions and approvers' decisions up to `until`, from the audit log (the only
 * record of when an approver decided; its times are the database's clock).
 */
export async function forumItemEvents(
  db: DbOrTx,
  orgId: string,
  forumId: string,
  until: Date,
): Promise<ItemEvent[]> {
  const rows = await db
    .select({
      itemId: auditEvents.objectId,
      action: auditEvents.action,
      // The application's clock where the event recorded it (submission, approver's decision).
      at: sql<string>`coalesce(${auditEvents.detail}->>'decidedAt', ${auditEvents.detail}->>'submittedAt', to_json(${auditEvents.at})#>>'{}')`,
      actorPersonId: auditEvents.actorPersonId,
    })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.orgId, orgId),
        eq(auditEvents.objectType, 'item'),
        inArray(auditEvents.action, METRIC_ACTIONS),
        sql`${auditEvents.detail}->>'forumId' = ${forumId}`,
      ),
    )
    .orderBy(asc(auditEvents.id));
  return rows
    .map((r) => ({ ...r, at: new Date(r.at).toISOString() }))
    .filter((r) => Date.parse(r.at) <= until.getTime());
}

export interface MeetingMinutesRow {
  meetingId: string;
  start: string;
  state: string;
  /** When the first minutes version was published; null if not yet. */
  minutesPublishedAt: string | null;
  /** An agenda was published: the meeting has business to minute. */
  agendaPublished: boolean;
}

/** The forum's stored meetings starting in [from, to], with when their minutes first came out. */
export async function forumMeetingsWithMinutes(
  db: DbOrTx,
  forumId: string,
  from: Date,
  to: Date,
): Promise<MeetingMinutesRow[]> {
  const rows = await db
    .select({
      meetingId: meetings.id,
      start: meetings.startsAt,
      state: meetings.state,
      // Qualified by hand: drizzle writes a column in a selected expression without its table.
      minutesPublishedAt: sql<string | null>`(select min(v.published_at) from agenda_versions v
        where v.meeting_id = "meetings"."id" and v.kind = 'minutes')`,
      agendaPublished: sql<boolean>`exists (select 1 from agenda_versions v
        where v.meeting_id = "meetings"."id" and v.kind = 'agenda')`,
    })
    .from(meetings)
    .where(and(eq(meetings.forumId, forumId), gte(meetings.startsAt, from), lte(meetings.startsAt, to)))
    .orderBy(asc(meetings.startsAt));
  return rows.map((r) => ({
    ...r,
    start: r.start.toISOString(),
    minutesPublishedAt: r.minutesPublishedAt ? new Date(r.minutesPublishedAt).toISOString() : null,
  }));
}

/** Items decided at the forum's meetings with their minutes finalised in [from, to): submission and decision times. */
export async function decidedItems(db: DbOrTx, forumId: string, from: Date, to: Date) {
  const rows = await db
    .select({ itemId: items.id, submittedAt: items.submittedAt, decidedAt: itemMinutes.finalisedAt })
    .from(items)
    .innerJoin(itemMinutes, and(eq(itemMinutes.itemId, items.id), eq(itemMinutes.meetingId, items.meetingId)))
    .where(
      and(
        eq(items.forumId, forumId),
        eq(items.state, 'decided'),
        gte(itemMinutes.finalisedAt, from),
        lt(itemMinutes.finalisedAt, to),
      ),
    )
    .orderBy(asc(itemMinutes.finalisedAt), asc(items.submittedAt), asc(items.id));
  return rows.map((r) => ({
    itemId: r.itemId,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    decidedAt: r.decidedAt?.toISOString() ?? null,
  }));
}

/** Submitted items put on these meetings. */
export async function submittedItemsOn(db: DbOrTx, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return [];
  const rows = await db
    .select({
      itemId: items.id,
      title: items.title,
      meetingId: items.meetingId,
      submittedAt: items.submittedAt,
    })
    .from(items)
    .where(and(inArray(items.meetingId, [...meetingIds]), isNotNull(items.submittedAt)))
    .orderBy(asc(items.submittedAt));
  return rows.map((r) => ({ ...r, submittedAt: r.submittedAt?.toISOString() ?? null }));
}

/** Titles of items, for the dashboard's lists. */
export async function itemTitles(
  db: DbOrTx,
  orgId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: items.id, title: items.title })
    .from(items)
    .where(and(eq(items.orgId, orgId), inArray(items.id, [...ids])));
  return new Map(rows.map((r) => [r.id, r.title]));
}
