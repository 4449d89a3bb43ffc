import { capacityProblems } from '../domain/agenda.ts';
import { charterInForce } from '../domain/charter.ts';
import { conflict, ForaError, invalid } from '../domain/errors.ts';
import { canTransition, type Item } from '../domain/item.ts';
import { findForum, listCharters } from '../store/forums.ts';
import { updateItem } from '../store/items.ts';
import { ensureStandingItems, orderAgenda } from './agenda-builder.ts';
import type { AppContext, Caller } from './context.ts';
import { loadItem } from './item-access.ts';
import { recordTransition } from './item-events.ts';
import { scheduleItemSchema } from './item-input.ts';
import { materialiseMeeting } from './meeting-occurrence.ts';
import { parseInput } from './validate.ts';

/**
 * The secretary puts a queued item on a meeting's agenda (taking in a late item included). The
 * charter's capacity rules are enforced; the item goes after the other items and before the
 * standing items that close the meeting.
 */
export async function scheduleItem(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  itemId: string,
  input: unknown,
): Promise<Item> {
  const { org, item } = await loadItem(ctx.db, caller, orgSlug, itemId, 'item.schedule');
  const { meeting: key } = parseInput(scheduleItemSchema, input);
  if (!canTransition(item.state, 'schedule'))
    throw conflict('state', `only approved items in the queue can be scheduled; this one is ${item.state}`);
  return ctx.db.transaction(async (tx) => {
    const forum = await findForum(tx, org.id, item.forumId);
    if (!forum) throw new Error('item without forum');
    const meeting = await materialiseMeeting(tx, forum, key);
    if (meeting.state !== 'planned' && meeting.state !== 'agenda_published')
      throw conflict('meeting', `the meeting is ${meeting.state}`);
    const charter = charterInForce(await listCharters(tx, forum.id), meeting.start.slice(0, 10));
    if (!charter) throw invalid('meeting', 'the forum has no terms of reference for that date');
    const agenda = await ensureStandingItems(tx, forum, meeting, charter);
    const problems = capacityProblems(
      charter,
      [...agenda.filter((i) => !i.standingTitle), item].map((i) => ({
        itemId: i.id,
        type: i.type,
        durationMinutes: i.durationMinutes,
      })),
    );
    if (problems.length > 0)
      throw new ForaError(
        'conflict',
        `The meeting is full: ${problems.map((p) => p.problem).join('; ')}`,
        problems,
      );
    const closing = new Set(
      charter.standingItems.filter((st) => st.position === 'last').map((st) => st.title),
    );
    const firstClosing = agenda.findIndex((i) => i.standingTitle !== null && closing.has(i.standingTitle));
    const order = agenda.map((i) => i.id);
    order.splice(firstClosing === -1 ? order.length : firstClosing, 0, item.id);
    const scheduled = await updateItem(tx, item, { state: 'scheduled', meetingId: meeting.id });
    await recordTransition(tx, caller, item, 'schedule', item.state, 'scheduled', {
      meetingId: meeting.id,
      late: item.late,
    });
    const ordered = await orderAgenda(tx, meeting.id, order);
    return ordered.find((i) => i.id === item.id) ?? scheduled;
  });
}
