/**
 * Adding an initiative to a work programme, or changing one: its owner is a person of the
 * organisation, its milestones fall in the programme's year and link only to the forum's meetings
 * and the organisation's items.
 */
import { invalid, notFound } from '../domain/errors.ts';
import {
  type Initiative,
  type InitiativeInput,
  initiativeSchema,
  milestonesOutsideYear,
  type WorkProgramme,
} from '../domain/work-programme.ts';
import type { DbOrTx } from '../store/db.ts';
import { findItem } from '../store/items.ts';
import { findMeeting } from '../store/meetings.ts';
import { findPerson } from '../store/people.ts';
import { findProgramme, insertInitiative, updateInitiative } from '../store/work-programmes.ts';
import { type AppContext, audit, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import { parseInput, patchSchema } from './validate.ts';

async function checkInitiative(db: DbOrTx, programme: WorkProgramme, input: Partial<InitiativeInput>) {
  if (input.ownerPersonId && !(await findPerson(db, programme.orgId, input.ownerPersonId)))
    throw invalid('ownerPersonId', 'no such person in this organisation');
  const milestones = input.milestones ?? [];
  const [outside] = milestonesOutsideYear(milestones, programme.year);
  if (outside !== undefined) throw invalid(`milestones.${outside}.dueDate`, `is not in ${programme.year}`);
  for (const [i, m] of milestones.entries()) {
    if (m.meetingId && !(await findMeeting(db, programme.forumId, m.meetingId)))
      throw invalid(`milestones.${i}.meetingId`, "no such meeting of the programme's forum");
    if (m.itemId && !(await findItem(db, programme.orgId, m.itemId)))
      throw invalid(`milestones.${i}.itemId`, 'no such item in this organisation');
  }
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
  return programme;
}

export async function addProgrammeInitiative(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  forumShortName: string,
  year: number,
  input: unknown,
): Promise<Initiative> {
  const programme = await programmeOf(ctx, caller, orgSlug, forumShortName, year);
  const data = parseInput(initiativeSchema, input);
  return ctx.db.transaction(async (tx) => {
    await checkInitiative(tx, programme, data);
    const initiative = await insertInitiative(tx, programme.orgId, programme.id, data);
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
  const programme = await programmeOf(ctx, caller, orgSlug, forumShortName, year);
  const patch = parseInput(updateInitiativeSchema, input);
  return ctx.db.transaction(async (tx) => {
    await checkInitiative(tx, programme, patch);
    const initiative = await updateInitiative(tx, programme.id, initiativeId, patch);
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
