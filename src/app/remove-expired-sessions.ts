/**
 * Deletes the sessions that have run out (idle or past their absolute end) of everyone, so their
 * addresses and browsers are not kept: otherwise a run-out session goes only when its person signs
 * in again, or never. Run hourly by the server as the operator; audited when it removed any.
 */
import { IDLE_TIMEOUT_MS } from '../domain/session.ts';
import { deleteAllExpiredSessions } from '../store/sessions.ts';
import { type AppContext, audit, authorize, type Caller } from './context.ts';

export async function removeExpiredSessions(ctx: AppContext, caller: Caller): Promise<{ removed: number }> {
  authorize(caller, 'maintenance.run', { type: 'installation' }, 'Installation');
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const removed = await deleteAllExpiredSessions(tx, now, new Date(now.getTime() - IDLE_TIMEOUT_MS));
    if (removed > 0)
      await audit(tx, caller, {
        orgId: null,
        action: 'session.expired_removed',
        objectType: 'installation',
        objectId: '*',
        detail: { removed },
      });
    return { removed };
  });
}
