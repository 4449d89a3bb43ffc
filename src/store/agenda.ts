import { and, asc, desc, eq } from 'drizzle-orm';
import type { AgendaChange, AgendaSnapshot } from '../domain/agenda.ts';
import type { DbOrTx } from './db.ts';
import { uniqueViolation } from './errors.ts';
import { agendaVersions } from './schema.ts';

/** 'agenda' (dagsorden; 2.. are supplementary agendas) or 'minutes' (referat; 2.. are corrections). */
export type VersionKind = 'agenda' | 'minutes';

export interface AgendaVersion {
  id: string;
  meetingId: string;
  kind: VersionKind;
  version: number;
  content: AgendaSnapshot;
  changes: AgendaChange[];
  /** Why this version was published after an earlier one (a correction's change note); '' otherwise. */
  changeNote: string;
  publishedByPersonId: string | null;
  publishedAt: string;
}

type Row = typeof agendaVersions.$inferSelect;
const toVersion = (r: Row): AgendaVersion => ({
  id: r.id,
  meetingId: r.meetingId,
  kind: r.kind,
  version: r.version,
  content: r.content,
  changes: r.changes,
  changeNote: r.changeNote,
  publishedByPersonId: r.publishedByPersonId,
  publishedAt: r.publishedAt.toISOString(),
});

const byKind = (meetingId: string, kind: VersionKind) =>
  and(eq(agendaVersions.meetingId, meetingId), eq(agendaVersions.kind, kind));

/** Versions are insert-only: a published version is never updated. */
export async function insertAgendaVersion(
  db: DbOrTx,
  orgId: string,
  v: Omit<AgendaVersion, 'id' | 'publishedAt' | 'kind' | 'changeNote'> & {
    kind?: VersionKind;
    changeNote?: string;
  },
): Promise<AgendaVersion> {
  try {
    const [row] = await db
      .insert(agendaVersions)
      .values({ ...v, kind: v.kind ?? 'agenda', orgId })
      .returning();
    if (!row) throw new Error('insert returned no row');
    return toVersion(row);
  } catch (err) {
    throw uniqueViolation(err, {
      agenda_versions_meeting_kind_version: ['version', 'published concurrently; reload and try again'],
    });
  }
}

export async function latestAgendaVersion(
  db: DbOrTx,
  meetingId: string,
  kind: VersionKind = 'agenda',
): Promise<AgendaVersion | undefined> {
  const [row] = await db
    .select()
    .from(agendaVersions)
    .where(byKind(meetingId, kind))
    .orderBy(desc(agendaVersions.version))
    .limit(1);
  return row && toVersion(row);
}

export async function findAgendaVersion(
  db: DbOrTx,
  meetingId: string,
  version: number,
  kind: VersionKind = 'agenda',
): Promise<AgendaVersion | undefined> {
  const [row] = await db
    .select()
    .from(agendaVersions)
    .where(and(byKind(meetingId, kind), eq(agendaVersions.version, version)));
  return row && toVersion(row);
}

export async function listAgendaVersions(
  db: DbOrTx,
  meetingId: string,
  kind: VersionKind = 'agenda',
): Promise<Omit<AgendaVersion, 'content'>[]> {
  const rows = await db
    .select({
      id: agendaVersions.id,
      meetingId: agendaVersions.meetingId,
      kind: agendaVersions.kind,
      version: agendaVersions.version,
      changes: agendaVersions.changes,
      changeNote: agendaVersions.changeNote,
      publishedByPersonId: agendaVersions.publishedByPersonId,
      publishedAt: agendaVersions.publishedAt,
    })
    .from(agendaVersions)
    .where(byKind(meetingId, kind))
    .orderBy(asc(agendaVersions.version));
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt.toISOString() }));
}
