import { agendaChanges } from '../domain/agenda.ts';
import { conflict } from '../domain/errors.ts';
import { type AgendaVersion, insertAgendaVersion, latestAgendaVersion } from '../store/agenda.ts';
import { listMeetingItems } from '../store/items.ts';
import { updateMeeting } from '../store/meetings.ts';
import { buildSnapshot } from './agenda-snapshot.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { loadMeetingForAgenda } from './meeting-agenda-access.ts';
import { enqueueRender } from './render-documents.ts';

/**
 * Publishes the minutes (beslutningsreferat) of a held meeting as a frozen version with every
 * item's decision; a later publication is a corrected version listing what changed. A first form:
 * review, approval and follow-up come with the meeting issue.
 */
export async function publishMinutes(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  key: string,
): Promise<AgendaVersion> {
  const m = await loadMeetingForAgenda(ctx.db, caller, orgSlug, shortName, key, 'agenda.manage');
  if (m.meeting.state === 'planned' || m.meeting.state === 'cancelled')
    throw conflict('meeting', `the meeting is ${m.meeting.state}; minutes follow a published agenda`);
  return ctx.db.transaction(async (tx) => {
    const items = await listMeetingItems(tx, m.meeting.id);
    const { snapshot } = await buildSnapshot(tx, m.forum, m.meeting, m.charter, items, { minutes: true });
    const previous = await latestAgendaVersion(tx, m.meeting.id, 'minutes');
    const changes = previous ? agendaChanges(previous.content, snapshot) : [];
    if (previous && changes.length === 0)
      throw conflict('minutes', `nothing has changed since version ${previous.version} was published`);
    const version = await insertAgendaVersion(tx, m.org.id, {
      kind: 'minutes',
      meetingId: m.meeting.id,
      version: (previous?.version ?? 0) + 1,
      content: snapshot,
      changes,
      publishedByPersonId: caller.actor.kind === 'person' ? caller.actor.personId : null,
    });
    await updateMeeting(tx, m.forum.id, m.meeting.id, { state: 'minutes_published' });
    await enqueueRender(tx, m.org.id, version, ctx.now());
    await audit(tx, caller, {
      orgId: m.org.id,
      action: 'minutes.publish',
      objectType: 'meeting',
      objectId: m.meeting.id,
      detail: { version: version.version, changes: changes.length },
    });
    return version;
  });
}
