import { and, asc, desc, eq } from 'drizzle-orm';
import type { AgendaChange, AgendaSnapshot } from '../domain/agenda.ts';
import type { DbOrTx } from './db.ts';
import { uniqueViolation } from './errors.ts';
import { agendaVersions } from './schema.ts';

export interface AgendaVersion {
  id: string;
  meetingId: string;
  version: number;
  content: AgendaSnapshot;
  changes: AgendaChange[];
  publishedByPersonId: string | null;
  publishedAt: string;
}

type Row = typeof agendaVersions.$inferSelect;
const toVersion = (r: Row): AgendaVersion => ({
  id: r.id,
  meetingId: r.meetingId,
  version: r.version,
  content: r.content,
  changes: r.changes,
  publishedByPersonId: r.publishedByPersonId,
  publishedAt: r.publishedAt.toISOString(),
});

/** Versions are insert-only: a published version is never updated. */
export async function insertAgendaVersion(
  db: DbOrTx,
  orgId: string,
  v: Omit<AgendaVersion, 'id' | 'publishedAt'>,
): Promise<AgendaVersion> {
  try {
    const [row] = await db
      .insert(agendaVersions)
      .values({ ...v, orgId })
      .returning();
    if (!row) throw new Error('insert returned no row');
    return toVersion(row);
  } catch (err) {
    throw uniqueViolation(err, {
      agenda_versions_meeting_version: ['version', 'published concurrently; reload and try again'],
    });
  }
}

export async function latestAgendaVersion(db: DbOrTx, meetingId: string): Promise<AgendaVersion | undefined> {
  const [row] = await db
    .select()
    .from(agendaVersions)
    .where(eq(agendaVersions.meetingId, meetingId))
    .orderBy(desc(agendaVersions.version))
    .limit(1);
  return row && toVersion(row);
}

export async function findAgendaVersion(
  db: DbOrTx,
  meetingId: string,
  version: number,
): Promise<AgendaVersion | undefined> {
  const [row] = await db
    .select()
    .from(agendaVersions)
    .where(and(eq(agendaVersions.meetingId, meetingId), eq(agendaVersions.version, version)));
  return row && toVersion(row);
}

export async function listAgendaVersions(
  db: DbOrTx,
  meetingId: string,
): Promise<Omit<AgendaVersion, 'content'>[]> {
  const rows = await db
    .select({
      id: agendaVersions.id,
      meetingId: agendaVersions.meetingId,
      version: agendaVersions.version,
      changes: agendaVersions.changes,
      publishedByPersonId: agendaVersions.publishedByPersonId,
      publishedAt: agendaVersions.publishedAt,
    })
    .from(agendaVersions)
    .where(eq(agendaVersions.meetingId, meetingId))
    .orderBy(asc(agendaVersions.version));
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt.toISOString() }));
}
