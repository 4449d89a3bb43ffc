/**
 * The second half of OpenID Connect sign-in, at the provider's callback: the state must be the one
 * this browser was given, then openid-client redeems the code (with the PKCE verifier) and checks
 * the ID token (issuer, audience, signature, expiry, nonce). The configured claim (from the ID
 * token, else from the userinfo endpoint) names the e-mail address; the person with that address in
 * the configured organisation gets a new session, made exactly as a password sign-in makes it.
 * A provider-confirmed identity that Fora does not know is refused and audited.
 */
import * as client from 'openid-client';
import { ForaError } from '../domain/errors.ts';
import { type OidcSettings, type OidcState, oidcRedirectUri, safeReturnTo } from '../domain/oidc.ts';
import { findOrganisationBySlug } from '../store/organisations.ts';
import { findPeopleByEmail } from '../store/people.ts';
import { type AppContext, audit, type Caller, today } from './context.ts';
import { oidcConfiguration, oidcSettingsOf } from './oidc-client.ts';
import { openSession, type SessionClient, type SignedIn } from './open-session.ts';
import { actorForPerson } from './resolve-actor.ts';

export interface OidcCallback {
  /** The callback's query string, as the provider sent it (`code`, `state`, `iss` or `error`). */
  query: string;
  /** What the browser kept since the start (its state cookie), if it sent it back. */
  saved: OidcState | undefined;
}

const RETRY = 'Log ind kunne ikke gennemføres. Prøv igen fra login-siden.';

export async function finishOidcSignIn(
  ctx: AppContext,
  caller: Caller,
  session: SessionClient,
  input: OidcCallback,
): Promise<SignedIn & { returnTo: string }> {
  const settings = oidcSettingsOf(ctx);
  const { saved } = input;
  const params = new URLSearchParams(input.query);
  if (!saved)
    throw new ForaError('validation_failed', RETRY, [
      { path: 'state', problem: 'no sign-in in progress in this browser (state cookie missing or expired)' },
    ]);
  if (params.get('state') !== saved.state)
    throw new ForaError('validation_failed', RETRY, [
      { path: 'state', problem: 'does not match the sign-in this browser started' },
    ]);

  const config = await oidcConfiguration(settings);
  const currentUrl = new URL(oidcRedirectUri(ctx.settings.publicUrl));
  currentUrl.search = params.toString();
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: saved.verifier,
      expectedState: saved.state,
      expectedNonce: saved.nonce,
    });
  } catch (err) {
    throw providerRefused(err);
  }
  const idToken = tokens.claims();
  if (!idToken) throw new ForaError('unauthenticated', RETRY, [{ path: 'id_token', problem: 'missing' }]);
  let claims: Record<string, unknown> = idToken;
  if (claims[settings.emailClaim] === undefined && tokens.access_token) {
    try {
      claims = { ...(await client.fetchUserInfo(config, tokens.access_token, idToken.sub)), ...idToken };
    } catch (err) {
      throw providerRefused(err);
    }
  }
  const email = emailOf(claims, settings);

  const org = await findOrganisationBySlug(ctx.db, settings.org);
  if (!org) throw new Error(`OIDC_ORG: no organisation with the slug ${settings.org}`);
  const failed = async (reason: string, problem: string, message: string) => {
    await audit(ctx.db, caller, {
      orgId: org.id,
      action: 'session.sign_in_failed',
      objectType: 'person',
      objectId: '',
      detail: { email, reason, method: 'oidc', issuer: settings.issuer, subject: idToken.sub },
    });
    return new ForaError('unauthenticated', message, [{ path: settings.emailClaim, problem }]);
  };
  if (!email)
    throw await failed(
      'no e-mail claim',
      'missing, not an e-mail address, or not verified',
      'Udbyderen oplyste ikke en e-mailadresse, så Fora kan ikke finde din konto.',
    );
  const person = (await findPeopleByEmail(ctx.db, email)).find((p) => p.orgId === org.id);
  if (!person)
    throw await failed(
      'unknown e-mail',
      'no person with this e-mail in the organisation',
      `Kontoen ${email} er ikke kendt i Fora hos ${org.name}. Kontakt sekretariatet, hvis du skal have adgang.`,
    );

  const now = ctx.now();
  const actor = await actorForPerson(ctx.db, person, today(ctx));
  const signedIn = await ctx.db.transaction((tx) =>
    openSession(tx, caller, { person, org, actor, now }, session, {
      method: 'oidc',
      issuer: settings.issuer,
    }),
  );
  return { ...signedIn, returnTo: safeReturnTo(saved.returnTo) };
}

/** The e-mail address of the configured claim, lower case; none when it is no address or the
 *  provider says it is not verified. */
function emailOf(claims: Record<string, unknown>, settings: OidcSettings): string | undefined {
  const value = claims[settings.emailClaim];
  if (typeof value !== 'string') return undefined;
  const email = value.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+$/.test(email) || email.length > 320) return undefined;
  if (settings.emailClaim === 'email' && claims.email_verified === false) return undefined;
  return email;
}

/** The provider refused, or its answer did not pass the checks: no sign-in. Anything else (the
 *  provider cannot be reached) stays an internal error and is logged. */
function providerRefused(err: unknown): unknown {
  if (err instanceof client.AuthorizationResponseError)
    return new ForaError('unauthenticated', 'Log ind blev afbrudt eller afvist hos udbyderen.', [
      { path: 'error', problem: err.error },
    ]);
  if (err instanceof client.ResponseBodyError || err instanceof client.ClientError)
    return new ForaError('unauthenticated', RETRY, [{ path: 'provider', problem: err.message }]);
  return err;
}
