/**
 * The "Opfølgning på tidligere beslutninger" item: when a meeting's agenda is built and follow-ups
 * target the meeting, one information item reports on them, placed before the closing standing items.
 */
import type { Charter } from '../domain/charter.ts';
import { type FollowUp, followUpsForAgenda } from '../domain/follow-up.ts';
import { agendaTitle, type Item } from '../domain/item.ts';
import type { StoredMeeting } from '../domain/meeting.ts';
import type { Forum } from '../domain/organisation.ts';
import { paragraphsDoc } from '../domain/rich-text.ts';
import type { DbOrTx } from '../store/db.ts';
import { listFollowUpsForMeeting } from '../store/follow-up-register.ts';
import { insertItem, updateItem } from '../store/items.ts';

export const FOLLOW_UP_ITEM_TITLE = 'Opfølgning på tidligere beslutninger';

/** The item's text: one line and one recommendation per open follow-up. */
function followUpContent(open: readonly FollowUp[]) {
  const titles = open.map((f) => f.title.replace(/\s+/g, ' ').trim());
  return {
    sections: {
      sagsfremstilling: paragraphsDoc(
        'Følgende opfølgninger er sat til behandling på dette møde:',
        titles.map((t) => `- ${t}`).join('\n'),
      ),
    },
    recommendations: titles.map((t) => `at opfølgningen på ${t} tages til efterretning`),
  };
}

/**
 * Inserts the follow-up item once, if open follow-ups target the meeting, and brings an unpublished
 * one up to date. Returns the order of the agenda (a new item placed before the first closing
 * standing item), or null when nothing changed.
 */
export async function addFollowUpItem(
  db: DbOrTx,
  forum: Forum,
  meeting: StoredMeeting,
  charter: Charter,
  agenda: readonly Item[],
): Promise<string[] | null> {
  const existing = agenda.find((i) => i.standingTitle === FOLLOW_UP_ITEM_TITLE);
  const open = followUpsForAgenda(await listFollowUpsForMeeting(db, meeting.id), meeting.id);
  if (existing) {
    // Follow-ups registered after the item was made join it until the agenda is published.
    const content = open.length > 0 ? followUpContent(open) : null;
    if (
      !content ||
      existing.state !== 'scheduled' ||
      content.recommendations.join('\n') === existing.recommendations.join('\n')
    )
      return null;
    await updateItem(db, existing, content);
    return agenda.map((i) => i.id);
  }
  if (open.length === 0) return null;
  const item = await insertItem(db, {
    orgId: forum.orgId,
    forumId: forum.id,
    type: 'information',
    title: agendaTitle(FOLLOW_UP_ITEM_TITLE, charter),
    ...followUpContent(open),
    state: 'scheduled',
    meetingId: meeting.id,
    position: 9_999,
    standingTitle: FOLLOW_UP_ITEM_TITLE,
  });
  const closing = new Set(charter.standingItems.filter((s) => s.position === 'last').map((s) => s.title));
  const order = agenda.map((i) => i.id);
  const firstClosing = agenda.findIndex((i) => i.standingTitle !== null && closing.has(i.standingTitle));
  order.splice(firstClosing === -1 ? order.length : firstClosing, 0, item.id);
  return order;
}
