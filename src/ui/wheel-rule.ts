/**
 * The annual wheel editor's pure logic: a rule in words ("Første møde i marts", "Mødet i uge 12"),
 * the form's state and the body it sends, and which field an error of the API belongs to.
 */
import type { WheelEntryView } from '../app/list-wheel-entries.ts';
import type { WheelWhen } from '../domain/annual-wheel.ts';

export type { WheelEntryView };
export type RuleKind = WheelWhen['kind'];
export const RULE_KINDS: readonly RuleKind[] = ['first_in_month', 'last_in_month', 'in_week'];
export const ITEM_TYPES = ['theme', 'decision', 'information'] as const;
export type WheelItemType = (typeof ITEM_TYPES)[number];

/** The month's name in the locale ("marts", "March"). */
export const monthName = (locale: string, month: number): string =>
  new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 15));

/** A rule in words, from the locale's template of its kind ("Første møde i {month}"). */
export function ruleInWords(
  when: WheelWhen,
  template: (kind: RuleKind) => string,
  month: (m: number) => string,
): string {
  const text = template(when.kind);
  return when.kind === 'in_week'
    ? text.replace('{week}', String(when.week))
    : text.replace('{month}', month(when.month));
}

/** What the form holds: numbers as typed, so a wrong one reaches the API and comes back at its field. */
export interface WheelForm {
  title: string;
  description: string;
  kind: RuleKind;
  month: string;
  week: string;
  responsiblePersonId: string;
  leadWeeks: string;
  itemType: WheelItemType;
  active: boolean;
}

export const WHEEL_FIELDS = [
  'title',
  'description',
  'kind',
  'month',
  'week',
  'responsiblePersonId',
  'leadWeeks',
  'itemType',
  'active',
] as const;
export type WheelField = (typeof WHEEL_FIELDS)[number];

export function formFromEntry(entry: WheelEntryView | null): WheelForm {
  if (!entry)
    return {
      title: '',
      description: '',
      kind: 'first_in_month',
      month: '1',
      week: '',
      responsiblePersonId: '',
      leadWeeks: '4',
      itemType: 'theme',
      active: true,
    };
  const w = entry.when;
  return {
    title: entry.title,
    description: entry.description,
    kind: w.kind,
    month: w.kind === 'in_week' ? '1' : String(w.month),
    week: w.kind === 'in_week' ? String(w.week) : '',
    responsiblePersonId: entry.responsiblePersonId,
    leadWeeks: String(entry.leadWeeks),
    itemType: entry.itemType,
    active: entry.active,
  };
}

/** A typed whole number, or null (empty or not a number): the API then names the field. */
const whole = (s: string): number | null => (/^\s*-?\d+\s*$/.test(s) ? Number(s) : null);

/** The body of POST /wheel and PATCH /wheel/:entry. */
export function wheelBody(form: WheelForm) {
  const when =
    form.kind === 'in_week'
      ? { kind: form.kind, week: whole(form.week) }
      : { kind: form.kind, month: whole(form.month) };
  return {
    title: form.title,
    description: form.description,
    when,
    responsiblePersonId: form.responsiblePersonId,
    leadWeeks: whole(form.leadWeeks),
    itemType: form.itemType,
    active: form.active,
  };
}

/** The form field an API error's path (`when.week`, `leadWeeks`) belongs to; null: the whole form. */
export function fieldOfPath(path: string): WheelField | null {
  const [head, sub] = path.split('.');
  if (head === 'when') return sub === 'week' ? 'week' : sub === 'month' ? 'month' : 'kind';
  return (WHEEL_FIELDS as readonly string[]).includes(head ?? '') ? (head as WheelField) : null;
}

/** The problems of an API answer, one per field, in the form's order. */
export function problemsOf(details: readonly { path: string; problem: string }[]) {
  const seen = new Map<WheelField | null, string>();
  for (const d of details) {
    const field = fieldOfPath(d.path);
    if (!seen.has(field)) seen.set(field, d.problem);
  }
  const order = (f: WheelField | null) => (f === null ? WHEEL_FIELDS.length : WHEEL_FIELDS.indexOf(f));
  return [...seen.entries()]
    .map(([field, problem]) => ({ field, problem }))
    .sort((a, b) => order(a.field) - order(b.field));
}
