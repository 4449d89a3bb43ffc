/**
 * Golden tests of the meeting documents (issue 4). The demo holds the Chefforum meetings of
 * 13 March 2024 and 23 April 2025 as published minutes, built from the seed minutes; their members'
 * minutes, rendered as PDF, DOCX and HTML and read back (pdftotext, mammoth, tags stripped), contain
 * what the demo data says the minutes hold, in order, and the contents give the page each item
 * really starts on. The expectations come from the demo data files, never from the rendering.
 * Then a canary word in a closed item stays out of every organisation-wide and public rendering.
 * Runs on PGlite and PostgreSQL.
 */
import { Readable } from 'node:stream';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAttachment } from '../../src/app/add-attachment.ts';
import { createItem } from '../../src/app/create-item.ts';
import { decideItem } from '../../src/app/decide-item.ts';
import { albertslund } from '../../src/app/demo/albertslund.ts';
import { cfCharters } from '../../src/app/demo/albertslund-charters.ts';
import { chefforum20240313 } from '../../src/app/demo/chefforum-2024-03-13.ts';
import { chefforum20250423 } from '../../src/app/demo/chefforum-2025-04-23.ts';
import type { HeldMeeting } from '../../src/app/demo/held-meetings.ts';
import { getCalendar } from '../../src/app/get-calendar.ts';
import { loadDemo } from '../../src/app/load-demo.ts';
import { publishAgenda } from '../../src/app/publish-agenda.ts';
import { publishMinutes } from '../../src/app/publish-minutes.ts';
import { recordDecision } from '../../src/app/record-decision.ts';
import { type Format, type RenderKind, renderVersion } from '../../src/app/render-documents.ts';
import { scheduleItem } from '../../src/app/schedule-item.ts';
import { submitItem } from '../../src/app/submit-item.ts';
import type { Audience } from '../../src/documents/model.ts';
import { paragraphsDoc, type RichTextDoc, richTextToPlainText } from '../../src/domain/rich-text.ts';
import { type AgendaVersion, latestAgendaVersion } from '../../src/store/agenda.ts';
import { findOrganisationBySlug } from '../../src/store/organisations.ts';
import { type TestDatabase, testDatabase } from '../support/db.ts';
import { operator } from '../support/factories.ts';
import { type PipelineFixture, pipelineFixture } from '../support/pipeline-fixture.ts';
import {
  docxParts,
  docxText,
  expectInOrder,
  htmlText,
  pdfPages,
  squash,
  withoutFooter,
} from './read-back.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
}, 60_000);
afterAll(() => t.close());

// --- What the minutes hold, from the demo data -----------------------------------------------------

const WEEKDAYS = ['Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag', 'Søndag'];
const MONTHS = 'januar februar marts april maj juni juli august september oktober november december';
/** Printed in the minutes but no valid KLE number: the demo keeps it in the case title, not as the number. */
const NOT_KLE = new Set(['00.30.08-000-1-24']);

const firstLine = (doc: RichTextDoc): string => richTextToPlainText(doc).split('\n')[0] ?? '';
const firstSentence = (doc: RichTextDoc): string => firstLine(doc).split(/(?<=\.) /)[0] ?? '';
const nameOf = (key: string): string => {
  const person = albertslund.people.find((p) => p.key === key);
  if (!person) throw new Error(`no demo person ${key}`);
  return person.name;
};

interface Expected {
  /** Header, facts and the contents, in order. */
  front: string[];
  participants: string[];
  /** Per item, its heading first, then what follows it in order. */
  items: string[][];
}

function expected(m: HeldMeeting): Expected {
  const [y, mo, d] = m.date.split('-').map(Number) as [number, number, number];
  const charter = cfCharters.filter((c) => c.effectiveFrom <= m.date).at(-1);
  if (!charter?.template) throw new Error(`no Chefforum charter on ${m.date}`);
  const forum = albertslund.forums.find((f) => f.shortName === m.forum)?.name ?? m.forum;
  const weekday = WEEKDAYS[(new Date(Date.UTC(y, mo - 1, d)).getUTCDay() + 6) % 7];
  const front = [
    `REFERAT ${forum} d. ${m.date.split('-').reverse().join('-')}`,
    'Mødedato',
    `${weekday} d. ${d}. ${MONTHS.split(' ')[mo - 1]} ${y} kl. ${charter.cadence.startTime}`,
    'Mødested',
    m.location,
    'Mødedeltagere',
    'Indholdsfortegnelse',
    ...m.items.map((item, i) => `Punkt ${i + 1}: ${item.title}`),
  ];
  const items = m.items.map((item, i) => {
    const out = [`Punkt ${i + 1}: ${item.title}`];
    if (item.caseNumber && !NOT_KLE.has(item.caseNumber)) out.push(item.caseNumber);
    for (const { key, heading } of charter.template ?? []) {
      const body = item.sections[key];
      if (key === 'indstilling')
        out.push(heading, ...(body ? [firstLine(body)] : []), ...item.recommendations);
      else if (key === 'beslutning') out.push(heading, firstSentence(item.decision));
      // Attachment references keep their printed names (quotes, trailing dots).
      else if (key === 'bilag' && item.attachments.length > 0) out.push(heading, ...item.attachments);
      else if (body && key !== 'bilag') {
        // The time allotment stands under Sagsfremstilling, as the 2025 minutes print it.
        const minutes =
          key === 'sagsfremstilling' && item.durationMinutes ? [`(${item.durationMinutes} min.)`] : [];
        out.push(heading, ...minutes, firstLine(body));
      }
    }
    return out;
  });
  return { front, participants: m.participantKeys.map(nameOf), items };
}

