/** Small builders for domain tests: defaults come from the zod schemas. */
import { type Charter, type CharterContentInput, charterContentSchema } from '../../src/domain/charter.ts';
import type { StoredMeeting } from '../../src/domain/meeting.ts';
import type { Membership } from '../../src/domain/organisation.ts';

export const FORUM_ID = 'forum-cf';

export type CharterSpec = CharterContentInput & { effectiveFrom: string; version?: number; forumId?: string };

export function charter(spec: CharterSpec): Charter {
  const { effectiveFrom, version = 1, forumId = FORUM_ID, ...content } = spec;
  return {
    ...charterContentSchema.parse(content),
    id: `charter-${forumId}-${version}`,
    forumId,
    version,
    effectiveFrom,
    createdAt: `${effectiveFrom}T00:00:00Z`,
  };
}

export function stored(spec: Partial<StoredMeeting> & Pick<StoredMeeting, 'start' | 'end'>): StoredMeeting {
  return {
    id: `meeting-${spec.start}`,
    forumId: FORUM_ID,
    occurrenceDate: null,
    state: 'planned',
    location: '',
    leaderPersonId: null,
    note: '',
    ...spec,
  };
}

export function membership(spec: Partial<Membership> & Pick<Membership, 'personId'>): Membership {
  return {
    id: `membership-${spec.personId}-${spec.role ?? 'member'}`,
    forumId: FORUM_ID,
    role: 'member',
    startDate: '2019-01-01',
    endDate: null,
    ...spec,
  };
}

/** The seed charters (Albertslund 2019 kommissorier), as charter content. */
export const CHEFFORUM_2019: CharterSpec = {
  effectiveFrom: '2019-03-18',
  cadence: { rrule: 'FREQ=MONTHLY;BYDAY=1TH,3TH', startTime: '09:00', durationMinutes: 180 },
  deadlines: {
    // "senest torsdag kl. 12.00 i ugen før det møde hvor punktet skal drøftes"
    submission: { kind: 'weekday_in_week_before', weekday: 4, time: '12:00' },
    // "sender dagsorden ud senest fredag i ugen inden afholdelse af møderne"
    publication: { kind: 'weekday_in_week_before', weekday: 5 },
  },
  titlePrefix: 'CF - ',
};

export const DIREKTOERFORUM_2019: CharterSpec = {
  effectiveFrom: '2019-03-18',
  forumId: 'forum-dif',
  cadence: {
    // "mødes normalt hver mandag kl. 9.30-11.30"
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
    startTime: '09:30',
    durationMinutes: 120,
    // "Én gang månedligt er der formøde til politiske møder og her forlænges mødet"
    variations: [
      { label: 'Formøde til politiske møder', rrule: 'FREQ=MONTHLY;BYDAY=1MO', durationMinutes: 270 },
    ],
  },
  // "sender dagsorden ud torsdage inden afholdelse af møder mandage"
  deadlines: { publication: { kind: 'weekday_before', weekday: 4 } },
};

export const LEDERFORUM_2019: CharterSpec = {
  effectiveFrom: '2019-03-18',
  forumId: 'forum-lf',
  // "en gang i kvartalet til et møde af 3-4 timers varighed"
  cadence: { rrule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU', startTime: '13:00', durationMinutes: 210 },
  deadlines: { publication: { kind: 'weekday_in_week_before', weekday: 5 } },
  capacity: { maxThemes: 2 },
  itemTypes: ['theme'],
};

export const LEDERDAG_2019: CharterSpec = {
  effectiveFrom: '2019-03-18',
  forumId: 'forum-lederdag',
  // Once a year, 1-2 days (Lederdøgn 4.-5. april 2024: Thursday 09:00 to Friday 15:00).
  cadence: { rrule: 'FREQ=YEARLY;BYMONTH=4;BYDAY=1TH', startTime: '09:00', durationMinutes: 30 * 60 },
  // "program samt materiale sendes ud senest 14 dage før afholdelsen"
  deadlines: { publication: { kind: 'days_before', days: 14 } },
};
