/** A forum's annual wheel: its entries, each with the meeting it points at in the given year. */
import { type WheelEntry, wheelTarget } from '../domain/annual-wheel.ts';
import type { Forum } from '../domain/organisation.ts';
import type { DbOrTx } from '../store/db.ts';
import { findWheelPlaceholder, listWheelEntries as storeList } from '../store/planning.ts';
import { type AppContext, authorize, type Caller, forumResource, resolveForum, today } from './context.ts';
import { calendarOf } from './get-calendar.ts';

export interface WheelEntryView extends WheelEntry {
  /** The meeting of the year the rule points at (null: the forum has none there). */
  target: { start: string; occurrenceDate: string | null; meetingId: string | null } | null;
  /** The placeholder item made for the year, if any. */
  placeholderItemId: string | null;
}

export async function listWheelEntries(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  year?: number,
): Promise<WheelEntryView[]> {
  const { forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'wheel.read', forumResource(forum), 'Forum');
  return wheelOf(ctx.db, forum, year ?? Number(today(ctx).slice(0, 4)));
}

/** The wheel of a forum already authorised by the caller, for one year. */
export async function wheelOf(db: DbOrTx, forum: Forum, year: number): Promise<WheelEntryView[]> {
  const entries = await storeList(db, forum.id);
  if (entries.length === 0) return [];
  const calendar = await calendarOf(db, forum, { from: `${year - 1}-12-25`, to: `${year + 1}-01-07` });
  const views: WheelEntryView[] = [];
  for (const e of entries) {
    const t = wheelTarget(e.when, year, calendar);
    const placeholder = await findWheelPlaceholder(db, e.id, year);
    views.push({
      ...e,
      target: t ? { start: t.start, occurrenceDate: t.occurrenceDate, meetingId: t.meetingId } : null,
      placeholderItemId: placeholder?.itemId ?? null,
    });
  }
  return views;
}
