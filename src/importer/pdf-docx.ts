/**
 * Text out of PDF (unpdf; pages joined by form feeds so page furniture can be found) and DOCX
 * (mammoth raw text: paragraphs separated by blank lines). The text then goes to the text parser.
 */
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';

export async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const { text, totalPages } = await extractText(doc, { mergePages: false });
  return { text: text.join('\f'), pages: totalPages };
}

export async function docxText(bytes: Uint8Array): Promise<{ text: string; messages: string[] }> {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return { text: result.value, messages: result.messages.map((m) => m.message) };
}
