import { z } from 'zod';
import { canonical } from '../domain/agenda.ts';
import { conflict, ForaError, notFound } from '../domain/errors.ts';
import { itemMinutesSchema } from '../domain/minutes.ts';
import { isEmptyRichText } from '../domain/rich-text.ts';
import { saveItemMinutes as storeMinutes } from '../store/item-minutes.ts';
import { findItem, updateItem } from '../store/items.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { loadMeetingForAgenda } from './meeting-agenda-access.ts';
import { type SavedItemMinutes, storedMinutes, toSaved } from './save-item-minutes.ts';
import { parseInput } from './validate.ts';

export const correctItemMinutesSchema = z.object({
  /** The version of the finalised minutes the writer read. */
  version: z.number().int().positive(),
  minutes: itemMinutesSchema,
  /** What was corrected and why; kept in the audit trail. */
  note: z.string().trim().min(1, 'say what was corrected').max(2000),
});
export type CorrectItemMinutesInput = z.input<typeof correctItemMinutesSchema>;

/**
 * Corrects the finalised minutes of one item: the decision text, the presence and "Hvad skal
 * kommunikeres ud". The outcomes and follow-ups have been carried out (items moved, referred,
 * registered) and cannot be corrected here. Published minutes stay as they were: the correction
 * reaches the members when the secretary publishes a corrected version with a change note.
 */
export async function correctItemMinutes(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  meetingKey: string,
  itemId: string,
  input: unknown,
): Promise<SavedItemMinutes> {
  const m = await loadMeetingForAgenda(ctx.db, caller, orgSlug, shortName, meetingKey, 'minutes.write');
  const data = parseInput(correctItemMinutesSchema, input);
  const item = await findItem(ctx.db, m.org.id, itemId);
  if (!item || item.forumId !== m.forum.id) throw notFound('Item');
  const found = await storedMinutes(ctx, item.id, m.meeting.id);
  if (!found) throw notFound('Minutes');
  if (!found.stored.finalisedAt)
    throw conflict('minutes', 'the minutes are not finalised yet; save them as usual');
  const unchanged = (key: 'outcomes' | 'followUps') =>
    canonical(found.minutes[key]) === canonical(data.minutes[key]);
  const carriedOut = (['outcomes', 'followUps'] as const).filter((k) => !unchanged(k));
  if (carriedOut.length > 0)
    throw new ForaError(
      'validation_failed',
      'The outcomes and follow-ups have been carried out and cannot be corrected',
      carriedOut.map((path) => ({ path: `minutes.${path}`, problem: 'has been carried out; cannot change' })),
    );
  return ctx.db.transaction(async (tx) => {
    const saved = await storeMinutes(tx, {
      itemId: item.id,
      orgId: m.org.id,
      meetingId: m.meeting.id,
      record: data.minutes as unknown as Record<string, unknown>,
      expectedVersion: data.version,
      personId: caller.actor.kind === 'person' ? caller.actor.personId : null,
    });
    // The item's own decision follows only while it is on this meeting (a moved item's is a later meeting's).
    if (item.meetingId === m.meeting.id) {
      const current = (await findItem(tx, m.org.id, item.id)) ?? item;
      const decision = isEmptyRichText(data.minutes.decision) ? null : data.minutes.decision;
      await updateItem(tx, current, { decision });
    }
    await audit(tx, caller, {
      orgId: m.org.id,
      action: 'minutes.correct',
      objectType: 'item',
      objectId: item.id,
      detail: { meetingId: m.meeting.id, version: saved.version, note: data.note },
    });
    return toSaved(saved, data.minutes);
  });
}
