/**
 * The charter editor's form state: made from the charter in force, edited as strings (what the
 * inputs hold), turned back into the API's input. What the form does not show (cadence variations,
 * standing items, leader rule, meeting parts, secretariat) is carried over from the charter unchanged.
 */
import type { Charter, CharterBody } from './follow-ups-data.ts';

export const DEADLINE_NAMES = ['submission', 'approval', 'publication', 'minutes'] as const;
export type DeadlineName = (typeof DEADLINE_NAMES)[number];
export const DEADLINE_RULE_KINDS = [
  'weekday_in_week_before',
  'weekday_before',
  'days_before',
  'working_days_before',
  'days_after',
  'working_days_after',
] as const;
export type DeadlineRuleKind = (typeof DEADLINE_RULE_KINDS)[number];
export const WEEKDAY_KINDS: readonly DeadlineRuleKind[] = ['weekday_in_week_before', 'weekday_before'];
export const ITEM_TYPES = ['decision', 'information', 'theme'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];
export const HOLIDAY_RULES = ['next_working_day', 'skip', 'keep'] as const;
export const APPROVERS = ['responsible_director', 'chair'] as const;

export interface DeadlineForm {
  /** '' = no deadline. */
  kind: DeadlineRuleKind | '';
  weekday: string;
  days: string;
  time: string;
}

export interface SectionForm {
  /** A stable id for React and focus (not sent). */
  uid: string;
  /** Items keep their text under this key; '' for a new section (made from the heading on save). */
  key: string;
  heading: string;
  requiredFor: ItemType[];
}

export interface CharterForm {
  purpose: string;
  rrule: string;
  startTime: string;
  durationMinutes: string;
  holidayRule: (typeof HOLIDAY_RULES)[number];
  deadlines: Record<DeadlineName, DeadlineForm>;
  approver: (typeof APPROVERS)[number];
  itemTypes: ItemType[];
  maxThemes: string;
  maxMinutes: string;
  titlePrefix: string;
  showClosedTitles: boolean;
  template: SectionForm[];
  effectiveFrom: string;
}

type DeadlineRule = NonNullable<Charter['deadlines'][DeadlineName]>;

const str = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));

function deadlineForm(rule: DeadlineRule | null): DeadlineForm {
  if (!rule) return { kind: '', weekday: '', days: '', time: '' };
  return {
    kind: rule.kind,
    weekday: 'weekday' in rule ? String(rule.weekday) : '',
    days: 'days' in rule ? String(rule.days) : '',
    time: rule.time ?? '',
  };
}

let uidCounter = 0;
export const newUid = (): string => `s${++uidCounter}`;

/** The form for a new version: the charter's values (or empty ones), taking effect from `from`. */
export function formFromCharter(charter: Charter | null, from: string): CharterForm {
  return {
    purpose: charter?.purpose ?? '',
    rrule: charter?.cadence.rrule ?? '',
    startTime: charter?.cadence.startTime ?? '',
    durationMinutes: str(charter?.cadence.durationMinutes),
    holidayRule: charter?.holidayRule ?? 'next_working_day',
    deadlines: {
      submission: deadlineForm(charter?.deadlines.submission ?? null),
      approval: deadlineForm(charter?.deadlines.approval ?? null),
      publication: deadlineForm(charter?.deadlines.publication ?? null),
      minutes: deadlineForm(charter?.deadlines.minutes ?? null),
    },
    approver: charter?.approver ?? 'responsible_director',
    itemTypes: charter ? [...charter.itemTypes] : [...ITEM_TYPES],
    maxThemes: str(charter?.capacity.maxThemes),
    maxMinutes: str(charter?.capacity.maxMinutes),
    titlePrefix: charter?.titlePrefix ?? '',
    showClosedTitles: charter?.showClosedTitles ?? false,
    template: (charter?.template ?? []).map((s) => ({
      uid: newUid(),
      key: s.key,
      heading: s.heading,
      requiredFor: [...s.requiredFor],
    })),
    effectiveFrom: from,
  };
}

// --- Template sections -----------------------------------------------------------------------

/** Moves the section at `index` by `delta` places (-1 up, +1 down); out of range leaves it. */
export function moveSection<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  const [moved] = out.splice(index, 1);
  out.splice(to, 0, moved as T);
  return out;
}

export const removeSection = <T>(list: readonly T[], index: number): T[] =>
  list.filter((_, i) => i !== index);

export const addSection = (list: readonly SectionForm[]): SectionForm[] => [
  ...list,
  { uid: newUid(), key: '', heading: '', requiredFor: [] },
];

/** A key for a new section from its heading: lower case a-z, digits and _, unique among `taken`. */
export function sectionKey(heading: string, taken: ReadonlySet<string>): string {
  const base =
    heading
      .toLowerCase()
      .replaceAll('æ', 'ae')
      .replaceAll('ø', 'oe')
      .replaceAll('å', 'aa')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^[^a-z]+|_+$/g, '') || 'afsnit';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  return key;
}

