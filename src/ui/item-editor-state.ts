/**
 * The item editor's pure logic: which template sections are written in the editor, the form state
 * from a charter template and an item (or none), the API body from the form, and the API's error
 * details mapped to the form's fields.
 */
import type { ForumView, ItemView, RichTextDoc } from './types.ts';

export type ItemType = ItemView['type'];
export type TemplateSection = NonNullable<ForumView['charter']>['template'][number];

/** Sections the submitter does not write: the decision (written at the meeting), the attachments' place. */
const NOT_WRITTEN = new Set(['beslutning', 'bilag']);

export interface EditorSection {
  key: string;
  heading: string;
  requiredFor: ItemType[];
}

export interface EditorState {
  title: string;
  type: ItemType;
  /** As typed: digits, or empty for none. */
  duration: string;
  closed: boolean;
  closedBasis: string;
  /** Names separated by commas. */
  presenters: string;
  recommendations: string[];
  caseNumber: string;
  sections: Record<string, RichTextDoc | null>;
}

/** The template's sections to write, in order; without a template, the sections the item already has. */
export function editorSections(
  template: readonly TemplateSection[] | null | undefined,
  item?: Pick<ItemView, 'sections'> | null,
): EditorSection[] {
  const list =
    template && template.length > 0
      ? template.map((s) => ({ key: s.key, heading: s.heading, requiredFor: [...s.requiredFor] }))
      : Object.keys(item?.sections ?? {}).map((key) => ({
          key,
          heading: key,
          requiredFor: [] as ItemType[],
        }));
  return list.filter((s) => !NOT_WRITTEN.has(s.key));
}

/** The form's first state: the item's content, or an empty item of the forum's first type. */
export function initialState(
  sections: readonly EditorSection[],
  itemTypes: readonly ItemType[],
  item?: Pick<
    ItemView,
    | 'title'
    | 'type'
    | 'durationMinutes'
    | 'closed'
    | 'closedBasis'
    | 'presenters'
    | 'recommendations'
    | 'sections'
  > | null,
  caseNumber = '',
): EditorState {
  return {
    title: item?.title ?? '',
    type: item?.type ?? itemTypes[0] ?? 'decision',
    duration: item?.durationMinutes ? String(item.durationMinutes) : '',
    closed: item?.closed ?? false,
    closedBasis: item?.closedBasis ?? '',
    presenters: (item?.presenters ?? []).map((p) => p.name).join(', '),
    recommendations: [...(item?.recommendations ?? [])],
    caseNumber,
    sections: Object.fromEntries(sections.map((s) => [s.key, item?.sections[s.key] ?? null])),
  };
}

const plainText = (node: unknown): string => {
  if (!node || typeof node !== 'object') return '';
  const n = node as { text?: unknown; content?: unknown };
  const own = typeof n.text === 'string' ? n.text : '';
  return own + (Array.isArray(n.content) ? n.content.map(plainText).join(' ') : '');
};

/** A document without any text (an editor's empty paragraph) is no section at all. */
export const isEmptyDoc = (doc: RichTextDoc | null | undefined): boolean =>
  !doc || plainText(doc).trim() === '';

/** The content the API takes (create and update), without the case (resolved separately). */
export function toContent(state: EditorState) {
  const duration = state.duration.trim();
  const sections: Record<string, RichTextDoc> = {};
  for (const [key, doc] of Object.entries(state.sections)) if (doc && !isEmptyDoc(doc)) sections[key] = doc;
  return {
    title: state.title,
    type: state.type,
    // Digits become minutes; anything else goes as typed, so the API names the problem at the field.
    durationMinutes: duration === '' ? null : /^\d+$/.test(duration) ? Number(duration) : duration,
    closed: state.closed,
    closedBasis: state.closed && state.closedBasis.trim() !== '' ? state.closedBasis.trim() : null,
    presenters: state.presenters
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '')
      .map((name) => ({ personId: null, name })),
    recommendations: state.recommendations.map((r) => r.trim()).filter((r) => r !== ''),
    sections,
  };
}

/** Moves entry `index` one place up (-1) or down (+1); out of range leaves the list as it is. */
export function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  [out[index], out[to]] = [out[to] as T, out[index] as T];
  return out;
}

/** The form field an API error path belongs to (`sections.resume`, `recommendations.1`, `presenters.0.name` ...). */
export function fieldOf(path: string): string {
  const [head = '', second] = path.split('.');
  if (head === 'sections' && second) return `sections.${second}`;
  if (head === 'recommendations' && second !== undefined) return `recommendations.${second}`;
  if (
    [
      'title',
      'type',
      'durationMinutes',
      'closed',
      'closedBasis',
      'presenters',
      'recommendations',
      'caseNumber',
      'caseId',
      'file',
    ].includes(head)
  )
    return head === 'caseId' ? 'caseNumber' : head;
  return 'form';
}

export interface FieldError {
  field: string;
  problem: string;
}

/** The API's error details, one per field (the first problem named for it). */
export function fieldErrors(
  details: readonly { path: string; problem: string }[],
  fallback: string,
): FieldError[] {
  const seen = new Map<string, string>();
  for (const d of details) {
    const field = fieldOf(d.path);
    if (!seen.has(field)) seen.set(field, d.problem);
  }
  if (seen.size === 0) seen.set('form', fallback);
  return [...seen].map(([field, problem]) => ({ field, problem }));
}

/** The KLE topic put in front of a case number: `NN.NN.NN-` replacing any topic already there. */
export function applyKleTopic(caseNumber: string, topic: string): string {
  const rest = caseNumber.trim().replace(/^\d{2}\.\d{2}\.\d{2}-?/, '');
  return `${topic}-${rest}`;
}

/** The text the KLE suggestion reads: every section's text. */
export const sectionsText = (sections: EditorState['sections']): string =>
  Object.values(sections)
    .map((d) => (d ? plainText(d) : ''))
    .join('\n');
