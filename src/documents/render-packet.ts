/**
 * The meeting packet (mødepakke): the agenda PDF followed by every attachment, merged with pdf-lib.
 * PDFs are copied as they are, other formats converted (convert-attachment.ts); an attachment that
 * cannot be included gets a page saying why and is returned in `problems`, never dropped. Every
 * attachment page carries a footer stamp ("Punkt 3 · Bilag 3.2: navn · side 2 af 5"); the outline
 * has "Dagsorden" (keeping the agenda's own bookmarks beneath it) and one entry per attachment.
 */
import {
  degrees,
  PDFArray,
  PDFDict,
  PDFDocument,
  type PDFFont,
  PDFHexString,
  PDFName,
  PDFNull,
  type PDFObject,
  type PDFPage,
  PDFRef,
  PDFString,
  rgb,
  StandardFonts,
} from 'pdf-lib';
import { convertAttachment, notePdf } from './convert-attachment.ts';

export interface PacketAttachment {
  /** 'Bilag 3.2' */
  label: string;
  itemNumber: number;
  itemTitle: string;
  name: string;
  mediaType: string;
  /** null: a reference without a file (it lies in the case system). */
  bytes: Buffer | null;
}

export interface PacketProblem {
  label: string;
  name: string;
  reason: string;
}

interface OutlineNode {
  title: string;
  /** Destination array: the page reference, then e.g. /XYZ left top zoom. */
  dest: PDFObject[];
  children: OutlineNode[];
  open: boolean;
}

export async function renderPacket(
  agendaPdf: Buffer,
  attachments: PacketAttachment[],
  options: { title: string },
): Promise<{ bytes: Buffer; problems: PacketProblem[] }> {
  const out = await PDFDocument.create();
  out.setTitle(options.title, { showInWindowTitleBar: true });
  out.setLanguage('da');
  out.setCreator('Fora');

  // The agenda is ours (rendered by Fora): failing to read it is a bug, not a packet problem.
  const agenda = await PDFDocument.load(agendaPdf);
  const agendaPages = await copyAll(out, agenda);
  const pageMap = new Map(agenda.getPages().map((p, i) => [p.ref.toString(), agendaPages[i]?.ref]));
  const first = agendaPages[0];
  const outline: OutlineNode[] = [
    {
      title: 'Dagsorden',
      dest: first ? destination(first) : [],
      children: readOutline(agenda, pageMap),
      open: true,
    },
  ];

  const font = await out.embedFont(StandardFonts.Helvetica);
  const problems: PacketProblem[] = [];
  for (const a of attachments) {
    const heading = `${a.label}: ${a.name}`;
    let pages: PDFPage[];
    try {
      pages = await attachmentPages(out, a);
    } catch (err) {
      const reason = err instanceof PacketError ? err.message : 'Bilaget kan ikke læses';
      problems.push({ label: a.label, name: a.name, reason });
      pages = await copyAll(
        out,
        await PDFDocument.load(await notePdf(heading, reason, a.bytes ? a.mediaType : '')),
      );
    }
    for (const [i, page] of pages.entries()) {
      try {
        stamp(
          page,
          font,
          `Punkt ${a.itemNumber} · ${a.label}: ${a.name}`,
          `side ${i + 1} af ${pages.length}`,
        );
      } catch {
        // A page too damaged to measure (no usable MediaBox) is kept as it is, without the stamp.
      }
    }
    const top = pages[0];
    if (top) outline.push({ title: heading, dest: destination(top), children: [], open: false });
  }

  writeOutline(out, outline);
  return { bytes: Buffer.from(await out.save()), problems };
}

/** A reason meant for the reader (Danish), as opposed to an unexpected error. */
class PacketError extends Error {}

