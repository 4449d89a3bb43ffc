import { conflict } from '../domain/errors.ts';
import {
  isRegistrationOpen,
  type Registration,
  registrationInputSchema,
  statusOnRegistration,
} from '../domain/leaders-day.ts';
import { listRegistrations, lockLeadersDay, upsertRegistration } from '../store/leadership.ts';
import { type AppContext, audit, type Caller, today } from './context.ts';
import { loadLeadersDay } from './leaders-day-access.ts';
import { parseInput } from './validate.ts';

/**
 * An invited leader (an active member of the event forum) registers for the day, with dietary needs
 * for the organisers. First come, first served: with the seats taken, the registration waits in line.
 * The day's row is locked while the seats are counted, so two people never both get the last seat.
 */
export async function registerForLeadersDay(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  dayId: string,
  input: unknown,
): Promise<Registration> {
  const { org, day } = await loadLeadersDay(ctx.db, caller, orgSlug, shortName, dayId, 'leadersday.register');
  const { dietaryNeeds } = parseInput(registrationInputSchema, input);
  if (caller.actor.kind !== 'person') throw conflict('person', 'only a person registers');
  const personId = caller.actor.personId;
  if (!isRegistrationOpen(day, today(ctx)))
    throw conflict('registrationDeadline', `registration closed on ${day.registrationDeadline}`);
  return ctx.db.transaction(async (tx) => {
    await lockLeadersDay(tx, day.id);
    const registrations = await listRegistrations(tx, day.id);
    if (registrations.some((r) => r.personId === personId && r.status !== 'cancelled'))
      throw conflict('person', 'already registered');
    const taken = registrations.filter((r) => r.status === 'registered').length;
    const registration = await upsertRegistration(tx, {
      orgId: org.id,
      leadersDayId: day.id,
      personId,
      status: statusOnRegistration(day.seats, taken),
      dietaryNeeds,
    });
    await audit(tx, caller, {
      orgId: org.id,
      action: 'leadersday.register',
      objectType: 'leaders_day',
      objectId: day.id,
      detail: { status: registration.status },
    });
    return registration;
  });
}
