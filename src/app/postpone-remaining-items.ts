import { z } from 'zod';
import { invalid } from '../domain/errors.ts';
import { postponeRemaining, postponeTargetSchema } from '../domain/minutes.ts';
import { listMeetingItemMinutes } from '../store/item-minutes.ts';
import { findItem, listMeetingItems, updateItem } from '../store/items.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { moveItem } from './finalise-item-minutes.ts';
import { loadMeetingForAgenda } from './meeting-agenda-access.ts';
import { assertMinutesOpen } from './save-item-minutes.ts';
import { parseInput } from './validate.ts';

export const postponeRemainingSchema = z.object({ target: postponeTargetSchema });

export interface PostponedRemaining {
  /** Items moved to the target, in agenda order. */
  moved: string[];
  /** Standing items recorded as postponed where they stand (the target meeting has its own). */
  standing: string[];
}

/**
 * "Udsæt resterende punkter": every item of the published agenda whose minutes are not finalised
 * goes to the target meeting or back to the queue, in one action. Standing items stay and are
 * recorded as postponed.
 */
export async function postponeRemainingItems(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  meetingKey: string,
  input: unknown,
): Promise<PostponedRemaining> {
  const m = await loadMeetingForAgenda(ctx.db, caller, orgSlug, shortName, meetingKey, 'minutes.write');
  const { target } = parseInput(postponeRemainingSchema, input);
  assertMinutesOpen(m);
  if (target.kind === 'meeting' && target.meetingId === m.meeting.id)
    throw invalid('target.meetingId', 'cannot postpone to the same meeting');
  return ctx.db.transaction(async (tx) => {
    const items = await listMeetingItems(tx, m.meeting.id);
    const finalised = new Set(
      (await listMeetingItemMinutes(tx, m.meeting.id)).filter((x) => x.finalisedAt).map((x) => x.itemId),
    );
    const remaining = items.map((i) => ({
      id: i.id,
      state: i.state,
      treated: finalised.has(i.id),
      standingTitle: i.standingTitle,
    }));
    const moves = postponeRemaining(remaining, target);
    const byId = new Map(items.map((i) => [i.id, i]));
    const moved: string[] = [];
    for (const effect of moves) {
      const item = byId.get(effect.itemId);
      if (!item || effect.kind !== 'move') continue;
      await moveItem(tx, caller, m.forum, item, effect.to, { remaining: true });
      moved.push(item.id);
    }
    const standing: string[] = [];
    for (const r of remaining) {
      if (!r.standingTitle || r.treated || r.state !== 'published') continue;
      const current = await findItem(tx, m.org.id, r.id);
      if (!current) continue;
      await updateItem(tx, current, { state: 'postponed' });
      await audit(tx, caller, {
        orgId: m.org.id,
        action: 'item.postpone',
        objectType: 'item',
        objectId: r.id,
        detail: {
          forumId: m.forum.id,
          from: r.state,
          to: 'postponed',
          fromMeetingId: m.meeting.id,
          standing: true,
        },
      });
      standing.push(r.id);
    }
    return { moved, standing };
  });
}
