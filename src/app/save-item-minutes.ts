import { z } from 'zod';
import { conflict, notFound } from '../domain/errors.ts';
import type { Item } from '../domain/item.ts';
import { type ItemMinutes, itemMinutesSchema } from '../domain/minutes.ts';
import { isEmptyRichText } from '../domain/rich-text.ts';
import {
  findItemMinutes,
  type StoredItemMinutes,
  saveItemMinutes as storeMinutes,
} from '../store/item-minutes.ts';
import { findItem, updateItem } from '../store/items.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { loadMeetingForAgenda, type MeetingContext } from './meeting-agenda-access.ts';
import { parseInput } from './validate.ts';

export const saveItemMinutesSchema = z.object({
  /** The version of the minutes the writer read; null when there were none. */
  version: z.number().int().positive().nullable(),
  minutes: itemMinutesSchema,
});
export type SaveItemMinutesInput = z.input<typeof saveItemMinutesSchema>;

export interface SavedItemMinutes {
  itemId: string;
  meetingId: string;
  version: number;
  minutes: ItemMinutes;
  finalisedAt: string | null;
}

export const toSaved = (s: StoredItemMinutes, minutes: ItemMinutes): SavedItemMinutes => ({
  itemId: s.itemId,
  meetingId: s.meetingId,
  version: s.version,
  minutes,
  finalisedAt: s.finalisedAt,
});

/** Minutes are written while the agenda is published or the meeting is held. */
export function assertMinutesOpen(m: MeetingContext): void {
  const state = m.meeting.state;
  if (state !== 'agenda_published' && state !== 'held' && state !== 'minutes_in_review')
    throw conflict('meeting', `the meeting is ${state}; minutes are written for a published agenda`);
}

/** The item, which must stand on this meeting's agenda. */
export async function itemOnMeeting(ctx: AppContext, m: MeetingContext, itemId: string): Promise<Item> {
  const item = await findItem(ctx.db, m.org.id, itemId);
  if (!item || item.forumId !== m.forum.id) throw notFound('Item');
  if (item.meetingId !== m.meeting.id) throw conflict('item', 'the item is not on this meeting');
  return item;
}

/**
 * The secretary (or another forum manager) saves the minutes of one item as written so far:
 * autosave, so drafts need not be complete. Concurrent writers are told apart by the version they
 * read; a stale one gets a conflict naming the current version. The item's decision follows the
 * minutes' decision text, so that published minutes show it.
 */
export async function saveItemMinutes(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  meetingKey: string,
  itemId: string,
  input: unknown,
): Promise<SavedItemMinutes> {
  const m = await loadMeetingForAgenda(ctx.db, caller, orgSlug, shortName, meetingKey, 'minutes.write');
  const data = parseInput(saveItemMinutesSchema, input);
  assertMinutesOpen(m);
  const item = await itemOnMeeting(ctx, m, itemId);
  if (item.state !== 'published')
    throw conflict('state', `only items on a published agenda get minutes; this one is ${item.state}`);
  return ctx.db.transaction(async (tx) => {
    const saved = await storeMinutes(tx, {
      itemId: item.id,
      orgId: m.org.id,
      meetingId: m.meeting.id,
      record: data.minutes as unknown as Record<string, unknown>,
      expectedVersion: data.version,
      personId: caller.actor.kind === 'person' ? caller.actor.personId : null,
    });
    const decision = isEmptyRichText(data.minutes.decision) ? null : data.minutes.decision;
    if (JSON.stringify(decision) !== JSON.stringify(item.decision)) {
      const current = await findItem(tx, m.org.id, item.id);
      await updateItem(tx, { id: item.id, version: current?.version ?? item.version }, { decision });
    }
    await audit(tx, caller, {
      orgId: m.org.id,
      action: 'minutes.save',
      objectType: 'item',
      objectId: item.id,
      detail: { meetingId: m.meeting.id, version: saved.version },
    });
    return toSaved(saved, data.minutes);
  });
}

/** The stored minutes of an item, parsed; undefined when none were written. */
export async function storedMinutes(
  ctx: AppContext,
  itemId: string,
  meetingId: string,
): Promise<{ stored: StoredItemMinutes; minutes: ItemMinutes } | undefined> {
  const stored = await findItemMinutes(ctx.db, itemId, meetingId);
  if (!stored) return undefined;
  return { stored, minutes: itemMinutesSchema.parse(stored.record) };
}
