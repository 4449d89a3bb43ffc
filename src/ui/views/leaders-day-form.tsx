/**
 * The organisers' form for a new leaders' day: date, place, seats, registration deadline, programme,
 * material links and the evaluating forum. The page's own problems and the API's validation details
 * are shown at the field and in an error summary that takes focus.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../api.ts';
import { ErrorSummary, FieldErrorMessage, type SummaryEntry } from '../field-errors.tsx';
import { FailureAlert } from '../form-errors.tsx';
import type { MessageKey } from '../i18n.ts';
import {
  createLeadersDay,
  dayInput,
  emptyDayForm,
  type LeadersDayForm as Form,
  fieldIdOf,
  type MaterialForm,
  newMaterial,
} from '../leaders-day-data.ts';
import { useLocale } from '../locale.tsx';
import type { ForumSummary, SessionPerson } from '../types.ts';

interface Problem {
  path: string;
  /** The input it belongs to, or null. */
  field: string | null;
  message: string;
}

const LABELS: Record<string, MessageKey> = {
  date: 'leadersDay.date',
  place: 'leadersDay.place',
  seats: 'leadersDay.seatsLabel',
  registrationDeadline: 'leadersDay.deadlineLabel',
  programme: 'leadersDay.programmeLabel',
  material: 'leadersDay.materialLegend',
  evaluationForum: 'leadersDay.evaluationLabel',
};

