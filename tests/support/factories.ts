/**
 * Small factories for store, use-case and HTTP tests, in the manner of Outline's: each builds one
 * object through the real use cases with sensible defaults and a unique name.
 */
import { randomBytes } from 'node:crypto';
import { addMembership } from '../../src/app/add-membership.ts';
import { type AppContext, type Caller, callerOf, today } from '../../src/app/context.ts';
import { createCharterVersion } from '../../src/app/create-charter-version.ts';
import { createForum } from '../../src/app/create-forum.ts';
import { createOrganisation } from '../../src/app/create-organisation.ts';
import { createPerson } from '../../src/app/create-person.ts';
import { actorForPerson } from '../../src/app/resolve-actor.ts';
import type { CharterInput } from '../../src/domain/charter.ts';
import type { Forum, Organisation, Person } from '../../src/domain/organisation.ts';

export const unique = (prefix: string): string => `${prefix}-${randomBytes(3).toString('hex')}`;
export const operator = (): Caller => callerOf({ kind: 'operator', label: 'test' });

export const orgFactory = (
  ctx: AppContext,
  over: Partial<{ slug: string; name: string }> = {},
): Promise<Organisation> =>
  createOrganisation(ctx, operator(), { slug: unique('org'), name: 'Testkommune', ...over });

export const personFactory = (
  ctx: AppContext,
  org: Organisation,
  over: Partial<{ name: string; title: string; email: string; role: 'admin' | 'staff' }> = {},
): Promise<Person> =>
  createPerson(ctx, operator(), org.slug, {
    name: 'Jens Ærø Ågesen',
    title: 'Afdelingschef',
    email: `${unique('p')}@example.dk`,
    ...over,
  });

export const forumFactory = (
  ctx: AppContext,
  org: Organisation,
  over: Partial<{ shortName: string; name: string }> = {},
): Promise<Forum> =>
  createForum(ctx, operator(), org.slug, {
    shortName: `F${randomBytes(2).toString('hex').toUpperCase()}`,
    name: 'Chefforum',
    ...over,
  });

export const memberFactory = (
  ctx: AppContext,
  org: Organisation,
  forum: Forum,
  person: Person,
  role: 'chair' | 'member' | 'secretary' | 'guest' = 'member',
  startDate = '2019-01-01',
) => addMembership(ctx, operator(), org.slug, forum.shortName, { personId: person.id, role, startDate });

/** Chefforum 2019: 1st and 3rd Thursday 09:00-12:00, items Thursday 12:00 the week before. */
export const chefforumCharter = (over: Partial<CharterInput> = {}): CharterInput => ({
  effectiveFrom: '2019-03-18',
  purpose: 'Chefforum er omdrejningspunktet for det strategiske træk.',
  cadence: { rrule: 'FREQ=MONTHLY;BYDAY=1TH,3TH', startTime: '09:00', durationMinutes: 180 },
  deadlines: {
    submission: { kind: 'weekday_in_week_before', weekday: 4, time: '12:00' },
    publication: { kind: 'weekday_in_week_before', weekday: 5 },
  },
  ...over,
});

export const charterFactory = (
  ctx: AppContext,
  org: Organisation,
  forum: Forum,
  over: Partial<CharterInput> = {},
) => createCharterVersion(ctx, operator(), org.slug, forum.shortName, chefforumCharter(over));

/** A caller acting as this person, with the forum roles active on the context's today. */
export const callerFor = async (ctx: AppContext, person: Person): Promise<Caller> =>
  callerOf(await actorForPerson(ctx.db, person, today(ctx)));
