/** Configuration from the environment; documented in the README's configuration table. */
import path from 'node:path';
import { type AppContext, type AppSettings, DEFAULT_SETTINGS } from './app/context.ts';
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
    },
  };
}

/** The application context for an open database. */
export const contextFor = (database: Database, config: Config): AppContext => ({
  db: database.db,
  now: () => new Date(),
  files: new LocalFileStorage(config.filesDir),
  settings: config.settings,
});
