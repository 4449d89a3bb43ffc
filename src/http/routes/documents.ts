import { z } from 'zod';
import { documentParamsSchema, getMeetingDocument } from '../../app/get-meeting-document.ts';
import { defineRoute, RawResponse } from '../route.ts';
import { forumParams } from './forums.ts';

export const documentRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/forums/:forum/meetings/:meeting/documents/:kind/:version/:format',
    summary:
      'A published agenda, minutes or meeting packet as PDF, DOCX or HTML (members get closed items in full)',
    tag: 'documents',
    action: 'agenda.read',
    params: forumParams.extend({ meeting: z.string().uuid() }).extend(documentParamsSchema.shape),
    handler: async ({ ctx, caller, params }) => {
      const doc = await getMeetingDocument(ctx, caller, params.org, params.forum, params.meeting, params);
      const disposition = doc.contentType.startsWith('text/html') ? 'inline' : 'attachment';
      return new RawResponse(doc.contentType, doc.bytes, {
        'content-disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
        // A published version never changes; the audience depends on who asks, hence private.
        'cache-control':
          params.version === 'latest' ? 'private, no-cache' : 'private, max-age=31536000, immutable',
        ...(doc.sha256 && { etag: `"${doc.sha256}"` }),
        ...(doc.contentType.startsWith('text/html') && {
          'content-security-policy':
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; sandbox",
        }),
      });
    },
  }),
];
