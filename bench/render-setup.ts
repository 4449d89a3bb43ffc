/**
 * Input for the rendering benchmark, built in memory: a published agenda snapshot of 30 items, each
 * with three sections of Danish text (paragraphs, a bullet list, a small budget table every 5th
 * item), two recommendations and two attachments listed; and the 60 attachments of its packet
 * (a three-page PDF made with pdf-lib and a DOCX of a few paragraphs per item).
 */
import { Document, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { PacketAttachment } from '../src/documents/render-packet.ts';
import type { AgendaSnapshot, AgendaSnapshotItem } from '../src/domain/agenda.ts';
import type { BlockNode, InlineNode, RichTextDoc, TableRowNode } from '../src/domain/rich-text.ts';

export const ITEMS = 30;
export const PACKET_PAGES_PER_PDF = 3;

const TOPICS = [
  'Budget 2026 – tekniske korrektioner',
  'Ny model for sygefraværsopfølgning',
  'Digitaliseringsstrategi 2025-2028',
  'Klimatilpasning i Herstedvester',
  'Rekruttering af pædagoger',
  'Arbejdsmiljøredegørelse 2024',
  'Affaldssortering på kommunens institutioner',
  'Implementering af sundhedsreformen',
  'Byfornyelse i Galgebakken',
  'Kommunens indkøbspolitik',
  'Beredskabsplan for hedebølger',
  'Ledelsesudvikling for mellemledere',
  'Tilsyn på plejecentrene',
  'Energirenovering af skolerne',
  'Borgerservice og digital post',
];

const PARAGRAPHS = [
  'Administrationen har siden sidste møde gennemgået området sammen med de berørte afdelinger. ' +
    'Gennemgangen viser, at der er behov for en fælles tilgang på tværs af forvaltningerne, så ' +
    'borgerne oplever en sammenhængende og forudsigelig service.',
  'Sagen har været drøftet i MED-hovedudvalget, som bakker op om retningen, men understreger, at ' +
    'medarbejderne skal inddrages tidligt i den videre proces, og at der afsættes tid til ' +
    'kompetenceudvikling i de enheder, der især påvirkes.',
  'På baggrund af erfaringerne fra 2024 foreslås en trinvis indfasning, hvor to afdelinger ' +
    'afprøver den nye arbejdsgang i første halvår, før den udbredes til hele organisationen. ' +
    'Evalueringen forelægges Chefforum efter sommerferien.',
  'Økonomiafdelingen vurderer, at forslaget kan gennemføres inden for den eksisterende ramme. ' +
    'Der forventes dog engangsudgifter til it-understøttelse og uddannelse, som finansieres af ' +
    'puljen til tværgående udvikling.',
  'Der er tale om en sag med betydning for både borgere, virksomheder og foreninger i kommunen. ' +
    'Kommunikationen planlægges derfor i samarbejde med Kommunikation & Borgerservice, så ' +
    'budskaberne er klare og når ud i god tid før ændringerne træder i kraft.',
  'Forvaltningen anbefaler, at de nuværende retningslinjer justeres, så ansvarsfordelingen ' +
    'mellem fagafdelingerne og stabene bliver tydeligere. Det vil samtidig gøre det lettere at ' +
    'følge op på mål og nøgletal i den løbende ledelsesinformation.',
  'Erfaringer fra nabokommunerne viser, at en tæt opfølgning i de første måneder øger ' +
    'gennemslagskraften markant. Albertslund Kommune deltager derfor i et fælles netværk med ' +
    'Glostrup, Ishøj og Brøndby, hvor resultaterne deles kvartalsvis.',
  'Direktionen har bedt om, at sagen behandles i Chefforum, før den sendes videre til det ' +
    'politiske udvalg, så afdelingscheferne kan bidrage med deres vurdering af de praktiske ' +
    'konsekvenser for driften.',
];

const BULLETS = [
  'fælles skabelon for statusrapportering til udvalget',
  'tydelig ansvarsfordeling mellem afdelingerne og stabene',
  'månedlig opfølgning på nøgletal i ledelsesinformationen',
  'inddragelse af MED-udvalgene inden beslutning',
  'kommunikation til borgerne via hjemmesiden og Digital Post',
  'evaluering efter første halvår med forslag til justeringer',
];

const PEOPLE: [string, string][] = [
  ['Henrik Harder', 'Kommunaldirektør'],
  ['Kristine Klæbel', 'Direktør By, Kultur, Miljø & Beskæftigelse'],
  ['René Birkemark Olesen', 'Afdelingschef Kultur, Fritid & Erhverv'],
  ['Rikke Terslev', 'Afdelingschef Ældre, Sundhed & Social'],
  ['Marie Aasøe', 'Afdelingschef Økonomi & Stab'],
  ['Tine Buch Juhl', 'Afdelingschef Børn- & Familie'],
  ['Søren Østergaard', 'Afdelingschef Teknik & Miljø'],
  ['Jens Højgaard', 'Afdelingschef Skole & Uddannelse'],
];

const at = <T>(xs: readonly T[], i: number): T => xs[i % xs.length] as T;
const paragraphTexts = (from: number, count: number) =>
  Array.from({ length: count }, (_, k) => at(PARAGRAPHS, from + k));
const text = (t: string, bold = false): InlineNode => ({
  type: 'text',
  text: t,
  ...(bold && { marks: [{ type: 'bold' as const }] }),
});
const p = (...content: InlineNode[]): BlockNode => ({ type: 'paragraph', content });
const paragraphs = (from: number, count: number): BlockNode[] =>
  paragraphTexts(from, count).map((t) => p(text(t)));
const bullets = (from: number): BlockNode => ({
  type: 'bulletList',
  content: [0, 1, 2, 3].map((k) => ({ type: 'listItem', content: [p(text(at(BULLETS, from + k)))] })),
});
const row = (kind: 'tableHeader' | 'tableCell', cells: string[]): TableRowNode => ({
  type: 'tableRow',
  content: cells.map((c) => ({ type: kind, content: [p(text(c))] })),
});
const kr = (n: number) => `${n.toLocaleString('da-DK')} kr.`;
/** A small budget table: header and three rows. */
const budgetTable = (n: number): BlockNode => ({
  type: 'table',
  content: [
    row('tableHeader', ['Område', '2025', '2026']),
    row('tableCell', ['Drift', kr(1_250_000 + n * 10_000), kr(1_300_000 + n * 12_000)]),
    row('tableCell', ['Anlæg', kr(400_000 + n * 5_000), kr(250_000)]),
    row('tableCell', ['I alt', kr(1_650_000 + n * 15_000), kr(1_550_000 + n * 12_000)]),
  ],
});
const doc = (...content: BlockNode[]): RichTextDoc => ({ type: 'doc', content });

const MEETING_START = '2025-05-15T09:00:00+02:00';
const uuid = (n: number, tail: number) =>
  `00000000-0000-4000-8000-${String(n).padStart(6, '0')}${String(tail).padStart(6, '0')}`;

function item(n: number): AgendaSnapshotItem {
  const topic = at(TOPICS, n - 1);
  const title = n > TOPICS.length ? `${topic} – opfølgning` : topic;
  const [presenter, presenterTitle] = at(PEOPLE, n);
  const minute = 9 * 60 + (n - 1) * 6;
  const start = `2025-05-15T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00+02:00`;
  const sagsfremstilling = [
    p(text(`${title}: `, true), text(at(PARAGRAPHS, n))),
    ...paragraphs(n + 1, 2),
    p(text('Forslaget indebærer blandt andet:')),
    bullets(n),
    ...(n % 5 === 0 ? [p(text('Den forventede økonomi fremgår af tabellen:')), budgetTable(n)] : []),
  ];
  return {
    itemId: uuid(n, 0),
    number: n,
    title,
    type: 'decision',
    closed: false,
    closedBasis: null,
    caseNumber: `${String(n).padStart(2, '0')}.01.00-P20-${n}-25`,
    presenters: [{ personId: null, name: `${presenter}, ${presenterTitle}` }],
    durationMinutes: 5 + (n % 3) * 5,
    start,
    sections: [
      { key: 'anledning', heading: 'Anledning', body: doc(...paragraphs(n + 3, 2)) },
      { key: 'sagsfremstilling', heading: 'Sagsfremstilling', body: doc(...sagsfremstilling) },
      { key: 'oekonomi', heading: 'Økonomi', body: doc(...paragraphs(n + 5, 2)) },
    ],
    recommendations: [
      `at Chefforum godkender forslaget om ${title.toLowerCase()}`,
      'at Chefforum tager orienteringen om den videre proces til efterretning',
    ],
    attachments: [
      { id: uuid(n, 1), name: `Notat om ${title}.pdf`, sha256: 'a'.repeat(64) },
      { id: uuid(n, 2), name: `Høringssvar ${n}.docx`, sha256: 'b'.repeat(64) },
    ],
    standing: false,
    decision: null,
  };
}

/** The published agenda of a Chefforum meeting with `ITEMS` items. */
export function agendaSnapshot(): AgendaSnapshot {
  return {
    meeting: {
      id: uuid(0, 0),
      forum: 'CF',
      forumName: 'Chefforum',
      start: MEETING_START,
      end: '2025-05-15T12:00:00+02:00',
      location: 'Mødelokale 915, Albertslund Rådhus',
      participants: PEOPLE.slice(0, 7).map(([name, title], i) => ({
        name,
        title,
        role: i === 0 ? 'chair' : 'member',
      })),
      absent: PEOPLE.slice(7).map(([name, title]) => ({ name, title, reason: 'Ferie' })),
    },
    template: [
      { key: 'anledning', heading: 'Anledning' },
      { key: 'sagsfremstilling', heading: 'Sagsfremstilling' },
      { key: 'indstilling', heading: 'Indstilling' },
      { key: 'oekonomi', heading: 'Økonomi' },
      { key: 'bilag', heading: 'Bilag' },
    ],
    items: Array.from({ length: ITEMS }, (_, i) => item(i + 1)),
  };
}

/** A three-page A4 PDF of Danish text in Helvetica (WinAnsi covers æøå). */
async function notePdf(title: string, n: number): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (let page = 1; page <= PACKET_PAGES_PER_PDF; page++) {
    const p = pdf.addPage([595.28, 841.89]);
    p.drawText(page === 1 ? title : `${title} (fortsat)`, { x: 56, y: 780, size: 16, font: bold });
    let y = 740;
    for (let k = 0; k < 4; k++) {
      const words = at(PARAGRAPHS, n + page + k).split(' ');
      let line = '';
      for (const word of words) {
        if (font.widthOfTextAtSize(`${line} ${word}`, 11) > 480) {
          p.drawText(line, { x: 56, y, size: 11, font });
          y -= 15;
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      p.drawText(line, { x: 56, y, size: 11, font });
      y -= 27;
    }
  }
  return Buffer.from(await pdf.save());
}

/** A DOCX of a few plain paragraphs (the first a heading line), as a case worker's short note. */
const noteDocx = async (lines: string[]): Promise<Buffer> =>
  Packer.toBuffer(new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] }));

/** The packet's attachments, in agenda order: per item its PDF note (Bilag n.1) and DOCX (Bilag n.2). */
export async function packetAttachments(snapshot: AgendaSnapshot): Promise<PacketAttachment[]> {
  const out: PacketAttachment[] = [];
  for (const it of snapshot.items) {
    const [pdfName, docxName] = it.attachments.map((a) => a.name);
    const common = { itemNumber: it.number, itemTitle: it.title };
    out.push({
      ...common,
      label: `Bilag ${it.number}.1`,
      name: pdfName ?? 'notat.pdf',
      mediaType: 'application/pdf',
      bytes: await notePdf(it.title, it.number),
    });
    out.push({
      ...common,
      label: `Bilag ${it.number}.2`,
      name: docxName ?? 'høringssvar.docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes: await noteDocx([`Høringssvar vedrørende ${it.title}`, ...paragraphTexts(it.number, 3)]),
    });
  }
  return out;
}
