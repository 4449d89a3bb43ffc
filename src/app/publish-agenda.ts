import { agendaChanges } from '../domain/agenda.ts';
import { conflict } from '../domain/errors.ts';
import { isActiveOn } from '../domain/organisation.ts';
import { materialReleased } from '../notify/messages.ts';
import type { AgendaVersion } from '../store/agenda.ts';
import { insertAgendaVersion, latestAgendaVersion } from '../store/agenda.ts';
import { listAttendance } from '../store/attendance.ts';
import { listMemberships } from '../store/forums.ts';
import { updateItem } from '../store/items.ts';
import { updateMeeting } from '../store/meetings.ts';
import { enqueueMails } from '../store/outbox.ts';
import { findPeopleByIds } from '../store/people.ts';
import { ensureStandingItems } from './agenda-builder.ts';
import { buildSnapshot } from './agenda-snapshot.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { loadMeetingForAgenda } from './meeting-agenda-access.ts';
import { enqueueRender } from './render-documents.ts';

/**
 * Publishes the meeting's agenda: freezes a numbered version (1 = the agenda, later ones are
 * supplementary agendas listing what changed), marks the items published, and queues one mail per
 * participant in the same transaction, so a crash neither loses nor repeats the notification.
 */
export async function publishAgenda(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  key: string,
): Promise<AgendaVersion> {
  const m = await loadMeetingForAgenda(ctx.db, caller, orgSlug, shortName, key, 'agenda.manage');
  if (m.meeting.state !== 'planned' && m.meeting.state !== 'agenda_published')
    throw conflict('meeting', `the meeting is ${m.meeting.state}; its agenda can no longer be published`);
  const published = await ctx.db.transaction(async (tx) => {
    const items = await ensureStandingItems(tx, m.forum, m.meeting, m.charter);
    const { snapshot } = await buildSnapshot(tx, m.forum, m.meeting, m.charter, items);
    const previous = await latestAgendaVersion(tx, m.meeting.id);
    const changes = previous ? agendaChanges(previous.content, snapshot) : [];
    if (previous && changes.length === 0)
      throw conflict('agenda', `nothing has changed since version ${previous.version} was published`);
    const version = await insertAgendaVersion(tx, m.org.id, {
      meetingId: m.meeting.id,
      version: (previous?.version ?? 0) + 1,
      content: snapshot,
      changes,
      publishedByPersonId: caller.actor.kind === 'person' ? caller.actor.personId : null,
    });
    for (const item of items)
      if (item.state === 'scheduled') await updateItem(tx, item, { state: 'published' });
    await updateMeeting(tx, m.forum.id, m.meeting.id, { state: 'agenda_published' });

    const date = m.meeting.start.slice(0, 10);
    const memberIds = (await listMemberships(tx, m.forum.id))
      .filter((x) => isActiveOn(x, date))
      .map((x) => x.personId);
    const guestIds = (await listAttendance(tx, m.meeting.id))
      .filter((a) => a.kind === 'guest')
      .map((a) => a.personId);
    // Nobody is told that the material of a meeting that is already over is ready (imported or late records).
    const over = new Date(m.meeting.end) <= ctx.now();
    const recipients = over
      ? []
      : await findPeopleByIds(tx, m.org.id, [...new Set([...memberIds, ...guestIds])]);
    const link = `${ctx.settings.publicUrl}/api/orgs/${m.org.slug}/forums/${m.forum.shortName}/meetings/${m.meeting.id}/agenda/versions/${version.version}`;
    const message = materialReleased({
      forumName: m.forum.name,
      meetingStart: m.meeting.start,
      version: version.version,
      supplementary: version.version > 1,
      link,
      items: snapshot.items.map((i) => ({ number: i.number, title: i.title, closed: i.closed })),
    });
    await enqueueMails(
      tx,
      recipients.map((p) => ({
        orgId: m.org.id,
        eventKey: `agenda:${m.meeting.id}:v${version.version}`,
        recipientPersonId: p.id,
        recipientEmail: p.email,
        subject: message.subject,
        bodyText: message.text,
      })),
      ctx.now(),
    );
    await enqueueRender(tx, m.org.id, version, ctx.now());
    await audit(tx, caller, {
      orgId: m.org.id,
      action: 'agenda.publish',
      objectType: 'meeting',
      objectId: m.meeting.id,
      detail: {
        version: version.version,
        items: snapshot.items.length,
        changes: changes.length,
        recipients: recipients.length,
      },
    });
    return version;
  });
  return published;
}
