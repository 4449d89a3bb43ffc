/** Loading a meeting of a forum for agenda work, with the charter in force on its date. */
import type { Charter } from '../domain/charter.ts';
import { charterInForce } from '../domain/charter.ts';
import { invalid } from '../domain/errors.ts';
import type { StoredMeeting } from '../domain/meeting.ts';
import type { Forum, Organisation } from '../domain/organisation.ts';
import type { Action } from '../domain/policy.ts';
import type { DbOrTx } from '../store/db.ts';
import { listCharters } from '../store/forums.ts';
import { authorize, type Caller, forumResource, resolveForum } from './context.ts';
import { materialiseMeeting } from './meeting-occurrence.ts';

export interface MeetingContext {
  org: Organisation;
  forum: Forum;
  meeting: StoredMeeting;
  charter: Charter;
}

export async function loadMeetingForAgenda(
  db: DbOrTx,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  key: string,
  action: Action,
): Promise<MeetingContext> {
  const { org, forum } = await resolveForum(db, caller, orgSlug, shortName);
  authorize(caller, action, forumResource(forum), 'Forum');
  const meeting = await materialiseMeeting(db, forum, key);
  const charter = charterInForce(await listCharters(db, forum.id), meeting.start.slice(0, 10));
  if (!charter) throw invalid('meeting', 'the forum has no terms of reference for that date');
  return { org, forum, meeting, charter };
}
