/**
 * The calendar of one forum: the series its charter versions generate, merged with the stored
 * meetings (exceptions, added and held meetings), with deadlines and meeting leaders.
 * Pure: the same input always gives the same calendar.
 */
import type { DateTime } from 'luxon';
import { type Charter, DEADLINE_KINDS } from './charter.ts';
import { computeDeadline } from './deadlines.ts';
import { invalid } from './errors.ts';
import { addDays, formatInstant, localDateOf, parseInstant } from './local-date.ts';
import type { CalendarMeeting, Deadlines, MeetingState, StoredMeeting } from './meeting.ts';
import { isActiveOn, type Membership } from './organisation.ts';
import { generateSeries, type Occurrence, parseCadence } from './series.ts';

export { validateCharter } from './charter-validation.ts';

export interface CalendarInput {
  /** All versions of ONE forum. */
  charters: readonly Charter[];
  /** Stored meetings of that forum. */
  stored: readonly StoredMeeting[];
  /** Memberships of that forum, for the chair lookup. */
  memberships: readonly Membership[];
  /** Local dates, inclusive. */
  from: string;
  to: string;
}

/** How far around the window occurrences are generated, so that holiday moves into it are seen. */
const HOLIDAY_MARGIN_DAYS = 10;

interface Entry {
  forumId: string;
  meetingId: string | null;
  occurrenceDate: string | null;
  start: DateTime;
  end: DateTime;
  state: MeetingState;
  origin: CalendarMeeting['origin'];
  variations: string[];
  holidayNote: string | null;
  location: string;
  storedLeader: string | null;
}

const NO_DEADLINES: Deadlines = { submission: null, approval: null, publication: null, minutes: null };

/** Charter versions in order; of two versions with the same effectiveFrom the higher version wins. */
const ordered = (charters: readonly Charter[]): Charter[] =>
  [...charters].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.version - b.version);

function inForce(charters: readonly Charter[], date: string): Charter | undefined {
  let found: Charter | undefined;
  for (const c of charters) if (c.effectiveFrom <= date) found = c;
  return found;
}

/**
 * The occurrences the versions generate between `earliest` and `horizon`, each version up to the
 * next one. A rotation version is generated from its effectiveFrom, since its turns count from there.
 */
function generateAll(charters: readonly Charter[], earliest: string, horizon: string): Occurrence[] {
  const all: Occurrence[] = [];
  charters.forEach((c, i) => {
    const next = charters[i + 1];
    const last =
      next && addDays(next.effectiveFrom, -1) < horizon ? addDays(next.effectiveFrom, -1) : horizon;
    const first = c.leaderRule.kind === 'rotation' || earliest < c.effectiveFrom ? c.effectiveFrom : earliest;
    if (last < first) return;
    const parsed = parseCadence(c.cadence);
    if (!parsed.base.ok)
      throw invalid('cadence.rrule', `charter version ${c.version}: ${parsed.base.problem}`);
    parsed.variations.forEach((p, v) => {
      if (!p.ok) throw invalid(`cadence.variations.${v}.rrule`, `charter version ${c.version}: ${p.problem}`);
    });
    all.push(...generateSeries(c, c.effectiveFrom, first, last, parsed));
  });
  return all;
}

function storedEntry(s: StoredMeeting, generated: Occurrence | undefined): Entry {
  const start = parseInstant(s.start);
  const end = parseInstant(s.end);
  let origin: CalendarMeeting['origin'];
  if (s.state === 'cancelled') origin = 'cancelled';
  else if (s.occurrenceDate === null) origin = 'added';
  else if (generated) origin = start.toMillis() === generated.start.toMillis() ? 'kept' : 'moved';
  else origin = localDateOf(start) === s.occurrenceDate ? 'kept' : 'moved';
  return {
    forumId: s.forumId,
    meetingId: s.id,
    occurrenceDate: s.occurrenceDate,
    start,
    end,
    state: s.state,
    origin,
    variations: generated ? [...generated.variations] : [],
    holidayNote: origin === 'kept' && generated ? generated.holidayNote : null,
    location: s.location,
    storedLeader: s.leaderPersonId,
  };
}

