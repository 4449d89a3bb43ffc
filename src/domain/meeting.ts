/** Meetings as stored, and meetings as the calendar presents them. */
import type { DeadlineKind } from './charter.ts';

export const MEETING_STATES = [
  'planned',
  'agenda_published',
  'held',
  'minutes_in_review',
  'minutes_published',
  'minutes_approved',
  'cancelled',
] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

/**
 * A meeting row. Only meetings that differ from the series are stored at this stage: moved or
 * cancelled occurrences (with `occurrenceDate` = the local date the series gave them), meetings
 * added by hand (`occurrenceDate` null), and meetings that have been held. A stored meeting always
 * wins over the generated occurrence with the same `occurrenceDate`, so hand-made exceptions and
 * held meetings survive regeneration and charter changes.
 */
export interface StoredMeeting {
  id: string;
  forumId: string;
  occurrenceDate: string | null;
  /** ISO 8601 local time with offset, e.g. 2025-04-23T09:00:00+02:00 */
  start: string;
  end: string;
  state: MeetingState;
  location: string;
  /** Overrides the leader rule for this meeting. */
  leaderPersonId: string | null;
  note: string;
}

export type Deadlines = Record<DeadlineKind, string | null>;

export interface CalendarMeeting {
  forumId: string;
  /** The stored meeting, if this occurrence has one. */
  meetingId: string | null;
  /** Local date the series gave this occurrence; null for a meeting added by hand. */
  occurrenceDate: string | null;
  start: string;
  end: string;
  state: MeetingState;
  cancelled: boolean;
  /** 'series' = as generated; 'moved', 'added', 'cancelled' = a hand-made exception; 'kept' = a
   *  stored meeting at its series time (e.g. held). */
  origin: 'series' | 'moved' | 'added' | 'cancelled' | 'kept';
  /** Labels of cadence variations that apply (e.g. "Formøde til politiske møder"). */
  variations: string[];
  /** When a holiday moved it: the holiday's name. */
  holidayNote: string | null;
  location: string;
  leaderPersonId: string | null;
  charterVersion: number;
  deadlines: Deadlines;
}
