/**
 * Every audit event that concerns one person, for a data subject's access request (GDPR art. 15):
 * they acted, they are the object, their id is named in the detail, or a failed sign-in named
 * their e-mail address. The organisation's admins
 * may export it; the export is audited.
 */

import { z } from 'zod';
import { csvDocument } from '../domain/csv.ts';
import { notFound } from '../domain/errors.ts';
import { listPersonAuditEvents } from '../store/audit.ts';
import { findPeopleByEmail, findPerson } from '../store/people.ts';
import {
  type AppContext,
  audit,
  authorize,
  type Caller,
  orgResource,
  resolveOrganisation,
} from './context.ts';

export interface PersonAuditEntry {
  id: number;
  /** When, ISO 8601 in UTC. */
  at: string;
  who: { personId: string | null; label: string };
  address: string | null;
  action: string;
  object: { type: string; id: string };
  detail: Record<string, unknown>;
  /** When the access event was redacted after the retention period (actor, address, detail blanked). */
  redactedAt: string | null;
}

export interface PersonAuditExport {
  person: { id: string; name: string; email: string };
  events: PersonAuditEntry[];
}

/** `person` is the person's id, or their e-mail address (the CLI). */
export async function exportPersonAudit(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  person: string,
): Promise<PersonAuditExport> {
  const org = await resolveOrganisation(ctx.db, caller, orgSlug);
  authorize(caller, 'audit.read', orgResource(org), 'Organisation');
  const found = z.guid().safeParse(person).success
    ? await findPerson(ctx.db, org.id, person)
    : (await findPeopleByEmail(ctx.db, person)).find((p) => p.orgId === org.id);
  if (!found) throw notFound('Person');
  const rows = await listPersonAuditEvents(ctx.db, org.id, found);
  await audit(ctx.db, caller, {
    orgId: org.id,
    action: 'audit.export',
    objectType: 'person',
    objectId: found.id,
    detail: { events: rows.length },
  });
  return {
    person: { id: found.id, name: found.name, email: found.email },
    events: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      who: { personId: r.actorPersonId, label: r.actorLabel },
      address: r.address,
      action: r.action,
      object: { type: r.objectType, id: r.objectId },
      detail: r.detail,
      redactedAt: r.redactedAt?.toISOString() ?? null,
    })),
  };
}

const CSV_COLUMNS = [
  'id',
  'at',
  'actor_person_id',
  'actor',
  'address',
  'action',
  'object_type',
  'object_id',
  'detail',
  'redacted_at',
];

/** The events as CSV (src/domain/csv.ts: formulas neutralised for spreadsheets). */
export function personAuditCsv(events: readonly PersonAuditEntry[]): string {
  const lines = events.map((e) => [
    e.id,
    e.at,
    e.who.personId,
    e.who.label,
    e.address,
    e.action,
    e.object.type,
    e.object.id,
    JSON.stringify(e.detail),
    e.redactedAt,
  ]);
  return csvDocument([CSV_COLUMNS, ...lines]);
}
