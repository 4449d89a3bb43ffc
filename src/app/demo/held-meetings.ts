/**
 * Meetings the demo holds as history, from the seed minutes: each is loaded through the use cases
 * as it happened - items filed, approved and taken onto the meeting by the secretary, the agenda
 * published, decisions recorded and the minutes published - so the demo has real minutes versions.
 */
import type { ItemType } from '../../domain/charter.ts';
import { ForaError } from '../../domain/errors.ts';
import type { RichTextDoc } from '../../domain/rich-text.ts';
import { listMeetingItems } from '../../store/items.ts';
import { findPersonById } from '../../store/people.ts';
import { addAttachmentReference } from '../add-attachment-reference.ts';
import { type AppContext, type Caller, callerOf, today } from '../context.ts';
import { createCase } from '../create-case.ts';
import { createItem } from '../create-item.ts';
import { decideItem } from '../decide-item.ts';
import { publishAgenda } from '../publish-agenda.ts';
import { publishMinutes } from '../publish-minutes.ts';
import { recordDecision } from '../record-decision.ts';
import { reportAbsence } from '../report-absence.ts';
import { actorForPerson } from '../resolve-actor.ts';
import { scheduleItem } from '../schedule-item.ts';
import { submitItem } from '../submit-item.ts';
import { updateItem } from '../update-item.ts';
import { updateMeeting } from '../update-meeting.ts';
import { chefforum20240313 } from './chefforum-2024-03-13.ts';
import { chefforum20250423 } from './chefforum-2025-04-23.ts';
import type { DemoOrg } from './types.ts';

/** One item of held minutes, as printed. */
export interface HeldItem {
  /** The charter's standing item this is (its title in the charter): filled in, not created. */
  standing?: string;
  /** As printed, with the "CF - " prefix where the minutes have it. */
  title: string;
  /** As printed; null when the minutes give none. */
  caseNumber: string | null;
  /** The case's title if the demo has no case with this number yet (the minutes give only numbers). */
  caseTitle: string;
  type: ItemType;
  presenterKeys: string[];
  /** The time allotment, "(10 min.)". */
  durationMinutes: number | null;
  /** By the keys of the forum's item template; `indstilling` is the intro ("Kommunaldirektøren indstiller,"). */
  sections: Record<string, RichTextDoc>;
  /** Each exactly as printed, "at ...". */
  recommendations: string[];
  /** Beslutning. */
  decision: RichTextDoc;
  /** Bilag: names only; the files are not part of the demo. */
  attachments: string[];
}

export interface HeldMeeting {
  forum: string;
  /** The series date of the meeting (local). */
  date: string;
  location: string;
  /**
   * "Mødedeltagere" in the printed order. The loader checks that they are the forum's members on
   * the day (minus absences); the documents list members in the order the system keeps them.
   */
  participantKeys: string[];
  /** Afbud. */
  absences: { personKey: string; reason: string }[];
  /** Files the items, schedules them and publishes agenda and minutes. */
  secretaryKey: string;
  items: HeldItem[];
}

/** Held meetings by organisation slug, oldest first. */
export const heldMeetings: Readonly<Record<string, readonly HeldMeeting[]>> = {
  albertslund: [chefforum20240313, chefforum20250423],
};

export interface DemoIds {
  people: Map<string, string>;
  /** Case ids by case number; cases created here are added. */
  cases: Map<string, string>;
}

const idOf = (map: Map<string, string>, key: string, what: string): string => {
  const id = map.get(key);
  if (!id) throw new Error(`demo data: unknown ${what} key ${key}`);
  return id;
};

/** A caller acting as a person of the demo, with the forum roles they hold today. */
async function callerAs(ctx: AppContext, personId: string): Promise<Caller> {
  const person = await findPersonById(ctx.db, personId);
  if (!person) throw new Error(`demo data: no person ${personId}`);
  return callerOf(await actorForPerson(ctx.db, person, today(ctx)));
}

/**
 * The case for a printed number: an existing one, else a new one. A number the case validator
 * refuses (e.g. `00.30.08-000-1-24`, whose facet "000" is not a KLE handling facet) gives a case
 * without a number whose title carries the printed number, so it is still found and shown.
 */
async function caseFor(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  ids: DemoIds,
  item: HeldItem,
): Promise<string | null> {
  if (!item.caseNumber) return null;
  const known = ids.cases.get(item.caseNumber);
  if (known) return known;
  let id: string;
  try {
    id = (await createCase(ctx, caller, orgSlug, { title: item.caseTitle, caseNumber: item.caseNumber })).id;
  } catch (err) {
    if (!(err instanceof ForaError && err.code === 'validation_failed')) throw err;
    const title = `${item.caseTitle} (sagsnr. ${item.caseNumber})`;
    id = (await createCase(ctx, caller, orgSlug, { title, caseNumber: null })).id;
  }
  ids.cases.set(item.caseNumber, id);
  return id;
}

