import { Readable } from 'node:stream';
import { z } from 'zod';
import { addAttachment } from '../../app/add-attachment.ts';
import { listAttachments } from '../../app/list-attachments.ts';
import { readAttachment } from '../../app/read-attachment.ts';
import { removeAttachment } from '../../app/remove-attachment.ts';
import { slugSchema } from '../../domain/organisation.ts';
import { defineRoute, RawResponse } from '../route.ts';

const itemParams = z.object({ org: slugSchema, item: z.guid() });
const attachmentParams = itemParams.extend({ attachment: z.guid() });
const all = <T>(items: T[]) => ({ items, page: { limit: items.length, offset: 0, total: items.length } });

/** RFC 8187 encoding for `filename*`: percent-encode everything but attr-chars. */
const rfc8187 = (s: string): string =>
  encodeURIComponent(s).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A stored file as a download: its type (text as UTF-8), its name in RFC 8187 form, never sniffed
 * and sandboxed if opened. `cache` is 'private' for what a person may read, 'public' for OParl.
 */
export function fileDownload(
  file: { name: string; mediaType: string; size: number; stream: Readable },
  cache: 'private' | 'public' | 'no-store',
): RawResponse {
  const type = file.mediaType.startsWith('text/') ? `${file.mediaType}; charset=utf-8` : file.mediaType;
  return new RawResponse(type, file.stream, {
    'content-disposition': `attachment; filename*=UTF-8''${rfc8187(file.name)}`,
    'content-length': String(file.size),
    'x-content-type-options': 'nosniff',
    'cache-control': cache === 'no-store' ? 'private, no-store' : `${cache}, max-age=0`,
    'content-security-policy': 'sandbox',
  });
}

/** A document made in memory (an export) as a download, with the same headers as a stored file. */
export function textDownload(
  name: string,
  mediaType: string,
  text: string,
  cache: 'private' | 'no-store' = 'private',
): RawResponse {
  const bytes = Buffer.from(text, 'utf8');
  return fileDownload({ name, mediaType, size: bytes.length, stream: Readable.from([bytes]) }, cache);
}

export const attachmentRoutes = [
  defineRoute({
    method: 'POST',
    path: '/api/orgs/:org/items/:item/attachments',
    summary:
      'Attach a file: the bytes as the body (content-type application/octet-stream), the file name in ?name=',
    tag: 'attachments',
    action: 'attachment.create',
    binaryBody: true,
    params: itemParams,
    // Optional here so a caller who may not attach learns nothing from validation; the use case
    // requires it after authorising.
    query: z.object({ name: z.string().max(1000).optional() }),
    status: 201,
    handler: ({ ctx, caller, params, query, body }) =>
      addAttachment(ctx, caller, params.org, params.item, { name: query.name, body }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/items/:item/attachments',
    summary: "An item's attachments, in order",
    tag: 'attachments',
    action: 'item.read',
    params: itemParams,
    handler: async ({ ctx, caller, params }) =>
      all(await listAttachments(ctx, caller, params.org, params.item)),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/items/:item/attachments/:attachment/content',
    summary: "An attachment's file, as a download",
    tag: 'attachments',
    action: 'item.read',
    params: attachmentParams,
    handler: async ({ ctx, caller, params }) => {
      const file = await readAttachment(ctx, caller, params.org, params.item, params.attachment);
      return fileDownload(file, 'private');
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/api/orgs/:org/items/:item/attachments/:attachment',
    summary: 'Remove an attachment',
    tag: 'attachments',
    action: 'attachment.create',
    params: attachmentParams,
    status: 204,
    handler: async ({ ctx, caller, params }) => {
      await removeAttachment(ctx, caller, params.org, params.item, params.attachment);
      return undefined;
    },
  }),
];
