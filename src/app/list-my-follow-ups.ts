/** "Mine opfølgninger": the follow-ups a person owns, in every forum, with status, in due order. */
import { invalid } from '../domain/errors.ts';
import { listPersonFollowUps } from '../store/follow-up-register.ts';
import { type AppContext, authorize, type Caller, resolveOrganisation } from './context.ts';
import { type FollowUpView, withStatus } from './list-forum-follow-ups.ts';

/** The caller's own list; an operator names the person. */
export async function listMyFollowUps(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  personId?: string,
): Promise<FollowUpView[]> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  const self = caller.actor.kind === 'person' ? caller.actor.personId : undefined;
  const owner = personId ?? self;
  if (!owner) throw invalid('personId', 'is required');
  authorize(caller, 'followup.update', { type: 'person', orgId: org.id, personId: owner }, 'Person');
  return withStatus(ctx.db, ctx.now(), await listPersonFollowUps(ctx.db, org.id, owner));
}
