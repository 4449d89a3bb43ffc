/**
 * The archive's rows: what `fora export` reads of one organisation (or one of its forums), and
 * how `fora import` writes them back with their ids. The tables and their order of insertion are
 * ARCHIVE_TABLES; what is left out, and why, is in docs/archive-format.md.
 */
import { and, asc, eq, getTableColumns, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './db.ts';
import {
  agendaVersions,
  attachments,
  attendance,
  cases,
  charters,
  followUps,
  forums,
  forumThemes,
  itemMinutes,
  items,
  leadersDayFiles,
  leadersDayRegistrations,
  leadersDays,
  meetings,
  memberships,
  minutesApprovals,
  organisations,
  people,
  programmeInitiatives,
  themeAssignments,
  units,
  wheelEntries,
  wheelPlaceholders,
  workingGroups,
  workProgrammes,
} from './schema.ts';

/** The archived tables by their name in the archive, in an order that satisfies the foreign keys. */
export const ARCHIVE_TABLES = {
  organisations,
  units,
  people,
  forums,
  memberships,
  charters,
  meetings,
  cases,
  items,
  attachments,
  attendance,
  agendaVersions,
  itemMinutes,
  followUps,
  minutesApprovals,
  wheelEntries,
  wheelPlaceholders,
  themeAssignments,
  forumThemes,
  leadersDays,
  leadersDayRegistrations,
  leadersDayFiles,
  workingGroups,
  workProgrammes,
  programmeInitiatives,
} as const;
export type ArchiveTable = keyof typeof ARCHIVE_TABLES;

/** Tables left out of the archive (by SQL name), each with its reason; docs/archive-format.md explains. */
export const ARCHIVE_EXCLUDED: Readonly<Record<string, string>> = {
  audit_events: "the exporting installation's history; the target audits the import itself",
  accounts: 'password hashes are secrets',
  sessions: 'signed-in sessions are secrets of the running installation',
  feed_tokens: 'calendar feed token hashes are secrets',
  notes: 'private to each reader',
  version_reads: "each reader's own reading state",
  outbox: 'transient mail queue',
  jobs: 'transient background work',
  rendered_documents: 're-rendered from agenda_versions',
  import_sources:
    'which files `fora import` read (by hash): a re-import after a restore finds the meeting by forum and date and its items by title instead, so nothing is duplicated',
};
export const ARCHIVE_TABLE_NAMES = Object.keys(ARCHIVE_TABLES) as ArchiveTable[];

/** One organisation's rows, table by table, as drizzle reads them. */
export type ArchiveRows = { [K in ArchiveTable]: Record<string, unknown>[] };

/** Empty `in (...)` lists match nothing (drizzle would otherwise need at least one value). */
const within = (column: PgColumn, ids: readonly string[]): SQL =>
  ids.length > 0 ? inArray(column, [...ids]) : sql`false`;

const idsOf = (rows: Record<string, unknown>[], ...keys: string[]): string[] => [
  ...new Set(rows.flatMap((r) => keys.map((k) => r[k])).filter((v): v is string => typeof v === 'string')),
];

/** The people items name as presenters (kept in JSON, so not a foreign key but still a reference). */
const presenterIds = (rows: Record<string, unknown>[]): string[] =>
  rows.flatMap((r) =>
    ((r.presenters as { personId?: string | null }[] | null) ?? [])
      .map((p) => p.personId)
      .filter((v): v is string => typeof v === 'string'),
  );

/**
 * Reads one organisation, or one forum of it with the people and cases its rows refer to (a case
 * deciding in another forum keeps its case but loses that forum: `decidingForumId` becomes null).
 */
export async function readArchiveRows(
  db: DbOrTx,
  orgId: string,
  forumId: string | null,
): Promise<ArchiveRows> {
  const byOrg = <T extends PgTable & { orgId: PgColumn; id?: PgColumn }>(
    table: T,
    filter: SQL | undefined,
    order: PgColumn,
  ) =>
    db
      .select()
      .from(table as PgTable)
      .where(and(eq(table.orgId, orgId), filter))
      .orderBy(asc(order)) as Promise<Record<string, unknown>[]>;
  const forumOnly = (column: PgColumn) => (forumId ? eq(column, forumId) : undefined);

  const organisationRows = await db.select().from(organisations).where(eq(organisations.id, orgId));
  const unitRows = await byOrg(units, undefined, units.id);
  const forumRows = await byOrg(forums, forumOnly(forums.id), forums.id);
  const membershipRows = await byOrg(memberships, forumOnly(memberships.forumId), memberships.id);
  const charterRows = await byOrg(charters, forumOnly(charters.forumId), charters.id);
  const meetingRows = await byOrg(meetings, forumOnly(meetings.forumId), meetings.id);
  const itemRows = await byOrg(items, forumOnly(items.forumId), items.id);
  const itemIds = idsOf(itemRows, 'id');
  const meetingIds = idsOf(meetingRows, 'id');
  const ofItems = forumId ? within(attachments.itemId, itemIds) : undefined;
  const ofMeetings = (column: PgColumn) => (forumId ? within(column, meetingIds) : undefined);
  const attachmentRows = await byOrg(attachments, ofItems, attachments.id);
  const attendanceRows = await byOrg(attendance, ofMeetings(attendance.meetingId), attendance.id);
  const versionRows = await byOrg(agendaVersions, ofMeetings(agendaVersions.meetingId), agendaVersions.id);
  const minutesRows = await byOrg(itemMinutes, ofMeetings(itemMinutes.meetingId), itemMinutes.itemId);
  const followUpRows = await byOrg(followUps, forumOnly(followUps.forumId), followUps.seq);
  const approvalRows = await byOrg(
    minutesApprovals,
    ofMeetings(minutesApprovals.meetingId),
    minutesApprovals.id,
  );
  const wheelRows = await byOrg(wheelEntries, forumOnly(wheelEntries.forumId), wheelEntries.id);
  const placeholderRows = await byOrg(
    wheelPlaceholders,
    forumId ? within(wheelPlaceholders.entryId, idsOf(wheelRows, 'id')) : undefined,
    wheelPlaceholders.id,
  );
  const themeAssignmentRows = await byOrg(
    themeAssignments,
    forumOnly(themeAssignments.forumId),
    themeAssignments.id,
  );
  const themeRows = await byOrg(forumThemes, forumOnly(forumThemes.forumId), forumThemes.id);
  let dayRows = await byOrg(leadersDays, forumOnly(leadersDays.forumId), leadersDays.id);
  const dayIds = idsOf(dayRows, 'id');
  const registrationRows = await byOrg(
    leadersDayRegistrations,
    forumId ? within(leadersDayRegistrations.leadersDayId, dayIds) : undefined,
    leadersDayRegistrations.id,
  );
  const dayFileRows = await byOrg(
    leadersDayFiles,
    forumId ? within(leadersDayFiles.leadersDayId, dayIds) : undefined,
    leadersDayFiles.id,
  );
  const groupRows = await byOrg(workingGroups, forumOnly(workingGroups.parentForumId), workingGroups.id);
  const programmeRows = await byOrg(workProgrammes, forumOnly(workProgrammes.forumId), workProgrammes.id);
  const initiativeRows = await byOrg(
    programmeInitiatives,
    forumId ? within(programmeInitiatives.programmeId, idsOf(programmeRows, 'id')) : undefined,
    programmeInitiatives.id,
  );
  let caseRows = await byOrg(
    cases,
    forumId ? within(cases.id, idsOf(itemRows, 'caseId')) : undefined,
    cases.id,
  );
  let peopleRows: Record<string, unknown>[];
  if (forumId) {
    caseRows = caseRows.map((c) => (c.decidingForumId === forumId ? c : { ...c, decidingForumId: null }));
    // The evaluating forum and its evaluation item belong to another forum's archive.
    dayRows = dayRows.map((d) =>
      d.evaluationForumId === forumId ? d : { ...d, evaluationForumId: null, evaluationItemId: null },
    );
    const referenced = [
      ...idsOf(unitRows, 'directorPersonId'),
      ...idsOf(membershipRows, 'personId'),
      ...idsOf(meetingRows, 'leaderPersonId'),
      ...idsOf(itemRows, 'submitterPersonId', 'approverPersonId'),
      ...presenterIds(itemRows),
      ...idsOf(attachmentRows, 'createdByPersonId'),
      ...idsOf(attendanceRows, 'personId', 'substitutePersonId'),
      ...idsOf(versionRows, 'publishedByPersonId'),
      ...idsOf(minutesRows, 'updatedByPersonId'),
      ...idsOf(followUpRows, 'ownerPersonId'),
      ...idsOf(approvalRows, 'personId'),
      ...idsOf(wheelRows, 'responsiblePersonId'),
      ...idsOf(themeAssignmentRows, 'presenterPersonId'),
      ...idsOf(themeRows, 'proposerPersonId'),
      ...idsOf(registrationRows, 'personId'),
      ...idsOf(dayFileRows, 'uploadedByPersonId'),
      ...groupRows.flatMap((g) => idsOf((g.members as Record<string, unknown>[]) ?? [], 'personId')),
      ...idsOf(initiativeRows, 'ownerPersonId'),
    ];
    peopleRows = await byOrg(people, within(people.id, [...new Set(referenced)]), people.id);
  } else peopleRows = await byOrg(people, undefined, people.id);
  return {
    organisations: organisationRows,
    units: unitRows,
    people: peopleRows,
    forums: forumRows,
    memberships: membershipRows,
    charters: charterRows,
    meetings: meetingRows,
    cases: caseRows,
    items: itemRows,
    attachments: attachmentRows,
    attendance: attendanceRows,
    agendaVersions: versionRows,
    itemMinutes: minutesRows,
    followUps: followUpRows,
    minutesApprovals: approvalRows,
    wheelEntries: wheelRows,
    wheelPlaceholders: placeholderRows,
    themeAssignments: themeAssignmentRows,
    forumThemes: themeRows,
    leadersDays: dayRows,
    leadersDayRegistrations: registrationRows,
    leadersDayFiles: dayFileRows,
    workingGroups: groupRows,
    workProgrammes: programmeRows,
    programmeInitiatives: initiativeRows,
  };
}

/**
 * The rows that point at stored files (`storageKey`, `sha256`, `sizeBytes`): attachments and
 * leaders' day material, each with its table's name.
 */
export const fileRowsOf = (rows: Pick<ArchiveRows, 'attachments' | 'leadersDayFiles'>) => [
  ...rows.attachments.map((row) => ({ table: 'attachments' as const, row })),
  ...rows.leadersDayFiles.map((row) => ({ table: 'leadersDayFiles' as const, row })),
];

/** The columns of an archived table, by their property name (as the archive names them). */
export const archiveColumns = (table: ArchiveTable): Record<string, PgColumn> =>
  getTableColumns(ARCHIVE_TABLES[table]) as Record<string, PgColumn>;

/** Writes rows back as they were (ids, states, versions and times included). */
export async function insertArchiveRows(db: DbOrTx, table: ArchiveTable, rows: Record<string, unknown>[]) {
  for (let i = 0; i < rows.length; i += 500)
    // biome-ignore lint/suspicious/noExplicitAny: one insert for every archived table; rows are validated against its columns
    await db.insert(ARCHIVE_TABLES[table] as PgTable).values(rows.slice(i, i + 500) as any);
}

/** After follow-ups were inserted with their own `seq`, new ones must still sort after them. */
export async function advanceFollowUpSequence(db: DbOrTx): Promise<void> {
  await db.execute(
    sql`select setval(pg_get_serial_sequence('follow_ups', 'seq'), greatest((select max(seq) from follow_ups), 1))`,
  );
}

/** Organisations that already exist with one of these ids or slugs. */
export async function existingOrganisations(
  db: DbOrTx,
  ids: string[],
  slugs: string[],
): Promise<{ id: string; slug: string }[]> {
  if (ids.length === 0 && slugs.length === 0) return [];
  return db
    .select({ id: organisations.id, slug: organisations.slug })
    .from(organisations)
    .where(or(within(organisations.id, ids), within(organisations.slug, slugs)));
}

/** Every organisation, for an export of everything. */
export const allOrganisationIds = async (db: DbOrTx): Promise<{ id: string; slug: string }[]> =>
  db
    .select({ id: organisations.id, slug: organisations.slug })
    .from(organisations)
    .orderBy(organisations.slug);
