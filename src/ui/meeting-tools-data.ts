/** The meeting view's tools: a meeting's attendance, reporting and withdrawing one's own absence. */
import type { AttendanceView } from '../app/get-attendance.ts';
import { api, apiPath } from './api.ts';

export type Attendance = AttendanceView;

const meetingPath = (org: string, forum: string, meeting: string) =>
  apiPath`/api/orgs/${org}/forums/${forum}/meetings/${meeting}`;

/** Who comes: the members on the day with their absences, and the guests (members and admins only). */
export const getAttendance = (org: string, forum: string, meeting: string) =>
  api.get<Attendance>(`${meetingPath(org, forum, meeting)}/attendance`);

/** The caller's own absence (afbud), with an optional reason. */
export const reportAbsence = (org: string, forum: string, meeting: string, reason: string) =>
  api.post<unknown>(`${meetingPath(org, forum, meeting)}/absence`, { reason });

/** Withdraws the caller's own absence. */
export const withdrawAbsence = (org: string, forum: string, meeting: string) =>
  api.delete<{ withdrawn: boolean }>(`${meetingPath(org, forum, meeting)}/absence`);

/** Has the meeting ended (by the browser's clock)? Absence is then no longer reported from the agenda. */
export const meetingIsOver = (end: string | undefined, now: number = Date.now()): boolean =>
  end !== undefined && new Date(end).getTime() <= now;

/** The image types attachments may have (src/domain/file-type.ts); SVG is never shown, nor allowed. */
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** How the viewer shows an attachment, from the Content-Type the server typed it with by its content. */
export function viewerKind(contentType: string | null): 'pdf' | 'image' | 'other' {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/pdf') return 'pdf';
  return IMAGE_TYPES.has(type) ? 'image' : 'other';
}
