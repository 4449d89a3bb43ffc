/**
 * Where the items of a case have been: their minutes per meeting, the meetings themselves, the
 * items' numbers on the published agendas, and postponements that left no minutes behind. The use
 * case (src/app/case-visits.ts) turns these into the case's visits.
 */
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { MeetingState } from '../domain/meeting.ts';
import type { DbOrTx } from './db.ts';
import { agendaVersions, auditEvents, itemMinutes, meetings } from './schema.ts';

export interface ItemMeetingMinutes {
  itemId: string;
  meetingId: string;
  /** ItemMinutes (src/domain/minutes.ts) as saved; parse before use. */
  record: Record<string, unknown>;
  finalisedAt: string | null;
}

export interface VisitedMeeting {
  id: string;
  forumId: string;
  /** ISO 8601 with the Copenhagen offset. */
  start: string;
  state: MeetingState;
}

const toLocalIso = (d: Date): string =>
  DateTime.fromJSDate(d, { zone: 'Europe/Copenhagen' }).toISO({ suppressMilliseconds: true }) ??
  d.toISOString();

/** The minutes written for these items, at every meeting, finalised or not. */
export async function listMinutesOfItems(
  db: DbOrTx,
  orgId: string,
  itemIds: readonly string[],
): Promise<ItemMeetingMinutes[]> {
  if (itemIds.length === 0) return [];
  const rows = await db
    .select({
      itemId: itemMinutes.itemId,
      meetingId: itemMinutes.meetingId,
      record: itemMinutes.record,
      finalisedAt: itemMinutes.finalisedAt,
    })
    .from(itemMinutes)
    .where(and(eq(itemMinutes.orgId, orgId), inArray(itemMinutes.itemId, [...itemIds])))
    .orderBy(asc(itemMinutes.updatedAt));
  return rows.map((r) => ({ ...r, finalisedAt: r.finalisedAt?.toISOString() ?? null }));
}

/** The organisation's meetings by id. */
export async function findVisitedMeetings(
  db: DbOrTx,
  orgId: string,
  meetingIds: readonly string[],
): Promise<Map<string, VisitedMeeting>> {
  if (meetingIds.length === 0) return new Map();
  const rows = await db
    .select({
      id: meetings.id,
      forumId: meetings.forumId,
      startsAt: meetings.startsAt,
      state: meetings.state,
    })
    .from(meetings)
    .where(and(eq(meetings.orgId, orgId), inArray(meetings.id, [...new Set(meetingIds)])));
  return new Map(
    rows.map((r) => [r.id, { id: r.id, forumId: r.forumId, start: toLocalIso(r.startsAt), state: r.state }]),
  );
}

/** `${meetingId} ${itemId}` → the item's number on the latest published agenda of the meeting. */
export async function agendaNumbers(
  db: DbOrTx,
  orgId: string,
  meetingIds: readonly string[],
): Promise<Map<string, number>> {
  if (meetingIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([agendaVersions.meetingId], {
      meetingId: agendaVersions.meetingId,
      numbers: sql<{ itemId: string; number: number }[]>`(
        select coalesce(jsonb_agg(jsonb_build_object('itemId', e->>'itemId', 'number', (e->>'number')::int)), '[]'::jsonb)
        from jsonb_array_elements(${agendaVersions.content}->'items') as e)`,
    })
    .from(agendaVersions)
    .where(
      and(
        eq(agendaVersions.orgId, orgId),
        eq(agendaVersions.kind, 'agenda'),
        inArray(agendaVersions.meetingId, [...new Set(meetingIds)]),
      ),
    )
    .orderBy(agendaVersions.meetingId, desc(agendaVersions.version));
  const out = new Map<string, number>();
  for (const r of rows) for (const n of r.numbers) out.set(`${r.meetingId} ${n.itemId}`, n.number);
  return out;
}

/** Meetings these items were postponed from (audit rows 'item.postpone'), minutes or not. */
export async function listPostponements(
  db: DbOrTx,
  orgId: string,
  itemIds: readonly string[],
): Promise<{ itemId: string; meetingId: string }[]> {
  if (itemIds.length === 0) return [];
  const from = sql<string>`${auditEvents.detail}->>'fromMeetingId'`;
  const rows = await db
    .select({ itemId: auditEvents.objectId, meetingId: from })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.orgId, orgId),
        eq(auditEvents.action, 'item.postpone'),
        inArray(auditEvents.objectId, [...itemIds]),
        isNotNull(from),
      ),
    )
    .orderBy(asc(auditEvents.id));
  return rows;
}
