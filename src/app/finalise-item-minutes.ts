import { charterInForce } from '../domain/charter.ts';
import { conflict, ForaError, invalid } from '../domain/errors.ts';
import type { Item } from '../domain/item.ts';
import {
  type Effect,
  effects,
  itemTreatment,
  type PostponeTarget,
  validateItemMinutes,
} from '../domain/minutes.ts';
import type { Forum } from '../domain/organisation.ts';
import { isActiveOn } from '../domain/organisation.ts';
import type { DbOrTx } from '../store/db.ts';
import { insertFollowUp } from '../store/follow-ups.ts';
import { findForum, listCharters, listMemberships } from '../store/forums.ts';
import { markFinalised } from '../store/item-minutes.ts';
import { findItem, insertItem, updateItem } from '../store/items.ts';
import { findMeeting } from '../store/meetings.ts';
import { findPeopleByIds } from '../store/people.ts';
import { ensureStandingItems, longDate, orderAgenda } from './agenda-builder.ts';
import { approveMinutesAtMeeting } from './approve-minutes.ts';
import { type AppContext, audit, type Caller } from './context.ts';
import { loadMeetingForAgenda, type MeetingContext } from './meeting-agenda-access.ts';
import {
  assertMinutesOpen,
  itemOnMeeting,
  type SavedItemMinutes,
  storedMinutes,
  toSaved,
} from './save-item-minutes.ts';

/**
 * Puts an item on a later meeting of the forum, after its items and before the standing items
 * that close the meeting. Postponement is the meeting's decision: no capacity check.
 */
async function placeOnMeeting(tx: DbOrTx, forum: Forum, item: Item, meetingId: string): Promise<Item> {
  const meeting = await findMeeting(tx, forum.id, meetingId);
  if (!meeting) throw invalid('target.meetingId', 'no such meeting of this forum');
  if (meeting.state !== 'planned' && meeting.state !== 'agenda_published')
    throw invalid('target.meetingId', `the meeting is ${meeting.state}`);
  const charter = charterInForce(await listCharters(tx, forum.id), meeting.start.slice(0, 10));
  if (!charter) throw invalid('target.meetingId', 'the forum has no terms of reference for that date');
  const agenda = await ensureStandingItems(tx, forum, meeting, charter);
  const closing = new Set(charter.standingItems.filter((s) => s.position === 'last').map((s) => s.title));
  const firstClosing = agenda.findIndex((i) => i.standingTitle !== null && closing.has(i.standingTitle));
  const order = agenda.map((i) => i.id).filter((id) => id !== item.id);
  order.splice(firstClosing === -1 ? order.length : firstClosing, 0, item.id);
  const current = (await findItem(tx, item.orgId, item.id)) ?? item;
  await updateItem(tx, current, { state: 'scheduled', meetingId: meeting.id, position: null });
  const ordered = await orderAgenda(tx, meeting.id, order);
  const placed = ordered.find((i) => i.id === item.id);
  if (!placed) throw new Error('placed item not on the agenda');
  return placed;
}

/** Moves an item (with its history) to a target; writes the 'item.postpone' audit row. */
export async function moveItem(
  tx: DbOrTx,
  caller: Caller,
  forum: Forum,
  item: Item,
  to: PostponeTarget,
  detail: Record<string, unknown> = {},
): Promise<Item> {
  const moved =
    to.kind === 'meeting'
      ? await placeOnMeeting(tx, forum, item, to.meetingId)
      : await updateItem(tx, (await findItem(tx, item.orgId, item.id)) ?? item, {
          state: 'queued',
          meetingId: null,
          position: null,
        });
  await audit(tx, caller, {
    orgId: item.orgId,
    action: 'item.postpone',
    objectType: 'item',
    objectId: item.id,
    detail: {
      forumId: forum.id,
      from: item.state,
      to: moved.state,
      fromMeetingId: item.meetingId,
      toMeetingId: to.kind === 'meeting' ? to.meetingId : null,
      ...detail,
    },
  });
  return moved;
}

const pick = (recommendations: readonly string[], indexes: readonly number[]): string[] =>
  indexes.flatMap((i) => (recommendations[i] === undefined ? [] : [recommendations[i]]));

/** The content of a new item continuing the source (carried forward or referred). */
const continuation = (item: Item, indexes: readonly number[]) => ({
  orgId: item.orgId,
  caseId: item.caseId,
  type: item.type,
  title: item.title,
  presenters: item.presenters,
  durationMinutes: item.durationMinutes,
  sections: item.sections,
  recommendations: pick(item.recommendations, indexes),
  closed: item.closed,
  closedBasis: item.closedBasis,
  submitterPersonId: item.submitterPersonId,
  approverPersonId: item.approverPersonId,
  originItemId: item.id,
});

