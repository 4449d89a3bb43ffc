/**
 * The database schema (drizzle), in two parts: schema/core.ts (organisation, forums, people,
 * charters, meetings, cases, items) and schema/records.ts (attachments, attendance, versions, mail,
 * jobs, minutes, follow-ups, sign-in). Migrations in ./drizzle are generated from this file with
 * `npm run db:generate` and applied at start-up on PGlite and PostgreSQL alike.
 * Every row that belongs to an organisation carries `org_id`, and every query filters on it.
 */
export * from './schema/core.ts';
export * from './schema/groups.ts';
export * from './schema/imports.ts';
export * from './schema/leadership.ts';
export * from './schema/planning.ts';
export * from './schema/reading.ts';
export * from './schema/records.ts';
