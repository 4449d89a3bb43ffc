/**
 * Every read of closed content is an access event in the audit log (ADR 0017): who, when, from
 * where, which object, which action. These helpers write it for a closed item and for a meeting's
 * documents that contain closed items.
 */
import type { Item } from '../domain/item.ts';
import type { DbOrTx } from '../store/db.ts';
import { audit, type Caller } from './context.ts';

/** A read of a closed item: the item itself, its history or its attachment list (`view`). */
export async function auditClosedItemRead(
  db: DbOrTx,
  caller: Caller,
  item: Item,
  view: 'item' | 'history' | 'attachments',
): Promise<void> {
  if (!item.closed) return;
  await audit(db, caller, {
    orgId: item.orgId,
    action: 'item.read_closed',
    objectType: 'item',
    objectId: item.id,
    detail: { view },
  });
}

/** A read of a meeting's agenda or minutes that shows closed items (nothing when `items` is empty). */
export async function auditClosedMeetingRead(
  db: DbOrTx,
  caller: Caller,
  read: {
    orgId: string;
    meetingId: string;
    action: `${string}.read_closed`;
    items: readonly string[];
    detail: Record<string, unknown>;
  },
): Promise<void> {
  if (read.items.length === 0) return;
  await audit(db, caller, {
    orgId: read.orgId,
    action: read.action,
    objectType: 'meeting',
    objectId: read.meetingId,
    detail: { ...read.detail, items: [...read.items] },
  });
}
