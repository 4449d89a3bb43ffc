/**
 * Adding an initiative to a work programme, or changing one: its owner is a person of the
 * organisation, its milestones fall in the programme's year and link only to the forum's meetings
 * and the organisation's items.
 */
import { ForaError, invalid, notFound } from '../domain/errors.ts';
import type { Forum } from '../domain/organisation.ts';
import {
  type Initiative,
  type InitiativeInput,
  initiativeSchema,
  type Milestone,
  milestonesOutsideYear,
  type WorkProgramme,
} from '../domain/work-programme.ts';
import type { DbOrTx } from '../store/db.ts';
import { findItem } from '../store/items.ts';
import { findPerson } from '../store/people.ts';
import {
  deleteInitiative,
  findProgramme,
  insertInitiative,
  updateInitiative,
} from '../store/work-programmes.ts';
import { type AppContext, audit, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import { materialiseMeeting } from './meeting-occurrence.ts';
import { parseInput, patchSchema } from './validate.ts';

/**
 * Checks the owner and the milestones; a milestone's meeting given as a series date is stored (as
 * the calendar generates it) and replaced by its id. Returns the input with every meeting as an id.
 */
async function checkInitiative<T extends Partial<InitiativeInput>>(
  db: DbOrTx,
  forum: Forum,
  programme: WorkProgramme,
  input: T,
): Promise<T> {
  if (input.ownerPersonId && !(await findPerson(db, programme.orgId, input.ownerPersonId)))
    throw invalid('ownerPersonId', 'no such person in this organisation');
  if (!input.milestones) return input;
  const [outside] = milestonesOutsideYear(input.milestones, programme.year);
  if (outside !== undefined) throw invalid(`milestones.${outside}.dueDate`, `is not in ${programme.year}`);
  const milestones: Milestone[] = [];
  for (const [i, m] of input.milestones.entries()) {
    let meetingId = m.meetingId;
    if (meetingId) {
      const meeting = await materialiseMeeting(db, forum, meetingId).catch((err: unknown) => {
        if (err instanceof ForaError && err.code === 'not_found')
          throw invalid(`milestones.${i}.meetingId`, "no such meeting of the programme's forum");
        throw err;
      });
      meetingId = meeting.id;
    }
    if (m.itemId && !(await findItem(db, programme.orgId, m.itemId)))
      throw invalid(`milestones.${i}.itemId`, 'no such item in this organisation');
    milestones.push({ ...m, meetingId });
  }
  return { ...input, milestones };
}

async function programmeOf(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  forumShortName: string,
  year: number,
) {
  const { forum } = await resolveForum(ctx.db, caller, orgSlug, forumShortName);
  authorize(caller, 'programme.manage', forumResource(forum), 'Forum');
  const programme = await findProgramme(ctx.db, forum.id, year);
  if (!programme) throw notFound('Work programme');
  return { forum, programme };
}

export async function addProgrammeInitiative(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  forumShortName: string,
  year: number,
  input: unknown,
): Promise<Initiative> {
  const { forum, programme } = await programmeOf(ctx, caller, orgSlug, forumShortName, year);
  const data = parseInput(initiativeSchema, input);
  return ctx.db.transaction(async (tx) => {
    const checked = await checkInitiative(tx, forum, programme, data);
    const initiative = await insertInitiative(tx, programme.orgId, programme.id, checked);
    await audit(tx, caller, {
      orgId: programme.orgId,
      action: 'programme.initiative.create',
      objectType: 'programme_initiative',
      objectId: initiative.id,
      detail: { programmeId: programme.id, title: initiative.title },
    });
    return initiative;
  });
}

export const updateInitiativeSchema = patchSchema(initiativeSchema);

export async function updateProgrammeInitiative(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  forumShortName: string,
  year: number,
  initiativeId: string,
  input: unknown,
): Promise<Initiative> {
  const { forum, programme } = await programmeOf(ctx, caller, orgSlug, forumShortName, year);
  const patch = parseInput(updateInitiativeSchema, input);
  return ctx.db.transaction(async (tx) => {
    const checked = await checkInitiative(tx, forum, programme, patch);
    const initiative = await updateInitiative(tx, programme.id, initiativeId, checked);
    if (!initiative) throw notFound('Initiative');
    await audit(tx, caller, {
      orgId: programme.orgId,
      action: 'programme.initiative.update',
      objectType: 'programme_initiative',
      objectId: initiative.id,
      detail: { programmeId: programme.id, fields: Object.keys(patch) },
    });
    return initiative;
  });
}

/** A manager removes an initiative (with its milestones) from the programme. */
export async function removeProgrammeInitiative(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  forumShortName: string,
  year: number,
  initiativeId: string,
): Promise<void> {
  const { programme } = await programmeOf(ctx, caller, orgSlug, forumShortName, year);
  await ctx.db.transaction(async (tx) => {
    const removed = await deleteInitiative(tx, programme.id, initiativeId);
    if (!removed) throw notFound('Initiative');
    await audit(tx, caller, {
      orgId: programme.orgId,
      action: 'programme.initiative.delete',
      objectType: 'programme_initiative',
      objectId: removed.id,
      detail: { programmeId: programme.id, title: removed.title, milestones: removed.milestones.length },
    });
  });
}
