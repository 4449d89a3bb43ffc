/** Putting an item Fora makes itself (a selected theme, an evaluation) last on a meeting's agenda. */
import { conflict } from '../domain/errors.ts';
import type { Item, ItemContent } from '../domain/item.ts';
import type { StoredMeeting } from '../domain/meeting.ts';
import type { DbOrTx } from '../store/db.ts';
import { insertItem, listMeetingItems } from '../store/items.ts';
import type { Caller } from './context.ts';
import { recordTransition } from './item-events.ts';

/** Meetings whose agenda may still take an item. */
export function assertAgendaOpen(meeting: StoredMeeting): void {
  if (meeting.state !== 'planned' && meeting.state !== 'agenda_published')
    throw conflict('meeting', `the meeting is ${meeting.state}`);
}

/** Inserts a scheduled item after the meeting's other items (no approval: the forum's chair chose it). */
export async function placeOnMeeting(
  db: DbOrTx,
  caller: Caller,
  meeting: StoredMeeting,
  item: Pick<ItemContent, 'type' | 'title' | 'sections'> & {
    orgId: string;
    submitterPersonId: string | null;
    presenters?: ItemContent['presenters'];
  },
  detail: Record<string, unknown>,
): Promise<Item> {
  assertAgendaOpen(meeting);
  const agenda = await listMeetingItems(db, meeting.id);
  const position = agenda.reduce((max, i) => Math.max(max, i.position ?? 0), 0) + 1;
  const placed = await insertItem(db, {
    ...item,
    forumId: meeting.forumId,
    state: 'scheduled',
    meetingId: meeting.id,
    position,
  });
  await recordTransition(db, caller, placed, 'create', null, 'scheduled', {
    meetingId: meeting.id,
    ...detail,
  });
  return placed;
}