// --- The demo's minutes, rendered once ----------------------------------------------------------------

interface Minutes {
  meeting: HeldMeeting;
  want: Expected;
  pages: string[];
  docx: string;
  html: string;
}

/** The page whose text holds `Punkt N:` for the second time: the first is its line in the contents. */
function headingPage(pages: string[], n: number): number {
  let seen = 0;
  for (const [i, page] of pages.entries()) {
    seen += squash(withoutFooter(page)).split(`Punkt${n}:`).length - 1;
    if (seen >= 2) return i + 1;
  }
  throw new Error(`"Punkt ${n}:" is not in the PDF twice`);
}

/** Contents lines, "Punkt 2: CF - Udpegning …    3" (a wrapped title keeps its page on its first line). */
function pdfContents(pages: string[]): Map<number, number> {
  const entries = new Map<number, number>();
  for (const m of pages.join('\n').matchAll(/^\s*Punkt (\d+):.*?\s{2,}(\d+)\s*$/gm))
    if (!entries.has(Number(m[1]))) entries.set(Number(m[1]), Number(m[2]));
  return entries;
}

/** The participants' block of a text: from "Mødedeltagere" to the contents. */
const participantsBlock = (text: string): string =>
  text.slice(text.indexOf('Mødedeltagere'), text.indexOf('Indholdsfortegnelse'));

const minutes: Minutes[] = [];

describe('the demo’s Chefforum minutes, rendered and read back', () => {
  beforeAll(async () => {
    // After both meetings: the demo loads them as held, with published minutes.
    t.setNow('2025-06-02T10:00:00+02:00');
    await loadDemo(t.ctx, operator());
    const orgId = (await findOrganisationBySlug(t.db, 'albertslund'))?.id ?? '';
    for (const meeting of [chefforum20240313, chefforum20250423]) {
      const period = { from: meeting.date, to: meeting.date };
      const [entry] = await getCalendar(t.ctx, operator(), 'albertslund', meeting.forum, period);
      const version = entry?.meetingId && (await latestAgendaVersion(t.db, entry.meetingId, 'minutes'));
      if (!version) throw new Error(`no minutes of ${meeting.date}`);
      const render = async (format: Format) =>
        (await renderVersion(t.ctx, orgId, version, 'minutes', 'members', format)).bytes;
      minutes.push({
        meeting,
        want: expected(meeting),
        pages: pdfPages(await render('pdf')),
        docx: await docxText(await render('docx')),
        html: htmlText((await render('html')).toString('utf8')),
      });
    }
  }, 180_000);

  for (const [n, date] of [
    [0, '13 March 2024'],
    [1, '23 April 2025'],
  ] as const) {
    const m = () => minutes[n] as Minutes;
    const pdf = () => m().pages.map(withoutFooter).join('\n');
    const everything = () => [...m().want.front, ...m().want.items.flat()];

    it(`${date}: the PDF holds header, facts, contents and every item's content, in order`, () => {
      expectInOrder(pdf(), everything(), 'PDF');
      for (const name of m().want.participants)
        expect(squash(participantsBlock(pdf())), `participant ${name}`).toContain(squash(name));
    });

    it(`${date}: the DOCX holds them in the same order`, () => {
      expectInOrder(m().docx, everything(), 'DOCX');
      for (const name of m().want.participants)
        expect(participantsBlock(m().docx), `participant ${name}`).toContain(name);
    });

    it(`${date}: the HTML holds them in the same order`, () => {
      expectInOrder(m().html, everything(), 'HTML');
      for (const name of m().want.participants)
        expect(participantsBlock(m().html), `participant ${name}`).toContain(name);
    });

    it(`${date}: the contents of the PDF and the DOCX give the page each item really starts on`, () => {
      const { pages, meeting, docx } = m();
      const inPdf = pdfContents(pages);
      const inDocx = new Map(
        [...docx.matchAll(/^Punkt (\d+): .*\t(\d+)$/gm)].map((x) => [Number(x[1]), Number(x[2])]),
      );
      const real = meeting.items.map((_, i) => headingPage(pages, i + 1));
      expect(meeting.items.map((_, i) => inPdf.get(i + 1))).toEqual(real);
      expect(meeting.items.map((_, i) => inDocx.get(i + 1))).toEqual(real);
      // Ten items of several pages: the check is not trivially "every item on page 2".
      expect(new Set(real).size).toBeGreaterThan(3);
    });
  }
});

// --- A closed item's canary ------------------------------------------------------------------------

const CANARY = 'KANARIE-9090';

