/**
 * iCalendar (RFC 5545) text for calendar feeds, written by hand rather than with ical-generator
 * (which puts a JS Date with a time zone an hour off): luxon DateTimes as local Copenhagen times
 * with TZID, our own Europe/Copenhagen VTIMEZONE, TEXT escaping, lines folded at 75 octets, CRLF.
 * Pure: the caller passes the stamp (the time the feed was generated).
 */
import type { DateTime } from 'luxon';

export const TZID = 'Europe/Copenhagen';
const CRLF = '\r\n';
const MAX_OCTETS = 75;

export interface CalendarEvent {
  /** Stable across regenerations, so subscribed calendars update rather than duplicate. */
  uid: string;
  start: DateTime;
  end: DateTime;
  summary: string;
  description?: string;
  location?: string;
  /** CANCELLED keeps the UID so that subscribed calendars remove (or strike out) the event. */
  status?: 'CONFIRMED' | 'CANCELLED';
  sequence?: number;
  url?: string;
  /** Does not block time (a deadline rather than a meeting). */
  transparent?: boolean;
}

export interface CalendarInput {
  /** Shown as the calendar's name (X-WR-CALNAME). */
  name: string;
  /** When the feed was generated: every event's DTSTAMP (RFC 5545 3.8.7.2 with METHOD). */
  stamp: DateTime;
  events: readonly CalendarEvent[];
}

/**
 * Europe/Copenhagen since 1996 (EU rules): CEST from the last Sunday of March 02:00 local time,
 * CET from the last Sunday of October 03:00 local time.
 */
export const COPENHAGEN_VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  `X-LIC-LOCATION:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Control characters other than tab and newline are not allowed in TEXT (RFC 5545 3.3.11). */
const isForbiddenControl = (ch: string): boolean => {
  const c = ch.codePointAt(0) ?? 0;
  return (c < 0x20 && c !== 0x09 && c !== 0x0a) || c === 0x7f;
};

/** Escapes a TEXT value: backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  const normalised = value.replace(/\r\n?/g, '\n');
  let out = '';
  for (const ch of normalised) {
    if (ch === '\\' || ch === ';' || ch === ',') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (!isForbiddenControl(ch)) out += ch;
  }
  return out;
}

/**
 * Folds a content line so that no line exceeds 75 octets (without the CRLF); continuation lines
 * start with one space. A multi-octet UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (octets + n > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  lines.push(current);
  return lines.join(CRLF);
}

function assertValid(dt: DateTime, what: string): void {
  if (!dt.isValid) throw new Error(`${what}: invalid date-time (${dt.invalidExplanation ?? ''})`);
}

/** `DTSTART;TZID=Europe/Copenhagen:20250423T090000`: the local wall-clock time in Copenhagen. */
const localProperty = (name: string, dt: DateTime): string =>
  `${name};TZID=${TZID}:${dt.setZone(TZID).toFormat("yyyyMMdd'T'HHmmss")}`;

/** A UTC date-time: `20250401T080000Z`. */
export const utcValue = (dt: DateTime): string => dt.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");

/** A URI value may not contain control characters (it is not escaped like TEXT). */
const uriValue = (url: string): string =>
  [...url].filter((ch) => !isForbiddenControl(ch) && ch !== '\n').join('');

function eventLines(e: CalendarEvent, stamp: string): string[] {
  assertValid(e.start, `event ${e.uid} start`);
  assertValid(e.end, `event ${e.uid} end`);
  if (e.end < e.start) throw new Error(`event ${e.uid} ends before it starts`);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${stamp}`,
    localProperty('DTSTART', e.start),
    localProperty('DTEND', e.end),
    `SUMMARY:${escapeText(e.summary)}`,
    `STATUS:${e.status ?? 'CONFIRMED'}`,
    `SEQUENCE:${e.sequence ?? 0}`,
    `TRANSP:${e.transparent ? 'TRANSPARENT' : 'OPAQUE'}`,
  ];
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.url) lines.push(`URL:${uriValue(e.url)}`);
  lines.push('END:VEVENT');
  return lines;
}

/** The whole VCALENDAR as RFC 5545 text: CRLF line endings, folded lines, ending with CRLF. */
export function buildCalendar(input: CalendarInput): string {
  assertValid(input.stamp, 'stamp');
  const stamp = utcValue(input.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Fora//Fora kalender 1.0//DA',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(input.name)}`,
    `X-WR-TIMEZONE:${TZID}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...COPENHAGEN_VTIMEZONE,
    ...input.events.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
