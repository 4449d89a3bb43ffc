import { conflict, notFound } from '../domain/errors.ts';
import { paragraphsDoc } from '../domain/rich-text.ts';
import { assertThemeRoom, selectThemeSchema, type Theme } from '../domain/themes.ts';
import { findTheme, lockMeetingThemes, updateTheme } from '../store/leadership.ts';
import { type AppContext, audit, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import { materialiseMeeting } from './meeting-occurrence.ts';
import { assertAgendaOpen, placeOnMeeting } from './place-on-meeting.ts';
import { parseInput } from './validate.ts';

/**
 * The forum's chair (the municipal director, "Kommunaldirektøren udvælger temaerne") selects a
 * proposed theme for a meeting: at most two per meeting. The theme becomes a theme item, last on
 * that meeting's agenda, linked from the theme. The charter's capacity rules (`capacity.maxThemes`,
 * `capacity.maxMinutes`) bind what the secretary schedules, not the chair's choice: only the two
 * themes per meeting of the terms of reference apply here (tests/app/themes.test.ts).
 */
export async function selectTheme(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  themeId: string,
  input: unknown,
): Promise<Theme> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'theme.select', forumResource(forum));
  const { meeting: key } = parseInput(selectThemeSchema, input);
  return ctx.db.transaction(async (tx) => {
    const theme = await findTheme(tx, forum.id, themeId);
    if (!theme) throw notFound('Theme');
    if (theme.status === 'selected') throw conflict('status', 'the theme is already selected for a meeting');
    const meeting = await materialiseMeeting(tx, forum, key);
    assertAgendaOpen(meeting);
    assertThemeRoom(await lockMeetingThemes(tx, meeting.id));
    const item = await placeOnMeeting(
      tx,
      caller,
      meeting,
      {
        orgId: org.id,
        type: 'theme',
        title: theme.title,
        sections: theme.description ? { sagsfremstilling: paragraphsDoc(theme.description) } : {},
        submitterPersonId: theme.proposerPersonId,
      },
      { themeId: theme.id },
    );
    const selected = await updateTheme(tx, theme.id, {
      status: 'selected',
      meetingId: meeting.id,
      itemId: item.id,
    });
    await audit(tx, caller, {
      orgId: org.id,
      action: 'theme.select',
      objectType: 'theme',
      objectId: theme.id,
      detail: { forumId: forum.id, meetingId: meeting.id, itemId: item.id },
    });
    return selected;
  });
}
