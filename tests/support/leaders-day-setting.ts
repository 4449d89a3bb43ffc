/**
 * The leaders' day use-case tests' setting: an organisation with the event forum LEDERDAG (its
 * secretary the organiser, the leaders its members) and Direktørforum, the evaluating forum, on the
 * factories' charter (1st and 3rd Thursday).
 */
import { createForum } from '../../src/app/create-forum.ts';
import type { Forum, Organisation, Person } from '../../src/domain/organisation.ts';
import type { TestDatabase } from './db.ts';
import {
  charterFactory,
  forumFactory,
  memberFactory,
  operator,
  orgFactory,
  personFactory,
} from './factories.ts';

export interface LeadersDaySetting {
  org: Organisation;
  event: Forum;
  dif: Forum;
  organiser: Person;
  leaders: Person[];
}

export async function leadersDaySetting(
  t: TestDatabase,
  leaderNames: readonly string[],
): Promise<LeadersDaySetting> {
  const org = await orgFactory(t.ctx);
  const event = await createForum(t.ctx, operator(), org.slug, {
    shortName: 'LEDERDAG',
    name: 'Den årlige lederdag',
    kind: 'event',
  });
  const dif = await forumFactory(t.ctx, org, { shortName: 'DIF', name: 'Direktørforum' });
  await charterFactory(t.ctx, org, dif);
  const organiser = await personFactory(t.ctx, org, { name: 'Camilla Holm Nielsen' });
  await memberFactory(t.ctx, org, event, organiser, 'secretary');
  const leaders: Person[] = [];
  for (const name of leaderNames) {
    const p = await personFactory(t.ctx, org, { name });
    await memberFactory(t.ctx, org, event, p);
    leaders.push(p);
  }
  return { org, event, dif, organiser, leaders };
}
