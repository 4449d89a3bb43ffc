/**
 * Builds the meeting the publishing benchmark publishes, through the use cases: an organisation
 * with a directorate and its director, a chair, a secretary and 20 department heads, all members of
 * a Chefforum; 30 decision items drafted by the heads with two attachments each (a PDF and a DOCX),
 * submitted, approved by the director and scheduled by the secretary onto one meeting.
 */
import { Readable } from 'node:stream';
import { addAttachment } from '../src/app/add-attachment.ts';
import { addMembership } from '../src/app/add-membership.ts';
import { type AppContext, type Caller, callerOf, today } from '../src/app/context.ts';
import { createCharterVersion } from '../src/app/create-charter-version.ts';
import { createForum } from '../src/app/create-forum.ts';
import { createItem } from '../src/app/create-item.ts';
import { createOrganisation } from '../src/app/create-organisation.ts';
import { createPerson } from '../src/app/create-person.ts';
import { createUnit } from '../src/app/create-unit.ts';
import { decideItem } from '../src/app/decide-item.ts';
import { actorForPerson } from '../src/app/resolve-actor.ts';
import { scheduleItem } from '../src/app/schedule-item.ts';
import { submitItem } from '../src/app/submit-item.ts';
import { updateUnit } from '../src/app/update-unit.ts';
import type { CharterInput } from '../src/domain/charter.ts';
import type { Person } from '../src/domain/organisation.ts';
import type { Actor } from '../src/domain/policy.ts';
import { paragraphsDoc } from '../src/domain/rich-text.ts';
// The same real PDF and DOCX builders the upload tests use.
import { minimalDocx, minimalPdf } from '../tests/domain/file-fixtures.ts';

export const HEADS = 20;
export const ITEMS = 30;
export const ATTACHMENTS_PER_ITEM = 2;
/** The clock of the benchmark: a Monday, before the submission deadline of the meeting below. */
export const NOW = new Date('2025-05-05T10:00:00+02:00');
/** Third Thursday of May 2025 under the charter below; items due Thursday 8 May 12:00. */
export const MEETING = '2025-05-15';

/** Chefforum 2019 (as tests/support/factories.ts): 1st and 3rd Thursday 09:00-12:00. */
const charter: CharterInput = {
  effectiveFrom: '2019-03-18',
  purpose: 'Chefforum er omdrejningspunktet for det strategiske træk.',
  cadence: { rrule: 'FREQ=MONTHLY;BYDAY=1TH,3TH', startTime: '09:00', durationMinutes: 180 },
  deadlines: {
    submission: { kind: 'weekday_in_week_before', weekday: 4, time: '12:00' },
    publication: { kind: 'weekday_in_week_before', weekday: 5 },
  },
  template: [
    { key: 'anledning', heading: 'Anledning', requiredFor: [] },
    { key: 'sagsfremstilling', heading: 'Sagsfremstilling', requiredFor: ['decision', 'information'] },
    { key: 'oekonomi', heading: 'Økonomi', requiredFor: [] },
  ],
  standingItems: [
    { title: 'Godkendelse af dagsorden og referat', type: 'decision', position: 'first' },
    { title: 'Temaer til kommende møder og eventuelt', type: 'information', position: 'last' },
  ],
  approver: 'responsible_director',
  titlePrefix: 'CF - ',
};

export interface PublishFixture {
  orgSlug: string;
  shortName: string;
  secretary: () => Promise<Caller>;
  /** Everyone the agenda is sent to: the forum's members (chair, director, heads, secretary). */
  recipients: number;
  itemIds: string[];
  /** Milliseconds per attachment upload, in order. */
  uploadMs: number[];
}

const operator = (): Caller => callerOf({ kind: 'operator', label: 'bench' });

