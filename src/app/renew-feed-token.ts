import { randomBytes } from 'node:crypto';
import { notFound } from '../domain/errors.ts';
import { upsertFeedToken } from '../store/feed-tokens.ts';
import { findForum, listActiveMembershipsOfPerson } from '../store/forums.ts';
import { findPerson } from '../store/people.ts';
import { type AppContext, audit, authorize, type Caller, resolveOrganisation, today } from './context.ts';
import { feedTokenHash } from './resolve-feed-actor.ts';

export interface FeedTokenResult {
  /** The secret: shown once, never stored (only its hash is). */
  token: string;
  urls: {
    /** The person's own feed: their forums' meetings and the deadlines of their items. */
    person: string;
    /** One feed per forum the person is an active member of (any role, guests included). */
    forums: { forum: string; url: string }[];
  };
}

/**
 * Issues a new secret calendar-feed token for oneself, replacing the previous one: every feed URL
 * with the old token stops working at once. The token is returned once and never stored.
 */
export async function renewFeedToken(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  personId: string,
): Promise<FeedTokenResult> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  authorize(caller, 'feed.manage', { type: 'person', orgId: org.id, personId }, 'Person');
  const person = await findPerson(ctx.db, org.id, personId);
  if (!person) throw notFound('Person');

  const token = randomBytes(32).toString('base64url');
  await ctx.db.transaction(async (tx) => {
    await upsertFeedToken(tx, org.id, person.id, feedTokenHash(token));
    await audit(tx, caller, {
      orgId: org.id,
      action: 'feed.renew',
      objectType: 'person',
      objectId: person.id,
    });
  });

  const forumIds = [
    ...new Set((await listActiveMembershipsOfPerson(ctx.db, person.id, today(ctx))).map((m) => m.forumId)),
  ];
  const forums = (await Promise.all(forumIds.map((id) => findForum(ctx.db, org.id, id))))
    .filter((f) => f !== undefined)
    .sort((a, b) => a.shortName.localeCompare(b.shortName, 'da'));
  const base = `${ctx.settings.publicUrl.replace(/\/+$/, '')}/feeds/${token}`;
  return {
    token,
    urls: {
      person: `${base}/mine.ics`,
      forums: forums.map((f) => ({
        forum: f.shortName,
        url: `${base}/forums/${encodeURIComponent(f.shortName)}.ics`,
      })),
    },
  };
}
