/** The secretary's links from a meeting to its builder and minute-taking (placeholder: being built). */
import type { SessionPerson } from '../types.ts';

export function MeetingActions(_props: { person: SessionPerson; forum: string; meeting: string }) {
  return null;
}
