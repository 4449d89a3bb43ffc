/**
 * The form for a new charter version (purpose, meeting plan, deadlines, approval, item template, date
 * of effect). Field errors, the page's own and the API's, are shown at the field and in an error
 * summary that takes focus.
 */

import { useState } from 'react';
import { ApiError, failureText } from '../api.ts';
import { type CharterForm, charterInput, fieldOf, fieldPaths, formFromCharter } from '../charter-form.ts';
import { useSummaryFocus } from '../field-errors.tsx';
import { type Charter, createCharter } from '../follow-ups-data.ts';
import { ErrorSummary, FailureAlert } from '../form-errors.tsx';
import type { MessageKey } from '../i18n.ts';
import { localToday, useLocale } from '../locale.tsx';
import type { ForumView, SessionPerson } from '../types.ts';
import { CharterApproval } from './charter-approval.tsx';
import { CharterDeadlines } from './charter-deadlines.tsx';
import {
  anchorOf,
  CharterField,
  idOf,
  labelOf,
  type Problem,
  type SetField,
  useField,
} from './charter-fields.tsx';
import { CharterMeetings } from './charter-meetings.tsx';
import { CharterSections } from './charter-sections.tsx';

export function CharterEditForm({
  person,
  forum,
  charters,
  onSaved,
}: {
  person: SessionPerson;
  forum: ForumView;
  charters: Charter[];
  onSaved: (c: Charter) => void;
}) {
  const { t, tx } = useLocale();
  const latest = [...charters].sort((a, b) => a.version - b.version).at(-1) ?? null;
  const [form, setForm] = useState<CharterForm>(() => formFromCharter(latest, localToday()));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const { summary, focusSummary } = useSummaryFocus();
  const field = useField(problems);
  const set: SetField = (key, value) => setForm((f) => ({ ...f, [key]: value }));

  const show = (list: { path: string; problem: string }[], translate: (p: string) => string) => {
    const fields = fieldPaths(form);
    const order = (p: Problem) => (p.field === null ? fields.length : fields.indexOf(p.field));
    const out = list.map((d) => {
      const f = fieldOf(d.path, fields);
      return { path: d.path, field: f, message: translate(d.problem) };
    });
    setProblems(out.sort((x, y) => order(x) - order(y)));
    focusSummary();
  };

  const save = async () => {
    setFailure(null);
    const input = charterInput(form, latest);
    if (!input.ok) {
      show(input.problems, (p) => t(`ch.${p}` as MessageKey));
      return;
    }
    setBusy(true);
    try {
      const saved = await createCharter(person.orgSlug, forum.shortName, input.body);
      setProblems([]);
      onSaved(saved);
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.status === 400 && err.body.details.length > 0) {
        show(err.body.details, (p) => tx('ch.problem', p));
        return;
      }
      setProblems([]);
      setFailure(failureText(err, { 403: t('ch.forbidden') }));
    }
  };

  return (
    <section aria-labelledby="ch-edit-title">
      <h2 id="ch-edit-title">{t('ch.editTitle')}</h2>
      <p>{t('ch.intro')}</p>
      <p className="sr-only" aria-live="polite">
        {said}
      </p>
      {problems.length > 0 && (
        <ErrorSummary heading={t('ch.errorSummary')} className="ch-summary" ref={summary}>
          {problems.map((p) => (
            <li key={p.path + p.message}>
              {p.field ? (
                <a
                  href={`#${idOf(anchorOf(p.field))}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(idOf(anchorOf(p.field ?? '')))?.focus();
                  }}
                >
                  {labelOf(p.path, t)}: {p.message}
                </a>
              ) : (
                `${labelOf(p.path, t)}: ${p.message}`
              )}
            </li>
          ))}
        </ErrorSummary>
      )}
      {failure && <FailureAlert text={failure} />}
      <form
        className="ch-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset>
          <legend className="ch-legend">{t('ch.purposeLegend')}</legend>
          <CharterField path="purpose" label={t('ch.purpose')} problems={problems}>
            <textarea
              className="form-input"
              rows={6}
              {...field('purpose')}
              value={form.purpose}
              onChange={(e) => set('purpose', e.target.value)}
            />
          </CharterField>
        </fieldset>
        <CharterMeetings form={form} set={set} problems={problems} latest={latest} />
        <CharterDeadlines
          deadlines={form.deadlines}
          problems={problems}
          onChange={(d) => set('deadlines', d)}
        />
        <CharterApproval form={form} set={set} problems={problems} />
        <CharterSections
          sections={form.template}
          problems={problems}
          onChange={(s) => set('template', s)}
          announce={setSaid}
        />
        <fieldset>
          <legend className="ch-legend">{t('ch.effectiveLegend')}</legend>
          <CharterField path="effectiveFrom" label={t('ch.effectiveFrom')} problems={problems}>
            <input
              type="date"
              className="form-input input-width-s"
              {...field('effectiveFrom')}
              value={form.effectiveFrom}
              onChange={(e) => set('effectiveFrom', e.target.value)}
            />
          </CharterField>
        </fieldset>
        <div className="ch-save">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('ch.saving') : t('ch.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
