/** Reporting absence (afbud) for a meeting, and seeing who has (placeholder: being built). */
import type { SessionPerson } from '../types.ts';

export function AbsencePanel(_props: { person: SessionPerson; forum: string; meeting: string }) {
  return null;
}
