import { describe, expect, it } from 'vitest';
import type { MemberRole } from '../../src/domain/charter.ts';
import { ITEM_STATES } from '../../src/domain/item.ts';
import type { PersonRole } from '../../src/domain/organisation.ts';
import { type Actor, can, itemInReadScope, itemReadScope, type Resource } from '../../src/domain/policy.ts';

const ORG = 'org-1';
const F1 = 'forum-1';
const F2 = 'forum-2';
const ME = 'person-me';

const person = (role: PersonRole, forumRoles: Record<string, MemberRole[]>, orgId = ORG): Actor => ({
  kind: 'person',
  personId: ME,
  orgId,
  name: 'Me',
  role,
  forumRoles,
});

const ACTORS: [string, Actor][] = [
  ['operator', { kind: 'operator', label: 'cli' }],
  ['anonymous', { kind: 'anonymous' }],
  ['admin', person('admin', {})],
  ['plain employee', person('staff', {})],
  ['member of F1', person('staff', { [F1]: ['member'] })],
  ['guest of F1', person('staff', { [F1]: ['guest'] })],
  ['secretary of F1, member of F2', person('staff', { [F1]: ['secretary'], [F2]: ['member'] })],
  ['chair of F2', person('staff', { [F2]: ['chair'] })],
  ['member of F1 in another organisation', person('staff', { [F1]: ['member'] }, 'org-2')],
];

const ITEMS: Extract<Resource, { type: 'item' }>[] = ITEM_STATES.flatMap((state) =>
  [F1, F2].flatMap((forumId) =>
    [false, true].flatMap((closed) =>
      [null, ME, 'someone'].flatMap((submitterId) =>
        [null, ME].map((approverId) => ({
          type: 'item' as const,
          orgId: ORG,
          forumId,
          state,
          closed,
          submitterId,
          approverId,
        })),
      ),
    ),
  ),
);

describe('the read scope a search filters on', () => {
  it.each(ACTORS)(
    'agrees with can(item.read) for every item state, forum, closedness and role: %s',
    (_, actor) => {
      const scope = itemReadScope(actor, ORG);
      const disagreements = ITEMS.filter(
        (item) => itemInReadScope(scope, item) !== can(actor, 'item.read', item),
      );
      expect(disagreements).toEqual([]);
    },
  );

  it('lets a forum member read closed items of that forum only, and nobody outside the organisation anything', () => {
    const closed = ITEMS.filter(
      (i) => i.closed && i.state === 'decided' && i.submitterId === null && !i.approverId,
    );
    const member = itemReadScope(person('staff', { [F1]: ['member'] }), ORG);
    expect(closed.filter((i) => itemInReadScope(member, i)).map((i) => i.forumId)).toEqual([F1]);
    expect(itemReadScope(person('admin', {}, 'org-2'), ORG)).toEqual({ kind: 'none' });
  });
});
