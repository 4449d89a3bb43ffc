/** The item editor's API calls: the forum and item to edit, saving, submitting, attachments, cases, KLE. */
import type { CaseView } from '../app/case-view.ts';
import type { KleSuggestion } from '../domain/kle.ts';
import { api, apiPath } from './api.ts';
import { getForum } from './data.ts';
import type { AttachmentView, ForumSummary, ForumView, ItemView, Paged } from './types.ts';

export type { CaseView, KleSuggestion };

export interface EditorData {
  forum: ForumView;
  item: ItemView | null;
  attachments: AttachmentView[];
  caseView: CaseView | null;
}

const caseOf = (org: string, caseId: string | null) =>
  caseId
    ? api.get<CaseView>(apiPath`/api/orgs/${org}/cases/${caseId}`).catch(() => null)
    : Promise.resolve(null);

/** A new item's forum, or an existing item with its forum, attachments and case. */
export async function loadEditor(
  org: string,
  forum: string | null,
  itemId: string | null,
): Promise<EditorData> {
  if (!itemId)
    return { forum: await getForum(org, forum ?? ''), item: null, attachments: [], caseView: null };
  const [item, attachments, forums] = await Promise.all([
    api.get<ItemView>(apiPath`/api/orgs/${org}/items/${itemId}`),
    api.get<Paged<AttachmentView>>(apiPath`/api/orgs/${org}/items/${itemId}/attachments`),
    api.get<Paged<ForumSummary>>(`${apiPath`/api/orgs/${org}/forums`}?limit=500`),
  ]);
  const summary = forums.items.find((f) => f.id === item.forumId);
  if (!summary) throw new Error(`forum ${item.forumId} not found`);
  const [forumView, caseView] = await Promise.all([
    getForum(org, summary.shortName),
    caseOf(org, item.caseId),
  ]);
  return { forum: forumView, item, attachments: attachments.items, caseView };
}

export const createItem = (org: string, forum: string, body: unknown) =>
  api.post<ItemView>(apiPath`/api/orgs/${org}/forums/${forum}/items`, body);

export const updateItem = (org: string, itemId: string, body: unknown) =>
  api.patch<ItemView>(apiPath`/api/orgs/${org}/items/${itemId}`, body);

export const submitItem = (org: string, itemId: string) =>
  api.post<ItemView>(apiPath`/api/orgs/${org}/items/${itemId}/submit`);

export const suggestKle = (org: string, title: string, text: string) =>
  api.post<{ suggestions: KleSuggestion[] }>(apiPath`/api/orgs/${org}/kle/suggest`, { title, text });

/**
 * The case a case number names: an existing case of the organisation with that number, else a new
 * case titled as the item. The API checks the number (a KLE number must name a known topic).
 */
export async function caseFor(org: string, caseNumber: string, title: string): Promise<CaseView> {
  const wanted = caseNumber.trim();
  const found = await api.get<Paged<CaseView>>(
    `${apiPath`/api/orgs/${org}/cases`}?query=${encodeURIComponent(wanted)}&limit=50`,
  );
  const same = found.items.find((c) => c.caseNumber?.toUpperCase() === wanted.toUpperCase());
  if (same) return same;
  return api.post<CaseView>(apiPath`/api/orgs/${org}/cases`, { title, caseNumber: wanted });
}

export const removeAttachment = (org: string, itemId: string, attachmentId: string) =>
  api.delete<void>(apiPath`/api/orgs/${org}/items/${itemId}/attachments/${attachmentId}`);

/** Uploads a file: its bytes as the body (application/octet-stream), its name in ?name=. */
export const uploadAttachment = (org: string, itemId: string, file: File) =>
  api.upload<AttachmentView>(
    `${apiPath`/api/orgs/${org}/items/${itemId}/attachments`}?name=${encodeURIComponent(file.name)}`,
    file,
  );
