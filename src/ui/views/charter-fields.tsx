/**
 * The charter editor's field plumbing: an error as shown, the ids of inputs, the field errors and the
 * labelled form group every input of the editor sits in.
 */
import { type CharterForm, ITEM_TYPES, type ItemType } from '../charter-form.ts';
import type { MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';

/** An error as shown: the form field's path it belongs to (null: none) and the message. */
export interface Problem {
  path: string;
  field: string | null;
  message: string;
}

/** Sets one field of the charter form. */
export type SetField = <K extends keyof CharterForm>(key: K, value: CharterForm[K]) => void;

export const idOf = (path: string) => `ch-${path.replaceAll('.', '-')}`;

/** The input an error's field sends the focus to. */
export function anchorOf(field: string): string {
  if (/^deadlines\.[a-z]+$/.test(field)) return `${field}.kind`;
  const section = /^template\.(\d+)(\..*)?$/.exec(field);
  if (section) return `template.${section[1]}.heading`;
  if (field === 'template') return 'template.add';
  if (field === 'itemTypes') return `itemTypes.${ITEM_TYPES[0]}`;
  return field;
}

const hasError = (problems: Problem[], path: string) =>
  problems.some((p) => p.field !== null && anchorOf(p.field) === path);

export function FieldError({ path, problems }: { path: string; problems: Problem[] }) {
  const mine = problems.filter((p) => p.field !== null && anchorOf(p.field) === path);
  if (mine.length === 0) return null;
  return (
    <span className="form-error-message" id={`${idOf(path)}-error`}>
      {mine.map((p) => (
        <span key={p.path + p.message} className="ch-error-line">
          {p.message}
        </span>
      ))}
    </span>
  );
}

/** Props for an input with a label, an optional hint and the errors that belong to it. */
export function useField(problems: Problem[]) {
  return (path: string, hint?: boolean) => {
    const invalid = hasError(problems, path);
    const describedBy = [hint && `${idOf(path)}-hint`, invalid && `${idOf(path)}-error`].filter(Boolean);
    return {
      id: idOf(path),
      'aria-invalid': invalid || undefined,
      'aria-describedby': describedBy.length > 0 ? describedBy.join(' ') : undefined,
    };
  };
}

export const groupClass = (problems: Problem[], path: string) =>
  `form-group${hasError(problems, path) ? ' form-error' : ''}`;

/**
 * A form group: the label, the hint (if any), the field's errors and the input (given as children,
 * with `useField(problems)(path, hint !== undefined)` spread on it).
 */
export function CharterField({
  path,
  label,
  hint,
  problems,
  children,
}: {
  path: string;
  label: string;
  hint?: string;
  problems: Problem[];
  children: React.ReactNode;
}) {
  return (
    <div className={groupClass(problems, path)}>
      <label className="form-label" htmlFor={idOf(path)}>
        {label}
      </label>
      {hint !== undefined && (
        <span className="form-hint" id={`${idOf(path)}-hint`}>
          {hint}
        </span>
      )}
      <FieldError path={path} problems={problems} />
      {children}
    </div>
  );
}

/** A checkbox for each item type; the ids are `${path}.${type}`. */
export function ItemTypeChecks({
  path,
  value,
  onChange,
}: {
  path: string;
  value: readonly ItemType[];
  onChange: (types: ItemType[]) => void;
}) {
  const { tx } = useLocale();
  return (
    <div className="ch-checks">
      {ITEM_TYPES.map((type) => (
        <div key={type} className="form-group-checkbox">
          <input
            type="checkbox"
            className="form-checkbox checkbox-large"
            id={idOf(`${path}.${type}`)}
            checked={value.includes(type)}
            onChange={(e) => onChange(e.target.checked ? [...value, type] : value.filter((x) => x !== type))}
          />
          <label htmlFor={idOf(`${path}.${type}`)}>{tx('type', type)}</label>
        </div>
      ))}
    </div>
  );
}

const LABELS: Record<string, MessageKey> = {
  purpose: 'ch.purpose',
  'cadence.rrule': 'ch.rrule',
  'cadence.startTime': 'ch.startTime',
  'cadence.durationMinutes': 'ch.duration',
  holidayRule: 'ch.holidayRule',
  approver: 'ch.approver',
  itemTypes: 'ch.itemTypes',
  'capacity.maxThemes': 'ch.maxThemes',
  'capacity.maxMinutes': 'ch.maxMinutes',
  titlePrefix: 'ch.titlePrefix',
  template: 'ch.templateLegend',
  effectiveFrom: 'ch.effectiveFrom',
};

/** The name of the field an error's path points at, as the error summary shows it. */
export function labelOf(path: string, t: (key: MessageKey) => string): string {
  const [a, b, c] = path.split('.');
  if (a === 'deadlines' && b) {
    const what = t(`ch.deadline.${b}` as MessageKey);
    const sub =
      c === 'weekday' ? t('ch.weekday') : c === 'days' ? t('ch.days') : c === 'time' ? t('ch.time') : null;
    return sub ? `${what}, ${sub}` : what;
  }
  if (a === 'template' && b !== undefined && /^\d+$/.test(b)) return `${t('ch.section')} ${Number(b) + 1}`;
  const key = LABELS[path];
  return key ? t(key) : path;
}
