/**
 * Checks the audit log's hash chain (ADR 0017): every row in id order must follow the row before it
 * (prev_hash) and, unless it was redacted, give its own hash. Reports the first broken row, and the
 * head (newest id and hash) for the operator to write down outside Fora. The check is audited.
 */
import { CHAIN_BREAK_TEXT, type ChainBreak } from '../domain/audit.ts';
import { checkAuditChain } from '../store/audit.ts';
import { type AppContext, audit, authorize, type Caller } from './context.ts';

export interface AuditLogVerification {
  ok: boolean;
  rows: number;
  redacted: number;
  head: { id: number; hash: string | null } | null;
  /** The first broken row: its id, why, and what that means. */
  broken: { id: number; reason: ChainBreak; explanation: string } | null;
}

export async function verifyAuditLog(ctx: AppContext, caller: Caller): Promise<AuditLogVerification> {
  authorize(caller, 'audit.verify', { type: 'installation' }, 'Installation');
  const check = await checkAuditChain(ctx.db);
  const result: AuditLogVerification = {
    ok: check.broken === null,
    rows: check.rows,
    redacted: check.redacted,
    head: check.head,
    broken: check.broken && { ...check.broken, explanation: CHAIN_BREAK_TEXT[check.broken.reason] },
  };
  await audit(ctx.db, caller, {
    orgId: null,
    action: 'audit.verify',
    objectType: 'installation',
    objectId: '*',
    detail: { ok: result.ok, rows: result.rows, head: result.head, broken: check.broken },
  });
  return result;
}
