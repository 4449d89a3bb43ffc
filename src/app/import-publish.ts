/**
 * The meeting of an imported document (found on its forum and local date, or created) and the
 * published agenda or minutes version frozen from what was saved, so the meeting view, the
 * documents and `fora render` show imported meetings like any other.
 */
import { DateTime } from 'luxon';
import { agendaChanges, canonical } from '../domain/agenda.ts';
import { type Charter, charterContentSchema, charterInForce } from '../domain/charter.ts';
import { ForaError } from '../domain/errors.ts';
import { nameKey, participantRole } from '../domain/import-rules.ts';
import type { Item } from '../domain/item.ts';
import { atLocal, formatInstant, ZONE } from '../domain/local-date.ts';
import type { MeetingState, StoredMeeting } from '../domain/meeting.ts';
import type { Forum, Organisation } from '../domain/organisation.ts';
import type { ParsedMeeting } from '../importer/parsed-meeting.ts';
import { type AgendaVersion, insertAgendaVersion, latestAgendaVersion } from '../store/agenda.ts';
import type { DbOrTx } from '../store/db.ts';
import {
  findMeeting,
  findMeetingByOccurrence,
  insertMeeting,
  listStoredMeetings,
  updateMeeting,
} from '../store/meetings.ts';
import { buildSnapshot } from './agenda-snapshot.ts';
import { audit, type Caller } from './context.ts';
import type { PeopleOutcome } from './import-people.ts';
import { materialiseMeeting } from './meeting-occurrence.ts';
import { enqueueRender } from './render-documents.ts';

/** The charter the import works with: the one in force, else the forum's first, else an empty template. */
export function importCharter(forum: Forum, charters: readonly Charter[], date: string): Charter {
  const inForce = charterInForce(charters, date) ?? charters[0];
  if (inForce) return inForce;
  return {
    ...charterContentSchema.parse({
      cadence: { rrule: 'FREQ=YEARLY', startTime: '09:00', durationMinutes: 120 },
    }),
    id: '',
    forumId: forum.id,
    version: 0,
    effectiveFrom: date,
    createdAt: '',
  };
}

const HISTORY: readonly MeetingState[] = [
  'held',
  'minutes_in_review',
  'minutes_published',
  'minutes_approved',
];

function stateAfter(current: MeetingState | null, kind: ParsedMeeting['kind'], over: boolean): MeetingState {
  if (kind === 'minutes') return current === 'minutes_approved' ? current : 'minutes_published';
  if (current && HISTORY.includes(current)) return current;
  return over ? 'held' : 'agenda_published';
}

/** A stored meeting of the forum on the document's local date (at its start time if it gives one). */
async function storedOnDate(db: DbOrTx, forum: Forum, date: string, start: string) {
  const day = DateTime.fromISO(date, { zone: ZONE });
  const onDay = (
    await listStoredMeetings(db, forum.id, { from: day.toJSDate(), to: day.plus({ days: 1 }).toJSDate() })
  ).filter((m) => DateTime.fromISO(m.start, { zone: ZONE }).toISODate() === date);
  const at = (m: StoredMeeting) => DateTime.fromISO(m.start, { zone: ZONE }).toFormat('HH:mm');
  return onDay.find((m) => start !== '' && at(m) === start && m.state !== 'cancelled') ?? onDay[0];
}

export interface MeetingOutcome {
  meeting: StoredMeeting;
  created: boolean;
  updated: boolean;
}

/**
 * Finds the meeting (the one an earlier import of this document saved, else a stored meeting or a
 * series occurrence of the forum on that date, else a new meeting added by hand) and brings its
 * time, place and state in line with the document. Audited as `import.meeting`.
 */
