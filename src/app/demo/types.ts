/**
 * Demo data as plain, typed data: organisations with units, people, forums, memberships,
 * versioned charters, cases and agenda items. People and units are referred to by keys; the demo
 * loader maps keys to ids.
 */
import type { CharterInput, ItemType, MemberRole } from '../../domain/charter.ts';
import type { PersonRole } from '../../domain/organisation.ts';
import type { RichTextDoc } from '../../domain/rich-text.ts';

/** A charter as CharterInput (see charter.ts) except that person and unit references are keys. */
export type DemoCharter = Omit<CharterInput, 'leaderRule' | 'secretariatUnitId'> & {
  secretariatUnitKey?: string;
  leaderRule?: { kind: 'chair' } | { kind: 'rotation'; personKeys: string[] };
};

export interface DemoUnit {
  key: string;
  name: string;
  parentKey?: string;
  /** The unit's responsible director (approves items of the unit's staff). */
  directorKey?: string;
}

export interface DemoPerson {
  key: string;
  name: string;
  title: string;
  unitKey: string | null;
  email: string;
  role?: PersonRole;
}

export interface DemoMembership {
  personKey: string;
  role: MemberRole;
  /** Local date YYYY-MM-DD, inclusive. */
  startDate: string;
  /** Local date YYYY-MM-DD, inclusive; absent while the membership lasts. */
  endDate?: string;
}

export interface DemoForum {
  shortName: string;
  name: string;
  kind?: 'forum' | 'event' | 'working_group';
  memberships: DemoMembership[];
  /** Charter versions, oldest first. */
  charters: DemoCharter[];
  /** Known meetings of the series (by their series date) with their location, e.g. from the minutes. */
  meetings?: { date: string; location: string; note?: string }[];
}

export interface DemoOrg {
  slug: string;
  name: string;
  units: DemoUnit[];
  people: DemoPerson[];
  forums: DemoForum[];
  cases?: DemoCase[];
  /** Loaded after the forums, in this order. */
  items?: DemoItem[];
}

/** A case (sag) of the demo, by its number in the case-management system. */
export interface DemoCase {
  caseNumber: string;
  title: string;
  responsibleUnitKey?: string;
}

/**
 * An agenda item the demo puts in the pipeline, relative to the clock when the demo is loaded: on
 * the forum's next meeting that still takes items. `draft` is only written; `submitted` awaits its
 * approver; `scheduled` is approved and put on that meeting's agenda by the forum's secretary.
 */
export interface DemoItem {
  forum: string;
  stage: 'draft' | 'submitted' | 'scheduled';
  submitterKey: string;
  /** The number of one of the organisation's demo cases. */
  caseNumber?: string;
  type: ItemType;
  title: string;
  presenterKeys: string[];
  durationMinutes: number | null;
  /** By the keys of the forum's item template. */
  sections: Record<string, RichTextDoc>;
  /** Each the text after "at". */
  recommendations: string[];
}
