/** Configuration from the environment; documented in the README's configuration table. */
import { type DatabaseConfig, databaseConfigFromEnv } from './store/db.ts';

export interface Config {
  database: DatabaseConfig;
  port: number;
  host: string;
  production: boolean;
  logLevel: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT: not a port number: ${env.PORT}`);
  return {
    database: databaseConfigFromEnv(env),
    port,
    host: env.HOST ?? '127.0.0.1',
    production: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
