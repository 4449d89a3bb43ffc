/**
 * A seed minutes rendered as a multi-page PDF (pdfmake; every page with the title as running
 * header and "Side N af M" as footer) and as DOCX (docx) parse to the same meeting as its text.
 * Documented difference: PDF text has no blank lines between paragraphs and wraps long
 * paragraphs, so texts are compared with whitespace collapsed (as the eval does).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import { compareFile, norm, scores, total } from '../../src/importer/eval.ts';
import { parseImportFile } from '../../src/importer/parse-file.ts';
import { pdfText } from '../../src/importer/pdf-docx.ts';

const SEED = path.join(
  import.meta.dirname,
  '..',
  'fixtures',
  'import',
  'referat-chefforum-albertslund-2025-04-23.txt',
);
const text = readFileSync(SEED, 'utf8');
const lines = text.split('\n').filter((l) => l.trim() !== '');
const title = lines[0] ?? '';

const FONT_DIR = path.join(
  path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);

async function seedPdf(): Promise<Uint8Array> {
  pdfmake.addFonts({
    Roboto: {
      normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
      bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
      italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
      bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(FONT_DIR + path.sep));
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    defaultStyle: { fontSize: 8 },
    header: () => ({ text: title, margin: [40, 20, 40, 0] }),
    footer: (page, pages) => ({ text: `Side ${page} af ${pages}`, margin: [40, 20, 40, 0] }),
    content: lines.map((line, i) => ({
      text: line.replace(/\t/g, ' '),
      margin: [0, 0, 0, 4],
      // each item starts on a new page, as the forums' own PDFs do
      pageBreak: i > 0 && /^Punkt \d+:/.test(line) ? 'before' : undefined,
    })),
  };
  return new Uint8Array(await pdfmake.createPdf(definition).getBuffer());
}

async function seedDocx(): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: lines.map((line) => new Paragraph({ text: line })) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('PDF and DOCX versions of a seed minutes', () => {
  it('the PDF has several pages with headers and page numbers that the parser removes', async () => {
    const pdf = await seedPdf();
    const extracted = await pdfText(pdf);
    expect(extracted.pages).toBeGreaterThan(5);
    expect(extracted.text).toContain('Side 3 af');
    const [fromPdf] = await parseImportFile('referat.pdf', pdf);
    const [fromText] = await parseImportFile('referat.txt', new TextEncoder().encode(text));
    const all = JSON.stringify(fromPdf);
    expect(all).not.toMatch(/Side \d+ af/);
    expect(fromPdf?.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual(
      fromText?.items.map((i) => [i.number, i.title, i.caseNumber]),
    );
    const counts = compareFile(fromText ? [fromText] : [], fromPdf ? [fromPdf] : []);
    expect(scores(total(counts))).toEqual({ precision: 1, recall: 1 });
  });

  it('the DOCX gives the same meeting as the text', async () => {
    const [fromDocx] = await parseImportFile('referat.docx', await seedDocx());
    const [fromText] = await parseImportFile('referat.txt', new TextEncoder().encode(text));
    const s = scores(total(compareFile(fromText ? [fromText] : [], fromDocx ? [fromDocx] : [])));
    expect(s).toEqual({ precision: 1, recall: 1 });
    // DOCX list lines are paragraphs of their own: blank lines between them are the only difference
    expect(norm(fromDocx?.items[5]?.sections.find((x) => x.heading === 'Sagsfremstilling')?.text)).toBe(
      norm(fromText?.items[5]?.sections.find((x) => x.heading === 'Sagsfremstilling')?.text),
    );
  });
});
