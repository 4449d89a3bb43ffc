import { conflict } from '../domain/errors.ts';
import { minutesForReview } from '../notify/minutes-messages.ts';
import { updateMeeting } from '../store/meetings.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { loadMeetingForAgenda } from './meeting-agenda-access.ts';
import { assertMinutesComplete, mailMembers, minutesLink } from './minutes-release.ts';

/**
 * The secretary sends the draft minutes to the members for review (til gennemsyn): every item's
 * minutes must be final. The members get a mail with a link to the draft; the secretary may still
 * correct item minutes before publishing.
 */
export async function sendMinutesForReview(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  key: string,
): Promise<{ meetingId: string; state: 'minutes_in_review'; recipients: number }> {
  const m = await loadMeetingForAgenda(ctx.db, caller, orgSlug, shortName, key, 'minutes.write');
  if (m.meeting.state !== 'agenda_published' && m.meeting.state !== 'held')
    throw conflict(
      'meeting',
      m.meeting.state === 'minutes_in_review'
        ? 'the minutes have already been sent for review'
        : `the meeting is ${m.meeting.state}; only minutes not yet published are sent for review`,
    );
  return ctx.db.transaction(async (tx) => {
    await assertMinutesComplete(tx, m);
    await updateMeeting(tx, m.forum.id, m.meeting.id, { state: 'minutes_in_review' });
    const recipients = await mailMembers(
      tx,
      ctx,
      m,
      `minutes-review:${m.meeting.id}`,
      minutesForReview({
        forumName: m.forum.name,
        meetingStart: m.meeting.start,
        link: minutesLink(ctx, m, 'draft'),
      }),
    );
    await audit(tx, caller, {
      orgId: m.org.id,
      action: 'minutes.review',
      objectType: 'meeting',
      objectId: m.meeting.id,
      detail: { forumId: m.forum.id, recipients },
    });
    return { meetingId: m.meeting.id, state: 'minutes_in_review' as const, recipients };
  });
}
