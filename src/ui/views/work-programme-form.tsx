/**
 * The managers' form for an initiative of the work programme: title, description, owner, status
 * and its milestones (rows added and removed), each with a date in the year, a status, a meeting of
 * the forum and an item. Problems show at the field and in a summary that takes focus.
 */

import { useEffect, useRef, useState } from 'react';
import { failureText } from '../api.ts';
import { Show } from '../components.tsx';
import { useSummaryFocus } from '../field-errors.tsx';
import { FailureAlert } from '../form-errors.tsx';
import { listPeople, type PersonOption } from '../groups-data.ts';
import type { MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import {
  addInitiative,
  formFromInitiative,
  INITIATIVE_STATUSES,
  type InitiativeForm,
  type InitiativeStatus,
  type InitiativeView,
  initiativeBody,
  meetingsOfYear,
  type ProgrammeProblem,
  programmeFieldId,
  programmeProblemsOf,
  updateInitiative,
} from '../programme-data.ts';
import type { CalendarEntry } from '../types.ts';
import { useLoad } from '../use-api.ts';
import { MilestoneRows } from './work-programme-milestones.tsx';
import { Field, FormProblems, type ShownProblem } from './working-group-fields.tsx';

const LABELS: Record<string, MessageKey> = {
  title: 'programme.initiativeTitle',
  description: 'programme.description',
  ownerPersonId: 'programme.owner',
  status: 'programme.status',
};

interface FormProps {
  org: string;
  forum: string;
  year: number;
  /** The initiative to change; null for a new one. */
  initiative: InitiativeView | null;
  onSaved: () => void;
  onCancel: () => void;
}

export function InitiativeFormView(props: FormProps) {
  const { org, forum, year } = props;
  const loaded = useLoad(`programme-form:${org}:${forum}:${year}`, async () => {
    const [people, meetings] = await Promise.all([listPeople(org), meetingsOfYear(org, forum, year)]);
    return { people, meetings };
  });
  return (
    <Show loaded={loaded}>{(d) => <FormBody {...props} people={d.people} meetings={d.meetings} />}</Show>
  );
}

function FormBody({
  org,
  forum,
  year,
  initiative,
  onSaved,
  onCancel,
  people,
  meetings,
}: FormProps & { people: PersonOption[]; meetings: CalendarEntry[] }) {
  const { t, tx } = useLocale();
  const [form, setForm] = useState<InitiativeForm>(() => formFromInitiative(initiative));
  const [problems, setProblems] = useState<ProgrammeProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const { summary, focusSummary } = useSummaryFocus();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const set = (patch: Partial<InitiativeForm>) => setForm((f) => ({ ...f, ...patch }));
  const labelOf = (path: string): string => {
    const m = /^milestones\.(\d+)\./.exec(path);
    if (m) return `${t('programme.milestoneLegend')} ${Number(m[1]) + 1}`;
    const key = LABELS[path];
    return key ? t(key) : path;
  };
  const shownProblems: ShownProblem[] = problems.map((p) => {
    const message = tx('programme.problem', p.problem);
    const known =
      p.path in LABELS || /^milestones\.\d+\.(title|dueDate|status|meetingId|itemId)$/.test(p.path);
    return {
      path: p.path,
      target: known ? programmeFieldId(p.path) : null,
      text: `${labelOf(p.path)}: ${message}`,
      message,
    };
  });
  const errorAt = (path: string) => shownProblems.find((p) => p.path === path)?.message;
  const show = (list: ProgrammeProblem[]) => {
    setProblems(list);
    focusSummary();
  };

  const save = async () => {
    setFailure(null);
    const checked = initiativeBody(form, year);
    if (!checked.ok) return show(checked.problems);
    setBusy(true);
    try {
      if (initiative) await updateInitiative(org, forum, year, initiative.id, checked.body);
      else await addInitiative(org, forum, year, checked.body);
      onSaved();
    } catch (err) {
      setBusy(false);
      const fields = programmeProblemsOf(err);
      if (fields) return show(fields);
      setProblems([]);
      setFailure(failureText(err, { 403: t('programme.forbidden') }));
    }
  };

  const prefix = t('error');
  const field = (path: string, label: string, hint?: string) => ({
    id: programmeFieldId(path),
    label,
    error: errorAt(path),
    errorPrefix: prefix,
    ...(hint && { hint }),
  });
  return (
    <section aria-labelledby="wp-form-title" className="wp-form">
      <h2 id="wp-form-title">{initiative ? t('programme.editTitle') : t('programme.addTitle')}</h2>
      <p className="sr-only" aria-live="polite">
        {said}
      </p>
      <FormProblems heading={t('programme.errorSummary')} problems={shownProblems} summaryRef={summary} />
      {failure && <FailureAlert text={failure} />}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Field {...field('title', t('programme.initiativeTitle'))}>
          {(aria) => (
            <input
              ref={first}
              type="text"
              className="form-input input-width-xl"
              maxLength={300}
              value={form.title}
              onChange={(e) => set({ title: e.target.value })}
              {...aria}
            />
          )}
        </Field>
        <Field {...field('description', t('programme.description'))}>
          {(aria) => (
            <textarea
              className="form-input"
              rows={4}
              maxLength={5000}
              value={form.description}
              onChange={(e) => set({ description: e.target.value })}
              {...aria}
            />
          )}
        </Field>
        <Field {...field('ownerPersonId', t('programme.owner'))}>
          {(aria) => (
            <select
              className="form-select"
              value={form.ownerPersonId}
              onChange={(e) => set({ ownerPersonId: e.target.value })}
              {...aria}
            >
              <option value="">{t('programme.ownerChoose')}</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title ? `${p.name}, ${p.title}` : p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field {...field('status', t('programme.status'))}>
          {(aria) => (
            <select
              className="form-select"
              value={form.status}
              onChange={(e) => set({ status: e.target.value as InitiativeStatus })}
              {...aria}
            >
              {INITIATIVE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {tx('programme.status', s)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <MilestoneRows
          year={year}
          rows={form.milestones}
          meetings={meetings}
          field={field}
          onChange={(milestones) => setForm((f) => ({ ...f, milestones }))}
          onRemoved={() => setProblems([])}
          announce={setSaid}
        />
        <div className="wp-buttons">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('programme.saving') : t('programme.save')}
          </button>
          <button type="button" className="button button-secondary" disabled={busy} onClick={onCancel}>
            {t('programme.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
