/**
 * For the canary test: a closed decision item whose every text carries one unique word (title,
 * section, recommendation, attachment name and content, readers' notes, the decision in the
 * minutes), put on the trust meeting's agenda and treated in its published minutes; a member who
 * read it and left the forum since; the organisation reader invited as a guest for an open item
 * of the same meeting (so the mails of the meeting reach an outsider).
 */
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { addAttachment } from '../../src/app/add-attachment.ts';
import type { AppContext } from '../../src/app/context.ts';
import { createItem } from '../../src/app/create-item.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { endMembership } from '../../src/app/end-membership.ts';
import { finaliseItemMinutes } from '../../src/app/finalise-item-minutes.ts';
import { getItem } from '../../src/app/get-item.ts';
import { inviteGuest } from '../../src/app/invite-guest.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { publishMinutes } from '../../src/app/publish-minutes.ts';
import { saveItemMinutes } from '../../src/app/save-item-minutes.ts';
import { saveNote } from '../../src/app/save-note.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import type { Person } from '../../src/domain/organisation.ts';
import { listMeetingItems } from '../../src/store/items.ts';
import { callerFor, memberFactory, operator, personFactory } from '../support/factories.ts';
import { COMPLETE_MINUTES, type StagedItem } from './route-fixtures.ts';
import { TRUST_MEETING_DATE, type TrustFixture } from './trust-fixture.ts';

export const newCanary = (): string => `KANARIE${randomBytes(5).toString('hex').toUpperCase()}`;
const doc = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
/** The day after the trust meeting: its minutes are published by then. */
export const AFTER_MEETING = '2025-09-05T10:00:00+02:00';

export interface Canary {
  word: string;
  item: StagedItem;
  /** Was a member when the item was closed (and read it then); not any more. */
  removed: Person;
}

export async function plantCanary(
  ctx: AppContext,
  setNow: (date: string) => void,
  T: TrustFixture,
): Promise<Canary> {
  const word = newCanary();
  const slug = T.org.slug;
  const cf = T.forum.shortName;
  const submitter = await callerFor(ctx, T.people.member);
  const secretary = await callerFor(ctx, T.people.secretary);
  const director = await callerFor(ctx, T.people.director);
  const removed = await personFactory(ctx, T.org, { name: 'Hvidovre Fratrådt Medlem', title: 'Chef' });
  const membership = await memberFactory(ctx, T.org, T.forum, removed, 'member');
  await inviteGuest(ctx, secretary, slug, cf, TRUST_MEETING_DATE, {
    personId: T.people.staff.id,
    itemIds: [T.trust.published.id],
  });
  const created = await createItem(ctx, submitter, slug, cf, {
    type: 'decision',
    title: `Fortroligt: ${word} omstrukturering`,
    meeting: TRUST_MEETING_DATE,
    sections: {
      sagsfremstilling: doc(`Sagsfremstillingen handler om ${word}.`),
      resume: doc(`Resumé ${word}`),
    },
    recommendations: [`at ${word} godkendes`],
    presenters: [{ name: `Oplægsholder ${word}` }],
    closed: true,
    closedBasis: 'Offentlighedsloven § 23, stk. 1, nr. 1',
  });
  const body = Readable.from(Buffer.from(`Bilagets tekst nævner ${word} flere gange: ${word}.`));
  const attachment = await addAttachment(ctx, submitter, slug, created.id, {
    name: `${word}-bilag.txt`,
    body,
  });
  await submitItem(ctx, submitter, slug, created.id);
  await decideItem(ctx, director, slug, created.id, { decision: 'approve', comment: `Godkendt ${word}` });
  await scheduleItem(ctx, secretary, slug, created.id, { meeting: TRUST_MEETING_DATE });
  await publishAgenda(ctx, secretary, slug, cf, TRUST_MEETING_DATE);
  // Readers' private notes; the removed member reads it (and notes on it) while still a member.
  const removedCaller = await callerFor(ctx, removed);
  await getItem(ctx, removedCaller, slug, created.id);
  for (const caller of [director, removedCaller, await callerFor(ctx, T.extra.member)])
    await saveNote(ctx, caller, slug, created.id, { body: `Min note om ${word}`, version: null });
  await endMembership(ctx, operator(), slug, cf, membership.id, { endDate: '2025-09-01' });

  // The meeting is held; every item's minutes are written and final, and the minutes published.
  setNow(AFTER_MEETING);
  const secretaryAfter = await callerFor(ctx, T.people.secretary);
  for (const item of await listMeetingItems(ctx.db, T.trustMeetingId)) {
    const minutes =
      item.id === created.id
        ? {
            outcomes: [{ kind: 'approved' }],
            decision: doc(`Beslutning: ${word} blev godkendt.`),
            communicate: { include: true },
          }
        : COMPLETE_MINUTES;
    const args = [ctx, secretaryAfter, slug, cf, TRUST_MEETING_DATE, item.id] as const;
    await saveItemMinutes(...args, { version: null, minutes });
    await finaliseItemMinutes(...args);
  }
  await publishMinutes(ctx, secretaryAfter, slug, cf, TRUST_MEETING_DATE);
  return { word, item: { id: created.id, version: created.version, attachment: attachment.id }, removed };
}
