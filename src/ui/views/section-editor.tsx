/**
 * One section of an item in a TipTap editor, restricted to what the server's rich-text schema takes
 * (src/domain/rich-text-schema.ts): paragraphs, headings 2-4, bullet and numbered lists, line breaks,
 * bold, italic and http(s)/mailto links. A toolbar (one Tab stop, arrow keys between its buttons)
 * toggles bold, italic and the lists and says with aria-pressed what is on.
 */
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { useLocale } from '../locale.tsx';
import { editorExtensions } from '../rich-text-extensions.ts';
import type { RichTextDoc } from '../types.ts';

type Tool = 'bold' | 'italic' | 'bulletList' | 'orderedList';
const TOOLS: Tool[] = ['bold', 'italic', 'bulletList', 'orderedList'];
const TOOL_LABEL = {
  bold: 'editor.bold',
  italic: 'editor.italic',
  bulletList: 'editor.bulletList',
  orderedList: 'editor.orderedList',
} as const;

export function SectionEditor({
  id,
  heading,
  labelledBy,
  describedBy,
  invalid,
  initial,
  onChange,
}: {
  id: string;
  heading: string;
  labelledBy: string;
  describedBy: string | undefined;
  invalid: boolean;
  initial: RichTextDoc | null;
  onChange: (doc: RichTextDoc) => void;
}) {
  const { t } = useLocale();
  const change = useRef(onChange);
  change.current = onChange;
  const attributes = (): Record<string, string> => ({
    id,
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-labelledby': labelledBy,
    ...(describedBy && { 'aria-describedby': describedBy }),
    ...(invalid && { 'aria-invalid': 'true' }),
    class: `rich-editor__content${invalid ? ' rich-editor__content--error' : ''}`,
  });
  const editor = useEditor({
    extensions: editorExtensions,
    content: initial ?? '',
    immediatelyRender: true,
    // TipTap's own <style> element would break the Content-Security-Policy (style-src 'self');
    // the few rules it carries are in styles/editor.css.
    injectCSS: false,
    editorProps: { attributes: attributes() },
    onUpdate: ({ editor: e }) => change.current(e.getJSON() as RichTextDoc),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the attributes follow the error state and label.
  useEffect(() => {
    editor.setOptions({ editorProps: { attributes: attributes() } });
  }, [editor, invalid, describedBy, labelledBy]);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
    }),
  });
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const run = (tool: Tool) => {
    const chain = editor.chain().focus();
    if (tool === 'bold') chain.toggleBold().run();
    else if (tool === 'italic') chain.toggleItalic().run();
    else if (tool === 'bulletList') chain.toggleBulletList().run();
    else chain.toggleOrderedList().run();
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const to =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? TOOLS.length - 1
          : step
            ? (current + step + TOOLS.length) % TOOLS.length
            : null;
    if (to === null) return;
    e.preventDefault();
    setCurrent(to);
    buttons.current[to]?.focus();
  };
  return (
    <div className={`rich-editor${invalid ? ' rich-editor--error' : ''}`}>
      <div
        role="toolbar"
        aria-label={`${t('editor.toolbar')}: ${heading}`}
        aria-controls={id}
        className="rich-editor__toolbar"
        onKeyDown={onKeyDown}
      >
        {TOOLS.map((tool, i) => (
          <button
            key={tool}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            className={`button button-tertiary rich-editor__tool rich-editor__tool--${tool}`}
            aria-pressed={active?.[tool] ?? false}
            tabIndex={i === current ? 0 : -1}
            onFocus={() => setCurrent(i)}
            onClick={() => run(tool)}
          >
            {t(TOOL_LABEL[tool])}
          </button>
        ))}
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}
