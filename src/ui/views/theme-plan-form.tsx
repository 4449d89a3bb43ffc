/**
 * The managers' form that puts a theme on a meeting: the meeting (from the calendar), the theme, the
 * presenter (filled by "Foreslå næste i rotationen" from the rotation's proposal) and a note. The
 * form's and the API's field errors are shown at the field and in a summary that takes focus.
 */
import { useId, useState } from 'react';
import { ApiError, failureText } from '../api.ts';
import { ErrorSummary, FieldErrorMessage, useSummaryFocus } from '../field-errors.tsx';
import { FailureAlert } from '../form-errors.tsx';
import type { MessageKey } from '../i18n.ts';
import { useLocale } from '../locale.tsx';
import {
  ASSIGNMENT_FIELDS,
  type AssignmentBody,
  type AssignmentField,
  assignmentFieldOf,
  assignmentProblems,
  assignTheme,
  fill,
  meetingKey,
  type PlanMeeting,
  presenterChoices,
  proposePresenter,
  type ThemePlanData,
} from '../theme-plan-data.ts';

type Problems = Partial<Record<AssignmentField, string>>;

const EMPTY: AssignmentBody = { meeting: '', theme: '', presenterPersonId: '', note: '' };

export function ThemePlanForm({
  org,
  data,
  meetings,
  onAssigned,
}: {
  org: string;
  data: ThemePlanData;
  meetings: PlanMeeting[];
  onAssigned: (message: string) => void;
}) {
  const { t, date, time, shortDate } = useLocale();
  const id = useId();
  const [form, setForm] = useState<AssignmentBody>(EMPTY);
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [proposal, setProposal] = useState('');
  // Someone the rotation proposes who is no longer among the forum's members still gets an option.
  const [extra, setExtra] = useState<{ personId: string; name: string; title: string } | null>(null);
  const { summary, focusSummary } = useSummaryFocus();

  const choices = presenterChoices(data.forum);
  if (extra && !choices.some((c) => c.personId === extra.personId)) choices.push(extra);
  const open = meetings.flatMap((m) =>
    m.entry && !m.entry.cancelled && meetingKey(m.entry)
      ? [{ key: meetingKey(m.entry) ?? '', start: m.start }]
      : [],
  );
  const fieldId = (f: AssignmentField) => `${id}-${f}`;
  const labels: Record<AssignmentField, string> = {
    meeting: t('themePlan.meetingLabel'),
    theme: t('themePlan.themeLabel'),
    presenterPersonId: t('themePlan.presenterLabel'),
    note: t('themePlan.noteLabel'),
  };
  const set = (f: AssignmentField, value: string) => setForm((old) => ({ ...old, [f]: value }));
  const show = (found: Problems) => {
    setProblems(found);
    focusSummary();
  };
  const input = (f: AssignmentField) => ({
    id: fieldId(f),
    'aria-invalid': problems[f] ? true : undefined,
    'aria-describedby': problems[f] ? `${fieldId(f)}-error` : undefined,
  });
  const group = (f: AssignmentField) => `form-group${problems[f] ? ' form-error' : ''}`;
  const errors = (f: AssignmentField) => (problems[f] ? [problems[f] ?? ''] : []);

  const propose = async () => {
    setFailure(null);
    try {
      const next = await proposePresenter(org, data.forum.shortName);
      if (!next) {
        setProposal(t('themePlan.noProposal'));
        return;
      }
      if (!choices.some((c) => c.personId === next.personId)) setExtra({ ...next, title: '' });
      set('presenterPersonId', next.personId);
      setProblems((p) => ({ ...p, presenterPersonId: undefined }));
      setProposal(fill(t('themePlan.proposal'), { name: next.name }));
    } catch (err) {
      setFailure(failureText(err));
    }
  };

  const submit = async () => {
    setFailure(null);
    const own = assignmentProblems(form);
    if (Object.keys(own).length > 0) {
      show(
        Object.fromEntries(
          Object.entries(own).map(([f, key]) => [f, t(`themePlan.error.${key}` as MessageKey)]),
        ) as Problems,
      );
      return;
    }
    setBusy(true);
    try {
      const made = await assignTheme(org, data.forum.shortName, {
        ...form,
        theme: form.theme.trim(),
        note: form.note.trim(),
      });
      const name = choices.find((c) => c.personId === made.presenterPersonId)?.name ?? '';
      setForm(EMPTY);
      setProblems({});
      setProposal('');
      onAssigned(
        fill(t('themePlan.assigned'), { theme: made.theme, date: shortDate(made.meetingStart), name }),
      );
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.body.details.length > 0) {
        const found: Problems = {};
        for (const d of err.body.details) {
          const f = assignmentFieldOf(d.path) ?? 'meeting';
          found[f] = t(`themePlan.api.${f}` as MessageKey);
        }
        show(found);
      } else
        setFailure(
          failureText(err, { 403: t('themePlan.error.forbidden'), 409: t('themePlan.error.meetingClosed') }),
        );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="tp-form">
      <h2 id={`${id}-title`}>{t('themePlan.assignTitle')}</h2>
      <p>{t('themePlan.assignIntro')}</p>
      <ErrorSummary
        heading={t('themePlan.errorSummary')}
        entries={ASSIGNMENT_FIELDS.filter((f) => problems[f]).map((f) => ({
          key: f,
          text: `${labels[f]}: ${problems[f]}`,
          target: fieldId(f),
        }))}
        summaryRef={summary}
      />
      {failure && <FailureAlert text={failure} />}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className={group('meeting')}>
          <label className="form-label" htmlFor={fieldId('meeting')}>
            {labels.meeting}
          </label>
          <FieldErrorMessage
            id={fieldId('meeting')}
            errors={errors('meeting')}
            prefix={t('themePlan.errorPrefix')}
          />
          <select
            className="form-select"
            {...input('meeting')}
            value={form.meeting}
            onChange={(e) => set('meeting', e.target.value)}
          >
            <option value="">{t('themePlan.chooseMeeting')}</option>
            {open.map((m) => (
              <option key={m.key} value={m.key}>
                {date(m.start)} {time(m.start)}
              </option>
            ))}
          </select>
        </div>
        <div className={group('theme')}>
          <label className="form-label" htmlFor={fieldId('theme')}>
            {labels.theme}
          </label>
          <FieldErrorMessage
            id={fieldId('theme')}
            errors={errors('theme')}
            prefix={t('themePlan.errorPrefix')}
          />
          <input
            type="text"
            className="form-input"
            {...input('theme')}
            value={form.theme}
            onChange={(e) => set('theme', e.target.value)}
          />
        </div>
        <div className={group('presenterPersonId')}>
          <label className="form-label" htmlFor={fieldId('presenterPersonId')}>
            {labels.presenterPersonId}
          </label>
          <span className="form-hint" id={`${fieldId('presenterPersonId')}-hint`}>
            {t('themePlan.presenterHint')}
          </span>
          <FieldErrorMessage
            id={fieldId('presenterPersonId')}
            errors={errors('presenterPersonId')}
            prefix={t('themePlan.errorPrefix')}
          />
          <div className="tp-presenter">
            <select
              className="form-select"
              {...input('presenterPersonId')}
              aria-describedby={[
                `${fieldId('presenterPersonId')}-hint`,
                problems.presenterPersonId ? `${fieldId('presenterPersonId')}-error` : '',
              ]
                .filter(Boolean)
                .join(' ')}
              value={form.presenterPersonId}
              onChange={(e) => set('presenterPersonId', e.target.value)}
            >
              <option value="">{t('themePlan.choosePresenter')}</option>
              {choices.map((c) => (
                <option key={c.personId} value={c.personId}>
                  {c.title ? `${c.name}, ${c.title}` : c.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button-secondary tp-propose"
              onClick={() => void propose()}
            >
              {t('themePlan.propose')}
            </button>
          </div>
          <p className="tp-proposal" role="status">
            {proposal}
          </p>
        </div>
        <div className={group('note')}>
          <label className="form-label" htmlFor={fieldId('note')}>
            {labels.note}
          </label>
          <FieldErrorMessage
            id={fieldId('note')}
            errors={errors('note')}
            prefix={t('themePlan.errorPrefix')}
          />
          <textarea
            className="form-input"
            rows={3}
            {...input('note')}
            value={form.note}
            onChange={(e) => set('note', e.target.value)}
          />
        </div>
        <button type="submit" className="button button-primary tp-submit" disabled={busy}>
          {busy ? t('themePlan.saving') : t('themePlan.assign')}
        </button>
      </form>
    </section>
  );
}
