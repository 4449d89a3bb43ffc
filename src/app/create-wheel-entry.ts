/** A forum's manager adds an entry to its annual wheel (årshjul). */
import { type WheelEntry, wheelEntryInputSchema } from '../domain/annual-wheel.ts';
import { invalid } from '../domain/errors.ts';
import type { DbOrTx } from '../store/db.ts';
import { findPerson } from '../store/people.ts';
import { insertWheelEntry } from '../store/planning.ts';
import { type AppContext, audit, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import { parseInput } from './validate.ts';

/** The responsible person must be of the forum's organisation. */
export async function checkResponsible(
  db: DbOrTx,
  orgId: string,
  personId: string | undefined,
): Promise<void> {
  if (personId && !(await findPerson(db, orgId, personId)))
    throw invalid('responsiblePersonId', 'no such person in this organisation');
}

export async function createWheelEntry(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  input: unknown,
): Promise<WheelEntry> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'wheel.manage', forumResource(forum), 'Forum');
  const content = parseInput(wheelEntryInputSchema, input);
  return ctx.db.transaction(async (tx) => {
    await checkResponsible(tx, org.id, content.responsiblePersonId);
    const entry = await insertWheelEntry(tx, org.id, forum.id, content);
    await audit(tx, caller, {
      orgId: org.id,
      action: 'wheel.create',
      objectType: 'wheel_entry',
      objectId: entry.id,
      detail: { forumId: forum.id, title: entry.title, when: entry.when },
    });
    return entry;
  });
}
