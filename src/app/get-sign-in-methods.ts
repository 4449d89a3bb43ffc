/**
 * How one can sign in to this installation, for the sign-in page: always e-mail and password, and
 * OpenID Connect (with its button text and where the button leads) when a provider is configured.
 * Public: it tells nothing but the configuration.
 */
import { OIDC_PATH } from '../domain/oidc.ts';
import type { AppContext } from './context.ts';

export interface SignInMethods {
  password: true;
  oidc: { label: string; startUrl: string } | null;
}

export function getSignInMethods(ctx: AppContext): SignInMethods {
  const oidc = ctx.settings.oidc;
  return { password: true, oidc: oidc ? { label: oidc.label, startUrl: `${OIDC_PATH}/start` } : null };
}
