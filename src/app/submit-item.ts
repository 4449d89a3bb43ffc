import { charterInForce } from '../domain/charter.ts';
import { conflict, ForaError, invalid } from '../domain/errors.ts';
import {
  approverFor,
  canTransition,
  type Item,
  responsibleDirector,
  submissionProblems,
} from '../domain/item.ts';
import { isActiveOn } from '../domain/organisation.ts';
import { findForum, listCharters, listMemberships } from '../store/forums.ts';
import { updateItem } from '../store/items.ts';
import { findPerson, listUnits } from '../store/people.ts';
import { type AppContext, type Caller, today } from './context.ts';
import { loadItem } from './item-access.ts';
import { recordTransition } from './item-events.ts';
import { targetMeeting } from './target-meeting.ts';

/**
 * The submitter puts the item forward: the charter's template is enforced for its type, the meeting
 * is fixed (a late item goes to the following meeting), and the approver is named by the charter.
 * When nobody stands above the submitter (the chair's own item), it is approved on submission.
 */
export async function submitItem(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  itemId: string,
): Promise<Item> {
  const { org, item } = await loadItem(ctx.db, caller, orgSlug, itemId, 'item.submit');
  if (!canTransition(item.state, 'submit'))
    throw conflict('state', `a ${item.state} item cannot be submitted`);
  return ctx.db.transaction(async (tx) => {
    const forum = await findForum(tx, org.id, item.forumId);
    if (!forum) throw new Error('item without forum');
    const now = ctx.now();
    const target = await targetMeeting(tx, forum, now, item.wishedMeetingId);
    const date = target.entry.start.slice(0, 10);
    const charter = charterInForce(await listCharters(tx, forum.id), date);
    if (!charter) throw invalid('meeting', 'the forum has no terms of reference for that date');
    const problems = submissionProblems(item, charter);
    if (problems.length > 0)
      throw new ForaError(
        'validation_failed',
        `The item is not complete: ${problems.map((p) => `${p.path}: ${p.problem}`).join('; ')}`,
        problems,
      );

    const submitterId = item.submitterPersonId ?? '';
    const submitter = item.submitterPersonId
      ? await findPerson(tx, org.id, item.submitterPersonId)
      : undefined;
    const chair = (await listMemberships(tx, forum.id)).find(
      (m) => m.role === 'chair' && isActiveOn(m, today(ctx)),
    );
    const director = responsibleDirector(await listUnits(tx, org.id), submitter?.unitId ?? null);
    const approver = approverFor(charter.approver, submitterId, director, chair?.personId ?? null);

    const next = approver ? 'submitted' : 'queued';
    const updated = await updateItem(tx, item, {
      state: next,
      approverPersonId: approver,
      wishedMeetingId: target.meeting.id,
      late: target.late,
      submittedAt: now,
    });
    await recordTransition(tx, caller, item, 'submit', item.state, 'submitted', {
      meetingId: target.meeting.id,
      late: target.late,
      approverPersonId: approver,
      submittedAt: now.toISOString(),
    });
    if (!approver)
      await recordTransition(tx, caller, item, 'approve', 'submitted', 'queued', {
        comment: 'Godkendt ved indsendelse: indsenderen er forummets formand',
      });
    return updated;
  });
}
