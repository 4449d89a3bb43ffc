/**
 * Sign-in with e-mail and password (POST /api/session); asks for the organisation only when needed.
 * When the server names an OpenID Connect provider (GET /api/session/providers), a link styled as a
 * secondary button below the form leads to it, returning to the page the user wanted.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import { ApiError, api } from '../api.ts';
import { PageTitle } from '../components.tsx';
import { useLocale } from '../locale.tsx';
import { oidcStartHref } from '../sign-in-methods.ts';
import type { Session, SignInMethods } from '../types.ts';

export function SignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { t } = useLocale();
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [org, setOrg] = useState('');
  const [needsOrg, setNeedsOrg] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [oidc, setOidc] = useState<SignInMethods['oidc']>(null);

  useEffect(() => {
    let live = true;
    // Without an answer the page offers the password form only.
    api.get<SignInMethods>('/api/session/providers').then(
      (methods) => live && setOidc(methods.oidc),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await api.post<Session>('/api/session', {
        email: email.trim(),
        password,
        ...(needsOrg && org.trim() && { org: org.trim() }),
      });
      onSignedIn(session);
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.body.details.some((d) => d.path === 'org')) {
        setNeedsOrg(true);
        setError(t('organisationHint'));
      } else if (err instanceof ApiError && err.body.details.some((d) => d.path === 'account'))
        setError(t('accountLocked'));
      else if (err instanceof ApiError && err.status === 401) setError(t('signInFailed'));
      else setError(err instanceof Error && err.message ? err.message : t('error'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sign-in">
      <PageTitle title={t('signInTitle')}>{t('signInTitle')}</PageTitle>
      <p className="font-lead">{t('signInIntro')}</p>
      {error && (
        <div className="alert alert-error" role="alert" id={`${id}-error`}>
          <div className="alert-body">
            <p className="alert-text">{error}</p>
          </div>
        </div>
      )}
      <form onSubmit={submit} noValidate={false} aria-describedby={error ? `${id}-error` : undefined}>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-email`}>
            {t('email')}
          </label>
          <input
            className="form-input input-width-l"
            id={`${id}-email`}
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-password`}>
            {t('password')}
          </label>
          <input
            className="form-input input-width-l"
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        {needsOrg && (
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-org`}>
              {t('organisation')}
            </label>
            <input
              className="form-input input-width-l"
              id={`${id}-org`}
              name="org"
              type="text"
              autoComplete="organization"
              required
              value={org}
              onChange={(e) => setOrg(e.target.value)}
            />
          </div>
        )}
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('signingIn') : t('signInButton')}
        </button>
      </form>
      {oidc && (
        <>
          <p className="sign-in-or">{t('signInOr')}</p>
          <a className="button button-secondary" href={oidcStartHref(oidc.startUrl, window.location)}>
            {oidc.label}
          </a>
        </>
      )}
    </div>
  );
}
