/**
 * Rich text as structured JSON (TipTap/ProseMirror document form). Placeholder contract: the full
 * schema and sanitising rules are filled in by the rich-text work.
 */
import { z } from 'zod';

export interface RichTextDoc {
  type: 'doc';
  content: unknown[];
}

export const richTextDocSchema: z.ZodType<RichTextDoc> = z.object({
  type: z.literal('doc'),
  content: z.array(z.unknown()),
});

/** Plain text of a document (for search, mails and validation of "empty"). */
export function richTextToPlainText(doc: RichTextDoc): string {
  const out: string[] = [];
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    const node = n as { type?: string; text?: string; content?: unknown[] };
    if (node.type === 'text' && typeof node.text === 'string') out.push(node.text);
    for (const c of node.content ?? []) walk(c);
    if (node.type === 'paragraph' || node.type === 'heading') out.push('\n');
  };
  walk(doc);
  return out.join('').trim();
}