/** A one-page PDF attachment that says the canary. */
async function canaryPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawText(`Fortroligt notat ${CANARY}`, {
    x: 72,
    y: 760,
    font: await pdf.embedFont(StandardFonts.Helvetica),
  });
  return Buffer.from(await pdf.save());
}

/** Bytes as text in every way a reader or a tool could find the canary in them. */
function readable(bytes: Buffer, format: Format): string {
  if (format === 'html') return bytes.toString('utf8');
  if (format === 'docx') return docxParts(bytes);
  // The text, plus the raw file for its metadata and bookmarks (those as UTF-16 in hex, see hexUtf16).
  return [pdfPages(bytes).join('\n'), bytes.toString('latin1').toUpperCase()].join('\n');
}
const hexUtf16 = (s: string) => Buffer.from(s, 'utf16le').swap16().toString('hex').toUpperCase();

describe('a closed item’s canary word', () => {
  let f: PipelineFixture;
  let agenda: AgendaVersion;
  let minutesVersion: AgendaVersion;
  let closedNumber: number;
  const rendered = new Map<string, string>();

  beforeAll(async () => {
    t.setNow('2025-05-05T10:00:00+02:00');
    f = await pipelineFixture(t);
    const ids: string[] = [];
    for (const [title, closed] of [
      ['Genindførelse af miljøledelse', false],
      [`Personalesag ${CANARY}`, true],
    ] as const) {
      const item = await createItem(t.ctx, await f.as.head(), f.org.slug, f.forum.shortName, {
        type: 'decision',
        title,
        sections: { sagsfremstilling: paragraphsDoc(`Sagen om ${title}.`) },
        recommendations: ['at Chefforum godkender indstillingen'],
        closed,
        closedBasis: closed ? 'Offentlighedslovens § 21' : null,
      });
      if (closed)
        await addAttachment(t.ctx, await f.as.head(), f.org.slug, item.id, {
          name: `Notat ${CANARY}.pdf`,
          body: Readable.from([await canaryPdf()]),
        });
      await submitItem(t.ctx, await f.as.head(), f.org.slug, item.id);
      await decideItem(t.ctx, await f.as.director(), f.org.slug, item.id, { decision: 'approve' });
      await scheduleItem(t.ctx, await f.as.secretary(), f.org.slug, item.id, { meeting: '2025-05-15' });
      ids.push(item.id);
    }
    const secretary = await f.as.secretary();
    agenda = await publishAgenda(t.ctx, secretary, f.org.slug, f.forum.shortName, '2025-05-15');
    closedNumber = agenda.content.items.find((i) => i.closed)?.number ?? 0;
    t.setNow('2025-05-16T10:00:00+02:00');
    for (const [i, id] of ids.entries())
      await recordDecision(t.ctx, secretary, f.org.slug, id, {
        decision: paragraphsDoc(
          i === 0 ? 'Chefforum godkendte indstillingen.' : `Afgjort: ${CANARY} fratræder.`,
        ),
      });
    // Minutes are published complete: the standing items get their decisions too.
    for (const standing of agenda.content.items.filter((i) => i.standing))
      await recordDecision(t.ctx, secretary, f.org.slug, standing.itemId, {
        decision: paragraphsDoc('Ingen bemærkninger.'),
      });
    minutesVersion = await publishMinutes(t.ctx, secretary, f.org.slug, f.forum.shortName, '2025-05-15');

    const combos: [RenderKind, Audience, Format][] = [];
    for (const audience of ['members', 'organisation', 'public'] as const) {
      for (const kind of ['agenda', 'minutes'] as const)
        for (const format of ['pdf', 'docx', 'html'] as const) combos.push([kind, audience, format]);
      if (audience !== 'public') combos.push(['packet', audience, 'pdf']);
    }
    for (const [kind, audience, format] of combos) {
      const version = kind === 'minutes' ? minutesVersion : agenda;
      const r = await renderVersion(t.ctx, f.org.id, version, kind, audience, format);
      rendered.set(`${kind} ${audience} ${format}`, readable(r.bytes, format));
    }
  }, 120_000);

  it('appears in no organisation-wide or public rendering: agenda, minutes, packet, in any format', () => {
    const others = [...rendered].filter(([key]) => !key.includes('members'));
    expect(others).toHaveLength(13);
    for (const [key, text] of others) {
      expect(text, key).not.toContain(CANARY);
      expect(text, key).not.toContain(hexUtf16(CANARY));
      // The closed item is still there, as its number and "Lukket punkt"; the open item in full.
      expect(squash(text), key).toContain(squash(`Punkt ${closedNumber}: Lukket punkt`));
      expect(text, key).toContain('Genindførelse af miljøledelse');
    }
  });

  it('appears in the members’ renderings of agenda, minutes and packet', () => {
    const members = [...rendered].filter(([key]) => key.includes('members'));
    expect(members).toHaveLength(7);
    for (const [key, text] of members) expect(text, key).toContain(CANARY);
    // The decision on the closed item is in the members' minutes, and the attachment's own text in the packet.
    expect(rendered.get('minutes members html')).toContain(`Afgjort: ${CANARY} fratræder.`);
    expect(rendered.get('packet members pdf')).toContain(`Fortroligt notat ${CANARY}`);
  });
});
