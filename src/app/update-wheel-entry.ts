/** A forum's manager changes an entry of its annual wheel (delete-wheel-entry.ts removes one). */
import { type WheelEntry, wheelEntryInputSchema } from '../domain/annual-wheel.ts';
import { notFound } from '../domain/errors.ts';
import { updateWheelEntry as storeUpdate } from '../store/planning.ts';
import { type AppContext, audit, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import { checkResponsible } from './create-wheel-entry.ts';
import { parseInput, patchSchema } from './validate.ts';

export const wheelEntryPatchSchema = patchSchema(wheelEntryInputSchema);

export async function updateWheelEntry(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  entryId: string,
  input: unknown,
): Promise<WheelEntry> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'wheel.manage', forumResource(forum), 'Forum');
  const patch = parseInput(wheelEntryPatchSchema, input);
  return ctx.db.transaction(async (tx) => {
    await checkResponsible(tx, org.id, patch.responsiblePersonId);
    const entry = await storeUpdate(tx, forum.id, entryId, patch);
    if (!entry) throw notFound('Wheel entry');
    await audit(tx, caller, {
      orgId: org.id,
      action: 'wheel.update',
      objectType: 'wheel_entry',
      objectId: entry.id,
      detail: { forumId: forum.id, changed: Object.keys(patch) },
    });
    return entry;
  });
}
