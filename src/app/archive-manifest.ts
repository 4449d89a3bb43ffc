/**
 * The archive manifest (fora-archive.json, docs/archive-format.md): its format name and version,
 * and its zod schema, derived column by column from the archived tables so a row in the archive
 * is exactly a row of the table (property names as in src/store/schema, times as ISO 8601).
 */
import type { PgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import {
  ARCHIVE_TABLE_NAMES,
  type ArchiveRows,
  type ArchiveTable,
  archiveColumns,
} from '../store/archive.ts';

export const ARCHIVE_FORMAT = 'fora-archive';
export const ARCHIVE_VERSION = 1;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function columnSchema(column: PgColumn): z.ZodType {
  const enumValues = column.enumValues as [string, ...string[]] | undefined;
  let schema: z.ZodType;
  switch (column.columnType) {
    case 'PgUUID':
      schema = z.string().regex(UUID, 'expected a uuid');
      break;
    case 'PgText':
      schema = enumValues?.length ? z.enum(enumValues) : z.string();
      break;
    case 'PgInteger':
    case 'PgBigSerial53':
      schema = z.number().int();
      break;
    case 'PgBoolean':
      schema = z.boolean();
      break;
    case 'PgJsonb':
      schema = z.json();
      break;
    case 'PgTimestamp':
      schema = z.iso.datetime({ offset: true }).transform((v) => new Date(v));
      break;
    case 'PgDateString':
      schema = z.iso.date();
      break;
    default:
      throw new Error(`archive: no schema for column type ${column.columnType} (${column.name})`);
  }
  return column.notNull ? schema : schema.nullable();
}

const rowSchema = (table: ArchiveTable) =>
  z.strictObject(
    Object.fromEntries(Object.entries(archiveColumns(table)).map(([key, c]) => [key, columnSchema(c)])),
  );

const tablesShape = Object.fromEntries(
  ARCHIVE_TABLE_NAMES.filter((t) => t !== 'organisations').map((t) => [t, z.array(rowSchema(t))]),
) as unknown as {
  [K in Exclude<ArchiveTable, 'organisations'>]: z.ZodArray<z.ZodType<Record<string, unknown>>>;
};

export const archiveManifestSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT, { error: `expected "${ARCHIVE_FORMAT}"` }),
  version: z.literal(ARCHIVE_VERSION, { error: `expected format version ${ARCHIVE_VERSION}` }),
  exportedAt: z.iso.datetime({ offset: true }),
  scope: z.strictObject({ organisation: z.string().nullable(), forum: z.string().nullable() }),
  organisations: z.array(
    z.strictObject({
      organisation: rowSchema('organisations') as z.ZodType<Record<string, unknown>>,
      ...tablesShape,
    }),
  ),
  /** Every stored file once, by the SHA-256 of its bytes: `files/<sha256>` in the archive. */
  files: z.array(z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/), sizeBytes: z.number().int() })),
});
export type ArchiveManifest = z.output<typeof archiveManifestSchema>;
export type ArchivedOrganisation = ArchiveManifest['organisations'][number];

/** The rows of one archived organisation, table by table (the organisation itself first). */
export const rowsOf = (o: ArchivedOrganisation): ArchiveRows =>
  ({ ...o, organisations: [o.organisation] }) as unknown as ArchiveRows;

/** One archived organisation from the rows read of it. */
export function archivedOrganisation(rows: ArchiveRows): Record<string, unknown> {
  const { organisations, ...rest } = rows;
  return { organisation: organisations[0], ...rest };
}

/** Row counts per table, for the audit trail and the command's summary. */
export const countsOf = (rows: ArchiveRows): Record<string, number> =>
  Object.fromEntries(
    ARCHIVE_TABLE_NAMES.filter((t) => t !== 'organisations').map((t) => [t, rows[t].length]),
  );
