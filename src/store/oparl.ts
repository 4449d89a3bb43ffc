/**
 * The rows the OParl API maps (src/app/oparl-record.ts): an organisation's forums, memberships and
 * people, its meetings with their published agenda and minutes versions, the items and cases
 * those versions name, their attachments, and per object the time of its last audited change.
 */
import { and, asc, eq, inArray, max, not, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { AgendaSnapshot } from '../domain/agenda.ts';
import type { ItemState } from '../domain/item.ts';
import { isAccessEventSql } from './audit.ts';
import type { DbOrTx } from './db.ts';
import { membershipColumns } from './forums.ts';
import {
  agendaVersions,
  attachments,
  auditEvents,
  cases,
  forums,
  items,
  meetings,
  memberships,
  organisations,
  people,
} from './schema.ts';

const localIso = (d: Date): string =>
  DateTime.fromJSDate(d, { zone: 'Europe/Copenhagen' }).toISO({ suppressMilliseconds: true }) ??
  d.toISOString();

export interface OParlOrgRecord {
  id: string;
  slug: string;
  name: string;
  createdAt: string;
}

export async function listOParlOrganisations(db: DbOrTx): Promise<OParlOrgRecord[]> {
  const rows = await db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      createdAt: organisations.createdAt,
    })
    .from(organisations)
    .orderBy(asc(organisations.createdAt), asc(organisations.id));
  return rows.map((r) => ({ ...r, createdAt: localIso(r.createdAt) }));
}

/** The latest audited change per object (reads are not changes) of the organisation (object id → instant). */
export async function lastAuditedChanges(db: DbOrTx, orgId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ objectId: auditEvents.objectId, at: max(auditEvents.at) })
    .from(auditEvents)
    .where(and(eq(auditEvents.orgId, orgId), not(isAccessEventSql())))
    .groupBy(auditEvents.objectId);
  return new Map(rows.flatMap((r) => (r.at ? [[r.objectId, localIso(r.at)] as const] : [])));
}

/**
 * Changes whenever a change event is added to the organisation's audit log (it is append-only and
 * every change writes a row; access events, such as reads of closed items, are not changes): the count, not the newest id, so a transaction that commits late is seen.
 */
export async function auditLogMarker(db: DbOrTx, orgId: string): Promise<string> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int`, last: max(auditEvents.id) })
    .from(auditEvents)
    .where(and(eq(auditEvents.orgId, orgId), not(isAccessEventSql())));
  return `${row?.n ?? 0}:${row?.last ?? 0}`;
}

export async function listOParlForums(db: DbOrTx, orgId: string) {
  const rows = await db
    .select({
      id: forums.id,
      shortName: forums.shortName,
      name: forums.name,
      kind: forums.kind,
      createdAt: forums.createdAt,
    })
    .from(forums)
    .where(eq(forums.orgId, orgId));
  return rows.map((r) => ({ ...r, createdAt: localIso(r.createdAt) }));
}

export async function listOParlMemberships(db: DbOrTx, orgId: string) {
  const rows = await db
    .select({ ...membershipColumns, createdAt: memberships.createdAt })
    .from(memberships)
    .where(eq(memberships.orgId, orgId));
  return rows.map((r) => ({ ...r, createdAt: localIso(r.createdAt) }));
}

/** People only by name and job title: never their e-mail. */
export async function listOParlPeople(db: DbOrTx, orgId: string) {
  const rows = await db
    .select({ id: people.id, name: people.name, title: people.title, createdAt: people.createdAt })
    .from(people)
    .where(eq(people.orgId, orgId));
  return rows.map((r) => ({ ...r, createdAt: localIso(r.createdAt) }));
}

export interface OParlVersionRecord {
  meetingId: string;
  kind: 'agenda' | 'minutes';
  version: number;
  content: AgendaSnapshot;
  publishedAt: string;
}

/** Every published agenda and minutes version of the organisation's meetings, oldest first. */
export async function listOParlVersions(db: DbOrTx, orgId: string): Promise<OParlVersionRecord[]> {
  const rows = await db
    .select({
      meetingId: agendaVersions.meetingId,
      kind: agendaVersions.kind,
      version: agendaVersions.version,
      content: agendaVersions.content,
      publishedAt: agendaVersions.publishedAt,
    })
    .from(agendaVersions)
    .innerJoin(meetings, eq(meetings.id, agendaVersions.meetingId))
    .where(eq(meetings.orgId, orgId))
    .orderBy(asc(agendaVersions.publishedAt), asc(agendaVersions.kind), asc(agendaVersions.version));
  return rows.map((r) => ({ ...r, publishedAt: localIso(r.publishedAt) }));
}

/** The meetings that have at least one published version. */
export async function listOParlMeetings(db: DbOrTx, orgId: string) {
  const rows = await db
    .select({
      id: meetings.id,
      forumId: meetings.forumId,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      state: meetings.state,
      location: meetings.location,
      createdAt: meetings.createdAt,
      updatedAt: meetings.updatedAt,
    })
    .from(meetings)
    .where(
      and(
        eq(meetings.orgId, orgId),
        sql`exists (select 1 from ${agendaVersions} where ${agendaVersions.meetingId} = ${meetings.id})`,
      ),
    );
  return rows.map((r) => ({
    ...r,
    startsAt: localIso(r.startsAt),
    endsAt: localIso(r.endsAt),
    createdAt: localIso(r.createdAt),
    updatedAt: localIso(r.updatedAt),
  }));
}

export interface OParlItemRecord {
  id: string;
  caseId: string | null;
  forumId: string;
  type: 'decision' | 'information' | 'theme';
  state: ItemState;
  closed: boolean;
  meetingId: string | null;
  createdAt: string;
  updatedAt: string;
}

export async function listOParlItems(
  db: DbOrTx,
  orgId: string,
  ids: readonly string[],
): Promise<OParlItemRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: items.id,
      caseId: items.caseId,
      forumId: items.forumId,
      type: items.type,
      state: items.state,
      closed: items.closed,
      meetingId: items.meetingId,
      createdAt: items.createdAt,
      updatedAt: items.updatedAt,
    })
    .from(items)
    .where(and(eq(items.orgId, orgId), inArray(items.id, [...ids])));
  return rows.map((r) => ({ ...r, createdAt: localIso(r.createdAt), updatedAt: localIso(r.updatedAt) }));
}

export async function listOParlCases(db: DbOrTx, orgId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: cases.id,
      title: cases.title,
      caseNumber: cases.caseNumber,
      createdAt: cases.createdAt,
    })
    .from(cases)
    .where(and(eq(cases.orgId, orgId), inArray(cases.id, [...ids])));
  return rows.map((r) => ({ ...r, createdAt: localIso(r.createdAt) }));
}

export interface OParlAttachmentRecord {
  id: string;
  itemId: string;
  name: string;
  mediaType: string;
  sizeBytes: number;
  storageKey: string | null;
  createdAt: string;
}

/** The attachments among these ids that still exist. */
export async function listOParlAttachments(
  db: DbOrTx,
  orgId: string,
  ids: readonly string[],
): Promise<OParlAttachmentRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: attachments.id,
      itemId: attachments.itemId,
      name: attachments.name,
      mediaType: attachments.mediaType,
      sizeBytes: attachments.sizeBytes,
      storageKey: attachments.storageKey,
      createdAt: attachments.createdAt,
    })
    .from(attachments)
    .where(and(eq(attachments.orgId, orgId), inArray(attachments.id, [...ids])));
  return rows.map((r) => ({ ...r, createdAt: localIso(r.createdAt) }));
}
