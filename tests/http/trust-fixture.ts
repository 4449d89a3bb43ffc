/**
 * The fixture of the authorization matrix and the canary test: the route fixtures' organisation,
 * plus the people the trust tests name by role (a plain forum member, staff of another forum of the
 * same organisation, a member removed after an item was closed, another organisation's admin) and
 * items in the states the matrix covers, on a meeting of their own (so that the route fixtures'
 * writes on the fixture meeting, such as postponing its remaining items, never touch them).
 */
import { Readable } from 'node:stream';
import { addAttachment } from '../../src/app/add-attachment.ts';
import type { AppContext } from '../../src/app/context.ts';
import { createItem } from '../../src/app/create-item.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { endMembership } from '../../src/app/end-membership.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import { withdrawItem } from '../../src/app/withdraw-item.ts';
import type { Person } from '../../src/domain/organisation.ts';
import {
  callerFor,
  forumFactory,
  memberFactory,
  operator,
  orgFactory,
  personFactory,
  unique,
} from '../support/factories.ts';
import { as } from '../support/http.ts';
import { type OrgFixture, organisationFixture, type StagedItem } from './route-fixtures.ts';

/** The rows of the matrix: who asks. */
export const ROLES = [
  'anonymous',
  'reader',
  'member',
  'outsider',
  'secretary',
  'director',
  'foreignAdmin',
  'chair',
] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_NOTES: Record<Role, string> = {
  anonymous: 'no sign-in',
  reader: 'staff of the organisation without any forum role',
  member: 'a plain member of the forum (neither submitter nor approver of the items)',
  outsider: 'staff outside the forum: secretary of another forum of the same organisation',
  secretary: "the forum's secretary",
  director: "the forum's approver of the items (a member, director of the submitter's unit)",
  foreignAdmin: "another organisation's administrator",
  chair: "the forum's chair (asked last, so a write the secretary made before may answer 409)",
};
/** The columns of the matrix for routes on an item. */
export const ITEM_STATES = [
  'draft',
  'submitted',
  'published',
  'closed',
  'closedRemoved',
  'withdrawn',
] as const;
export type ItemColumn = (typeof ITEM_STATES)[number];
export const STATE_NOTES: Record<ItemColumn, string> = {
  draft: 'a draft of the submitter',
  submitted: 'submitted, waiting for the approver',
  published: 'an open item on a published agenda',
  closed: 'a closed item (lukket punkt) on a published agenda',
  closedRemoved:
    'a closed item like the above, where the row "member" is a person who was a member when it was closed and whose membership has ended since',
  withdrawn: 'withdrawn by its submitter before submission',
};
/** A meeting of the fixture forum that only the trust items use (1st Thursday of September 2025). */
export const TRUST_MEETING_DATE = '2025-09-04';

export interface TrustFixture extends OrgFixture {
  extra: { member: Person; outsider: Person; removed: Person; foreignAdmin: Person };
  trust: Record<ItemColumn, StagedItem>;
  /** The id of the trust meeting (its agenda is published). */
  trustMeetingId: string;
}

export interface StageOptions {
  title?: string;
  /** Content beyond type and title (sections, recommendations). */
  content?: Record<string, unknown>;
  attachmentName?: string;
  attachmentText?: string;
}