// --- Form -> API input -----------------------------------------------------------------------

export interface FieldProblem {
  path: string;
  problem: 'required' | 'integer' | 'positiveInteger';
}

function integer(value: string, path: string, problems: FieldProblem[], positive: boolean): number {
  const v = value.trim();
  if (v === '') {
    problems.push({ path, problem: 'required' });
    return 0;
  }
  const n = Number(v);
  if (!Number.isInteger(n) || (positive && n <= 0)) {
    problems.push({ path, problem: positive ? 'positiveInteger' : 'integer' });
    return 0;
  }
  return n;
}

function optionalPositive(value: string, path: string, problems: FieldProblem[]): number | null {
  return value.trim() === '' ? null : integer(value, path, problems, true);
}

function deadlineRule(d: DeadlineForm, path: string, problems: FieldProblem[]): DeadlineRule | null {
  if (d.kind === '') return null;
  const time = d.time.trim() ? { time: d.time.trim() } : {};
  if (d.kind === 'weekday_in_week_before' || d.kind === 'weekday_before')
    return { kind: d.kind, weekday: integer(d.weekday, `${path}.weekday`, problems, true), ...time };
  return { kind: d.kind, days: integer(d.days, `${path}.days`, problems, false), ...time };
}

/**
 * The API input from the form, on top of the charter it replaces; or the problems the page can see
 * itself (a number that is not one). Everything else is for the server to judge.
 */
export function charterInput(
  form: CharterForm,
  base: Charter | null,
): { ok: true; body: CharterBody } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const taken = new Set(form.template.map((s) => s.key).filter(Boolean));
  const template = form.template.map((s) => {
    const key = s.key || sectionKey(s.heading, taken);
    taken.add(key);
    return {
      key,
      heading: s.heading.trim(),
      requiredFor: ITEM_TYPES.filter((t) => s.requiredFor.includes(t)),
    };
  });
  const deadlines = {
    submission: deadlineRule(form.deadlines.submission, 'deadlines.submission', problems),
    approval: deadlineRule(form.deadlines.approval, 'deadlines.approval', problems),
    publication: deadlineRule(form.deadlines.publication, 'deadlines.publication', problems),
    minutes: deadlineRule(form.deadlines.minutes, 'deadlines.minutes', problems),
  };
  const durationMinutes = integer(form.durationMinutes, 'cadence.durationMinutes', problems, true);
  const capacity = {
    maxThemes: optionalPositive(form.maxThemes, 'capacity.maxThemes', problems),
    maxMinutes: optionalPositive(form.maxMinutes, 'capacity.maxMinutes', problems),
  };
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    body: {
      purpose: form.purpose.trim(),
      secretariatUnitId: base?.secretariatUnitId ?? null,
      cadence: {
        rrule: form.rrule.trim(),
        startTime: form.startTime.trim(),
        durationMinutes,
        timezone: 'Europe/Copenhagen',
        variations: base?.cadence.variations ?? [],
      },
      holidayRule: form.holidayRule,
      deadlines,
      itemTypes: ITEM_TYPES.filter((t) => form.itemTypes.includes(t)),
      template,
      capacity,
      standingItems: base?.standingItems ?? [],
      approver: form.approver,
      leaderRule: base?.leaderRule ?? { kind: 'chair' },
      parts: base?.parts ?? [],
      showClosedTitles: form.showClosedTitles,
      titlePrefix: form.titlePrefix === '' ? null : form.titlePrefix,
      effectiveFrom: form.effectiveFrom,
    },
  };
}

// --- Errors -> fields ------------------------------------------------------------------------

/**
 * The form field an error path belongs to: the longest field path that is the error's path or a
 * prefix of it at a dot ("deadlines.submission.days" -> "deadlines.submission.days", else
 * "deadlines.submission"); null when no field matches (the summary still lists it).
 */
export function fieldOf(path: string, fields: readonly string[]): string | null {
  let best: string | null = null;
  for (const f of fields)
    if ((path === f || path.startsWith(`${f}.`)) && (best === null || f.length > best.length)) best = f;
  return best;
}

/** The field paths of the form, in the order they appear (the error summary's order). */
export function fieldPaths(form: CharterForm): string[] {
  const deadline = (n: DeadlineName) => [
    `deadlines.${n}`,
    `deadlines.${n}.kind`,
    `deadlines.${n}.weekday`,
    `deadlines.${n}.days`,
    `deadlines.${n}.time`,
  ];
  return [
    'purpose',
    'cadence.rrule',
    'cadence.startTime',
    'cadence.durationMinutes',
    'holidayRule',
    ...DEADLINE_NAMES.flatMap(deadline),
    'approver',
    'itemTypes',
    'capacity.maxThemes',
    'capacity.maxMinutes',
    'titlePrefix',
    'template',
    ...form.template.flatMap((_, i) => [
      `template.${i}`,
      `template.${i}.heading`,
      `template.${i}.key`,
      `template.${i}.requiredFor`,
    ]),
    'effectiveFrom',
  ];
}