/** Loads the organisation's held meetings (see `heldMeetings`); after its forums, cases and items. */
export async function loadHeldMeetings(ctx: AppContext, demo: DemoOrg, ids: DemoIds): Promise<void> {
  for (const meeting of heldMeetings[demo.slug] ?? []) await loadHeldMeeting(ctx, demo, ids, meeting);
}

async function loadHeldMeeting(ctx: AppContext, demo: DemoOrg, ids: DemoIds, m: HeldMeeting): Promise<void> {
  const person = (key: string) => idOf(ids.people, key, 'person');
  const nameOf = (key: string) => demo.people.find((p) => p.key === key)?.name ?? key;
  const secretary = await callerAs(ctx, person(m.secretaryKey));
  const slug = demo.slug;
  await updateMeeting(ctx, secretary, slug, m.forum, m.date, { location: m.location });
  for (const a of m.absences)
    await reportAbsence(ctx, secretary, slug, m.forum, m.date, {
      personId: person(a.personKey),
      reason: a.reason,
    });

  // Items in the printed order: the secretary files each, the approver the charter names approves,
  // and the secretary takes it onto the meeting. The deadlines have passed, so submission points
  // to a later meeting; scheduling takes the item in on this one regardless.
  let meetingId: string | null = null;
  const created = new Map<HeldItem, string>();
  for (const item of m.items.filter((i) => !i.standing)) {
    const draft = await createItem(ctx, secretary, slug, m.forum, {
      ...content(item, nameOf, person),
      caseId: await caseFor(ctx, secretary, slug, ids, item),
      meeting: m.date,
    });
    const submitted = await submitItem(ctx, secretary, slug, draft.id);
    if (submitted.approverPersonId)
      await decideItem(ctx, await callerAs(ctx, submitted.approverPersonId), slug, draft.id, {
        decision: 'approve',
      });
    const scheduled = await scheduleItem(ctx, secretary, slug, draft.id, { meeting: m.date });
    meetingId = scheduled.meetingId;
    created.set(item, draft.id);
  }
  if (!meetingId) throw new Error(`demo data: ${m.forum} ${m.date} has no items of its own`);

  // The charter's standing items were added when the first item was scheduled: fill them in.
  const onAgenda = await listMeetingItems(ctx.db, meetingId);
  for (const item of m.items.filter((i) => i.standing)) {
    const standing = onAgenda.find((i) => i.standingTitle === item.standing);
    if (!standing) throw new Error(`demo data: ${m.forum} ${m.date} has no standing item "${item.standing}"`);
    await updateItem(ctx, secretary, slug, standing.id, {
      ...content(item, nameOf, person),
      caseId: await caseFor(ctx, secretary, slug, ids, item),
      version: standing.version,
    });
    created.set(item, standing.id);
  }
  const itemId = (item: HeldItem): string => {
    const id = created.get(item);
    if (!id) throw new Error(`demo data: "${item.title}" was not loaded`);
    return id;
  };

  const order = (await listMeetingItems(ctx.db, meetingId)).map((i) => i.title);
  if (order.join('\n') !== m.items.map((i) => i.title).join('\n'))
    throw new Error(
      `demo data: ${m.forum} ${m.date} agenda order ${JSON.stringify(order)} is not the minutes'`,
    );
  for (const item of m.items)
    for (const name of item.attachments)
      await addAttachmentReference(ctx, secretary, slug, itemId(item), { name });

  const agenda = await publishAgenda(ctx, secretary, slug, m.forum, m.date);
  const present = agenda.content.meeting.participants
    ?.filter((p) => p.role !== 'secretary')
    .map((p) => p.name);
  const expected = m.participantKeys.map(nameOf);
  if (JSON.stringify([...(present ?? [])].sort()) !== JSON.stringify([...expected].sort()))
    throw new Error(
      `demo data: ${m.forum} ${m.date} participants ${JSON.stringify(present)} are not the minutes'`,
    );

  // A meeting the clock has not reached yet (in tests with an early clock) keeps its agenda only.
  if (new Date(agenda.content.meeting.end) > ctx.now()) return;
  for (const item of m.items)
    await recordDecision(ctx, secretary, slug, itemId(item), { decision: item.decision });
  await publishMinutes(ctx, secretary, slug, m.forum, m.date);
}

/** The item content both creation and the standing items' update take. */
function content(item: HeldItem, nameOf: (key: string) => string, person: (key: string) => string) {
  return {
    type: item.type,
    title: item.title,
    presenters: item.presenterKeys.map((key) => ({ personId: person(key), name: nameOf(key) })),
    durationMinutes: item.durationMinutes,
    sections: item.sections,
    recommendations: item.recommendations,
  };
}
