import { conflict, notFound } from '../domain/errors.ts';
import type { Theme } from '../domain/themes.ts';
import { findItem, updateItem } from '../store/items.ts';
import { findTheme, updateTheme } from '../store/leadership.ts';
import { findMeeting } from '../store/meetings.ts';
import { type AppContext, audit, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import { recordTransition } from './item-events.ts';
import { assertAgendaOpen } from './place-on-meeting.ts';

/**
 * The chair takes a selected theme off its meeting (before the meeting is held): the theme item is
 * withdrawn from the agenda and the theme is a proposal again, free to be selected for another meeting.
 */
export async function unselectTheme(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  themeId: string,
): Promise<Theme> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'theme.select', forumResource(forum));
  return ctx.db.transaction(async (tx) => {
    const theme = await findTheme(tx, forum.id, themeId);
    if (!theme) throw notFound('Theme');
    if (theme.status !== 'selected') throw conflict('status', 'the theme is not selected for a meeting');
    const meeting = theme.meetingId ? await findMeeting(tx, forum.id, theme.meetingId) : undefined;
    if (meeting) assertAgendaOpen(meeting);
    const item = theme.itemId ? await findItem(tx, org.id, theme.itemId) : undefined;
    if (item && item.state === 'scheduled') {
      await updateItem(tx, item, { state: 'withdrawn', meetingId: null, position: null });
      await recordTransition(tx, caller, item, 'withdraw', item.state, 'withdrawn', { themeId: theme.id });
    }
    const proposed = await updateTheme(tx, theme.id, { status: 'proposed', meetingId: null, itemId: null });
    await audit(tx, caller, {
      orgId: org.id,
      action: 'theme.unselect',
      objectType: 'theme',
      objectId: theme.id,
      detail: { forumId: forum.id, meetingId: theme.meetingId, itemId: theme.itemId },
    });
    return proposed;
  });
}
