import { notFound } from '../domain/errors.ts';
import { promotions, type Registration } from '../domain/leaders-day.ts';
import { listRegistrations, lockLeadersDay, setRegistrationStatus } from '../store/leadership.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { loadLeadersDay } from './leaders-day-access.ts';
import { mailSeatsGiven } from './mail-leaders-day-seats.ts';

/**
 * A registrant cancels. A freed seat goes to the first on the waitlist, who is mailed (through the
 * outbox, in the same transaction) that they have a seat.
 */
export async function cancelLeadersDayRegistration(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  dayId: string,
): Promise<{ cancelled: Registration; promoted: string[] }> {
  const { org, forum, day } = await loadLeadersDay(
    ctx.db,
    caller,
    orgSlug,
    shortName,
    dayId,
    'leadersday.register',
  );
  const personId = caller.actor.kind === 'person' ? caller.actor.personId : null;
  return ctx.db.transaction(async (tx) => {
    await lockLeadersDay(tx, day.id);
    const before = await listRegistrations(tx, day.id);
    const mine = before.find((r) => r.personId === personId && r.status !== 'cancelled');
    if (!mine) throw notFound('Registration');
    await setRegistrationStatus(tx, mine.id, 'cancelled');
    const after = before.map((r) => (r.id === mine.id ? { ...r, status: 'cancelled' as const } : r));
    const promoted = promotions(day.seats, after);
    for (const id of promoted) await setRegistrationStatus(tx, id, 'registered');
    const promotedPeople = after.filter((r) => promoted.includes(r.id)).map((r) => r.personId);
    const given = after.filter((r) => promoted.includes(r.id));
    await mailSeatsGiven(ctx, tx, org, forum, day, given);
    await audit(tx, caller, {
      orgId: org.id,
      action: 'leadersday.cancel',
      objectType: 'leaders_day',
      objectId: day.id,
      detail: { was: mine.status, promotedPersonIds: promotedPeople },
    });
    return { cancelled: { ...mine, status: 'cancelled' }, promoted: promotedPeople };
  });
}
