/** The forum's follow-up register: every entry with its status today, in due order (members, admins). */
import { byDue, type FollowUpStatus, followUpDueDate, followUpStatus } from '../domain/follow-up.ts';
import type { DbOrTx } from '../store/db.ts';
import {
  listForumFollowUps as forumFollowUps,
  meetingStartsOf,
  type StoredFollowUp,
} from '../store/follow-up-register.ts';
import { type AppContext, authorize, type Caller, forumResource, resolveForum } from './context.ts';

export interface FollowUpView extends StoredFollowUp {
  status: FollowUpStatus;
  /** The local date it is due: its date or its target meeting's day; null when unknown. */
  dueDate: string | null;
}

/** Status (at the context's clock) and due date from the stored meetings, sorted by due date. */
export async function withStatus(
  db: DbOrTx,
  now: Date,
  followUps: readonly StoredFollowUp[],
): Promise<FollowUpView[]> {
  const starts = await meetingStartsOf(
    db,
    followUps.flatMap((f) => ('meetingId' in f.due ? [f.due.meetingId] : [])),
  );
  const at = now.toISOString();
  return [...followUps].sort(byDue(starts)).map((f) => ({
    ...f,
    status: followUpStatus(f, at, starts),
    dueDate: followUpDueDate(f, starts),
  }));
}

export async function listForumFollowUps(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  forumShortName: string,
): Promise<FollowUpView[]> {
  const { forum } = await resolveForum(ctx.db, caller, orgSlug, forumShortName);
  authorize(caller, 'followup.read', forumResource(forum), 'Forum');
  return withStatus(ctx.db, ctx.now(), await forumFollowUps(ctx.db, forum.id));
}
