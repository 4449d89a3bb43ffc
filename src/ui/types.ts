/** The API's answers as the UI uses them; derived (type-only) from the use cases that produce them. */
import type { getAgendaVersion } from '../app/get-agenda-version.ts';
import type { CalendarEntry as Calendar } from '../app/get-calendar.ts';
import type { ForumView as Forum } from '../app/get-forum.ts';
import type { getItem } from '../app/get-item.ts';
import type { ItemHistoryEntry } from '../app/get-item-history.ts';
import type { SignInMethods as Methods } from '../app/get-sign-in-methods.ts';
import type { AttachmentView as Attachment } from '../app/list-attachments.ts';
import type { FollowUpView as FollowUp } from '../app/list-forum-follow-ups.ts';
import type { listForums } from '../app/list-forums.ts';
import type { MyWork as Work, WorkItem as WorkEntry } from '../app/list-my-work.ts';

export type CalendarEntry = Calendar;
export type ForumView = Forum;
export type FollowUpView = FollowUp;
export type ForumSummary = Awaited<ReturnType<typeof listForums>>['items'][number];
export type AgendaVersionView = Awaited<ReturnType<typeof getAgendaVersion>>;
export type AgendaItem = AgendaVersionView['content']['items'][number];
export type RichTextDoc = AgendaItem['sections'][number]['body'];
export type MyWork = Work;
export type WorkItem = WorkEntry;
export type SignInMethods = Methods;
export type ItemView = Awaited<ReturnType<typeof getItem>>;
export type AttachmentView = Attachment;
export type HistoryEntry = ItemHistoryEntry;
export type ItemDecision = 'approve' | 'return' | 'reject';

export interface Paged<T> {
  items: T[];
  page: { limit: number; offset: number; total: number };
}

/** The signed-in person (session contract: GET/POST /api/session). */
export interface SessionPerson {
  id: string;
  name: string;
  email: string;
  title: string;
  orgSlug: string;
  orgName: string;
  role: string;
}

export interface Session {
  person: SessionPerson;
  csrfToken: string;
}
