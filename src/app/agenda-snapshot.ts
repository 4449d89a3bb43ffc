/** The agenda as data: what a published version freezes and what the live view shows. */
import { DateTime } from 'luxon';
import { type AgendaSnapshot, type TimePlan, timePlan } from '../domain/agenda.ts';
import type { Charter } from '../domain/charter.ts';
import type { Item } from '../domain/item.ts';
import { formatInstant, ZONE } from '../domain/local-date.ts';
import type { StoredMeeting } from '../domain/meeting.ts';
import type { Forum } from '../domain/organisation.ts';
import { listAttachments } from '../store/attachments.ts';
import { findCase } from '../store/cases.ts';
import type { DbOrTx } from '../store/db.ts';

export async function buildSnapshot(
  db: DbOrTx,
  forum: Forum,
  meeting: StoredMeeting,
  charter: Charter,
  items: readonly Item[],
): Promise<{ snapshot: AgendaSnapshot; plan: TimePlan }> {
  const start = DateTime.fromISO(meeting.start, { zone: ZONE });
  const plan = timePlan(
    start,
    DateTime.fromISO(meeting.end, { zone: ZONE }),
    items.map((i) => ({ itemId: i.id, type: i.type, durationMinutes: i.durationMinutes })),
  );
  const snapshotItems: AgendaSnapshot['items'] = [];
  for (const [index, item] of items.entries()) {
    const kase = item.caseId ? await findCase(db, forum.orgId, item.caseId) : undefined;
    const files = await listAttachments(db, item.id);
    snapshotItems.push({
      itemId: item.id,
      number: index + 1,
      title: item.title,
      type: item.type,
      closed: item.closed,
      closedBasis: item.closedBasis,
      caseNumber: kase?.caseNumber ?? null,
      presenters: item.presenters,
      durationMinutes: item.durationMinutes,
      start: formatInstant(plan.slots[index]?.start ?? start),
      sections: charter.template
        .filter((s) => item.sections[s.key] !== undefined)
        .map((s) => ({
          key: s.key,
          heading: s.heading,
          body: item.sections[s.key] as NonNullable<Item['sections'][string]>,
        })),
      recommendations: item.recommendations,
      attachments: files.map((f) => ({ id: f.id, name: f.name, sha256: f.sha256 })),
      standing: item.standingTitle !== null,
    });
  }
  return {
    snapshot: {
      meeting: {
        id: meeting.id,
        forum: forum.shortName,
        forumName: forum.name,
        start: meeting.start,
        end: meeting.end,
        location: meeting.location,
      },
      items: snapshotItems,
    },
    plan,
  };
}
