/**
 * The organisers' form for a leaders' day: a new one (date, place, seats, registration deadline,
 * programme, material links and the evaluating forum) or a change of one (all but the date and the
 * evaluating forum). The page's own problems and the API's details are shown at the field and in an
 * error summary that takes focus.
 */
import { useId, useState } from 'react';
import { ApiError, failureText } from '../api.ts';
import { ErrorSummary, FieldErrorMessage, type SummaryEntry, useSummaryFocus } from '../field-errors.tsx';
import { FailureAlert } from '../form-errors.tsx';
import type { MessageKey } from '../i18n.ts';
import {
  createLeadersDay,
  dayInput,
  dayPatch,
  emptyDayForm,
  type LeadersDayForm as Form,
  fieldIdOf,
  formFromDay,
  type LeadersDayView,
  type UpdateResult,
  updateLeadersDay,
} from '../leaders-day-data.ts';
import { useLocale } from '../locale.tsx';
import type { ForumSummary, SessionPerson } from '../types.ts';
import { type FieldGroup, type InputProps, MaterialFields } from './leaders-day-material.tsx';

/** A new day (with the forums that may evaluate it), or a change of a day. */
export type FormMode =
  | { kind: 'create'; forums: ForumSummary[]; onCreated: (day: { id: string; date: string }) => void }
  | { kind: 'edit'; day: LeadersDayView; onSaved: (result: UpdateResult) => void };

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
  mode,
}: {
  person: SessionPerson;
  forum: string;
  mode: FormMode;
}) {
  const { t, tx } = useLocale();
  const prefix = useId().replaceAll(':', '');
  const creating = mode.kind === 'create';
  const [form, setForm] = useState<Form>(() =>
    mode.kind === 'create' ? emptyDayForm(mode.forums) : formFromDay(mode.day),
  );
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { summary, focusSummary } = useSummaryFocus();
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
    focusSummary();
  };
  const errorsOf = (field: string) => problems.filter((p) => p.field === field).map((p) => p.message);
  /** Props of an input: its id, invalid state and what describes it. */
  const props = (name: string, hint: boolean): InputProps => {
    const invalid = errorsOf(id(name)).length > 0;
    const by = [hint && `${id(name)}-hint`, invalid && `${id(name)}-error`].filter(Boolean).join(' ');
    return { id: id(name), 'aria-invalid': invalid || undefined, 'aria-describedby': by || undefined };
  };
  const group: FieldGroup = (name, label, input, hint) => (
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
      {input(props(name, hint !== undefined))}
    </div>
  );

  const send = async (): Promise<void> => {
    if (mode.kind === 'create') {
      const input = dayInput(form);
      if (!input.ok) return show(input.problems);
      setBusy(true);
      const { leadersDay } = await createLeadersDay(person.orgSlug, forum, input.body);
      setProblems([]);
      mode.onCreated({ id: leadersDay.id, date: leadersDay.date });
    } else {
      const input = dayPatch(form);
      if (!input.ok) return show(input.problems);
      setBusy(true);
      const result = await updateLeadersDay(person.orgSlug, forum, mode.day.id, input.body);
      setProblems([]);
      setBusy(false);
      mode.onSaved(result);
    }
  };
  const save = async () => {
    setFailure(null);
    try {
      await send();
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.body.details.length > 0 && err.status !== 403) {
        show(err.body.details);
        return;
      }
      setProblems([]);
      setFailure(failureText(err, { 403: t('leadersDay.forbidden') }));
    }
  };

  const entries: SummaryEntry[] = problems.map((p) => ({
    key: p.path + p.message,
    text: `${labelOf(p.path)}: ${p.message}`,
    target: p.field,
  }));
  const submit = creating ? t('leadersDay.create') : t('leadersDay.save');

  return (
    <section aria-labelledby={id('title')} className="ld-create">
      <h2 id={id('title')}>{creating ? t('leadersDay.createTitle') : t('leadersDay.editTitle')}</h2>
      <p>{creating ? t('leadersDay.createIntro') : t('leadersDay.editIntro')}</p>
      <ErrorSummary
        heading={creating ? t('leadersDay.errorSummary') : t('leadersDay.editErrorSummary')}
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
          {creating &&
            group('date', t('leadersDay.date'), (p) => (
              <input
                type="date"
                className="form-input input-width-s"
                {...p}
                value={form.date}
                onChange={(e) => set('date', e.target.value)}
              />
            ))}
          {group('place', t('leadersDay.place'), (p) => (
            <input
              type="text"
              className="form-input"
              {...p}
              value={form.place}
              onChange={(e) => set('place', e.target.value)}
            />
          ))}
          {group(
            'seats',
            t('leadersDay.seatsLabel'),
            (p) => (
              <input
                type="text"
                inputMode="numeric"
                className="form-input input-width-xs"
                {...p}
                value={form.seats}
                onChange={(e) => set('seats', e.target.value)}
              />
            ),
            creating ? undefined : t('leadersDay.seatsHint'),
          )}
          {group(
            'registrationDeadline',
            t('leadersDay.deadlineLabel'),
            (p) => (
              <input
                type="date"
                className="form-input input-width-s"
                {...p}
                value={form.registrationDeadline}
                onChange={(e) => set('registrationDeadline', e.target.value)}
              />
            ),
            t('leadersDay.deadlineHint'),
          )}
          {mode.kind === 'create' &&
            group('evaluationForum', t('leadersDay.evaluationLabel'), (p) => (
              <select
                className="form-select"
                {...p}
                value={form.evaluationForum}
                onChange={(e) => set('evaluationForum', e.target.value)}
              >
                {mode.forums.map((f) => (
                  <option key={f.id} value={f.shortName}>
                    {f.name} ({f.shortName})
                  </option>
                ))}
              </select>
            ))}
        </fieldset>
        <fieldset>
          <legend className="ld-legend">{t('leadersDay.programme')}</legend>
          {group(
            'programme',
            t('leadersDay.programmeLabel'),
            (p) => (
              <textarea
                className="form-input"
                rows={8}
                {...p}
                value={form.programme}
                onChange={(e) => set('programme', e.target.value)}
              />
            ),
            t('leadersDay.programmeHint'),
          )}
        </fieldset>
        <MaterialFields material={form.material} onChange={(m) => set('material', m)} id={id} field={group} />
        <div className="ld-save">
          <button type="submit" className="button button-primary ld-button" disabled={busy}>
            {busy ? t('leadersDay.saving') : submit}
          </button>
        </div>
      </form>
    </section>
  );
}
