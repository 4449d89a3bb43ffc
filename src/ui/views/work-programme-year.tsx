/** The work programme page's year switcher, and the managers' form that starts a year's programme. */
import { useRef, useState } from 'react';
import { ApiError } from '../api.ts';
import { FailureAlert } from '../form-errors.tsx';
import { useLocale } from '../locale.tsx';
import { createProgramme } from '../programme-data.ts';
import { Link, paths, useRouter } from '../router.tsx';
import { Field } from './working-group-fields.tsx';

export function YearSwitch({ forum, year }: { forum: string; year: number }) {
  const { t } = useLocale();
  const { navigate } = useRouter();
  const [value, setValue] = useState(String(year));
  const valid = /^\d{4}$/.test(value) && Number(value) >= 2000 && Number(value) <= 2100;
  return (
    <nav aria-label={t('programme.yearNav')}>
      <form
        className="wp-years"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) navigate(paths.workProgramme(forum, Number(value)));
        }}
      >
        <Link className="button button-secondary" href={paths.workProgramme(forum, year - 1)}>
          {t('programme.previousYear')} ({year - 1})
        </Link>
        <Field id="wp-year" label={t('programme.year')} error={undefined} errorPrefix={t('error')}>
          {(aria) => (
            <input
              type="number"
              className="form-input input-width-xs"
              min={2000}
              max={2100}
              value={value}
              onChange={(e) => setValue(e.target.value)}
              {...aria}
            />
          )}
        </Field>
        <button type="submit" className="button button-secondary">
          {t('programme.showYear')}
        </button>
        <Link className="button button-secondary" href={paths.workProgramme(forum, year + 1)}>
          {t('programme.nextYear')} ({year + 1})
        </Link>
      </form>
    </nav>
  );
}

export function CreateProgramme({
  org,
  forum,
  year,
  onCreated,
}: {
  org: string;
  forum: string;
  year: number;
  onCreated: () => void;
}) {
  const { t } = useLocale();
  const [title, setTitle] = useState(`${t('programme.title')} ${year}`);
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  return (
    <section aria-labelledby="wp-create" className="wp-form">
      <h2 id="wp-create">{t('programme.createTitle')}</h2>
      {failure && <FailureAlert text={failure} />}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (title.trim() === '') {
            setError(t('programme.problem.required'));
            input.current?.focus();
            return;
          }
          setError(undefined);
          setBusy(true);
          createProgramme(org, forum, year, title.trim()).then(onCreated, (err: unknown) => {
            setBusy(false);
            setFailure(
              err instanceof ApiError && err.status === 403
                ? t('programme.forbidden')
                : String((err as Error).message),
            );
          });
        }}
      >
        <Field
          id="wp-programme-title"
          label={t('programme.programmeTitle')}
          error={error}
          errorPrefix={t('error')}
        >
          {(aria) => (
            <input
              ref={input}
              type="text"
              className="form-input input-width-xl"
              maxLength={200}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              {...aria}
            />
          )}
        </Field>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('programme.create')}
        </button>
      </form>
    </section>
  );
}
