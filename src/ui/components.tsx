/** Small shared pieces: the page heading (focused after navigation), loading and error states. */
import { useEffect, useRef } from 'react';
import { ApiError } from './api.ts';
import { useLocale } from './locale.tsx';
import { Link, paths } from './router.tsx';
import type { Loaded } from './use-api.ts';
import { isNotFound } from './use-api.ts';

/** The first page of a visit keeps the browser's focus, so the first Tab reaches the skip link. */
let firstPage = true;

/** The view's h1: sets the document title and, after a change of page, takes focus so a screen reader hears it. */
export function PageTitle({ children, title }: { children: React.ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useLocale();
  useEffect(() => {
    document.title = `${title} – ${t('appName')}`;
  }, [title, t]);
  // On mount only: switching the language keeps the focus where it is.
  useEffect(() => {
    if (firstPage) firstPage = false;
    else ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}

export function Loading() {
  const { t } = useLocale();
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}

export function NotFound() {
  const { t } = useLocale();
  return (
    <>
      <PageTitle title={t('notFound')}>{t('notFound')}</PageTitle>
      <p>{t('notFoundText')}</p>
      <p>
        <Link href={paths.home()}>{t('backHome')}</Link>
      </p>
    </>
  );
}

export function ErrorView({ error, retry }: { error: Error; retry: () => void }) {
  const { t } = useLocale();
  if (isNotFound(error)) return <NotFound />;
  return (
    <div className="alert alert-error" role="alert">
      <div className="alert-body">
        <p className="alert-heading">{t('error')}</p>
        <p className="alert-text">{error instanceof ApiError ? error.body.message : error.message}</p>
        <button type="button" className="button button-secondary" onClick={retry}>
          {t('errorRetry')}
        </button>
      </div>
    </div>
  );
}

/** Renders a loaded value, or its loading / error state. */
export function Show<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => React.ReactNode }) {
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <ErrorView error={loaded.error} retry={loaded.retry} />;
  return <>{children(loaded.data)}</>;
}
