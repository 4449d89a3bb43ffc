/**
 * The OpenID Connect client (openid-client) for the configured provider: its discovery document is
 * fetched once per configuration and kept; a failed discovery is tried again on the next sign-in.
 */
import * as client from 'openid-client';
import { notFound } from '../domain/errors.ts';
import type { OidcSettings } from '../domain/oidc.ts';
import type { AppContext } from './context.ts';

const discovered = new Map<string, Promise<client.Configuration>>();

/** The provider's settings, or not found when OpenID Connect sign-in is off. */
export function oidcSettingsOf(ctx: AppContext): OidcSettings {
  const settings = ctx.settings.oidc;
  if (!settings) throw notFound('OpenID Connect sign-in');
  return settings;
}

/** The client configuration for the provider (discovered from its issuer). */
export function oidcConfiguration(settings: OidcSettings): Promise<client.Configuration> {
  const key = JSON.stringify([settings.issuer, settings.clientId, settings.clientSecret]);
  let config = discovered.get(key);
  if (!config) {
    // Plain http only for a provider on this machine (development and tests); config.ts refuses
    // http anywhere else.
    const insecure = new URL(settings.issuer).protocol === 'http:';
    config = client.discovery(
      new URL(settings.issuer),
      settings.clientId,
      settings.clientSecret,
      undefined,
      insecure ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    config.catch(() => discovered.delete(key));
    discovered.set(key, config);
  }
  return config;
}
