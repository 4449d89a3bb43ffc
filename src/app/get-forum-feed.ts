import { DateTime } from 'luxon';
import type { DeadlineKind } from '../domain/charter.ts';
import { ForaError, notFound } from '../domain/errors.ts';
import { addDays, parseInstant, ZONE } from '../domain/local-date.ts';
import type { Forum } from '../domain/organisation.ts';
import { buildCalendar, type CalendarEvent } from '../notify/ical.ts';
import { findOrganisationById } from '../store/organisations.ts';
import { type AppContext, authorize, type Caller, forumResource, resolveForum, today } from './context.ts';
import { type CalendarEntry, calendarOf } from './get-calendar.ts';

/** Feeds cover 90 days back and 400 days ahead of today. */
export const FEED_DAYS_BACK = 90;
export const FEED_DAYS_AHEAD = 400;

export const feedWindow = (ctx: AppContext): { from: string; to: string } => {
  const d = today(ctx);
  return { from: addDays(d, -FEED_DAYS_BACK), to: addDays(d, FEED_DAYS_AHEAD) };
};

/** The person behind a feed token; feeds have no organisation in their URL. */
export function feedPerson(caller: Caller): Extract<Caller['actor'], { kind: 'person' }> {
  if (caller.actor.kind !== 'person') throw new ForaError('unauthenticated', 'Sign-in required');
  return caller.actor;
}

const danish = (iso: string): DateTime => parseInstant(iso).setZone(ZONE).setLocale('da');
/** "torsdag den 17. april 2025 kl. 12.00" */
export const longDanish = (iso: string): string =>
  danish(iso).toFormat("cccc 'den' d. MMMM yyyy 'kl.' HH.mm");
/** "23. april" */
export const shortDanish = (iso: string): string => danish(iso).toFormat('d. MMMM');

const DEADLINE_LABELS: Record<DeadlineKind, string> = {
  submission: 'Frist for indmelding af punkter',
  approval: 'Frist for godkendelse af punkter',
  publication: 'Dagsordenen udsendes senest',
  minutes: 'Referatet udsendes senest',
};

/**
 * The UID of a meeting, stable across regenerations: a series meeting is known by its forum and
 * series date (which moving it does not change); a meeting added by hand by its stored id.
 */
export const meetingUid = (entry: Pick<CalendarEntry, 'forumId' | 'occurrenceDate' | 'meetingId'>): string =>
  entry.occurrenceDate !== null
    ? `${entry.forumId}-${entry.occurrenceDate}@fora`
    : `${entry.meetingId ?? 'unknown'}@fora`;

/** A meeting as a calendar event: leader and deadlines in the description, cancelled kept as CANCELLED. */
export function meetingEvent(forum: Forum, entry: CalendarEntry): CalendarEvent {
  const lines: string[] = [];
  if (entry.cancelled) lines.push('Mødet er aflyst.');
  if (entry.leader?.name) lines.push(`Mødeleder: ${entry.leader.name}`);
  for (const v of entry.variations) lines.push(v);
  if (entry.holidayNote && entry.occurrenceDate) {
    const from = DateTime.fromISO(entry.occurrenceDate, { zone: ZONE }).setLocale('da');
    const why = entry.holidayNote === 'Weekend' ? 'weekend' : entry.holidayNote;
    lines.push(`Flyttet fra ${from.toFormat("cccc 'den' d. MMMM")} på grund af ${why}`);
  }
  for (const [kind, label] of Object.entries(DEADLINE_LABELS) as [DeadlineKind, string][]) {
    const at = entry.deadlines[kind];
    if (at) lines.push(`${label}: ${longDanish(at)}`);
  }
  return {
    uid: meetingUid(entry),
    start: parseInstant(entry.start),
    end: parseInstant(entry.end),
    summary: entry.cancelled ? `Aflyst: ${forum.name}` : forum.name,
    description: lines.join('\n'),
    location: entry.location,
    status: entry.cancelled ? 'CANCELLED' : 'CONFIRMED',
    // Subscribed calendars re-read the whole feed; the stable UID, not SEQUENCE, carries identity.
    sequence: 0,
  };
}

/**
 * A forum's calendar as iCalendar text, for the person whose feed token is used: every meeting
 * in the feed window, cancelled ones included (STATUS:CANCELLED), with leader and deadlines.
 */
export async function getForumFeed(ctx: AppContext, caller: Caller, shortName: string): Promise<string> {
  const person = feedPerson(caller);
  const org = await findOrganisationById(ctx.db, person.orgId);
  if (!org) throw notFound('Organisation');
  const { forum } = await resolveForum(ctx.db, caller, org.slug, shortName);
  authorize(caller, 'calendar.read', forumResource(forum), 'Forum');
  const entries = await calendarOf(ctx.db, forum, feedWindow(ctx));
  return buildCalendar({
    name: `${forum.name} (${forum.shortName})`,
    stamp: DateTime.fromJSDate(ctx.now()),
    events: entries.map((e) => meetingEvent(forum, e)),
  });
}
