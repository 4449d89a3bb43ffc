/**
 * The items of an imported agenda or minutes: matched by meeting and printed number (then by
 * title), created or updated with their sections, recommendations, decision, case, closed flag and
 * attachment references, each audited as `import.item`.
 */

import { canonical } from '../domain/agenda.ts';
import type { Charter } from '../domain/charter.ts';
import { ForaError } from '../domain/errors.ts';
import { importedItemType, keySections, nameKey, sectionBody } from '../domain/import-rules.ts';
import type { Item, ItemState } from '../domain/item.ts';
import { parseCaseNumber } from '../domain/kle.ts';
import type { StoredMeeting } from '../domain/meeting.ts';
import type { Forum, Organisation } from '../domain/organisation.ts';
import { type RichTextDoc, richTextDocSchema, richTextFromPlainText } from '../domain/rich-text.ts';
import type { ParsedItem, ParsedMeeting } from '../importer/parsed-meeting.ts';
import { listAttachments } from '../store/attachments.ts';
import { findCaseByNumber, insertCase } from '../store/cases.ts';
import type { DbOrTx } from '../store/db.ts';
import { listMeetingImportSources } from '../store/import-sources.ts';
import { findItems, insertItem, listMeetingItems, updateItem } from '../store/items.ts';
import { kleCatalogue } from '../store/kle-catalogue.ts';
import { insertAttachmentReference, referenceSchema } from './add-attachment-reference.ts';
import { audit, type Caller } from './context.ts';

export interface ItemsOutcome {
  /** Item ids by printed number, in document order. */
  itemIds: Record<string, string>;
  ordered: Item[];
  created: number;
  updated: number;
  /** Template entries for headings the forum's template does not know. */
  extraSections: { key: string; heading: string }[];
  warnings: string[];
}

/** Rich text from a parser's plain text, limits checked; too long a text is kept as plain paragraphs. */
function richText(text: string): RichTextDoc {
  const parsed = richTextDocSchema.safeParse(richTextFromPlainText(text));
  if (parsed.success) return parsed.data;
  throw new ForaError('validation_failed', 'a text of the document is too long or malformed to store');
}

/** States after an imported document: treated at a held meeting (minutes) or on a published agenda. */
function stateAfter(current: ItemState | null, kind: ParsedMeeting['kind']): ItemState {
  if (kind === 'minutes') return current === 'postponed' || current === 'referred' ? current : 'decided';
  return current && ['decided', 'postponed', 'referred'].includes(current) ? current : 'published';
}

/** The case for a printed case number: found by its normalised number, else created (audited `import.case`). */
async function caseFor(
  tx: DbOrTx,
  caller: Caller,
  org: Organisation,
  item: ParsedItem,
  now: Date,
  warnings: string[],
): Promise<string | null> {
  const raw = item.caseNumber?.trim();
  if (!raw) return null;
  let number: ReturnType<typeof parseCaseNumber> | null = null;
  try {
    number = parseCaseNumber(raw, kleCatalogue());
  } catch {
    warnings.push(`Punkt ${item.number}: sagsnummeret "${raw}" kunne ikke læses; sagen har intet nummer`);
  }
  if (number) {
    const found = await findCaseByNumber(tx, org.id, number.normalised);
    if (found) return found.id;
  }
  const created = await insertCase(tx, {
    orgId: org.id,
    // The case-management system's title is not in the document: the item title stands in.
    title: number ? item.title : `${item.title} (sagsnr. ${raw})`,
    caseNumber: number?.normalised ?? null,
    numberKind: number?.kind ?? null,
    kleTopic: number?.kind === 'kle' ? number.topic : null,
    responsibleUnitId: null,
    decidingForumId: null,
    createdAt: now,
  });
  await audit(tx, caller, {
    orgId: org.id,
    action: 'import.case',
    objectType: 'case',
    objectId: created.id,
    detail: { title: created.title, caseNumber: created.caseNumber },
  });
  return created.id;
}

