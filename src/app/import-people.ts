/**
 * Participants and absences of an imported meeting: people matched by name in the organisation,
 * people not found created with a non-deliverable address, absences recorded as attendance.
 */
import { importedPersonEmail, nameKey } from '../domain/import-rules.ts';
import type { StoredMeeting } from '../domain/meeting.ts';
import type { Organisation, Person } from '../domain/organisation.ts';
import type { ParsedMeeting } from '../importer/parsed-meeting.ts';
import { deleteAttendance, listAttendance, upsertAttendance } from '../store/attendance.ts';
import type { DbOrTx } from '../store/db.ts';
import { emailTaken, findPeopleByName, insertPerson } from '../store/people.ts';
import { audit, type Caller } from './context.ts';

export interface PeopleOutcome {
  /** People created because no one of the organisation had the printed name. */
  created: string[];
  warnings: string[];
  byName: Map<string, Person>;
}

/**
 * The person for each printed name: the organisation's person with that name, else a new person
 * (title as printed, e-mail `<name>@import.invalid`, role staff, no unit), audited as
 * `import.person`. Two people with the same name: the first (by name, id) and a warning.
 */
export async function resolvePeople(
  tx: DbOrTx,
  caller: Caller,
  org: Organisation,
  printed: readonly { name: string; title?: string }[],
  fileName: string,
): Promise<PeopleOutcome> {
  const out: PeopleOutcome = { created: [], warnings: [], byName: new Map() };
  for (const p of printed) {
    const key = nameKey(p.name);
    if (!key || out.byName.has(key)) continue;
    const found = await findPeopleByName(tx, org.id, p.name);
    if (found.length > 1)
      out.warnings.push(`${found.length} personer hedder "${p.name}"; den første er brugt`);
    let person = found[0];
    if (!person) {
      const taken = new Set<string>();
      let email = importedPersonEmail(p.name, (e) => taken.has(e));
      while (await emailTaken(tx, org.id, email)) {
        taken.add(email);
        email = importedPersonEmail(p.name, (e) => taken.has(e));
      }
      person = await insertPerson(tx, {
        orgId: org.id,
        name: p.name.trim(),
        title: p.title?.trim() ?? '',
        unitId: null,
        email,
        role: 'staff',
      });
      await audit(tx, caller, {
        orgId: org.id,
        action: 'import.person',
        objectType: 'person',
        objectId: person.id,
        detail: { name: person.name, title: person.title, email, file: fileName },
      });
      out.created.push(person.name);
    }
    out.byName.set(key, person);
  }
  return out;
}

/**
 * The document's absences replace the meeting's recorded absences (the document is the record of
 * the meeting); each change is audited as `import.attendance`.
 */
export async function saveAbsences(
  tx: DbOrTx,
  caller: Caller,
  org: Organisation,
  meeting: StoredMeeting,
  parsed: ParsedMeeting,
  people: PeopleOutcome,
): Promise<number> {
  let changes = 0;
  const wanted = new Map<string, string>();
  for (const a of parsed.absent) {
    const person = people.byName.get(nameKey(a.name));
    if (person) wanted.set(person.id, a.reason?.trim() ?? '');
  }
  const current = (await listAttendance(tx, meeting.id)).filter((a) => a.kind === 'absent');
  for (const row of current)
    if (!wanted.has(row.personId)) {
      await deleteAttendance(tx, meeting.id, row.personId, 'absent');
      await audit(tx, caller, {
        orgId: org.id,
        action: 'import.attendance',
        objectType: 'attendance',
        objectId: row.id,
        detail: { meetingId: meeting.id, personId: row.personId, removed: true },
      });
      changes++;
    }
  for (const [personId, reason] of wanted) {
    const before = current.find((a) => a.personId === personId);
    if (before && before.reason === reason) continue;
    const row = await upsertAttendance(tx, org.id, {
      meetingId: meeting.id,
      personId,
      kind: 'absent',
      reason,
      substitutePersonId: null,
      itemIds: [],
    });
    await audit(tx, caller, {
      orgId: org.id,
      action: 'import.attendance',
      objectType: 'attendance',
      objectId: row.id,
      detail: { meetingId: meeting.id, personId, kind: 'absent', reason },
    });
    changes++;
  }
  return changes;
}
