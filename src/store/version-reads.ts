/** Which published version of a meeting's agenda or minutes a person opened last. */
import { and, eq, sql } from 'drizzle-orm';
import type { VersionKind } from './agenda.ts';
import type { DbOrTx } from './db.ts';
import { versionReads } from './schema.ts';

export async function lastReadVersion(
  db: DbOrTx,
  personId: string,
  meetingId: string,
  kind: VersionKind,
): Promise<number | null> {
  const [row] = await db
    .select({ version: versionReads.version })
    .from(versionReads)
    .where(
      and(
        eq(versionReads.personId, personId),
        eq(versionReads.meetingId, meetingId),
        eq(versionReads.kind, kind),
      ),
    );
  return row?.version ?? null;
}

/** Records a read; reading an older version never lowers what the person has seen. */
export async function recordRead(
  db: DbOrTx,
  input: { personId: string; meetingId: string; kind: VersionKind; version: number; at: Date },
): Promise<void> {
  await db
    .insert(versionReads)
    .values({ ...input, readAt: input.at })
    .onConflictDoUpdate({
      target: [versionReads.personId, versionReads.meetingId, versionReads.kind],
      set: {
        version: sql`greatest(${versionReads.version}, excluded.version)`,
        readAt: sql`excluded.read_at`,
      },
    });
}