async function attachmentPages(out: PDFDocument, a: PacketAttachment): Promise<PDFPage[]> {
  const converted = await convertAttachment(a.name, a.mediaType, a.bytes);
  if (converted.kind === 'failed') throw new PacketError(converted.reason);
  if (converted.kind === 'image') return [await imagePage(out, converted.format, converted.bytes)];
  const unreadable = (why: string) => new PacketError(`PDF kan ikke læses: ${why}`);
  let source: PDFDocument;
  try {
    // Loaded despite encryption to tell it apart (pdf-lib's EncryptedPDFError fails instanceof).
    source = await PDFDocument.load(converted.bytes, { ignoreEncryption: true, updateMetadata: false });
    if (source.getPageCount() === 0) throw unreadable('filen har ingen sider');
  } catch (err) {
    throw err instanceof PacketError ? err : unreadable('filen er beskadiget');
  }
  // pdf-lib cannot decrypt: the pages would be copied as unreadable bytes.
  if (source.isEncrypted) throw unreadable('filen er krypteret eller beskyttet med adgangskode');
  try {
    return await copyAll(out, source);
  } catch {
    throw new PacketError('PDF kan ikke læses: siderne kan ikke kopieres');
  }
}

async function copyAll(out: PDFDocument, source: PDFDocument): Promise<PDFPage[]> {
  const pages = await out.copyPages(source, source.getPageIndices());
  for (const p of pages) out.addPage(p);
  return pages;
}

const A4: [number, number] = [595.28, 841.89];

/** One A4 page (landscape for a wide image), the image centred and scaled down to fit, never up. */
async function imagePage(out: PDFDocument, format: 'png' | 'jpeg', bytes: Buffer): Promise<PDFPage> {
  let image: Awaited<ReturnType<PDFDocument['embedPng']>>;
  try {
    image = format === 'png' ? await out.embedPng(bytes) : await out.embedJpg(bytes);
  } catch {
    throw new PacketError('Billedet kan ikke læses; filen kan være beskadiget');
  }
  const [w, h] = image.width > image.height ? [A4[1], A4[0]] : A4;
  const margin = 56;
  const scale = Math.min(1, (w - 2 * margin) / image.width, (h - 2 * margin) / image.height);
  const page = out.addPage([w, h]);
  const [iw, ih] = [image.width * scale, image.height * scale];
  page.drawImage(image, { x: (w - iw) / 2, y: (h - ih) / 2, width: iw, height: ih });
  return page;
}

/**
 * Helvetica is a standard font in WinAnsi encoding: æøå, é, ü, –, ·, … are there; other characters
 * cannot be drawn with it and become '?'.
 */
let winAnsi: Set<number> | undefined;
function encodable(font: PDFFont, text: string): string {
  winAnsi ??= new Set(font.getCharacterSet());
  const supported = winAnsi;
  return Array.from(text.normalize('NFC'), (c) => (supported.has(c.codePointAt(0) ?? 0) ? c : '?')).join('');
}

const STAMP_SIZE = 7;
const STAMP_OFFSET = 18;

/** Small grey text centred at the bottom of the page as displayed (the page's /Rotate honoured). */
function stamp(page: PDFPage, font: PDFFont, what: string, where: string): void {
  const box = page.getCropBox();
  const quarter = Math.round(page.getRotation().angle / 90);
  const rotation = ((((quarter % 4) + 4) % 4) * 90) as 0 | 90 | 180 | 270;
  const across = rotation === 90 || rotation === 270 ? box.height : box.width;
  const room = across - 2 * 36;
  const tail = ` · ${encodable(font, where)}`;
  let head = encodable(font, what);
  const width = (s: string) => font.widthOfTextAtSize(s, STAMP_SIZE);
  while (head.length > 1 && width(head + tail) > room) head = `${head.slice(0, -2)}…`;
  const text = head + tail;
  const w = width(text);
  const { x, y } = box;
  const at = {
    0: { x: x + (box.width - w) / 2, y: y + STAMP_OFFSET },
    90: { x: x + box.width - STAMP_OFFSET, y: y + (box.height - w) / 2 },
    180: { x: x + (box.width + w) / 2, y: y + box.height - STAMP_OFFSET },
    270: { x: x + STAMP_OFFSET, y: y + (box.height + w) / 2 },
  }[rotation];
  page.drawText(text, {
    ...at,
    size: STAMP_SIZE,
    font,
    color: rgb(0.4, 0.4, 0.4),
    rotate: degrees(rotation),
  });
}

