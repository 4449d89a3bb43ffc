/**
 * The minutes (beslutningsreferat) as data: every item the meeting treated, each with the decision
 * and result its minutes record for this meeting holds, and "Hvad skal kommunikeres ud".
 *
 * An item postponed to a later meeting has moved on, but it was treated here: it stays in this
 * meeting's minutes at its number on the published agenda, with this meeting's record (its decision
 * "Udsat til ..."), not the decision a later meeting writes.
 */
import type { AgendaSnapshot, CommunicationLine } from '../domain/agenda.ts';
import type { Charter } from '../domain/charter.ts';
import type { Item } from '../domain/item.ts';
import type { StoredMeeting } from '../domain/meeting.ts';
import { communicationText, type ItemMinutes, itemMinutesSchema, resultText } from '../domain/minutes.ts';
import type { Forum } from '../domain/organisation.ts';
import { isEmptyRichText } from '../domain/rich-text.ts';
import { latestAgendaVersion } from '../store/agenda.ts';
import type { DbOrTx } from '../store/db.ts';
import { listMeetingItemMinutes, type StoredItemMinutes } from '../store/item-minutes.ts';
import { findItem, listMeetingItems } from '../store/items.ts';
import { buildSnapshot } from './agenda-snapshot.ts';

interface Record {
  stored: StoredItemMinutes;
  minutes: ItemMinutes;
}

/** The meeting's item minutes by item id, parsed. */
export async function meetingRecords(db: DbOrTx, meetingId: string): Promise<Map<string, Record>> {
  const rows = await listMeetingItemMinutes(db, meetingId);
  return new Map(
    rows.map((stored) => [stored.itemId, { stored, minutes: itemMinutesSchema.parse(stored.record) }]),
  );
}

/**
 * The items of the minutes in agenda order: those still on the meeting and those whose minutes
 * here were finalised before they moved on. The order is the latest published agenda's numbering;
 * items added after it follow in their current order.
 */
export async function minutesItems(
  db: DbOrTx,
  forum: Forum,
  meeting: StoredMeeting,
  records: Map<string, Record>,
): Promise<Item[]> {
  const onMeeting = await listMeetingItems(db, meeting.id);
  const here = new Set(onMeeting.map((i) => i.id));
  const moved: Item[] = [];
  for (const [itemId, r] of records) {
    if (here.has(itemId) || !r.stored.finalisedAt) continue;
    const item = await findItem(db, forum.orgId, itemId);
    if (item) moved.push(item);
  }
  const agenda = await latestAgendaVersion(db, meeting.id, 'agenda');
  const number = new Map(agenda?.content.items.map((i) => [i.itemId, i.number]) ?? []);
  const all = [...onMeeting, ...moved];
  const rank = (item: Item, index: number) => number.get(item.id) ?? 100_000 + index;
  return all
    .map((item, index) => ({ item, key: rank(item, index) }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);
}

/** The minutes snapshot of a meeting, ready to be frozen as a version or shown as a draft. */
export async function buildMinutesSnapshot(
  db: DbOrTx,
  forum: Forum,
  meeting: StoredMeeting,
  charter: Charter,
): Promise<AgendaSnapshot> {
  const records = await meetingRecords(db, meeting.id);
  const items = (await minutesItems(db, forum, meeting, records)).map((item) => {
    const r = records.get(item.id);
    // This meeting's record wins over the item's current decision (a later meeting's, if it moved).
    if (!r) return item;
    return { ...item, decision: isEmptyRichText(r.minutes.decision) ? null : r.minutes.decision };
  });
  const { snapshot } = await buildSnapshot(db, forum, meeting, charter, items, { minutes: true });
  const communication: CommunicationLine[] = [];
  for (const entry of snapshot.items) {
    const r = records.get(entry.itemId);
    if (!r) continue;
    if (r.stored.finalisedAt && r.minutes.outcomes.length > 0) entry.result = resultText(r.minutes.outcomes);
    const text = communicationText(r.minutes);
    if (text)
      communication.push({
        itemId: entry.itemId,
        number: entry.number,
        title: entry.title,
        closed: entry.closed,
        text,
      });
  }
  return { ...snapshot, communication };
}
