import { type AgendaChange, type AgendaSnapshot, agendaChanges } from '../domain/agenda.ts';
import { notFound } from '../domain/errors.ts';
import { canReadClosed } from '../domain/policy.ts';
import {
  type AgendaVersion,
  findAgendaVersion,
  latestAgendaVersion,
  listAgendaVersions,
  type VersionKind,
} from '../store/agenda.ts';
import { findMeeting, findMeetingByOccurrence } from '../store/meetings.ts';
import { lastReadVersion, recordRead } from '../store/version-reads.ts';
import { type AppContext, audit, authorize, type Caller, forumResource, resolveForum } from './context.ts';

/**
 * Closed items are shown in full only to the forum's members; everyone else sees the number and
 * "Lukket punkt". A member's read of closed content is audited.
 */
export function redact(snapshot: AgendaSnapshot): AgendaSnapshot {
  const keepTitle = snapshot.showClosedTitles === true;
  return {
    ...snapshot,
    items: snapshot.items.map((i) =>
      i.closed
        ? {
            ...i,
            title: keepTitle ? i.title : 'Lukket punkt',
            caseNumber: null,
            presenters: [],
            sections: [],
            recommendations: [],
            attachments: [],
            closedBasis: i.closedBasis,
            ...(i.decision !== undefined && { decision: null }),
            result: undefined,
          }
        : i,
    ),
    ...(snapshot.communication && {
      communication: snapshot.communication.filter((c) => !c.closed),
    }),
  };
}

export const redactChanges = (changes: readonly AgendaChange[]): AgendaChange[] =>
  changes.map((c) => (c.closed ? { ...c, title: 'Lukket punkt', fields: [] } : c));

async function meetingOf(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  meetingId: string,
) {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'agenda.read', forumResource(forum), 'Forum');
  // A stored meeting by id, or by its series date; a read never creates a meeting.
  const meeting = /^[0-9a-f-]{36}$/.test(meetingId)
    ? await findMeeting(ctx.db, forum.id, meetingId)
    : /^\d{4}-\d{2}-\d{2}$/.test(meetingId)
      ? await findMeetingByOccurrence(ctx.db, forum.id, meetingId)
      : undefined;
  if (!meeting) throw notFound('Meeting');
  return { org, forum, meeting };
}

export async function getAgendaVersion(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  meetingId: string,
  version: number | 'latest',
  kind: VersionKind = 'agenda',
): Promise<AgendaVersion & { audience: 'members' | 'organisation'; sinceLastRead: SinceLastRead | null }> {
  const { org, forum, meeting } = await meetingOf(ctx, caller, orgSlug, shortName, meetingId);
  const found =
    version === 'latest'
      ? await latestAgendaVersion(ctx.db, meeting.id, kind)
      : await findAgendaVersion(ctx.db, meeting.id, version, kind);
  if (!found) throw notFound(kind === 'agenda' ? 'Agenda version' : 'Minutes version');
  const since = await sinceLastRead(ctx, caller, found);
  if (!canReadClosed(caller.actor, forum.id))
    return {
      ...found,
      content: redact(found.content),
      changes: redactChanges(found.changes),
      audience: 'organisation',
      sinceLastRead: since && { ...since, changes: redactChanges(since.changes) },
    };
  const closed = found.content.items.filter((i) => i.closed).map((i) => i.itemId);
  if (closed.length > 0)
    await audit(ctx.db, caller, {
      orgId: org.id,
      action: kind === 'agenda' ? 'agenda.read_closed' : 'minutes.read_closed',
      objectType: 'meeting',
      objectId: meeting.id,
      detail: { version: found.version, items: closed },
    });
  return { ...found, audience: 'members', sinceLastRead: since };
}

/** What changed between the version a person opened last and this one ("ændret siden du læste"). */
export interface SinceLastRead {
  version: number;
  changes: AgendaChange[];
}

/**
 * Compares this version with the one the person opened last, then records this read. Null for a
 * first read, an operator, or a version not newer than the one read.
 */
async function sinceLastRead(
  ctx: AppContext,
  caller: Caller,
  found: AgendaVersion,
): Promise<SinceLastRead | null> {
  if (caller.actor.kind !== 'person') return null;
  const personId = caller.actor.personId;
  const read = await lastReadVersion(ctx.db, personId, found.meetingId, found.kind);
  await recordRead(ctx.db, {
    personId,
    meetingId: found.meetingId,
    kind: found.kind,
    version: found.version,
    at: ctx.now(),
  });
  if (read === null || read >= found.version) return null;
  const before = await findAgendaVersion(ctx.db, found.meetingId, read, found.kind);
  return before ? { version: read, changes: agendaChanges(before.content, found.content) } : null;
}

export async function listVersions(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  meetingId: string,
  kind: VersionKind = 'agenda',
) {
  const { forum, meeting } = await meetingOf(ctx, caller, orgSlug, shortName, meetingId);
  const versions = await listAgendaVersions(ctx.db, meeting.id, kind);
  return canReadClosed(caller.actor, forum.id)
    ? versions
    : versions.map((v) => ({ ...v, changes: redactChanges(v.changes) }));
}
