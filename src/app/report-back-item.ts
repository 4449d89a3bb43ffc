/**
 * The report-back item of a working group: a draft decision item on the parent forum, wished for
 * the first parent-forum meeting on or after the group's deadline (`reportBackMeeting`). Made when
 * the group is set up, or when it reports if it has none (its item was deleted); never twice: the
 * group row is locked and `report_item_id` is only set while empty.
 */
import { DateTime } from 'luxon';
import { addDays, ZONE } from '../domain/local-date.ts';
import type { Forum } from '../domain/organisation.ts';
import { reportBackMeeting, reportBackTitle, type WorkingGroup } from '../domain/working-group.ts';
import type { DbOrTx } from '../store/db.ts';
import { insertItem } from '../store/items.ts';
import { setReportItem } from '../store/working-groups.ts';
import type { Caller } from './context.ts';
import { calendarOf } from './get-calendar.ts';
import { recordTransition } from './item-events.ts';
import { materialiseMeeting } from './meeting-occurrence.ts';

/** How far after the deadline the parent forum's calendar is searched for a meeting. */
const SEARCH_DAYS = 366;

/** Returns the group's report-back item id, creating the item if the group has none. */
export async function ensureReportItem(
  tx: DbOrTx,
  caller: Caller,
  forum: Forum,
  group: WorkingGroup,
): Promise<string> {
  if (group.reportItemId) return group.reportItemId;
  const entries = await calendarOf(tx, forum, {
    from: group.deadline,
    to: addDays(group.deadline, SEARCH_DAYS),
  });
  const target = reportBackMeeting(
    entries.map((e) => ({
      date: DateTime.fromISO(e.start, { zone: ZONE }).toISODate() ?? '',
      cancelled: e.cancelled,
      key: e.meetingId ?? e.occurrenceDate,
    })),
    group.deadline,
  );
  const meeting = target?.key ? await materialiseMeeting(tx, forum, target.key) : null;
  const item = await insertItem(tx, {
    orgId: group.orgId,
    forumId: forum.id,
    type: 'decision',
    title: reportBackTitle(group),
    state: 'draft',
    submitterPersonId: caller.actor.kind === 'person' ? caller.actor.personId : null,
    wishedMeetingId: meeting?.id ?? null,
  });
  await recordTransition(tx, caller, item, 'create', null, 'draft', { workingGroupId: group.id });
  if (!(await setReportItem(tx, group.id, item.id))) throw new Error('report-back item set concurrently');
  return item.id;
}
