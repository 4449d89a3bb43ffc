/**
 * A forum's dashboard for a period of local dates [from, to] (its members and the admins):
 * - lead time: items decided in the period, from their submission to the finalising of their minutes;
 * - approval latency: approvers' decisions in the period, from the submission before each (audit log);
 * - deadline misses: items on the period's meetings submitted after that meeting's submission
 *   deadline, and meetings with a published agenda whose minutes came out after the minutes
 *   deadline (or are still not out);
 * - follow-ups due in the period: share done, and how many are overdue today.
 */
import { z } from 'zod';
import { invalid } from '../domain/errors.ts';
import {
  approvalLatencies,
  type Duration,
  type FollowUpCompletion,
  followUpCompletion,
  lateMinutes,
  lateSubmissions,
  leadTimes,
  type Summary,
  summarise,
} from '../domain/forum-metrics.ts';
import { addDays, atLocal } from '../domain/local-date.ts';
import { daysBetween, localDateSchema } from '../domain/time.ts';
import { listForumFollowUps } from '../store/follow-up-register.ts';
import {
  decidedItems,
  forumItemEvents,
  forumMeetingsWithMinutes,
  itemTitles,
  submittedItemsOn,
} from '../store/forum-metrics.ts';
import { type AppContext, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import { calendarOf, MAX_CALENDAR_DAYS } from './get-calendar.ts';
import { withStatus } from './list-forum-follow-ups.ts';
import { parseInput } from './validate.ts';

export const dashboardQuerySchema = z.object({ from: localDateSchema, to: localDateSchema });

type Named = Duration & { title: string };
export interface ForumDashboard {
  period: { from: string; to: string };
  leadTime: Summary & { items: Named[] };
  approvalLatency: Summary & { items: Named[] };
  deadlineMisses: {
    meetings: number;
    lateItems: {
      itemId: string;
      title: string;
      meetingId: string | null;
      submittedAt: string | null;
      deadline: string;
    }[];
    lateMinutes: { meetingId: string; start: string; deadline: string | null; publishedAt: string | null }[];
  };
  followUps: FollowUpCompletion;
}

export async function getForumDashboard(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  forumShortName: string,
  input: unknown,
): Promise<ForumDashboard> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, forumShortName);
  authorize(caller, 'dashboard.read', forumResource(forum), 'Forum');
  const period = parseInput(dashboardQuerySchema, input);
  if (period.to < period.from) throw invalid('to', 'is before from');
  if (daysBetween(period.from, period.to) > MAX_CALENDAR_DAYS)
    throw invalid('to', `the period may be at most ${MAX_CALENDAR_DAYS} days`);
  const start = atLocal(period.from, '00:00').toJSDate();
  const end = atLocal(addDays(period.to, 1), '00:00').toJSDate();
  const inPeriod = (d: Duration) => Date.parse(d.at) >= start.getTime() && Date.parse(d.at) < end.getTime();

  const events = await forumItemEvents(ctx.db, org.id, forum.id, end);
  const lead = leadTimes(await decidedItems(ctx.db, forum.id, start, end));
  const approval = approvalLatencies(events).filter(inPeriod);
  const titles = await itemTitles(
    ctx.db,
    org.id,
    [...lead, ...approval].map((d) => d.itemId),
  );
  const named = (ds: Duration[]): Named[] => ds.map((d) => ({ ...d, title: titles.get(d.itemId) ?? '' }));

  const stored = (await forumMeetingsWithMinutes(ctx.db, forum.id, start, end)).filter(
    (m) => m.state !== 'cancelled',
  );
  const entries = await calendarOf(ctx.db, forum, period);
  const deadlines = new Map(
    entries.flatMap((e) => (e.meetingId ? [[e.meetingId, e.deadlines] as const] : [])),
  );
  const submissionDeadlines = new Map(
    stored.map((m) => [m.meetingId, deadlines.get(m.meetingId)?.submission ?? null]),
  );
  const items = await submittedItemsOn(
    ctx.db,
    stored.map((m) => m.meetingId),
  );
  const now = ctx.now().toISOString();
  const minutes = lateMinutes(
    stored
      .filter((m) => m.agendaPublished && Date.parse(m.start) < ctx.now().getTime())
      .map((m) => ({ ...m, minutesDeadline: deadlines.get(m.meetingId)?.minutes ?? null })),
    now,
  );

  const followUps = (await withStatus(ctx.db, ctx.now(), await listForumFollowUps(ctx.db, forum.id))).filter(
    (f) => f.dueDate !== null && f.dueDate >= period.from && f.dueDate <= period.to,
  );
  return {
    period,
    leadTime: { ...summarise(lead), items: named(lead) },
    approvalLatency: { ...summarise(approval), items: named(approval) },
    deadlineMisses: {
      meetings: stored.length,
      lateItems: lateSubmissions(items, submissionDeadlines),
      lateMinutes: minutes.map((m) => ({
        meetingId: m.meetingId,
        start: m.start,
        deadline: m.minutesDeadline,
        publishedAt: m.minutesPublishedAt,
      })),
    },
    followUps: followUpCompletion(followUps.map((f) => f.status)),
  };
}
