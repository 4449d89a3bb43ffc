/**
 * The TipTap extensions of the item editor: StarterKit restricted to what the server's rich-text
 * schema takes (src/domain/rich-text-schema.ts): paragraphs, headings 2-4, bullet and numbered
 * lists, line breaks, bold, italic and http(s)/mailto links. No React here, so tests can read it.
 */
import StarterKit from '@tiptap/starter-kit';

/** StarterKit with everything the schema rejects switched off. */
export const editorExtensions = [
  StarterKit.configure({
    code: false,
    codeBlock: false,
    blockquote: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    heading: { levels: [2, 3, 4] },
    link: {
      openOnClick: false,
      autolink: true,
      protocols: ['http', 'https', 'mailto'],
      defaultProtocol: 'https',
      HTMLAttributes: { rel: null, target: null, class: null },
    },
  }),
];
