/**
 * Building a meeting's agenda: the charter's standing items, the order, and the numbering.
 * Shared by scheduling, reordering and publishing.
 */
import { DateTime } from 'luxon';
import type { Charter } from '../domain/charter.ts';
import { agendaTitle, type Item } from '../domain/item.ts';
import { ZONE } from '../domain/local-date.ts';
import type { StoredMeeting } from '../domain/meeting.ts';
import type { Forum } from '../domain/organisation.ts';
import type { DbOrTx } from '../store/db.ts';
import { insertItem, listMeetingItems, updateItem } from '../store/items.ts';
import { addFollowUpItem } from './follow-up-item.ts';
import { calendarOf } from './get-calendar.ts';
import { materialiseMeeting } from './meeting-occurrence.ts';

const APPROVAL_ITEM = /godkendelse af dagsorden/i;

/** The previous held-or-planned meeting of the forum before this one (for "Godkendelse af ... referat"). */
async function previousMeeting(
  db: DbOrTx,
  forum: Forum,
  meeting: StoredMeeting,
): Promise<StoredMeeting | null> {
  const day = DateTime.fromISO(meeting.start, { zone: ZONE });
  const entries = await calendarOf(db, forum, {
    from: day.minus({ days: 120 }).toISODate() ?? '',
    to: day.toISODate() ?? '',
  });
  const before = entries.filter((e) => !e.cancelled && e.start < meeting.start);
  const last = before[before.length - 1];
  const key = last?.meetingId ?? last?.occurrenceDate;
  return key ? materialiseMeeting(db, forum, key) : null;
}

/** "13. marts 2024" */
export const longDate = (iso: string): string =>
  DateTime.fromISO(iso, { zone: ZONE }).setLocale('da').toFormat('d. MMMM yyyy');

/**
 * Adds the charter's standing items to the meeting once, and the follow-up item when follow-ups
 * target the meeting; returns the meeting's items in order.
 */
export async function ensureStandingItems(
  db: DbOrTx,
  forum: Forum,
  meeting: StoredMeeting,
  charter: Charter,
): Promise<Item[]> {
  const existing = await listMeetingItems(db, meeting.id);
  const have = new Set(existing.map((i) => i.standingTitle).filter(Boolean));
  for (const standing of charter.standingItems) {
    if (have.has(standing.title)) continue;
    const isApproval = APPROVAL_ITEM.test(standing.title);
    const previous = isApproval ? await previousMeeting(db, forum, meeting) : null;
    const recommendations = isApproval
      ? [
          'at dagsorden til dette møde godkendes',
          ...(previous ? [`at referat fra mødet den ${longDate(previous.start)} godkendes`] : []),
        ]
      : [];
    await insertItem(db, {
      orgId: forum.orgId,
      forumId: forum.id,
      type: standing.type,
      title: agendaTitle(standing.title, charter),
      sections: {},
      recommendations,
      state: 'scheduled',
      meetingId: meeting.id,
      position: standing.position === 'first' ? 0 : 10_000,
      standingTitle: standing.title,
      previousMeetingId: previous?.id ?? null,
    });
  }
  const agenda = await orderAgenda(db, meeting.id);
  const withFollowUps = await addFollowUpItem(db, forum, meeting, charter, agenda);
  return withFollowUps ? orderAgenda(db, meeting.id, withFollowUps) : agenda;
}

/**
 * Numbers the meeting's items 1..n: standing items marked first stay first, those marked last stay
 * last, everything else in its current order. Returns the items in order.
 */
export async function orderAgenda(
  db: DbOrTx,
  meetingId: string,
  explicit?: readonly string[],
): Promise<Item[]> {
  const items = await listMeetingItems(db, meetingId);
  let ordered: Item[];
  if (explicit) {
    const byId = new Map(items.map((i) => [i.id, i]));
    ordered = explicit.map((id) => byId.get(id)).filter((i): i is Item => i !== undefined);
  } else {
    const rank = (i: Item) =>
      i.standingTitle && (i.position ?? 0) <= 0 ? 0 : i.standingTitle && (i.position ?? 0) >= 10_000 ? 2 : 1;
    ordered = [...items].sort((a, b) => rank(a) - rank(b) || (a.position ?? 0) - (b.position ?? 0));
  }
  const result: Item[] = [];
  for (const [i, item] of ordered.entries()) {
    const position = i + 1;
    result.push(item.position === position ? item : await updateItem(db, item, { position }));
  }
  return result;
}
