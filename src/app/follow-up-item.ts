/**
 * The "Opfølgning på tidligere beslutninger" item: when a meeting's agenda is built and follow-ups
 * target the meeting, one information item reports on them, placed before the closing standing items.
 */
import type { Charter } from '../domain/charter.ts';
import { followUpsForAgenda } from '../domain/follow-up.ts';
import { agendaTitle, type Item } from '../domain/item.ts';
import type { StoredMeeting } from '../domain/meeting.ts';
import type { Forum } from '../domain/organisation.ts';
import { paragraphsDoc } from '../domain/rich-text.ts';
import type { DbOrTx } from '../store/db.ts';
import { listFollowUpsForMeeting } from '../store/follow-up-register.ts';
import { insertItem } from '../store/items.ts';

export const FOLLOW_UP_ITEM_TITLE = 'Opfølgning på tidligere beslutninger';

/**
 * Inserts the follow-up item once, if open follow-ups target the meeting. Returns the order of the
 * agenda with it placed before the first closing standing item, or null when nothing was added.
 */
export async function addFollowUpItem(
  db: DbOrTx,
  forum: Forum,
  meeting: StoredMeeting,
  charter: Charter,
  agenda: readonly Item[],
): Promise<string[] | null> {
  if (agenda.some((i) => i.standingTitle === FOLLOW_UP_ITEM_TITLE)) return null;
  const open = followUpsForAgenda(await listFollowUpsForMeeting(db, meeting.id), meeting.id);
  if (open.length === 0) return null;
  const titles = open.map((f) => f.title.replace(/\s+/g, ' ').trim());
  const item = await insertItem(db, {
    orgId: forum.orgId,
    forumId: forum.id,
    type: 'information',
    title: agendaTitle(FOLLOW_UP_ITEM_TITLE, charter),
    sections: {
      sagsfremstilling: paragraphsDoc(
        'Følgende opfølgninger er sat til behandling på dette møde:',
        titles.map((t) => `- ${t}`).join('\n'),
      ),
    },
    recommendations: titles.map((t) => `at opfølgningen på ${t} tages til efterretning`),
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