type State = Exclude<ItemColumn, 'closedRemoved'>;
/** An item of the submitter (the route fixtures' `member`) in `state`, through the use cases. */
export async function stageTrustItem(
  ctx: AppContext,
  fx: Pick<OrgFixture, 'org' | 'forum' | 'people'>,
  state: State,
  options: StageOptions = {},
): Promise<StagedItem & { meetingId: string | null }> {
  const slug = fx.org.slug;
  const submitter = await callerFor(ctx, fx.people.member);
  const closed = state === 'closed';
  let item = await createItem(ctx, submitter, slug, fx.forum.shortName, {
    type: 'information',
    title: options.title ?? `${fx.org.name}: punkt (${state})`,
    meeting: TRUST_MEETING_DATE,
    ...(closed && { closed: true, closedBasis: 'Offentlighedsloven § 23, stk. 1, nr. 1' }),
    ...options.content,
  });
  const body = Readable.from(Buffer.from(options.attachmentText ?? 'hej'));
  const name = options.attachmentName ?? 'bilag.txt';
  const attachment = (await addAttachment(ctx, submitter, slug, item.id, { name, body })).id;
  if (state === 'withdrawn') item = await withdrawItem(ctx, submitter, slug, item.id, { comment: 'Trukket' });
  if (state === 'submitted' || state === 'published' || state === 'closed')
    item = await submitItem(ctx, submitter, slug, item.id);
  if (state === 'published' || state === 'closed') {
    const secretary = await callerFor(ctx, fx.people.secretary);
    await decideItem(ctx, await callerFor(ctx, fx.people.director), slug, item.id, { decision: 'approve' });
    item = await scheduleItem(ctx, secretary, slug, item.id, { meeting: TRUST_MEETING_DATE });
    await publishAgenda(ctx, secretary, slug, fx.forum.shortName, TRUST_MEETING_DATE);
  }
  return { id: item.id, version: item.version, attachment, meetingId: item.meetingId };
}

/** The route fixtures' organisation with the trust tests' people and items. */
export async function trustFixture(ctx: AppContext): Promise<TrustFixture> {
  const fx = await organisationFixture(ctx, {
    slug: 'hvidovre',
    word: 'Hvidovre',
    org: 'Hvidovre Kommune',
    forum: 'Chefforum',
    chair: 'Hanne Hvidovregaard',
    unit: 'Hvidovre Rådhus',
  });
  const person = (name: string) => personFactory(ctx, fx.org, { name, title: 'Chef' });
  const member = await person('Hvidovre Menigt Medlem');
  await memberFactory(ctx, fx.org, fx.forum, member, 'member');
  const outsider = await person('Hvidovre Anden Sekretær');
  const other = await forumFactory(ctx, fx.org, { shortName: 'DIF', name: 'Direktørforum' });
  await memberFactory(ctx, fx.org, other, outsider, 'secretary');
  const removed = await person('Hvidovre Tidligere Medlem');
  const removedMembership = await memberFactory(ctx, fx.org, fx.forum, removed, 'member');
  const foreignOrg = await orgFactory(ctx, { slug: unique('brondby'), name: 'Brøndby Kommune' });
  const foreignAdmin = await personFactory(ctx, foreignOrg, { name: 'Brøndby Administrator', role: 'admin' });
  const trust = {} as Record<ItemColumn, StagedItem>;
  let trustMeetingId = '';
  for (const state of ['draft', 'submitted', 'published', 'closed', 'withdrawn'] as const) {
    const staged = await stageTrustItem(ctx, fx, state);
    trust[state] = staged;
    if (state === 'published') trustMeetingId = staged.meetingId ?? '';
  }
  // Its own item, so that a write on the closed item never changes this column's.
  trust.closedRemoved = await stageTrustItem(ctx, fx, 'closed');
  // The removed member was a member when the item was closed and published; their membership ended since.
  await endMembership(ctx, operator(), fx.org.slug, fx.forum.shortName, removedMembership.id, {
    endDate: '2025-03-31',
  });
  return { ...fx, extra: { member, outsider, removed, foreignAdmin }, trust, trustMeetingId };
}

/** The request headers of a role (the removed member plays "member" in the closedRemoved column). */
export function headersOf(fx: TrustFixture, role: Role, column?: ItemColumn): Record<string, string> {
  switch (role) {
    case 'anonymous':
      return {};
    case 'reader':
      return as(fx.people.staff.id);
    case 'member':
      return as((column === 'closedRemoved' ? fx.extra.removed : fx.extra.member).id);
    case 'outsider':
      return as(fx.extra.outsider.id);
    case 'secretary':
      return as(fx.people.secretary.id);
    case 'director':
      return as(fx.people.director.id);
    case 'foreignAdmin':
      return as(fx.extra.foreignAdmin.id);
    case 'chair':
      return as(fx.people.chair.id);
  }
}