/** The meeting's existing item for a printed item: by number in earlier imports, else by title. */
async function matcher(tx: DbOrTx, orgId: string, meeting: StoredMeeting) {
  const known = new Map<string, string>();
  for (const s of await listMeetingImportSources(tx, meeting.id))
    for (const [number, id] of Object.entries(s.itemIds)) known.set(number, id);
  const onMeeting = await listMeetingItems(tx, meeting.id);
  const byId = new Map(
    [...onMeeting, ...(await findItems(tx, orgId, [...known.values()]))].map((i) => [i.id, i]),
  );
  const taken = new Set<string>();
  return (p: ParsedItem): Item | undefined => {
    const id = known.get(p.number);
    let item = id ? byId.get(id) : undefined;
    if (!item || taken.has(item.id))
      item = onMeeting.find((i) => !taken.has(i.id) && nameKey(i.title) === nameKey(p.title));
    if (item) taken.add(item.id);
    return item;
  };
}

export async function saveItems(
  tx: DbOrTx,
  caller: Caller,
  org: Organisation,
  forum: Forum,
  meeting: StoredMeeting,
  charter: Pick<Charter, 'template'>,
  parsed: ParsedMeeting,
  now: Date,
): Promise<ItemsOutcome> {
  const out: ItemsOutcome = {
    itemIds: {},
    ordered: [],
    created: 0,
    updated: 0,
    extraSections: [],
    warnings: [],
  };
  const find = await matcher(tx, org.id, meeting);
  for (const [index, p] of parsed.items.entries()) {
    const { keys, extra } = keySections(
      charter.template,
      p.sections.map((s) => s.heading),
    );
    for (const e of extra) if (!out.extraSections.some((x) => x.key === e.key)) out.extraSections.push(e);
    const sections: Record<string, RichTextDoc> = {};
    let durationMinutes: number | null = null;
    for (const [i, s] of p.sections.entries()) {
      const body = sectionBody(s.text, p.recommendations);
      durationMinutes ??= body.durationMinutes;
      if (body.text) sections[keys[i] as string] = richText(body.text);
    }
    const existing = find(p);
    const decision = p.decision?.trim() ? richText(p.decision) : (existing?.decision ?? null);
    const content = {
      type: importedItemType(p),
      title: p.title.trim(),
      // A minutes document without sections (a decision list) keeps the agenda's sections.
      sections: Object.keys(sections).length > 0 || !existing ? sections : existing.sections,
      recommendations:
        p.recommendations.length > 0 || !existing ? p.recommendations : existing.recommendations,
      durationMinutes: durationMinutes ?? existing?.durationMinutes ?? null,
      decision,
      closed: p.closed,
      closedBasis: p.closed ? (existing?.closedBasis ?? 'Lukket punkt i det importerede dokument') : null,
      state: stateAfter(existing?.state ?? null, parsed.kind),
      meetingId: meeting.id,
      position: index + 1,
    };
    const caseId = existing?.caseId ?? (await caseFor(tx, caller, org, p, now, out.warnings));
    let item: Item;
    if (!existing) {
      item = await insertItem(tx, { ...content, caseId, orgId: org.id, forumId: forum.id });
      out.created++;
      await audit(tx, caller, {
        orgId: org.id,
        action: 'import.item',
        objectType: 'item',
        objectId: item.id,
        detail: {
          created: true,
          number: p.number,
          title: item.title,
          state: item.state,
          closed: item.closed,
        },
      });
    } else {
      const same = (Object.keys(content) as (keyof typeof content)[]).every(
        (k) => canonical(content[k]) === canonical(existing[k]),
      );
      item = existing;
      if (!same || existing.caseId !== caseId) {
        item = await updateItem(tx, existing, { ...content, caseId });
        out.updated++;
        await audit(tx, caller, {
          orgId: org.id,
          action: 'import.item',
          objectType: 'item',
          objectId: item.id,
          detail: { updated: true, number: p.number, from: existing.state, to: item.state },
        });
      }
    }
    await saveAttachmentReferences(tx, caller, org, item, p.attachments);
    out.itemIds[p.number] = item.id;
    out.ordered.push(item);
  }
  return out;
}

/** Attachment names as references (no file), as `addAttachmentReference` makes them; names already listed are kept. */
async function saveAttachmentReferences(
  tx: DbOrTx,
  caller: Caller,
  org: Organisation,
  item: Item,
  names: readonly string[],
): Promise<void> {
  const listed = new Set((await listAttachments(tx, item.id)).map((a) => a.name));
  for (const raw of names) {
    const ref = referenceSchema.safeParse({ name: raw.slice(0, 255) });
    if (!ref.success || listed.has(ref.data.name)) continue;
    const { name } = ref.data;
    listed.add(name);
    await insertAttachmentReference(tx, caller, org.id, item.id, name, { imported: true });
  }
}
