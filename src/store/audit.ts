import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';
import { auditEvents } from './schema.ts';

export interface AuditWrite {
  orgId: string | null;
  actorPersonId: string | null;
  actorLabel: string;
  action: string;
  objectType: string;
  objectId: string;
  address: string | null;
  detail: Record<string, unknown>;
}

export async function insertAuditEvent(db: DbOrTx, event: AuditWrite): Promise<void> {
  await db.insert(auditEvents).values(event);
}

export async function listAuditEvents(
  db: DbOrTx,
  orgId: string,
  filter: { objectId?: string; limit: number },
) {
  return db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.orgId, orgId),
        filter.objectId ? eq(auditEvents.objectId, filter.objectId) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(filter.limit);
}