export async function saveMeeting(
  tx: DbOrTx,
  caller: Caller,
  org: Organisation,
  forum: Forum,
  charter: Charter,
  parsed: ParsedMeeting,
  knownMeetingId: string | null,
  now: Date,
  warnings: string[],
): Promise<MeetingOutcome> {
  let meeting =
    (knownMeetingId ? await findMeeting(tx, forum.id, knownMeetingId) : undefined) ??
    (await storedOnDate(tx, forum, parsed.date, parsed.start));
  let created = false;
  meeting ??= await findMeetingByOccurrence(tx, forum.id, parsed.date);
  if (!meeting) {
    // A date of the forum's series: the occurrence is stored now, as when any exception is recorded on it.
    try {
      meeting = await materialiseMeeting(tx, forum, parsed.date);
      created = true;
    } catch (err) {
      if (!(err instanceof ForaError && err.code === 'not_found')) throw err;
    }
  }
  const time =
    parsed.start ||
    (meeting ? DateTime.fromISO(meeting.start, { zone: ZONE }).toFormat('HH:mm') : charter.cadence.startTime);
  if (!parsed.start && !meeting)
    warnings.push(`Dokumentet angiver intet mødetidspunkt; ${time} fra forummets kommissorium er brugt`);
  const start = atLocal(parsed.date, time);
  const sameStart = meeting && DateTime.fromISO(meeting.start).toMillis() === start.toMillis();
  const end =
    meeting && sameStart
      ? DateTime.fromISO(meeting.end)
      : start.plus({ minutes: charter.cadence.durationMinutes });
  const patch = {
    start: formatInstant(start),
    end: formatInstant(end),
    location: parsed.location.trim() || meeting?.location || '',
    state: stateAfter(meeting?.state ?? null, parsed.kind, end.toJSDate() <= now),
  };
  const materialised = created;
  if (!meeting) {
    meeting = await insertMeeting(tx, org.id, forum.id, {
      occurrenceDate: null,
      leaderPersonId: null,
      note: '',
      ...patch,
    });
    created = true;
  }
  const before = meeting;
  const changed =
    (!created || materialised) &&
    (!sameStart || before.location !== patch.location || before.state !== patch.state);
  if (changed) meeting = (await updateMeeting(tx, forum.id, before.id, patch)) ?? before;
  if (created || changed)
    await audit(tx, caller, {
      orgId: org.id,
      action: 'import.meeting',
      objectType: 'meeting',
      objectId: meeting.id,
      detail: created
        ? { created: true, start: meeting.start, end: meeting.end, state: meeting.state }
        : { updated: true, from: before.state, to: meeting.state, start: meeting.start },
    });
  return { meeting, created, updated: changed };
}

/** Where headings unknown to the template go: before the decision and the attachments, else last. */
function templateWith(charter: Charter, extra: readonly { key: string; heading: string }[]): Charter {
  if (extra.length === 0) return charter;
  const at = charter.template.findIndex((s) => s.key === 'beslutning' || s.key === 'bilag');
  const cut = at < 0 ? charter.template.length : at;
  const more = extra.map((e) => ({ ...e, requiredFor: [] }));
  return {
    ...charter,
    template: [...charter.template.slice(0, cut), ...more, ...charter.template.slice(cut)],
  };
}

/**
 * Freezes the saved meeting as a published version of the document's kind, unless the latest
 * version already says the same. The participants are those the document prints (matched people's
 * names), so the record shows who was there even when they are not members today. Audited as
 * `agenda.publish` / `minutes.publish` with `imported: true`; the render job is queued as usual.
 */
export async function publishImported(
  tx: DbOrTx,
  caller: Caller,
  org: Organisation,
  forum: Forum,
  meeting: StoredMeeting,
  charter: Charter,
  extraSections: readonly { key: string; heading: string }[],
  items: readonly Item[],
  parsed: ParsedMeeting,
  people: PeopleOutcome,
  fileName: string,
  now: Date,
): Promise<AgendaVersion | null> {
  const { snapshot } = await buildSnapshot(tx, forum, meeting, templateWith(charter, extraSections), items, {
    minutes: parsed.kind === 'minutes',
  });
  if (parsed.participants.length > 0)
    snapshot.meeting.participants = parsed.participants.map((p) => {
      const person = people.byName.get(nameKey(p.name));
      return {
        name: person?.name ?? p.name,
        title: p.title ?? person?.title ?? '',
        role: participantRole(p.role),
      };
    });
  if (parsed.kind === 'minutes') snapshot.communication = [];
  const previous = await latestAgendaVersion(tx, meeting.id, parsed.kind);
  if (previous && canonical(previous.content) === canonical(snapshot)) return null;
  const version = await insertAgendaVersion(tx, org.id, {
    kind: parsed.kind,
    meetingId: meeting.id,
    version: (previous?.version ?? 0) + 1,
    content: snapshot,
    changes: previous ? agendaChanges(previous.content, snapshot) : [],
    changeNote: previous ? `Importeret igen fra ${fileName}` : '',
    publishedByPersonId: caller.actor.kind === 'person' ? caller.actor.personId : null,
  });
  await enqueueRender(tx, org.id, version, now);
  await audit(tx, caller, {
    orgId: org.id,
    action: parsed.kind === 'minutes' ? 'minutes.publish' : 'agenda.publish',
    objectType: 'meeting',
    objectId: meeting.id,
    detail: { version: version.version, items: snapshot.items.length, imported: true, file: fileName },
  });
  return version;
}