export function LeadersDayForm({
  person,
  forum,
  forums,
  onCreated,
}: {
  person: SessionPerson;
  forum: string;
  forums: ForumSummary[];
  onCreated: (day: { id: string; date: string }) => void;
}) {
  const { t, tx } = useLocale();
  const prefix = useId().replaceAll(':', '');
  const [form, setForm] = useState<Form>(() => emptyDayForm(forums));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shown > 0) summary.current?.focus();
  }, [shown]);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const id = (name: string) => `${prefix}-${name}`;

  const labelOf = (path: string): string => {
    const m = /^material\.(\d+)(?:\.(title|url))?/.exec(path);
    if (m)
      return `${t('leadersDay.materialRow')} ${Number(m[1]) + 1}${
        m[2] ? `, ${t(m[2] === 'url' ? 'leadersDay.materialUrl' : 'leadersDay.materialTitle')}` : ''
      }`;
    const key = LABELS[path.split('.')[0] ?? ''];
    return key ? t(key) : path;
  };
  const show = (list: readonly { path: string; problem: string }[]) => {
    const out = list.map((d) => ({
      path: d.path,
      field: fieldIdOf(form, d.path, prefix),
      message: tx('leadersDay.problem', d.problem),
    }));
    setProblems(out);
    setShown((n) => n + 1);
  };
  const errorsOf = (field: string) => problems.filter((p) => p.field === field).map((p) => p.message);
  /** Props of an input: its id, invalid state and what describes it. */
  const props = (name: string, hint = false) => {
    const invalid = errorsOf(id(name)).length > 0;
    const by = [hint && `${id(name)}-hint`, invalid && `${id(name)}-error`].filter(Boolean).join(' ');
    return { id: id(name), 'aria-invalid': invalid || undefined, 'aria-describedby': by || undefined };
  };
  const group = (name: string, label: string, input: React.ReactNode, hint?: string) => (
    <div className={`form-group${errorsOf(id(name)).length > 0 ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id(name)}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id(name)}-hint`}>
          {hint}
        </span>
      )}
      <FieldErrorMessage id={id(name)} errors={errorsOf(id(name))} prefix={t('leadersDay.errorPrefix')} />
      {input}
    </div>
  );

  const save = async () => {
    setFailure(null);
    const input = dayInput(form);
    if (!input.ok) {
      show(input.problems);
      return;
    }
    setBusy(true);
    try {
      const { leadersDay } = await createLeadersDay(person.orgSlug, forum, input.body);
      setProblems([]);
      onCreated({ id: leadersDay.id, date: leadersDay.date });
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.body.details.length > 0 && err.status !== 403) {
        show(err.body.details);
        return;
      }
      setProblems([]);
      setFailure(
        err instanceof ApiError && err.status === 403
          ? t('leadersDay.forbidden')
          : err instanceof Error
            ? err.message
            : String(err),
      );
    }
  };

  const setMaterial = (uid: string, change: Partial<MaterialForm>) =>
    set(
      'material',
      form.material.map((m) => (m.uid === uid ? { ...m, ...change } : m)),
    );
  const entries: SummaryEntry[] = problems.map((p) => ({
    key: p.path + p.message,
    text: `${labelOf(p.path)}: ${p.message}`,
    target: p.field,
  }));

  return (
    <section aria-labelledby={id('title')} className="ld-create">
      <h2 id={id('title')}>{t('leadersDay.createTitle')}</h2>
      <p>{t('leadersDay.createIntro')}</p>
      <ErrorSummary
        heading={t('leadersDay.errorSummary')}
        entries={entries}
        className="ld-summary"
        summaryRef={summary}
      />
      {failure && <FailureAlert text={failure} />}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset>
          <legend className="ld-legend">{t('leadersDay.aboutLegend')}</legend>
          {group(
            'date',
            t('leadersDay.date'),
            <input
              type="date"
              className="form-input input-width-s"
              {...props('date')}
              value={form.date}
              onChange={(e) => set('date', e.target.value)}
            />,
          )}
          {group(
            'place',
            t('leadersDay.place'),
            <input
              type="text"
              className="form-input"
              {...props('place')}
              value={form.place}
              onChange={(e) => set('place', e.target.value)}
            />,
          )}
          {group(
            'seats',
            t('leadersDay.seatsLabel'),
            <input
              type="text"
              inputMode="numeric"
              className="form-input input-width-xs"
              {...props('seats')}
              value={form.seats}
              onChange={(e) => set('seats', e.target.value)}
            />,
          )}
          {group(
            'registrationDeadline',
            t('leadersDay.deadlineLabel'),
            <input
              type="date"
              className="form-input input-width-s"
              {...props('registrationDeadline', true)}
              value={form.registrationDeadline}
              onChange={(e) => set('registrationDeadline', e.target.value)}
            />,
            t('leadersDay.deadlineHint'),
          )}
          {group(
            'evaluationForum',
            t('leadersDay.evaluationLabel'),
            <select
              className="form-select"
              {...props('evaluationForum')}
              value={form.evaluationForum}
              onChange={(e) => set('evaluationForum', e.target.value)}
            >
              {forums.map((f) => (
                <option key={f.id} value={f.shortName}>
                  {f.name} ({f.shortName})
                </option>
              ))}
            </select>,
          )}
        </fieldset>
        <fieldset>
          <legend className="ld-legend">{t('leadersDay.programme')}</legend>
          {group(
            'programme',
            t('leadersDay.programmeLabel'),
            <textarea
              className="form-input"
              rows={8}
              {...props('programme', true)}
              value={form.programme}
              onChange={(e) => set('programme', e.target.value)}
            />,
            t('leadersDay.programmeHint'),
          )}
        </fieldset>
        <fieldset>
          <legend className="ld-legend">{t('leadersDay.materialLegend')}</legend>
          {form.material.length === 0 && <p className="meta">{t('leadersDay.materialNone')}</p>}
          {form.material.map((m, i) => (
            <fieldset key={m.uid} className="ld-material">
              <legend className="form-label">
                {t('leadersDay.materialRow')} {i + 1}
              </legend>
              {group(
                `material-${m.uid}-title`,
                t('leadersDay.materialTitle'),
                <input
                  type="text"
                  className="form-input"
                  {...props(`material-${m.uid}-title`)}
                  value={m.title}
                  onChange={(e) => setMaterial(m.uid, { title: e.target.value })}
                />,
              )}
              {group(
                `material-${m.uid}-url`,
                t('leadersDay.materialUrl'),
                <input
                  type="url"
                  className="form-input"
                  {...props(`material-${m.uid}-url`)}
                  value={m.url}
                  onChange={(e) => setMaterial(m.uid, { url: e.target.value })}
                />,
              )}
              <button
                type="button"
                className="button button-tertiary ld-button"
                onClick={() => {
                  set(
                    'material',
                    form.material.filter((x) => x.uid !== m.uid),
                  );
                  document.getElementById(id('material-add'))?.focus();
                }}
              >
                {t('leadersDay.materialRemove')} {i + 1}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            id={id('material-add')}
            className="button button-secondary ld-button"
            onClick={() => {
              const row = newMaterial();
              set('material', [...form.material, row]);
              requestAnimationFrame(() => document.getElementById(id(`material-${row.uid}-title`))?.focus());
            }}
          >
            {t('leadersDay.materialAdd')}
          </button>
        </fieldset>
        <div className="ld-save">
          <button type="submit" className="button button-primary ld-button" disabled={busy}>
            {busy ? t('leadersDay.creating') : t('leadersDay.create')}
          </button>
        </div>
      </form>
    </section>
  );
}