async function applyEffect(
  tx: DbOrTx,
  ctx: AppContext,
  caller: Caller,
  m: MeetingContext,
  item: Item,
  effect: Effect,
): Promise<void> {
  const now = ctx.now();
  switch (effect.kind) {
    case 'move':
      await moveItem(tx, caller, m.forum, item, effect.to, { minutes: true });
      return;
    case 'carry_forward': {
      const base = continuation(item, effect.recommendations);
      const created = await insertItem(tx, {
        ...base,
        // A standing item's continuation would share its title with the target's own standing item.
        title: item.standingTitle ? `${base.title} (udsat fra ${longDate(m.meeting.start)})` : base.title,
        forumId: m.forum.id,
        state: 'queued',
        submittedAt: now,
      });
      const placed =
        effect.to.kind === 'meeting'
          ? await placeOnMeeting(tx, m.forum, created, effect.to.meetingId)
          : created;
      await audit(tx, caller, {
        orgId: item.orgId,
        action: 'item.carry_forward',
        objectType: 'item',
        objectId: placed.id,
        detail: { forumId: m.forum.id, sourceItemId: item.id, fromMeetingId: m.meeting.id },
      });
      return;
    }
    case 'refer': {
      const target = await findForum(tx, m.org.id, effect.forumId);
      if (!target) throw invalid('targetForumId', 'no such forum in the organisation');
      const created = await insertItem(tx, {
        ...continuation(item, effect.recommendations),
        forumId: target.id,
        state: 'queued',
        submittedAt: now,
        citedItemIds: [item.id],
      });
      await audit(tx, caller, {
        orgId: item.orgId,
        action: 'item.refer',
        objectType: 'item',
        objectId: created.id,
        detail: {
          forumId: target.id,
          fromForumId: m.forum.id,
          sourceItemId: item.id,
          fromMeetingId: m.meeting.id,
          reason: effect.reason,
        },
      });
      return;
    }
    case 'follow_up': {
      const due = effect.draft.due;
      if ('meetingId' in due && !(await findMeeting(tx, m.forum.id, due.meetingId)))
        throw invalid('followUps.due.meetingId', 'no such meeting of this forum');
      await insertFollowUp(tx, {
        orgId: item.orgId,
        forumId: m.forum.id,
        sourceItemId: item.id,
        title: effect.draft.title,
        ownerPersonId: effect.draft.ownerPersonId,
        dueDate: 'date' in due ? due.date : null,
        targetMeetingId: 'meetingId' in due ? due.meetingId : null,
        note: effect.draft.note,
      });
      return;
    }
  }
}

/**
 * Finalises the minutes of one item: they must be complete and consistent; the item takes its
 * treatment (decided, postponed, referred), and the effects are carried out in the same
 * transaction: the item moves, postponed recommendations are carried forward, referred ones go to
 * the other forum's queue, follow-ups enter the register. When the item is the standing item that
 * approves the previous meeting's minutes and that recommendation is approved, those minutes are.
 */
export async function finaliseItemMinutes(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  meetingKey: string,
  itemId: string,
): Promise<SavedItemMinutes> {
  const m = await loadMeetingForAgenda(ctx.db, caller, orgSlug, shortName, meetingKey, 'minutes.write');
  assertMinutesOpen(m);
  const found = await storedMinutes(ctx, itemId, m.meeting.id);
  if (found?.stored.finalisedAt) throw conflict('minutes', 'already finalised');
  const item = await itemOnMeeting(ctx, m, itemId);
  if (item.state !== 'published')
    throw conflict('state', `only items on a published agenda get minutes; this one is ${item.state}`);
  if (!found || found.stored.meetingId !== m.meeting.id)
    throw invalid('minutes', 'no minutes have been written for this item');
  const { minutes, stored } = found;
  const date = m.meeting.start.slice(0, 10);
  const members = (await listMemberships(ctx.db, m.forum.id))
    .filter((x) => x.role !== 'guest' && isActiveOn(x, date))
    .map((x) => x.personId);
  const problems = validateItemMinutes(
    minutes,
    { recommendations: item.recommendations, forumId: m.forum.id, meetingId: m.meeting.id },
    members,
  );
  // Follow-ups are owned by people of the organisation (not necessarily the forum's members).
  const owners = new Set(
    (
      await findPeopleByIds(ctx.db, m.org.id, [...new Set(minutes.followUps.map((x) => x.ownerPersonId))])
    ).map((p) => p.id),
  );
  minutes.followUps.forEach((x, i) => {
    if (!owners.has(x.ownerPersonId))
      problems.push({ path: `followUps.${i}.ownerPersonId`, problem: 'no such person in the organisation' });
  });
  if (problems.length > 0)
    throw new ForaError(
      'validation_failed',
      `The minutes are not complete: ${problems.map((p) => `${p.path}: ${p.problem}`).join('; ')}`,
      problems,
    );
  const treatment = itemTreatment(minutes.outcomes);
  const todo = effects(item, minutes);
  return ctx.db.transaction(async (tx) => {
    if (!(await markFinalised(tx, item.id, m.meeting.id, ctx.now())))
      throw conflict('minutes', 'already finalised');
    const treated = await updateItem(tx, item, { state: treatment, decision: minutes.decision });
    await audit(tx, caller, {
      orgId: m.org.id,
      action: 'minutes.finalise',
      objectType: 'item',
      objectId: item.id,
      detail: {
        forumId: m.forum.id,
        meetingId: m.meeting.id,
        treatment,
        effects: todo.map((e) => e.kind),
        // The record as finalised: a postponed item's row is reused at its next meeting.
        minutes,
      },
    });
    for (const effect of todo) await applyEffect(tx, ctx, caller, m, treated, effect);
    await approveMinutesAtMeeting(tx, ctx, caller, m.forum, treated, minutes, m.meeting.id);
    return toSaved({ ...stored, finalisedAt: ctx.now().toISOString() }, minutes);
  });
}
