/**
 * Finishing touches pdfmake does not write the way a reader needs them, done with pdf-lib on the
 * rendered bytes: the bookmarks (a flat /Outlines tree, one entry per item, each jumping to the top
 * of its heading and keeping the reader's zoom), the bookmarks panel opened, the document language,
 * and the title shown in the viewer's title bar instead of the file name.
 */
import { PDFDocument, PDFHexString, PDFName, type PDFRef } from 'pdf-lib';

export interface OutlineEntry {
  title: string;
  /** 1-based page number. */
  page: number;
  /** Distance of the target from the top of the page in points, or null for the page's top. */
  top: number | null;
}

export interface PdfMetadata {
  title: string;
  subject: string;
  author: string;
  language: string;
  keywords: string[];
}

function addOutline(pdf: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0) return;
  const ctx = pdf.context;
  const root = ctx.nextRef();
  const refs: PDFRef[] = entries.map(() => ctx.nextRef());
  const pages = pdf.getPages();
  entries.forEach((entry, i) => {
    const page = pages[entry.page - 1];
    if (!page) throw new Error(`Outline entry "${entry.title}" points at missing page ${entry.page}`);
    const y = entry.top === null ? page.getHeight() : Math.max(0, page.getHeight() - entry.top);
    const dict = ctx.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: root,
      Dest: [page.ref, 'XYZ', null, Math.round(y * 100) / 100, null],
    });
    const prev = refs[i - 1];
    const next = refs[i + 1];
    if (prev) dict.set(PDFName.of('Prev'), prev);
    if (next) dict.set(PDFName.of('Next'), next);
    ctx.assign(refs[i] as PDFRef, dict);
  });
  ctx.assign(
    root,
    ctx.obj({
      Type: 'Outlines',
      First: refs[0] as PDFRef,
      Last: refs[refs.length - 1] as PDFRef,
      Count: entries.length,
    }),
  );
  pdf.catalog.set(PDFName.of('Outlines'), root);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Adds the outline and metadata to a rendered PDF and returns the new bytes. */
export async function finishPdf(
  bytes: Uint8Array,
  meta: PdfMetadata,
  outline: readonly OutlineEntry[],
): Promise<Buffer> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  pdf.setSubject(meta.subject);
  pdf.setAuthor(meta.author);
  pdf.setKeywords(meta.keywords);
  pdf.setCreator('Fora');
  pdf.setProducer('Fora (pdfmake, pdf-lib)');
  pdf.setLanguage(meta.language);
  addOutline(pdf, outline);
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}
