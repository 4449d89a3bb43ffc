/** Loading a leaders' day of an event forum, with the caller's rights checked. */
import { notFound } from '../domain/errors.ts';
import type { LeadersDay } from '../domain/leaders-day.ts';
import type { Forum, Organisation } from '../domain/organisation.ts';
import { type Action, can } from '../domain/policy.ts';
import type { DbOrTx } from '../store/db.ts';
import { findLeadersDay } from '../store/leadership.ts';
import { authorize, type Caller, forumResource, resolveForum } from './context.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loadLeadersDay(
  db: DbOrTx,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  dayId: string,
  action: Action,
): Promise<{ org: Organisation; forum: Forum; day: LeadersDay; organiser: boolean }> {
  const { org, forum } = await resolveForum(db, caller, orgSlug, shortName);
  authorize(caller, action, forumResource(forum), 'Forum');
  const day = UUID.test(dayId) ? await findLeadersDay(db, forum.id, dayId) : undefined;
  if (!day) throw notFound('Leaders day');
  return { org, forum, day, organiser: can(caller.actor, 'leadersday.manage', forumResource(forum)) };
}