export async function buildMeeting(ctx: AppContext, orgSlug: string): Promise<PublishFixture> {
  const op = operator();
  await createOrganisation(ctx, op, { slug: orgSlug, name: 'Benchmark Kommune' });
  const directorate = await createUnit(ctx, op, orgSlug, { name: 'By, Kultur, Miljø & Beskæftigelse' });
  const person = (name: string, title: string, unitId: string | null, n: number) =>
    createPerson(ctx, op, orgSlug, { name, title, unitId, email: `person${n}@bench.example.dk` });
  const chair = await person('Henrik Harder', 'Kommunaldirektør', null, 0);
  const director = await person('Kristine Klæbel', 'Direktør', directorate.id, 1);
  const secretary = await person('Camilla Holm Nielsen', 'Sekretær', null, 2);
  await updateUnit(ctx, op, orgSlug, directorate.id, { directorPersonId: director.id });
  const heads: Person[] = [];
  for (let i = 0; i < HEADS; i++) {
    const unit = await createUnit(ctx, op, orgSlug, { name: `Afdeling ${i + 1}`, parentId: directorate.id });
    heads.push(await person(`Afdelingschef ${i + 1} Ærø`, `Afdelingschef ${i + 1}`, unit.id, 10 + i));
  }

  const shortName = 'CF';
  await createForum(ctx, op, orgSlug, { shortName, name: 'Chefforum' });
  const members: [Person, 'chair' | 'member' | 'secretary'][] = [
    [chair, 'chair'],
    [director, 'member'],
    [secretary, 'secretary'],
    ...heads.map((h): [Person, 'member'] => [h, 'member']),
  ];
  for (const [p, role] of members)
    await addMembership(ctx, op, orgSlug, shortName, { personId: p.id, role, startDate: '2019-01-01' });
  await createCharterVersion(ctx, op, orgSlug, shortName, charter);

  const actors = new Map<string, Actor>();
  /** A fresh caller (its own list of policy checks) for a person, their roles looked up once. */
  const as = async (p: Person): Promise<Caller> => {
    const actor = actors.get(p.id) ?? (await actorForPerson(ctx.db, p, today(ctx)));
    actors.set(p.id, actor);
    return callerOf(actor);
  };
  const byId = new Map([chair, director, secretary, ...heads].map((p) => [p.id, p]));
  const uploadMs: number[] = [];
  const itemIds: string[] = [];
  for (let i = 0; i < ITEMS; i++) {
    const head = heads[i % HEADS] as Person;
    const submitter = await as(head);
    const title = `Punkt ${i + 1}: Udmøntning af budget 2026 på område ${(i % HEADS) + 1}`;
    const item = await createItem(ctx, submitter, orgSlug, shortName, {
      type: 'decision',
      title,
      durationMinutes: 5,
      sections: {
        anledning: paragraphsDoc(`Anledning til ${title}.`),
        sagsfremstilling: paragraphsDoc(
          `Sagsfremstilling for ${title}.`,
          'Afdelingen har udarbejdet en plan for økonomi, tidsplan og inddragelse af medarbejderne.',
        ),
        oekonomi: paragraphsDoc('Holdes inden for afdelingens ramme.'),
      },
      recommendations: ['planen godkendes', 'Chefforum orienteres om status efter sommerferien'],
      meeting: MEETING,
    });
    const files: [string, Buffer][] = [
      [`Bilag ${i + 1}a.pdf`, minimalPdf(`Bilag til punkt ${i + 1}: tidsplan`)],
      [`Bilag ${i + 1}b.docx`, minimalDocx(`Bilag til punkt ${i + 1}: økonomi og bemanding`)],
    ];
    for (const [name, bytes] of files) {
      const t0 = performance.now();
      await addAttachment(ctx, submitter, orgSlug, item.id, { name, body: Readable.from([bytes]) });
      uploadMs.push(performance.now() - t0);
    }
    const submitted = await submitItem(ctx, submitter, orgSlug, item.id);
    const approver = submitted.approverPersonId ? byId.get(submitted.approverPersonId) : undefined;
    if (!approver) throw new Error(`item ${i + 1} has no approver in the benchmark organisation`);
    await decideItem(ctx, await as(approver), orgSlug, item.id, { decision: 'approve' });
    await scheduleItem(ctx, await as(secretary), orgSlug, item.id, { meeting: MEETING });
    itemIds.push(item.id);
  }
  return {
    orgSlug,
    shortName,
    secretary: () => as(secretary),
    recipients: members.length,
    itemIds,
    uploadMs,
  };
}
