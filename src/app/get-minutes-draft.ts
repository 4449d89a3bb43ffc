import type { AgendaSnapshot } from '../domain/agenda.ts';
import type { ErrorDetail } from '../domain/errors.ts';
import type { MeetingState } from '../domain/meeting.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { loadMeetingForAgenda } from './meeting-agenda-access.ts';
import { minutesProblems } from './minutes-release.ts';
import { buildMinutesSnapshot } from './minutes-snapshot.ts';

export interface MinutesDraft {
  meetingId: string;
  state: MeetingState;
  /** The minutes as they would be published now. */
  content: AgendaSnapshot;
  /** What keeps them from being sent for review or published (empty when they are complete). */
  problems: ErrorDetail[];
}

/**
 * The minutes as written so far, for the members (the draft sent for review) and the secretariat:
 * every treated item with its decision and result, and "Hvad skal kommunikeres ud". A read of
 * closed items is audited.
 */
export async function getMinutesDraft(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  key: string,
): Promise<MinutesDraft> {
  const m = await loadMeetingForAgenda(ctx.db, caller, orgSlug, shortName, key, 'minutes.review');
  const content = await buildMinutesSnapshot(ctx.db, m.forum, m.meeting, m.charter);
  const problems = await minutesProblems(ctx.db, m);
  const closed = content.items.filter((i) => i.closed).map((i) => i.itemId);
  if (closed.length > 0)
    await audit(ctx.db, caller, {
      orgId: m.org.id,
      action: 'minutes.read_closed',
      objectType: 'meeting',
      objectId: m.meeting.id,
      detail: { draft: true, items: closed },
    });
  return { meetingId: m.meeting.id, state: m.meeting.state, content, problems };
}
