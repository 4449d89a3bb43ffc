/**
 * Retention of the audit log (ADR 0017): access events (reads of closed content, sign-ins and
 * sign-outs, exports) older than the retention period are redacted: actor, address and detail are
 * blanked, the row and its hashes stay so the chain still verifies. Change events are the record's
 * history and are kept. The pruning writes its own row: how many, up to when.
 */
import { DateTime } from 'luxon';
import { DEFAULT_AUDIT_RETENTION_MONTHS } from '../domain/audit.ts';
import { redactAccessEvents } from '../store/audit.ts';
import { type AppContext, audit, authorize, type Caller } from './context.ts';

export interface AuditPruning {
  redacted: number;
  /** Access events before this instant are redacted. */
  before: string;
  retentionMonths: number;
}

export async function pruneAuditLog(ctx: AppContext, caller: Caller): Promise<AuditPruning> {
  authorize(caller, 'audit.prune', { type: 'installation' }, 'Installation');
  const months = ctx.settings.auditRetentionMonths ?? DEFAULT_AUDIT_RETENTION_MONTHS;
  const now = ctx.now();
  const before = DateTime.fromJSDate(now, { zone: 'Europe/Copenhagen' }).minus({ months }).toJSDate();
  return ctx.db.transaction(async (tx) => {
    const redacted = await redactAccessEvents(tx, before, now);
    const result = { redacted, before: before.toISOString(), retentionMonths: months };
    await audit(tx, caller, {
      orgId: null,
      action: 'audit.prune',
      objectType: 'installation',
      objectId: '*',
      detail: { ...result },
    });
    return result;
  });
}
