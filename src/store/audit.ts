import { and, asc, desc, eq, gt, isNull, lt, not, or, type SQL, sql } from 'drizzle-orm';
import { ACCESS_ACTIONS, type ChainBreak, isAccessAction, READ_CLOSED_SUFFIX } from '../domain/audit.ts';
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

/**
 * Appends a row. The trigger of migration 0013 takes the chain's advisory lock (pg_advisory_xact_lock,
 * held to the end of the caller's transaction), numbers the row, reads the newest hash under the
 * lock and sets prev_hash and hash with fora_audit_hash(), the SQL the verifier also uses.
 */
export async function insertAuditEvent(db: DbOrTx, event: AuditWrite): Promise<void> {
  await db.insert(auditEvents).values(event);
}

export async function listAuditEvents(
  db: DbOrTx,
  orgId: string,
  /** `changesOnly`: leave out access events (reads of closed content, sign-ins, exports). */
  filter: { objectId?: string; limit: number; changesOnly?: boolean },
) {
  return db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.orgId, orgId),
        filter.objectId ? eq(auditEvents.objectId, filter.objectId) : undefined,
        filter.changesOnly ? not(isAccessEventSql()) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(filter.limit);
}

/** SQL: the row is an access event (see src/domain/audit.ts). */
export const isAccessEventSql = (): SQL =>
  sql`(${auditEvents.action} like ${`%${READ_CLOSED_SUFFIX}`} or ${auditEvents.action} in (${sql.join(
    ACCESS_ACTIONS.map((a) => sql`${a}`),
    sql`, `,
  )}))`;

/** The hash a row's fields give, by the same SQL function that wrote it. */
const expectedHash = sql<string>`fora_audit_hash(${auditEvents.prevHash}, ${auditEvents.id}, ${auditEvents.orgId},
  ${auditEvents.actorPersonId}, ${auditEvents.actorLabel}, ${auditEvents.action}, ${auditEvents.objectType},
  ${auditEvents.objectId}, ${auditEvents.address}, ${auditEvents.detail}, ${auditEvents.at})`;

export interface ChainCheck {
  rows: number;
  redacted: number;
  /** The newest row's id and hash: write them down elsewhere to anchor the chain. */
  head: { id: number; hash: string | null } | null;
  broken: { id: number; reason: ChainBreak } | null;
}

/** Walks the whole chain in id order, a batch at a time; stops at the first broken row. */
export async function checkAuditChain(db: DbOrTx, batch = 2000): Promise<ChainCheck> {
  let after = 0;
  let prev: string | null = null;
  let rows = 0;
  let redacted = 0;
  let head: ChainCheck['head'] = null;
  for (;;) {
    const page = await db
      .select({
        id: auditEvents.id,
        action: auditEvents.action,
        prevHash: auditEvents.prevHash,
        hash: auditEvents.hash,
        redactedAt: auditEvents.redactedAt,
        expected: expectedHash,
      })
      .from(auditEvents)
      .where(gt(auditEvents.id, after))
      .orderBy(asc(auditEvents.id))
      .limit(batch);
    for (const r of page) {
      const broken = (reason: ChainBreak): ChainCheck => ({
        rows,
        redacted,
        head,
        broken: { id: r.id, reason },
      });
      if (r.prevHash !== prev) return broken('prev_mismatch');
      if (r.redactedAt) {
        if (!isAccessAction(r.action)) return broken('redacted_change_event');
        redacted++;
      } else if (r.hash === null || r.hash !== r.expected) return broken('hash_mismatch');
      rows++;
      prev = r.hash;
      head = { id: r.id, hash: r.hash };
    }
    const last = page.at(-1);
    if (!last || page.length < batch) return { rows, redacted, head, broken: null };
    after = last.id;
  }
}

/**
 * Redacts the access events older than `before`: actor, address and detail are blanked and
 * redacted_at set; id, action, object, instant and both hashes stay, so the chain still links.
 */
export async function redactAccessEvents(db: DbOrTx, before: Date, now: Date): Promise<number> {
  const rows = await db
    .update(auditEvents)
    .set({ actorPersonId: null, actorLabel: '', address: null, detail: {}, redactedAt: now })
    .where(and(isNull(auditEvents.redactedAt), lt(auditEvents.at, before), isAccessEventSql()))
    .returning({ id: auditEvents.id });
  return rows.length;
}

/**
 * Every event of the organisation that concerns a person: they acted, they are the object, their
 * id appears in the detail, or the detail's `email` is theirs (a failed sign-in). Oldest first.
 */
export async function listPersonAuditEvents(
  db: DbOrTx,
  orgId: string,
  person: { id: string; email: string },
) {
  const personId = person.id;
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      actorPersonId: auditEvents.actorPersonId,
      actorLabel: auditEvents.actorLabel,
      address: auditEvents.address,
      action: auditEvents.action,
      objectType: auditEvents.objectType,
      objectId: auditEvents.objectId,
      detail: auditEvents.detail,
      redactedAt: auditEvents.redactedAt,
    })
    .from(auditEvents)
    .where(
      or(
        and(eq(auditEvents.orgId, orgId), concernsPerson(personId, person.email)),
        and(isNull(auditEvents.orgId), eq(auditEvents.actorPersonId, personId)),
      ),
    )
    .orderBy(asc(auditEvents.id));
}

const concernsPerson = (personId: string, email: string): SQL =>
  sql`(${auditEvents.actorPersonId} = ${personId}::uuid
    or (${auditEvents.objectType} = 'person' and ${auditEvents.objectId} = ${personId})
    or strpos(${auditEvents.detail}::text, ${personId}) > 0
    or lower(${auditEvents.detail}->>'email') = lower(${email}))`;
