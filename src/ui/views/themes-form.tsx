/** The members' form that proposes a theme: title and description; errors at the field and in a summary. */
import { useId, useState } from 'react';
import { ApiError, failureText } from '../api.ts';
import { ErrorSummary, FieldErrorMessage, useSummaryFocus } from '../field-errors.tsx';
import { FailureAlert } from '../form-errors.tsx';
import { useLocale } from '../locale.tsx';
import { fill } from '../theme-plan-data.ts';
import { proposeTheme } from '../themes-data.ts';

type Field = 'title' | 'description';
type Problems = Partial<Record<Field, string>>;

export function ThemesForm({
  org,
  forum,
  onProposed,
}: {
  org: string;
  forum: string;
  onProposed: (message: string) => void;
}) {
  const { t } = useLocale();
  const id = useId();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { summary, focusSummary } = useSummaryFocus();
  const fieldId = (f: Field) => `${id}-${f}`;
  const labels: Record<Field, string> = {
    title: t('themes.titleLabel'),
    description: t('themes.descriptionLabel'),
  };
  const show = (found: Problems) => {
    setProblems(found);
    focusSummary();
  };

  const submit = async () => {
    setFailure(null);
    const own: Problems = {};
    if (!title.trim()) own.title = t('themes.error.titleRequired');
    else if (title.trim().length > 300) own.title = t('themes.error.titleTooLong');
    if (description.trim().length > 5000) own.description = t('themes.error.descriptionTooLong');
    if (Object.keys(own).length > 0) {
      show(own);
      return;
    }
    setBusy(true);
    try {
      const theme = await proposeTheme(org, forum, { title: title.trim(), description: description.trim() });
      setTitle('');
      setDescription('');
      setProblems({});
      onProposed(fill(t('themes.proposed'), { title: theme.title }));
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.body.details.length > 0) {
        const found: Problems = {};
        for (const d of err.body.details)
          if (d.path === 'description') found.description = t('themes.error.descriptionTooLong');
          else found.title = t('themes.error.titleRequired');
        show(found);
      } else setFailure(failureText(err, { 403: t('themes.error.proposeForbidden') }));
    } finally {
      setBusy(false);
    }
  };

  const fields: Field[] = ['title', 'description'];
  return (
    <section aria-labelledby={`${id}-heading`} className="th-form">
      <h2 id={`${id}-heading`}>{t('themes.proposeTitle')}</h2>
      <p>{t('themes.proposeIntro')}</p>
      <ErrorSummary
        heading={t('themes.errorSummary')}
        entries={fields
          .filter((f) => problems[f])
          .map((f) => ({ key: f, text: `${labels[f]}: ${problems[f]}`, target: fieldId(f) }))}
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
        <div className={`form-group${problems.title ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor={fieldId('title')}>
            {labels.title}
          </label>
          <FieldErrorMessage
            id={fieldId('title')}
            errors={problems.title ? [problems.title] : []}
            prefix={t('themes.errorPrefix')}
          />
          <input
            type="text"
            id={fieldId('title')}
            className="form-input"
            value={title}
            aria-invalid={problems.title ? true : undefined}
            aria-describedby={problems.title ? `${fieldId('title')}-error` : undefined}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className={`form-group${problems.description ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor={fieldId('description')}>
            {labels.description}
          </label>
          <span className="form-hint" id={`${fieldId('description')}-hint`}>
            {t('themes.descriptionHint')}
          </span>
          <FieldErrorMessage
            id={fieldId('description')}
            errors={problems.description ? [problems.description] : []}
            prefix={t('themes.errorPrefix')}
          />
          <textarea
            id={fieldId('description')}
            className="form-input"
            rows={4}
            value={description}
            aria-invalid={problems.description ? true : undefined}
            aria-describedby={[
              `${fieldId('description')}-hint`,
              problems.description ? `${fieldId('description')}-error` : '',
            ]
              .filter(Boolean)
              .join(' ')}
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
        <button type="submit" className="button button-primary th-submit" disabled={busy}>
          {busy ? t('themes.sending') : t('themes.propose')}
        </button>
      </form>
    </section>
  );
}
