/**
 * The blocks of an agenda item in the charter template's order, as the documents lay them out
 * (src/documents/model.ts): the template's 'indstilling' place holds the recommendations under its
 * intro, 'bilag' the attachments; what the template has no place for comes first (recommendations)
 * or last (attachments).
 */
import type { AgendaItem, AgendaVersionView, RichTextDoc } from './types.ts';

/** What the layout needs of an item: an agenda item, or an item read from the API before it is on an agenda. */
export type LayoutItem = Pick<AgendaItem, 'sections' | 'recommendations'> & {
  attachments: { id: string; name: string }[];
};

export type ItemBlock =
  | { kind: 'section'; key: string; heading: string; body: RichTextDoc }
  | {
      kind: 'recommendations';
      key: string;
      heading: string | null;
      intro: RichTextDoc | null;
      items: string[];
    }
  | { kind: 'attachments'; key: string; heading: string | null; items: LayoutItem['attachments'] };

const RECOMMENDATIONS = 'indstilling';
const DECISION = 'beslutning';
const ATTACHMENTS = 'bilag';

export function itemLayout(
  item: LayoutItem,
  template: AgendaVersionView['content']['template'],
): ItemBlock[] {
  const byKey = new Map(item.sections.map((s) => [s.key, s]));
  const layout =
    template && template.length > 0 ? template : item.sections.map(({ key, heading }) => ({ key, heading }));
  const keys = new Set(layout.map((l) => l.key));
  const recommendations = (heading: string | null): ItemBlock | null =>
    item.recommendations.length > 0 || byKey.has(RECOMMENDATIONS)
      ? {
          kind: 'recommendations',
          key: RECOMMENDATIONS,
          heading,
          intro: byKey.get(RECOMMENDATIONS)?.body ?? null,
          items: item.recommendations,
        }
      : null;
  const attachments = (heading: string | null): ItemBlock | null =>
    item.attachments.length > 0
      ? { kind: 'attachments', key: ATTACHMENTS, heading, items: item.attachments }
      : null;

  const blocks: ItemBlock[] = [];
  for (const { key, heading } of layout) {
    const section = byKey.get(key);
    const block =
      key === RECOMMENDATIONS
        ? recommendations(heading)
        : key === ATTACHMENTS
          ? attachments(heading)
          : key === DECISION || !section
            ? null
            : ({ kind: 'section', key, heading, body: section.body } as const);
    if (block) blocks.push(block);
  }
  if (!keys.has(RECOMMENDATIONS)) {
    const b = recommendations(null);
    if (b) blocks.unshift(b);
  }
  if (!keys.has(ATTACHMENTS)) {
    const b = attachments(null);
    if (b) blocks.push(b);
  }
  return blocks;
}
