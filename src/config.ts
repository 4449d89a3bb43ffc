/** Configuration from the environment; documented in the README's configuration table. */
import path from 'node:path';
import { type AppContext, type AppSettings, DEFAULT_SETTINGS } from './app/context.ts';
import { DEFAULT_AUDIT_RETENTION_MONTHS } from './domain/audit.ts';
import { OIDC_DEFAULT_LABEL, type OidcSettings } from './domain/oidc.ts';
import { slugSchema } from './domain/organisation.ts';
import { type Database, type DatabaseConfig, databaseConfigFromEnv } from './store/db.ts';
import { LocalFileStorage } from './store/file-storage.ts';

export interface Config {
  database: DatabaseConfig;
  /** Attachments are stored here (DATA_DIR/files unless FILES_DIR is set). */
  filesDir: string;
  port: number;
  host: string;
  production: boolean;
  logLevel: string;
  settings: AppSettings;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT: not a port number: ${env.PORT}`);
  const maxMb = Number(env.MAX_UPLOAD_MB ?? DEFAULT_SETTINGS.maxUploadBytes / 1024 / 1024);
  if (!(maxMb > 0)) throw new Error(`MAX_UPLOAD_MB: not a positive number: ${env.MAX_UPLOAD_MB}`);
  const dataDir = path.resolve(env.DATA_DIR ?? 'data');
  return {
    database: databaseConfigFromEnv(env),
    filesDir: path.resolve(env.FILES_DIR ?? path.join(dataDir, 'files')),
    port,
    host: env.HOST ?? '127.0.0.1',
    production: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL ?? 'info',
    settings: {
      caseLinkTemplate: env.CASE_LINK_TEMPLATE || null,
      publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
      maxUploadBytes: Math.round(maxMb * 1024 * 1024),
      oidc: oidcFromEnv(env),
      oparl: oparlFromEnv(env.FORA_OPARL),
      auditRetentionMonths: retentionFromEnv(env.AUDIT_RETENTION_MONTHS),
    },
  };
}

/** AUDIT_RETENTION_MONTHS: whole months, at least 1 (ADR 0017). */
function retentionFromEnv(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_AUDIT_RETENTION_MONTHS;
  const months = Number(value);
  if (!Number.isInteger(months) || months < 1)
    throw new Error(`AUDIT_RETENTION_MONTHS: not a whole number of months (1 or more): ${value}`);
  return months;
}

/** FORA_OPARL: 'on' (the default) or 'off' (the OParl API answers 404). */
function oparlFromEnv(value: string | undefined): boolean {
  const v = (value ?? 'on').trim().toLowerCase();
  if (v === 'on' || v === '') return true;
  if (v === 'off') return false;
  throw new Error(`FORA_OPARL: must be on or off: ${value}`);
}

/** OpenID Connect sign-in: off without OIDC_ISSUER; with it, the client and organisation are required. */
function oidcFromEnv(env: NodeJS.ProcessEnv): OidcSettings | null {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) return null;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new Error(`OIDC_ISSUER: not a URL: ${issuer}`);
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))
    throw new Error(`OIDC_ISSUER: must be https (http only for a provider on localhost): ${issuer}`);
  const required = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) throw new Error(`${name}: required when OIDC_ISSUER is set`);
    return value;
  };
  const org = required('OIDC_ORG');
  if (!slugSchema.safeParse(org).success) throw new Error(`OIDC_ORG: not an organisation slug: ${org}`);
  return {
    issuer,
    clientId: required('OIDC_CLIENT_ID'),
    clientSecret: required('OIDC_CLIENT_SECRET'),
    label: env.OIDC_LABEL?.trim() || OIDC_DEFAULT_LABEL,
    emailClaim: env.OIDC_EMAIL_CLAIM?.trim() || 'email',
    org,
  };
}

/** The application context for an open database. */
export const contextFor = (database: Database, config: Config): AppContext => ({
  db: database.db,
  now: () => new Date(),
  files: new LocalFileStorage(config.filesDir),
  settings: config.settings,
});
