/**
 * A leaders' day's uploaded material files: the download address, upload and removal, and what the
 * page says about a file (its type in words, its size) and about a refused upload.
 */
import type { LeadersDayFileView } from '../app/leaders-day-files.ts';
import { ApiError, api, apiPath, quotaProblemKey } from './api.ts';
import type { MessageKey } from './i18n.ts';

export type { LeadersDayFileView };

const filesPath = (org: string, forum: string, day: string) =>
  apiPath`/api/orgs/${org}/forums/${forum}/leaders-days/${day}/files`;

export const dayFileHref = (org: string, forum: string, day: string, file: string): string =>
  `${filesPath(org, forum, day)}/${encodeURIComponent(file)}`;

/** Uploads a file: its bytes as the body, its name in ?name=, the title (if any) in ?title=. */
export const uploadDayFile = (org: string, forum: string, day: string, file: File, title: string) =>
  api.upload<{ file: LeadersDayFileView }>(
    `${filesPath(org, forum, day)}?name=${encodeURIComponent(file.name)}${
      title.trim() ? `&title=${encodeURIComponent(title.trim())}` : ''
    }`,
    file,
  );

export const removeDayFile = (org: string, forum: string, day: string, file: string) =>
  api.delete<void>(dayFileHref(org, forum, day, file));

const TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'text/plain': 'TXT',
  'text/csv': 'CSV',
};

/** A file's type as a reader knows it: PDF, Word, Excel, PowerPoint; an image by its format. */
export function fileTypeLabel(mediaType: string, image: string): string {
  const known = TYPES[mediaType];
  if (known) return known;
  const [kind, sub = ''] = mediaType.split('/');
  return kind === 'image' ? `${image} (${sub.toUpperCase()})` : sub.toUpperCase();
}

/** A size in KB (at least 1) or, from 1 MB, in MB with one decimal (Danish comma in `da`). */
export function fileSize(bytes: number, lang: string): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = (Math.round((bytes / (1024 * 1024)) * 10) / 10).toFixed(1);
  return `${lang === 'da' ? mb.replace('.', ',') : mb} MB`;
}

type Translate = (key: MessageKey) => string;

/** A refused upload's problem in the reader's language (else as the API words it). */
export function uploadProblem(t: Translate, err: unknown): string {
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : String(err);
  if (err.status === 413 && err.body.error !== 'quota_exceeded') return t('leadersDay.fileTooLarge');
  const problem = err.body.details[0]?.problem ?? err.body.message;
  const quota = quotaProblemKey(problem);
  if (quota) return t(quota);
  const mismatch = /^content is (.+), which does not match the name's extension (\S+)$/.exec(problem);
  if (mismatch)
    return t('leadersDay.fileMismatch')
      .replace('{1}', mismatch[1] ?? '')
      .replace('{2}', mismatch[2] ?? '');
  const type = /^content is (.+), which is not allowed$/.exec(problem);
  if (type) return t('leadersDay.fileType').replace('{1}', type[1] ?? '');
  if (problem === 'is empty') return t('leadersDay.fileEmpty');
  if (/^larger than the limit/.test(problem)) return t('leadersDay.fileTooLarge');
  return problem;
}