/** The top of the page at the current zoom; /Fit for a rotated page, whose top is elsewhere. */
function destination(page: PDFPage): PDFObject[] {
  if (page.getRotation().angle % 360 !== 0) return [page.ref, PDFName.of('Fit')];
  const box = page.getCropBox();
  return [page.ref, PDFName.of('XYZ'), PDFNull, page.doc.context.obj(box.y + box.height), PDFNull];
}

const text = (o: PDFObject | undefined): string =>
  o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : '';

/**
 * The agenda's own bookmarks (one per item, from pdfmake), re-pointed at the copied pages. An
 * entry whose destination is not an explicit page (a named destination, another action) is
 * dropped with its children: pdfmake writes explicit ones.
 */
function readOutline(source: PDFDocument, pageMap: Map<string, PDFRef | undefined>): OutlineNode[] {
  const root = source.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const seen = new Set<PDFDict>();
  const walk = (first: PDFObject | undefined, depth: number): OutlineNode[] => {
    const nodes: OutlineNode[] = [];
    let item = first ? source.context.lookup(first) : undefined;
    while (item instanceof PDFDict && !seen.has(item) && depth < 10) {
      seen.add(item);
      const action = item.lookupMaybe(PDFName.of('A'), PDFDict);
      const raw = item.lookup(PDFName.of('Dest')) ?? action?.lookup(PDFName.of('D'));
      const dest = raw ? source.context.lookup(raw) : undefined;
      const pageRef = dest instanceof PDFArray ? dest.get(0) : undefined;
      const target = pageRef ? pageMap.get(pageRef.toString()) : undefined;
      if (dest instanceof PDFArray && target) {
        // /XYZ left top zoom, /Fit, /FitH top ...: numbers and names, valid in any document.
        const rest = dest
          .asArray()
          .slice(1)
          .map((o) => (o instanceof PDFRef ? PDFNull : o));
        nodes.push({
          title: text(item.lookup(PDFName.of('Title'))),
          dest: [target, ...rest],
          children: walk(item.get(PDFName.of('First')), depth + 1),
          open: false,
        });
      }
      item = source.context.lookup(item.get(PDFName.of('Next')));
    }
    return nodes;
  };
  return root ? walk(root.get(PDFName.of('First')), 0) : [];
}

/** Entries visible when `node` is open: its children and their open descendants. */
const visible = (node: OutlineNode): number =>
  node.children.reduce((n, c) => n + 1 + (c.open ? visible(c) : 0), 0);

/** Writes /Outlines (PDF 32000-1 §12.3.3) and opens the bookmarks pane. */
function writeOutline(doc: PDFDocument, nodes: OutlineNode[]): void {
  const ctx = doc.context;
  const write = (list: OutlineNode[], parent: PDFRef): { first?: PDFRef; last?: PDFRef } => {
    const refs = list.map(() => ctx.nextRef());
    list.forEach((node, i) => {
      const dict = ctx.obj({}) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(node.title));
      dict.set(PDFName.of('Parent'), parent);
      dict.set(PDFName.of('Dest'), ctx.obj(node.dest));
      const prev = refs[i - 1];
      const next = refs[i + 1];
      if (prev) dict.set(PDFName.of('Prev'), prev);
      if (next) dict.set(PDFName.of('Next'), next);
      const self = refs[i] as PDFRef;
      const kids = write(node.children, self);
      if (kids.first && kids.last) {
        dict.set(PDFName.of('First'), kids.first);
        dict.set(PDFName.of('Last'), kids.last);
        const count = visible(node);
        dict.set(PDFName.of('Count'), ctx.obj(node.open ? count : -count));
      }
      ctx.assign(self, dict);
    });
    return { first: refs[0], last: refs.at(-1) };
  };
  const rootRef = ctx.nextRef();
  const { first, last } = write(nodes, rootRef);
  if (!first || !last) return;
  const count = nodes.reduce((n, node) => n + 1 + (node.open ? visible(node) : 0), 0);
  ctx.assign(rootRef, ctx.obj({ Type: 'Outlines', First: first, Last: last, Count: count }));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
