/** The iCalendar writer, read back with a real parser (ical.js): times, time zone, escaping, folding. */
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarEvent, escapeText, foldLine } from '../../src/notify/ical.ts';

const ZONE = 'Europe/Copenhagen';
// Calendar programs read X-WR-CALNAME as TEXT; ical.js leaves unknown X- properties escaped.
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };
const local = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });
const stamp = DateTime.fromISO('2025-04-01T10:00:00+02:00');

/** Parses a feed and registers its VTIMEZONE, so that TZID times resolve to the right instants. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vtimezone = calendar.getFirstSubcomponent('vtimezone');
  if (!vtimezone) throw new Error('no VTIMEZONE');
  ICAL.TimezoneService.register(vtimezone);
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { calendar, events };
}
afterEach(() => ICAL.TimezoneService.reset());

const event = (over: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'forum-2025-04-23@fora',
  start: local('2025-04-23T09:00'),
  end: local('2025-04-23T12:00'),
  summary: 'Chefforum',
  ...over,
});

describe('times and the Europe/Copenhagen time zone', () => {
  it('gives a summer and a winter meeting at 09:00 local time the right instants', () => {
    const text = buildCalendar({
      name: 'Chefforum (CF)',
      stamp,
      events: [
        event(),
        event({ uid: 'w@fora', start: local('2025-01-16T09:00'), end: local('2025-01-16T12:00') }),
      ],
    });
    expect(text).toContain('DTSTART;TZID=Europe/Copenhagen:20250423T090000\r\n');
    expect(text).toContain('DTEND;TZID=Europe/Copenhagen:20250423T120000\r\n');
    expect(text).toContain('DTSTAMP:20250401T080000Z\r\n');
    const { calendar, events } = parse(text);
    const [summer, winter] = events;
    expect(summer?.startDate.toJSDate().toISOString()).toBe('2025-04-23T07:00:00.000Z');
    expect(summer?.endDate.toJSDate().toISOString()).toBe('2025-04-23T10:00:00.000Z');
    expect(summer?.startDate.zone.tzid).toBe(ZONE);
    expect(winter?.startDate.toJSDate().toISOString()).toBe('2025-01-16T08:00:00.000Z');
    for (const [name, value] of [
      ['version', '2.0'],
      ['calscale', 'GREGORIAN'],
      ['method', 'PUBLISH'],
      ['x-wr-calname', 'Chefforum (CF)'],
      ['x-wr-timezone', ZONE],
    ])
      expect(calendar.getFirstPropertyValue(name)).toBe(value);
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Fora/);
  });

  it('agrees with the tz database every day of 2024-2030 and around each summer-time switch', () => {
    const events: CalendarEvent[] = [];
    for (let d = local('2024-01-01T09:00'); d.year <= 2030; d = d.plus({ days: 1 })) {
      events.push(event({ uid: `d${events.length}`, start: d, end: d.plus({ hours: 1 }) }));
      // The hours either side of the switches (the last Sundays of March and October).
      if (d.weekday === 7 && (d.month === 3 || d.month === 10) && d.plus({ days: 7 }).month !== d.month)
        for (const hour of [1, 4, 23])
          events.push(event({ uid: `s${events.length}`, start: d.set({ hour }), end: d.set({ hour }) }));
    }
    const parsed = parse(buildCalendar({ name: 'x', stamp, events })).events;
    expect(parsed).toHaveLength(events.length);
    parsed.forEach((p, i) => {
      expect(p.startDate.toJSDate().getTime(), p.uid).toBe(events[i]?.start.toMillis());
    });
  });
});

describe('text: escaping, folding, line endings', () => {
  const description =
    'Punktet behandles på mødet; se bilag 1, 2 og 3.\nIndstilling: at Chefforum godkender budgettet, ' +
    'herunder "Økonomi; Ældre- og Sundhedsområdet" og C:\\Sager\\2025 — med æøå ÆØÅ og 🎉.\r\nSidste linje.';

  it('round-trips Danish text with commas, semicolons, backslashes and newlines', () => {
    const text = buildCalendar({
      name: 'Møder, frister; og mere',
      stamp,
      events: [
        event({
          summary: 'Frist: indmelding af punkter til Chefforum 23. april; “Temadrøftelse”, del 2',
          description,
          location: 'Mødelokale 915, Rådhuset; 1. sal',
          url: 'https://fora.example.dk/orgs/albertslund/forums/CF',
        }),
      ],
    });
    const { calendar, events } = parse(text);
    const e = events[0];
    expect(e?.summary).toBe('Frist: indmelding af punkter til Chefforum 23. april; “Temadrøftelse”, del 2');
    expect(e?.description).toBe(description.replace('\r\n', '\n'));
    expect(e?.location).toBe('Mødelokale 915, Rådhuset; 1. sal');
    expect(e?.component.getFirstPropertyValue('url')).toBe(
      'https://fora.example.dk/orgs/albertslund/forums/CF',
    );
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Møder, frister; og mere');
    expect(text).toContain('SUMMARY:Frist: indmelding af punkter til Chefforum 23. april\\; “Temadrø');
  });

  it('ends every line with CRLF and folds at 75 octets without splitting a character', () => {
    const text = buildCalendar({ name: 'x', stamp, events: [event({ description: description.repeat(5) })] });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    // Each physical line is valid UTF-8 on its own: no character was cut between two lines.
    const strict = new TextDecoder('utf-8', { fatal: true });
    const bytes = Buffer.from(text, 'utf8');
    let from = 0;
    for (let i = bytes.indexOf('\r\n'); i >= 0; i = bytes.indexOf('\r\n', from)) {
      expect(() => strict.decode(bytes.subarray(from, i))).not.toThrow();
      from = i + 2;
    }
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(10);
    // Unfolding gives back the one long line.
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain(`DESCRIPTION:${escapeText(description.repeat(5))}\r\n`);
  });

  it('folds multi-octet characters whole and leaves short lines alone', () => {
    const line = `DESCRIPTION:${'æ'.repeat(100)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.map((l) => Buffer.byteLength(l, 'utf8'))).toEqual([74, 75, 65]);
    expect(folded.join('').replace(/ /g, '')).toBe(line);
    expect(foldLine('SUMMARY:Kort')).toBe('SUMMARY:Kort');
  });

  it('drops control characters that TEXT may not contain', () => {
    expect(escapeText('a\u0000b\u0007c\td')).toBe('abc\td');
  });
});

describe('events', () => {
  it('marks a cancelled meeting CANCELLED with its UID, and a deadline as transparent', () => {
    const text = buildCalendar({
      name: 'x',
      stamp,
      events: [
        event({ status: 'CANCELLED' }),
        event({ uid: 'item-submission@fora', transparent: true, sequence: 3 }),
      ],
    });
    const [cancelled, deadline] = parse(text).events;
    expect(cancelled?.uid).toBe('forum-2025-04-23@fora');
    expect(cancelled?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(deadline?.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(deadline?.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(deadline?.sequence).toBe(3);
    expect(cancelled?.sequence).toBe(0);
  });

  it('refuses an invalid time or an event that ends before it starts', () => {
    expect(() =>
      buildCalendar({ name: 'x', stamp, events: [event({ start: local('2025-02-30T09:00') })] }),
    ).toThrow(/invalid/);
    expect(() =>
      buildCalendar({ name: 'x', stamp, events: [event({ end: local('2025-04-23T08:00') })] }),
    ).toThrow(/before/);
  });
});
