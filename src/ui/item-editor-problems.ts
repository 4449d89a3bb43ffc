/**
 * The item editor's problems in words: where a problem's field is in the form, its label, and the
 * API's problem in Danish where the editor has a better text (else as the API words it).
 */

import { quotaProblemKey } from './api.ts';
import type { MessageKey } from './i18n.ts';
import type { EditorSection } from './item-editor-state.ts';

type Translate = (key: MessageKey) => string;

/** The id of the form control an error's field points to. */
export const controlId = (field: string): string | null => {
  if (field.startsWith('sections.')) return `editor-section-${field.slice(9)}`;
  if (field.startsWith('recommendations.')) return `editor-rec-${field.slice(16)}`;
  const ids: Record<string, string> = {
    title: 'editor-title',
    type: 'editor-type-0',
    durationMinutes: 'editor-duration',
    presenters: 'editor-presenters',
    closed: 'editor-closed',
    closedBasis: 'editor-closed-basis',
    caseNumber: 'editor-case',
    recommendations: 'editor-rec-add',
    file: 'editor-file',
  };
  return ids[field] ?? null;
};

/** The API's problems a Danish reader gets in Danish; others are shown as the API words them. */
const PATTERNS: [RegExp, MessageKey][] = [
  [/^content is (.+), which does not match the name's extension (\S+)$/, 'editor.problemFileMismatch'],
  [/^content is (.+), which is not allowed$/, 'editor.problemFileType'],
];

const PROBLEMS: Record<string, MessageKey> = {
  'must not be empty': 'editor.problemEmpty',
  'a decision item needs at least one recommendation': 'editor.problemRecommendation',
  'a closed item needs its legal basis': 'editor.problemClosedBasis',
  'is empty': 'editor.problemFileEmpty',
  'too large': 'editor.tooLarge',
};

export function problemText(t: Translate, problem: string): string {
  const quota = quotaProblemKey(problem);
  if (quota) return t(quota);
  if (/ is required for \w+ items$/.test(problem)) return t('editor.problemRequired');
  for (const [pattern, key] of PATTERNS) {
    const m = pattern.exec(problem);
    if (m)
      return t(key)
        .replace('{1}', m[1] ?? '')
        .replace('{2}', m[2] ?? '');
  }
  return t(PROBLEMS[problem] ?? 'editor.problemAsIs').replace('{p}', problem);
}

const LABELS: Record<string, MessageKey> = {
  title: 'editor.title',
  type: 'editor.type',
  durationMinutes: 'editor.duration',
  presenters: 'editor.presenters',
  closed: 'editor.closed',
  closedBasis: 'editor.closedBasis',
  caseNumber: 'editor.caseNumber',
  recommendations: 'editor.recommendations',
  file: 'editor.file',
};

/** The label of the field a problem belongs to, as the summary names it. */
export function fieldLabel(t: Translate, sections: readonly EditorSection[], field: string): string {
  if (field.startsWith('sections.'))
    return sections.find((s) => `sections.${s.key}` === field)?.heading ?? field.slice(9);
  if (field.startsWith('recommendations.'))
    return `${t('editor.recommendation')} ${Number(field.slice(16)) + 1}`;
  const label = LABELS[field];
  return label ? t(label) : t('editor.form');
}
