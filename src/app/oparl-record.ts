/**
 * An organisation's public record as OParl objects (ADR 0016), built from the published agenda
 * and minutes versions: what a version published is the record, the items' current rows only say
 * whether an item is still public (policy.ts `isPublicRecord`). An item or attachment that an
 * earlier version of a meeting listed and the meeting's current version no longer does is deleted.
 */
import { type OParlVisit, toOParl, visitRole } from '../domain/case-timeline.ts';
import {
  type MembershipRow,
  type OParlKind,
  type OParlLinks,
  type OParlObject,
  type TermRow,
  toBody,
  toLegislativeTerm,
  toMembership,
  toOrganization,
  toPerson,
} from '../domain/oparl.ts';
import {
  type AgendaItemRow,
  type FileRow,
  type MeetingRow,
  toAgendaItem,
  toFile,
  toLocation,
  toMeeting,
} from '../domain/oparl-meeting.ts';
import { isPublicRecord, isPublicResolution } from '../domain/policy.ts';
import { isEmptyRichText, richTextToPlainText } from '../domain/rich-text.ts';
import type { DbOrTx } from '../store/db.ts';
import {
  lastAuditedChanges,
  listOParlAttachments,
  listOParlCases,
  listOParlForums,
  listOParlItems,
  listOParlMeetings,
  listOParlMemberships,
  listOParlPeople,
  listOParlVersions,
  type OParlOrgRecord,
} from '../store/oparl.ts';
import { type Appearance, appearances, outcomeOf } from './oparl-appearances.ts';

export interface OParlRecord {
  body: OParlObject;
  lists: Record<OParlKind, OParlObject[]>;
  /** Attachment id → storage key, for the files the record serves (not deleted). */
  downloads: Map<string, { storageKey: string; name: string; mediaType: string; size: number }>;
}

const latest = (...isos: (string | undefined)[]): string =>
  isos.filter((s): s is string => !!s).reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));

