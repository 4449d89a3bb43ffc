/** Signing out: the session ends at once (its row is deleted), with an audit row. */
import { deleteSession } from '../store/sessions.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import type { ResolvedSession } from './resolve-session.ts';

export async function signOut(ctx: AppContext, caller: Caller, session: ResolvedSession): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    if (!(await deleteSession(tx, session.id))) return;
    await audit(tx, caller, {
      orgId: session.actor.orgId,
      action: 'session.sign_out',
      objectType: 'person',
      objectId: session.actor.personId,
    });
  });
}
