/**
 * An item's history: its transitions through the pipeline and the meetings (created, submitted,
 * returned with a comment, approved, scheduled, postponed, treated), oldest first, from the audit
 * trail. Comments (a return or rejection's reason) are the submitter's, the approver's and the
 * forum's managers' business: other readers see the steps without them.
 */
import { can } from '../domain/policy.ts';
import { listAuditEvents } from '../store/audit.ts';
import { findPeopleByIds } from '../store/people.ts';
import { auditClosedItemRead } from './audit-closed-read.ts';
import type { AppContext, Caller } from './context.ts';
import { loadItem } from './item-access.ts';

export interface ItemHistoryEntry {
  at: string;
  /** The audit action: 'item.submit', 'item.return', 'item.approve', 'item.postpone', 'minutes.finalise', ... */
  action: string;
  from: string | null;
  to: string | null;
  actor: string;
  comment: string | null;
}

const SHOWN = /^(item\.|minutes\.finalise$)/;

export async function getItemHistory(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  itemId: string,
): Promise<ItemHistoryEntry[]> {
  const { item } = await loadItem(ctx.db, caller, orgSlug, itemId, 'item.read');
  const a = caller.actor;
  const insider =
    a.kind === 'operator' ||
    (a.kind === 'person' &&
      (a.personId === item.submitterPersonId ||
        a.personId === item.approverPersonId ||
        can(a, 'agenda.manage', { type: 'forum', orgId: item.orgId, forumId: item.forumId })));
  // Reads of a closed item are access events, not its history (ADR 0017).
  const rows = (
    await listAuditEvents(ctx.db, item.orgId, { objectId: item.id, limit: 500, changesOnly: true })
  )
    .filter((r) => r.objectType === 'item' && SHOWN.test(r.action))
    .reverse();
  const people = new Map(
    (
      await findPeopleByIds(
        ctx.db,
        item.orgId,
        rows.flatMap((r) => (r.actorPersonId ? [r.actorPersonId] : [])),
      )
    ).map((p) => [p.id, p.name]),
  );
  await auditClosedItemRead(ctx.db, caller, item, 'history');
  return rows.map((r) => {
    const detail = r.detail as { from?: unknown; to?: unknown; comment?: unknown; treatment?: unknown };
    const text = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : null);
    return {
      at: r.at.toISOString(),
      action: r.action,
      from: text(detail.from),
      to: text(detail.to) ?? text(detail.treatment),
      actor: (r.actorPersonId && people.get(r.actorPersonId)) || r.actorLabel,
      comment: insider ? text(detail.comment) : null,
    };
  });
}
