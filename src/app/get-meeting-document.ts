import { z } from 'zod';
import type { Audience } from '../documents/model.ts';
import { notFound } from '../domain/errors.ts';
import { canReadClosed } from '../domain/policy.ts';
import { findAgendaVersion, latestAgendaVersion } from '../store/agenda.ts';
import { findMeeting } from '../store/meetings.ts';
import { findRenderedDocument } from '../store/rendered-documents.ts';
import { auditClosedMeetingRead } from './audit-closed-read.ts';
import { type AppContext, authorize, type Caller, forumResource, resolveForum } from './context.ts';
import {
  type Format,
  fileNameOf,
  type Rendered,
  type RenderKind,
  renderVersion,
} from './render-documents.ts';

export const documentParamsSchema = z.object({
  kind: z.enum(['agenda', 'minutes', 'packet']),
  version: z.union([z.literal('latest'), z.coerce.number().int().positive()]),
  format: z.enum(['pdf', 'docx', 'html']),
});

const CONTENT_TYPES: Record<Format, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
};

/**
 * A published agenda, minutes or packet as a document. Members of the forum get the members'
 * version (closed items in full, the read audited); everyone else in the organisation the
 * organisation-wide version. Served from what the render job stored, rendered on demand if the job
 * has not run yet.
 */
export async function getMeetingDocument(
  ctx: AppContext,
  caller: Caller,
  orgSlug: string,
  shortName: string,
  meetingId: string,
  params: { kind: RenderKind; version: number | 'latest'; format: Format },
): Promise<Rendered & { sha256: string | null }> {
  const { org, forum } = await resolveForum(ctx.db, caller, orgSlug, shortName);
  authorize(caller, 'agenda.read', forumResource(forum), 'Forum');
  const meeting = /^[0-9a-f-]{36}$/.test(meetingId)
    ? await findMeeting(ctx.db, forum.id, meetingId)
    : undefined;
  if (!meeting) throw notFound('Meeting');
  const versionKind = params.kind === 'minutes' ? 'minutes' : 'agenda';
  const version =
    params.version === 'latest'
      ? await latestAgendaVersion(ctx.db, meeting.id, versionKind)
      : await findAgendaVersion(ctx.db, meeting.id, params.version, versionKind);
  if (!version) throw notFound('Published version');
  const format: Format = params.kind === 'packet' ? 'pdf' : params.format;
  const audience: Audience = canReadClosed(caller.actor, forum.id) ? 'members' : 'organisation';
  if (audience === 'members')
    await auditClosedMeetingRead(ctx.db, caller, {
      orgId: org.id,
      meetingId: meeting.id,
      action: `${params.kind}.read_closed`,
      items: version.content.items.filter((i) => i.closed).map((i) => i.itemId),
      detail: { version: version.version, format },
    });
  const stored = await findRenderedDocument(ctx.db, {
    meetingId: meeting.id,
    kind: params.kind,
    version: version.version,
    audience,
    format,
  });
  if (stored)
    return {
      bytes: await ctx.files.readAll(stored.storageKey),
      contentType: CONTENT_TYPES[format],
      fileName: fileNameOf(version, params.kind, format),
      sha256: stored.sha256,
    };
  return { ...(await renderVersion(ctx, org.id, version, params.kind, audience, format)), sha256: null };
}
