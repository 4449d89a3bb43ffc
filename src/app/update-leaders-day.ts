/**
 * The organisers change a leaders' day: place, seats, registration deadline, programme and material
 * (not its date nor the evaluating forum). More seats go at once to the first on the waitlist, who
 * are mailed as at a cancellation; fewer seats than those registered are refused, so nobody loses a
 * seat they were given.
 */
import { z } from 'zod';
import { conflict, invalid, notFound } from '../domain/errors.ts';
import { type LeadersDay, leadersDayInputSchema, promotions } from '../domain/leaders-day.ts';
import {
  listRegistrations,
  lockLeadersDay,
  setRegistrationStatus,
  updateLeadersDay as storeUpdate,
} from '../store/leadership.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { loadLeadersDay } from './leaders-day-access.ts';
import { mailSeatsGiven } from './mail-leaders-day-seats.ts';
import { parseInput, patchSchema } from './validate.ts';

const fields = leadersDayInputSchema.shape;
/** A change of a day: any of these fields, nothing else (the date and the evaluating forum stay). */
export const leadersDayPatchSchema = patchSchema(
  z.object({
    place: fields.place,
    seats: fields.seats,
    registrationDeadline: fields.registrationDeadline,
    programme: fields.programme,
    material: fields.material,
  }),
).strict();

export async function updateLeadersDay(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  dayId: string,
  input: unknown,
): Promise<{ leadersDay: LeadersDay; promoted: string[] }> {
  const { org, forum, day } = await loadLeadersDay(
    ctx.db,
    caller,
    orgSlug,
    shortName,
    dayId,
    'leadersday.manage',
  );
  const patch = parseInput(leadersDayPatchSchema, input);
  const changed = Object.keys(patch);
  if (changed.length === 0) return { leadersDay: day, promoted: [] };
  if ((patch.registrationDeadline ?? day.registrationDeadline) > day.date)
    throw invalid('registrationDeadline', 'is after the day');
  return ctx.db.transaction(async (tx) => {
    await lockLeadersDay(tx, day.id);
    const registrations = await listRegistrations(tx, day.id);
    const registered = registrations.filter((r) => r.status === 'registered').length;
    if (patch.seats !== undefined && patch.seats < registered)
      throw conflict('seats', 'fewer than those registered');
    const updated = await storeUpdate(tx, forum.id, day.id, patch);
    if (!updated) throw notFound('Leaders day');
    const promoted = promotions(updated.seats, registrations);
    for (const id of promoted) await setRegistrationStatus(tx, id, 'registered');
    const given = registrations.filter((r) => promoted.includes(r.id));
    await mailSeatsGiven(ctx, tx, org, forum, updated, given);
    await audit(tx, caller, {
      orgId: org.id,
      action: 'leadersday.update',
      objectType: 'leaders_day',
      objectId: day.id,
      detail: {
        forumId: forum.id,
        changed,
        ...(patch.seats !== undefined && { seats: { from: day.seats, to: updated.seats } }),
        promotedPersonIds: given.map((g) => g.personId),
      },
    });
    return { leadersDay: updated, promoted: given.map((g) => g.personId) };
  });
}