export async function buildOParlRecord(
  db: DbOrTx,
  org: OParlOrgRecord,
  u: OParlLinks,
  omitInternal: boolean,
): Promise<OParlRecord> {
  const audited = await lastAuditedChanges(db, org.id);
  const mod = (id: string, created: string, ...more: string[]) => latest(created, audited.get(id), ...more);
  const forums = await listOParlForums(db, org.id);
  const forumById = new Map(forums.map((f) => [f.id, f]));
  const memberships: MembershipRow[] = (await listOParlMemberships(db, org.id)).map((m) => ({
    ...m,
    created: m.createdAt,
    modified: mod(m.id, m.createdAt),
  }));
  const versions = await listOParlVersions(db, org.id);
  const lastPublished = new Map(versions.map((v) => [v.meetingId, v.publishedAt]));
  const meetings: MeetingRow[] = (await listOParlMeetings(db, org.id))
    .map((m) => ({
      id: m.id,
      forumId: m.forumId,
      forumShortName: forumById.get(m.forumId)?.shortName ?? '',
      start: m.startsAt,
      end: m.endsAt,
      state: m.state,
      location: m.location,
      created: m.createdAt,
      modified: latest(m.updatedAt, lastPublished.get(m.id)),
    }))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.id < b.id ? -1 : 1));
  const apps = appearances(meetings, versions);
  const itemRows = new Map(
    (await listOParlItems(db, org.id, [...new Set(apps.map((a) => a.item.itemId))])).map((i) => [i.id, i]),
  );
  const isPublic = (a: Appearance): boolean => {
    const row = itemRows.get(a.item.itemId);
    return (
      !!row &&
      !a.everClosed &&
      isPublicRecord(
        // A removed (deleted) visit is judged as its version published it.
        { closed: row.closed || a.item.closed, state: a.live ? row.state : 'published' },
        { state: a.meeting.state, agendaPublished: true },
      )
    );
  };
  // Keys as the Paper export makes them: an item's first (living) visit keeps its id.
  const firstVisit = new Set<string>();
  const keyOf = new Map<Appearance, string>();
  for (const a of apps.filter((x) => x.live)) {
    const first = !firstVisit.has(a.item.itemId);
    firstVisit.add(a.item.itemId);
    keyOf.set(a, first ? a.item.itemId : `${a.item.itemId}~${a.meeting.id}`);
  }
  for (const a of apps.filter((x) => !x.live)) keyOf.set(a, `${a.item.itemId}~${a.meeting.id}`);
  const key = (a: Appearance): string => keyOf.get(a) ?? a.item.itemId;

  // Files: the stored attachments of public items; those an earlier version listed are deleted.
  const publicApps = apps.filter(isPublic);
  const attachmentIds = publicApps.flatMap((a) => [...a.everFiles.keys()]);
  const stored = new Map((await listOParlAttachments(db, org.id, attachmentIds)).map((f) => [f.id, f]));
  const files = new Map<string, FileRow>();
  const downloads: OParlRecord['downloads'] = new Map();
  for (const a of publicApps) {
    const current = new Set(a.live ? a.item.attachments.map((f) => f.id) : []);
    for (const f of a.everFiles.values()) {
      const row = stored.get(f.id);
      // A reference to a file kept elsewhere has no bytes to serve: no File.
      if (row && !row.storageKey) continue;
      const live = !!row?.storageKey && current.has(f.id);
      const existing = files.get(f.id);
      files.set(f.id, {
        id: f.id,
        name: f.name,
        mediaType: row?.mediaType ?? 'application/octet-stream',
        size: row?.sizeBytes ?? 0,
        meetingId: a.meeting.id,
        agendaItemKeys: [...(existing?.agendaItemKeys ?? []), key(a)],
        created: row?.createdAt ?? a.firstPublished,
        modified: latest(row?.createdAt, a.meeting.modified, audited.get(f.id)),
        // Deleted once no visit lists it any more.
        deleted: (existing?.deleted ?? true) && !live,
      });
      if (live && row?.storageKey)
        downloads.set(f.id, {
          storageKey: row.storageKey,
          name: row.name,
          mediaType: row.mediaType,
          size: row.sizeBytes,
        });
    }
  }

  const agendaRows = new Map<Appearance, AgendaItemRow>();
  for (const a of apps) {
    const open = isPublic(a);
    const row = itemRows.get(a.item.itemId);
    const decision = a.minutes && isPublicResolution(a.meeting) ? a.item.decision : null;
    agendaRows.set(a, {
      key: key(a),
      meetingId: a.meeting.id,
      number: a.item.number,
      public: open,
      ...(open && {
        name: a.item.title,
        ...(a.minutes && isPublicResolution(a.meeting) && a.item.result && { result: a.item.result }),
        ...(decision && !isEmptyRichText(decision) && { resolutionText: richTextToPlainText(decision) }),
        ...(row?.caseId && a.live && { consultationKey: key(a) }),
        start: a.item.start,
      }),
      files: open && a.live ? a.item.attachments.flatMap((f) => files.get(f.id) ?? []) : [],
      created: a.firstPublished,
      modified: a.meeting.modified,
      deleted: !a.live,
    });
  }

  // Papers: the cases of public items, each visit a consultation (case-timeline.ts toOParl).
  const caseVisits = new Map<string, { a: Appearance; row: AgendaItemRow }[]>();
  for (const [a, row] of agendaRows) {
    const caseId = itemRows.get(a.item.itemId)?.caseId;
    if (!caseId || !row.public || row.deleted) continue;
    caseVisits.set(caseId, [...(caseVisits.get(caseId) ?? []), { a, row }]);
  }
  const cases = await listOParlCases(db, org.id, [...caseVisits.keys()]);
  const papers: OParlObject[] = [];
  const consultations: OParlObject[] = [];
  for (const kase of cases) {
    const visits = caseVisits.get(kase.id) ?? [];
    const item = (v: { a: Appearance }) => itemRows.get(v.a.item.itemId);
    const visitsOut = visits.map(
      (v): OParlVisit => ({
        forumId: v.a.meeting.forumId,
        forumShortName: v.a.meeting.forumShortName,
        meetingId: v.a.meeting.id,
        meetingStart: v.a.meeting.start,
        itemId: v.a.item.itemId,
        outcome: outcomeOf(v.a, item(v)?.state, item(v)?.meetingId ?? null),
        role: visitRole({ forumId: v.a.meeting.forumId, itemType: v.a.item.type }, null),
      }),
    );
    const { paper } = toOParl(
      {
        id: kase.id,
        title: kase.title,
        caseNumber: kase.caseNumber,
        bodyId: org.id,
        createdAt: kase.createdAt,
      },
      visitsOut,
      u.base,
    );
    const modified = latest(mod(kase.id, kase.createdAt), ...visits.map((v) => v.row.modified));
    const stamped = paper.consultation.map((c) => {
      const row = visits.find((v) => u.agendaItem(v.row.key) === c.agendaItem)?.row;
      return { ...c, created: row?.created ?? kase.createdAt, modified: row?.modified ?? modified };
    });
    consultations.push(...stamped);
    const { consultation: _embedded, ...bare } = paper;
    papers.push({
      ...bare,
      ...(!omitInternal && { consultation: stamped }),
      created: kase.createdAt,
      modified,
    });
  }

  const byMeeting = (m: MeetingRow) =>
    [...agendaRows.entries()].filter(([a]) => a.meeting === m).map(([, r]) => r);
  const personIds = new Set(memberships.map((m) => m.personId));
  const people = (await listOParlPeople(db, org.id)).filter((p) => personIds.has(p.id));
  const years = meetings.map((m) => Number(m.start.slice(0, 4)));
  const terms: TermRow[] = [];
  if (years.length > 0)
    for (let y = Math.min(...years); y <= Math.max(...years); y++) terms.push({ bodyId: org.id, year: y });
  const orgRow = { ...org, created: org.createdAt, modified: mod(org.id, org.createdAt) };
  return {
    body: toBody(orgRow, terms, u),
    downloads,
    lists: {
      organization: forums.map((f) =>
        toOrganization(
          { ...f, bodyId: org.id, created: f.createdAt, modified: mod(f.id, f.createdAt) },
          memberships.filter((m) => m.forumId === f.id).map((m) => m.id),
          u,
        ),
      ),
      person: people.map((p) =>
        toPerson(
          { ...p, bodyId: org.id, created: p.createdAt, modified: mod(p.id, p.createdAt) },
          memberships.filter((m) => m.personId === p.id),
          u,
          omitInternal,
        ),
      ),
      membership: memberships.map((m) => toMembership(m, u)),
      meeting: meetings.map((m) => toMeeting(m, byMeeting(m), u, omitInternal)),
      agendaitem: [...agendaRows.values()].map((r) => toAgendaItem(r, u, omitInternal)),
      paper: papers,
      consultation: consultations,
      file: [...files.values()].map((f) => toFile(f, u)),
      location: meetings.filter((m) => m.location).map((m) => toLocation(m, u)),
      legislativeterm: terms.map((t) => toLegislativeTerm(t, u, org.createdAt)),
    },
  };
}
