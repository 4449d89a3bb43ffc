/**
 * The form of the annual wheel editor: a new entry, or changes to one. The API checks everything;
 * its `validation_failed` details are shown at their fields and in an error summary that takes focus.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError, failureText } from '../api.ts';
import { ErrorSummary, FieldErrorMessage, useSummaryFocus } from '../field-errors.tsx';
import { FailureAlert } from '../form-errors.tsx';
import type { MessageKey } from '../i18n.ts';
import { LOCALES } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import type { ForumView, SessionPerson } from '../types.ts';
import { createWheelEntry, updateWheelEntry } from '../wheel-data.ts';
import {
  type WheelForm as Form,
  formFromEntry,
  ITEM_TYPES,
  monthName,
  problemsOf,
  RULE_KINDS,
  type WheelEntryView,
  type WheelField,
  wheelBody,
} from '../wheel-rule.ts';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

const LABELS: Record<WheelField, MessageKey> = {
  title: 'wheel.field.title',
  description: 'wheel.field.description',
  kind: 'wheel.field.kind',
  month: 'wheel.field.month',
  week: 'wheel.field.week',
  responsiblePersonId: 'wheel.field.responsible',
  leadWeeks: 'wheel.field.leadWeeks',
  itemType: 'wheel.field.itemType',
  active: 'wheel.field.active',
};

export function WheelForm({
  person,
  forum,
  entry,
  onSaved,
  onCancel,
}: {
  person: SessionPerson;
  forum: ForumView;
  /** The entry being changed; null for a new one. */
  entry: WheelEntryView | null;
  onSaved: (entry: WheelEntryView, created: boolean) => void;
  onCancel: () => void;
}) {
  const { t, tx, lang } = useLocale();
  const uid = useId();
  const idOf = (f: WheelField) => `${uid}-${f}`;
  const [form, setForm] = useState<Form>(() => formFromEntry(entry));
  const [problems, setProblems] = useState<{ field: WheelField | null; problem: string }[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { summary, focusSummary } = useSummaryFocus();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening the form for an entry takes the focus to it.
  const entryId = entry?.id;
  useEffect(() => {
    if (entryId) heading.current?.focus();
  }, [entryId]);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const messageOf = (field: WheelField | null, problem: string) =>
    field ? t(`wheel.problem.${field}` as MessageKey) : problem;
  const errorsOf = (field: WheelField) =>
    problems.filter((p) => p.field === field).map((p) => messageOf(p.field, p.problem));
  const field = (f: WheelField, hint?: boolean) => {
    const invalid = errorsOf(f).length > 0;
    const describedBy = [hint && `${idOf(f)}-hint`, invalid && `${idOf(f)}-error`].filter(Boolean);
    return {
      id: idOf(f),
      'aria-invalid': invalid || undefined,
      'aria-describedby': describedBy.length > 0 ? describedBy.join(' ') : undefined,
    };
  };
  const group = (f: WheelField) => `form-group${errorsOf(f).length > 0 ? ' form-error' : ''}`;
  const label = (f: WheelField) => (
    <label className="form-label" htmlFor={idOf(f)}>
      {t(LABELS[f])}
    </label>
  );
  const errors = (f: WheelField) => <FieldErrorMessage id={idOf(f)} errors={errorsOf(f)} />;

  const save = async () => {
    setFailure(null);
    setBusy(true);
    try {
      const body = wheelBody(form);
      const saved = entry
        ? await updateWheelEntry(person.orgSlug, forum.shortName, entry.id, body)
        : await createWheelEntry(person.orgSlug, forum.shortName, body);
      setProblems([]);
      setBusy(false);
      if (!entry) setForm(formFromEntry(null));
      onSaved(saved.entry, !entry);
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.status === 400 && err.body.details.length > 0) {
        setProblems(problemsOf(err.body.details));
        focusSummary();
        return;
      }
      setProblems([]);
      setFailure(failureText(err, { 403: t('wheel.forbidden') }));
    }
  };

  const members = [...forum.members].sort((a, b) => a.name.localeCompare(b.name, LOCALES[lang]));
  const known = members.some((m) => m.personId === form.responsiblePersonId);
  const headingId = `${uid}-heading`;
  return (
    <section className="wheel-form" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {entry ? `${t('wheel.editTitle')}: ${entry.title}` : t('wheel.addTitle')}
      </h2>
      <ErrorSummary
        heading={t('wheel.errorSummary')}
        className="wheel-summary"
        summaryRef={summary}
        entries={problems.map((p) => ({
          key: `${p.field}:${p.problem}`,
          text: `${p.field ? t(LABELS[p.field]) : ''}${p.field ? ': ' : ''}${messageOf(p.field, p.problem)}`,
          target: p.field ? idOf(p.field) : null,
        }))}
      />
      {failure && <FailureAlert text={failure} />}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className={group('title')}>
          {label('title')}
          {errors('title')}
          <input
            className="form-input"
            {...field('title')}
            value={form.title}
            onChange={(e) => set('title', e.target.value)}
          />
        </div>
        <div className={group('description')}>
          {label('description')}
          {errors('description')}
          <textarea
            className="form-input"
            rows={3}
            {...field('description')}
            value={form.description}
            onChange={(e) => set('description', e.target.value)}
          />
        </div>
        <fieldset>
          <legend className="form-label">{t('wheel.col.rule')}</legend>
          <div className={group('kind')}>
            {label('kind')}
            {errors('kind')}
            <select
              className="form-select"
              {...field('kind')}
              value={form.kind}
              onChange={(e) => set('kind', e.target.value as Form['kind'])}
            >
              {RULE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`wheel.kind.${k}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
          {form.kind === 'in_week' ? (
            <div className={group('week')}>
              {label('week')}
              {errors('week')}
              <input
                type="number"
                inputMode="numeric"
                className="form-input input-width-xs"
                {...field('week')}
                value={form.week}
                onChange={(e) => set('week', e.target.value)}
              />
            </div>
          ) : (
            <div className={group('month')}>
              {label('month')}
              {errors('month')}
              <select
                className="form-select"
                {...field('month')}
                value={form.month}
                onChange={(e) => set('month', e.target.value)}
              >
                {MONTHS.map((m) => (
                  <option key={m} value={String(m)}>
                    {monthName(LOCALES[lang], m)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </fieldset>
        <div className={group('responsiblePersonId')}>
          {label('responsiblePersonId')}
          {errors('responsiblePersonId')}
          <select
            className="form-select"
            {...field('responsiblePersonId')}
            value={form.responsiblePersonId}
            onChange={(e) => set('responsiblePersonId', e.target.value)}
          >
            <option value="">{t('wheel.field.choose')}</option>
            {!known && form.responsiblePersonId && (
              <option value={form.responsiblePersonId}>{t('wheel.notMember')}</option>
            )}
            {members.map((m) => (
              <option key={m.personId} value={m.personId}>
                {m.name} ({tx('role', m.role)})
              </option>
            ))}
          </select>
        </div>
        <div className={group('leadWeeks')}>
          {label('leadWeeks')}
          <span className="form-hint" id={`${idOf('leadWeeks')}-hint`}>
            {t('wheel.field.leadHint')}
          </span>
          {errors('leadWeeks')}
          <input
            type="number"
            inputMode="numeric"
            className="form-input input-width-xs"
            {...field('leadWeeks', true)}
            value={form.leadWeeks}
            onChange={(e) => set('leadWeeks', e.target.value)}
          />
        </div>
        <div className={group('itemType')}>
          {label('itemType')}
          {errors('itemType')}
          <select
            className="form-select"
            {...field('itemType')}
            value={form.itemType}
            onChange={(e) => set('itemType', e.target.value as Form['itemType'])}
          >
            {ITEM_TYPES.map((type) => (
              <option key={type} value={type}>
                {tx('type', type)}
              </option>
            ))}
          </select>
        </div>
        <div className={`${group('active')} form-group-checkbox`}>
          <input
            type="checkbox"
            className="form-checkbox checkbox-large"
            {...field('active')}
            checked={form.active}
            onChange={(e) => set('active', e.target.checked)}
          />
          {label('active')}
          {errors('active')}
        </div>
        <div className="wheel-buttons">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('wheel.saving') : entry ? t('wheel.save') : t('wheel.add')}
          </button>
          {entry && (
            <button type="button" className="button button-secondary" onClick={onCancel}>
              {t('wheel.cancel')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
