import { z } from 'zod';
import { conflict, invalid } from '../domain/errors.ts';
import { parseCaseNumber } from '../domain/kle.ts';
import { findCaseByNumber, insertCase } from '../store/cases.ts';
import { findForum } from '../store/forums.ts';
import { kleCatalogue } from '../store/kle-catalogue.ts';
import { findUnit } from '../store/people.ts';
import { type CaseView, toCaseView } from './case-view.ts';
import {
  type AppContext,
  audit,
  authorize,
  type Caller,
  orgResource,
  resolveOrganisation,
} from './context.ts';
import { parseInput } from './validate.ts';

export const caseInputSchema = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(300),
  /** A KLE number (`00.01.00-P35-7-23`) or another municipal reference; empty means none yet. */
  caseNumber: z.string().max(100).nullable().default(null),
  responsibleUnitId: z.string().uuid().nullable().default(null),
  /** The one forum where the case is decided; null = not set (the timeline then takes the forum
   *  of the case's first visit, see src/app/case-visits.ts). */
  decidingForumId: z.string().uuid().nullable().default(null),
});

/** Creates a case (sag); a KLE number must name a known topic, and a number is unique per organisation. */
export async function createCase(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  input: unknown,
): Promise<CaseView> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  authorize(caller, 'case.create', orgResource(org));
  const data = parseInput(caseInputSchema, input);
  const raw = data.caseNumber?.trim() ?? '';
  const number = raw === '' ? null : parseCaseNumber(raw, kleCatalogue());
  const record = await ctx.db.transaction(async (tx) => {
    if (data.responsibleUnitId && !(await findUnit(tx, org.id, data.responsibleUnitId)))
      throw invalid('responsibleUnitId', 'no such unit');
    if (data.decidingForumId && !(await findForum(tx, org.id, data.decidingForumId)))
      throw invalid('decidingForumId', 'no such forum in this organisation');
    if (number && (await findCaseByNumber(tx, org.id, number.normalised)))
      throw conflict('caseNumber', 'a case with this number exists');
    const created = await insertCase(tx, {
      orgId: org.id,
      title: data.title,
      caseNumber: number?.normalised ?? null,
      numberKind: number?.kind ?? null,
      kleTopic: number?.kind === 'kle' ? number.topic : null,
      responsibleUnitId: data.responsibleUnitId,
      decidingForumId: data.decidingForumId,
      createdAt: ctx.now(),
    });
    await audit(tx, caller, {
      orgId: org.id,
      action: 'case.create',
      objectType: 'case',
      objectId: created.id,
      detail: {
        title: created.title,
        caseNumber: created.caseNumber,
        numberKind: created.numberKind,
        responsibleUnitId: created.responsibleUnitId,
        decidingForumId: created.decidingForumId,
      },
    });
    return created;
  });
  return toCaseView(ctx.settings, record);
}