function merge(generated: readonly Occurrence[], stored: readonly StoredMeeting[], forumId: string): Entry[] {
  const byDate = new Map(generated.map((o) => [o.occurrenceDate, o]));
  const replaced = new Set<string>();
  const entries: Entry[] = [];
  for (const s of stored) {
    const gen =
      s.occurrenceDate === null || replaced.has(s.occurrenceDate) ? undefined : byDate.get(s.occurrenceDate);
    if (gen) replaced.add(gen.occurrenceDate);
    entries.push(storedEntry(s, gen));
  }
  for (const o of generated) {
    if (o.skipped || replaced.has(o.occurrenceDate)) continue;
    entries.push({
      forumId,
      meetingId: null,
      occurrenceDate: o.occurrenceDate,
      start: o.start,
      end: o.end,
      state: 'planned',
      origin: 'series',
      variations: [...o.variations],
      holidayNote: o.holidayNote,
      location: '',
      storedLeader: null,
    });
  }
  return entries.sort(
    (a, b) =>
      a.start.toMillis() - b.start.toMillis() ||
      (a.occurrenceDate ?? '').localeCompare(b.occurrenceDate ?? '') ||
      (a.meetingId ?? '').localeCompare(b.meetingId ?? ''),
  );
}

function chairOn(memberships: readonly Membership[], date: string): string | null {
  let found: Membership | undefined;
  for (const m of memberships) {
    if (m.role === 'chair' && isActiveOn(m, date) && (!found || m.startDate > found.startDate)) found = m;
  }
  return found?.personId ?? null;
}

function deadlinesFor(charter: Charter, start: DateTime): Deadlines {
  const out: Deadlines = { ...NO_DEADLINES };
  for (const kind of DEADLINE_KINDS) {
    const rule = charter.deadlines[kind];
    out[kind] = rule ? formatInstant(computeDeadline(rule, start, kind)) : null;
  }
  return out;
}

/** The forum's meetings whose actual start date lies in [from, to], sorted by start. */
export function buildCalendar(input: CalendarInput): CalendarMeeting[] {
  const charters = ordered(input.charters);
  const forumId = charters[0]?.forumId ?? input.stored[0]?.forumId ?? '';
  // Generate around the window, and around the series dates of stored meetings (which replace
  // their occurrences wherever they were moved to); holiday moves cross the edges by a few days.
  let earliest = input.from;
  let horizon = input.to;
  for (const s of input.stored) {
    if (s.occurrenceDate && s.occurrenceDate < earliest) earliest = s.occurrenceDate;
    if (s.occurrenceDate && s.occurrenceDate > horizon) horizon = s.occurrenceDate;
  }
  earliest = addDays(earliest, -HOLIDAY_MARGIN_DAYS);
  horizon = addDays(horizon, HOLIDAY_MARGIN_DAYS);

  const entries = merge(generateAll(charters, earliest, horizon), input.stored, forumId);
  // Turns are counted over every meeting since each version's effectiveFrom, not only the window.
  const turns = new Map<number, number>();
  const result: CalendarMeeting[] = [];
  for (const e of entries) {
    const date = localDateOf(e.start);
    const charter = inForce(charters, date);
    const cancelled = e.state === 'cancelled';
    let leader: string | null = null;
    if (charter?.leaderRule.kind === 'rotation' && !cancelled) {
      const n = turns.get(charter.version) ?? 0;
      turns.set(charter.version, n + 1);
      const ids = charter.leaderRule.personIds;
      leader = ids[n % ids.length] ?? null;
    } else if (charter?.leaderRule.kind === 'chair') {
      leader = chairOn(input.memberships, date);
    }
    if (date < input.from || date > input.to) continue;
    result.push({
      forumId: e.forumId,
      meetingId: e.meetingId,
      occurrenceDate: e.occurrenceDate,
      start: formatInstant(e.start),
      end: formatInstant(e.end),
      state: e.state,
      cancelled,
      origin: e.origin,
      variations: e.variations,
      holidayNote: e.holidayNote,
      location: e.location,
      leaderPersonId: e.storedLeader ?? leader,
      charterVersion: charter?.version ?? 0,
      deadlines: charter ? deadlinesFor(charter, e.start) : { ...NO_DEADLINES },
    });
  }
  return result;
}
