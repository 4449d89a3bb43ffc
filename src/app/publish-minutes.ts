import { z } from 'zod';
import { agendaChanges, canonical } from '../domain/agenda.ts';
import { conflict, invalid } from '../domain/errors.ts';
import { minutesPublished } from '../notify/minutes-messages.ts';
import { type AgendaVersion, insertAgendaVersion, latestAgendaVersion } from '../store/agenda.ts';
import { updateMeeting } from '../store/meetings.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { loadMeetingForAgenda } from './meeting-agenda-access.ts';
import {
  assertMinutesComplete,
  MINUTES_DRAFT_STATES,
  MINUTES_PUBLISHED_STATES,
  mailMembers,
  minutesLink,
} from './minutes-release.ts';
import { buildMinutesSnapshot } from './minutes-snapshot.ts';
import { enqueueRender } from './render-documents.ts';
import { parseInput } from './validate.ts';

export const publishMinutesSchema = z.object({
  /** Required for a corrected version (2, 3, ...): what was corrected and why. */
  changeNote: z.string().trim().max(2000).default(''),
});
export type PublishMinutesInput = z.input<typeof publishMinutesSchema>;

/**
 * Publishes the minutes (beslutningsreferat) as a frozen version with every treated item's
 * decision, result and "Hvad skal kommunikeres ud". Every item's minutes must be final. A
 * published version is never changed: a correction is a new version that names what changed and
 * carries a change note, and it must be approved again. The members get a mail.
 */
export async function publishMinutes(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  key: string,
  input: unknown = {},
): Promise<AgendaVersion> {
  const m = await loadMeetingForAgenda(ctx.db, caller, orgSlug, shortName, key, 'minutes.write');
  const data = parseInput(publishMinutesSchema, input);
  const state = m.meeting.state;
  if (!MINUTES_DRAFT_STATES.includes(state) && !MINUTES_PUBLISHED_STATES.includes(state))
    throw conflict('meeting', `the meeting is ${state}; minutes follow a published agenda`);
  return ctx.db.transaction(async (tx) => {
    await assertMinutesComplete(tx, m);
    const snapshot = await buildMinutesSnapshot(tx, m.forum, m.meeting, m.charter);
    const previous = await latestAgendaVersion(tx, m.meeting.id, 'minutes');
    const changes = previous ? agendaChanges(previous.content, snapshot) : [];
    if (previous) {
      if (!data.changeNote) throw invalid('changeNote', 'a corrected version needs a change note');
      const sameSummary =
        canonical(previous.content.communication ?? []) === canonical(snapshot.communication);
      if (changes.length === 0 && sameSummary)
        throw conflict('minutes', `nothing has changed since version ${previous.version} was published`);
    }
    const version = await insertAgendaVersion(tx, m.org.id, {
      kind: 'minutes',
      meetingId: m.meeting.id,
      version: (previous?.version ?? 0) + 1,
      content: snapshot,
      changes,
      changeNote: previous ? data.changeNote : '',
      publishedByPersonId: caller.actor.kind === 'person' ? caller.actor.personId : null,
    });
    await updateMeeting(tx, m.forum.id, m.meeting.id, { state: 'minutes_published' });
    await enqueueRender(tx, m.org.id, version, ctx.now());
    // Nobody is mailed about records of long ago (imported or demo history).
    const recent = ctx.now().getTime() - new Date(m.meeting.end).getTime() < 90 * 24 * 3600 * 1000;
    const recipients = recent
      ? await mailMembers(
          tx,
          ctx,
          m,
          `minutes:${m.meeting.id}:v${version.version}`,
          minutesPublished({
            forumName: m.forum.name,
            meetingStart: m.meeting.start,
            version: version.version,
            changeNote: version.changeNote,
            link: minutesLink(ctx, m, `versions/${version.version}`),
          }),
        )
      : 0;
    await audit(tx, caller, {
      orgId: m.org.id,
      action: 'minutes.publish',
      objectType: 'meeting',
      objectId: m.meeting.id,
      detail: {
        version: version.version,
        changes: changes.length,
        changeNote: version.changeNote,
        recipients,
      },
    });
    return version;
  });
}
