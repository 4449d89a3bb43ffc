/**
 * The visits of items to meetings as the published versions show them (oparl-record.ts): per
 * meeting, every item any version listed, whether the current version (the latest minutes, else
 * the latest agenda) still lists it, and what the meeting did with it.
 */
import type { AgendaSnapshotItem } from '../domain/agenda.ts';
import type { OParlVisit } from '../domain/case-timeline.ts';
import type { MeetingRow } from '../domain/oparl-meeting.ts';
import type { OParlVersionRecord } from '../store/oparl.ts';

/** One item on one meeting's agenda, as the versions show it. */
export interface Appearance {
  meeting: MeetingRow;
  item: AgendaSnapshotItem;
  /** In the meeting's current version (else: removed, deleted). */
  live: boolean;
  /** Listed as closed in any version. */
  everClosed: boolean;
  firstPublished: string;
  /** Every attachment any version listed for the item at this meeting. */
  everFiles: Map<string, { id: string; name: string }>;
  /** Current version of the meeting is minutes. */
  minutes: boolean;
}

export function appearances(meetings: readonly MeetingRow[], versions: readonly OParlVersionRecord[]) {
  const out: Appearance[] = [];
  for (const meeting of meetings) {
    const own = versions.filter((v) => v.meetingId === meeting.id);
    const minutes = own.filter((v) => v.kind === 'minutes');
    const current = (minutes.length > 0 ? minutes : own).at(-1);
    if (!current) continue;
    const seen = new Map<string, Appearance>();
    for (const v of own)
      for (const item of v.content.items) {
        const prev = seen.get(item.itemId);
        const everFiles = new Map(prev?.everFiles ?? []);
        for (const f of item.attachments) everFiles.set(f.id, f);
        seen.set(item.itemId, {
          everFiles,
          meeting,
          item: v === current ? item : (prev?.item ?? item),
          live: false,
          everClosed: (prev?.everClosed ?? false) || item.closed,
          firstPublished: prev?.firstPublished ?? v.publishedAt,
          minutes: current.kind === 'minutes',
        });
      }
    for (const item of current.content.items) {
      const a = seen.get(item.itemId);
      if (a) Object.assign(a, { item, live: true });
    }
    out.push(...seen.values());
  }
  return out;
}

/** What the meeting did with the item: its current meeting decided or referred it; an earlier
 *  meeting postponed it; otherwise still pending. */
export function outcomeOf(
  a: Appearance,
  state: string | undefined,
  currentMeetingId: string | null,
): OParlVisit['outcome'] {
  if (currentMeetingId !== a.meeting.id) return a.minutes ? 'postponed' : 'pending';
  if (state === 'decided') return 'decided';
  if (state === 'referred') return 'referred';
  return 'pending';
}
