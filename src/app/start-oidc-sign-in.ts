/**
 * The first half of OpenID Connect sign-in: the address at the provider to send the browser to
 * (authorization code flow with PKCE S256, a state and a nonce), and what the browser must keep
 * until the provider sends it back (the HTTP layer puts it in a short-lived cookie).
 */
import * as client from 'openid-client';
import { type OidcState, oidcRedirectUri, safeReturnTo } from '../domain/oidc.ts';
import type { AppContext } from './context.ts';
import { oidcConfiguration, oidcSettingsOf } from './oidc-client.ts';

export const OIDC_SCOPE = 'openid email profile';

export async function startOidcSignIn(
  ctx: AppContext,
  input: { returnTo?: unknown },
): Promise<{ url: string; saved: OidcState }> {
  const settings = oidcSettingsOf(ctx);
  const config = await oidcConfiguration(settings);
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: oidcRedirectUri(ctx.settings.publicUrl),
    scope: OIDC_SCOPE,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, saved: { state, nonce, verifier, returnTo: safeReturnTo(input.returnTo) } };
}
