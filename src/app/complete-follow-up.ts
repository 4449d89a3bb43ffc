/**
 * Closing a follow-up: the owner or one of the forum's managers marks it done with an evidence note
 * (dokumentation). A done entry may be reopened the same way, e.g. when the evidence did not hold.
 */
import { z } from 'zod';
import { conflict, notFound } from '../domain/errors.ts';
import { findFollowUp, markFollowUpDone, reopenFollowUp } from '../store/follow-up-register.ts';
import { type AppContext, audit, authorize, type Caller, resolveOrganisation } from './context.ts';
import { type FollowUpView, withStatus } from './list-forum-follow-ups.ts';
import { parseInput } from './validate.ts';

export const completeFollowUpSchema = z.object({
  evidence: z.string().trim().min(1).max(4000),
});

async function loadFollowUp(ctx: AppContext, caller: Caller, orgSlug: string, id: string) {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  const followUp = z.uuid().safeParse(id).success ? await findFollowUp(ctx.db, org.id, id) : undefined;
  if (!followUp) throw notFound('Follow-up');
  authorize(
    caller,
    'followup.update',
    { type: 'person', orgId: org.id, personId: followUp.ownerPersonId, forumId: followUp.forumId },
    'Follow-up',
  );
  return { org, followUp };
}

export async function completeFollowUp(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  followUpId: string,
  input: unknown,
): Promise<FollowUpView> {
  const { org, followUp } = await loadFollowUp(ctx, caller, orgSlug, followUpId);
  const { evidence } = parseInput(completeFollowUpSchema, input);
  if (followUp.doneAt) throw conflict('doneAt', 'the follow-up is already done');
  const done = await ctx.db.transaction(async (tx) => {
    const row = await markFollowUpDone(tx, followUp.id, { evidence, doneAt: ctx.now() });
    await audit(tx, caller, {
      orgId: org.id,
      action: 'followup.done',
      objectType: 'follow_up',
      objectId: followUp.id,
      detail: { forumId: followUp.forumId, evidence },
    });
    return row;
  });
  const [view] = await withStatus(ctx.db, ctx.now(), [done]);
  if (!view) throw new Error('follow-up view missing');
  return view;
}

export async function reopenFollowUpEntry(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  followUpId: string,
): Promise<FollowUpView> {
  const { org, followUp } = await loadFollowUp(ctx, caller, orgSlug, followUpId);
  if (!followUp.doneAt) throw conflict('doneAt', 'the follow-up is not done');
  const open = await ctx.db.transaction(async (tx) => {
    const row = await reopenFollowUp(tx, followUp.id);
    await audit(tx, caller, {
      orgId: org.id,
      action: 'followup.reopen',
      objectType: 'follow_up',
      objectId: followUp.id,
      detail: { forumId: followUp.forumId },
    });
    return row;
  });
  const [view] = await withStatus(ctx.db, ctx.now(), [open]);
  if (!view) throw new Error('follow-up view missing');
  return view;
}
