import { z } from 'zod';
import { invalid } from '../domain/errors.ts';
import { listMeetingItems } from '../store/items.ts';
import { orderAgenda } from './agenda-builder.ts';
import { buildSnapshot } from './agenda-snapshot.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { type LiveAgenda, toLive } from './get-agenda.ts';
import { loadMeetingForAgenda } from './meeting-agenda-access.ts';
import { parseInput } from './validate.ts';

export const reorderSchema = z.object({ itemIds: z.array(z.string().uuid()).min(1).max(200) });

/** The secretary orders the agenda; the list must name every item on it exactly once. */
export async function reorderAgenda(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  key: string,
  input: unknown,
): Promise<LiveAgenda> {
  const m = await loadMeetingForAgenda(ctx.db, caller, orgSlug, shortName, key, 'agenda.manage');
  const { itemIds } = parseInput(reorderSchema, input);
  return ctx.db.transaction(async (tx) => {
    const current = (await listMeetingItems(tx, m.meeting.id)).map((i) => i.id);
    if (
      new Set(itemIds).size !== itemIds.length ||
      itemIds.length !== current.length ||
      !current.every((id) => itemIds.includes(id))
    )
      throw invalid('itemIds', 'must list every item of the agenda exactly once');
    const items = await orderAgenda(tx, m.meeting.id, itemIds);
    await audit(tx, caller, {
      orgId: m.org.id,
      action: 'agenda.reorder',
      objectType: 'meeting',
      objectId: m.meeting.id,
      detail: { itemIds },
    });
    const { snapshot, plan } = await buildSnapshot(tx, m.forum, m.meeting, m.charter, items);
    return toLive(snapshot, plan, null, m.meeting.state);
  });
}
