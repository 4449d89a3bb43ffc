/**
 * Rendering a published agenda or minutes version into HTML, PDF, DOCX and the meeting packet,
 * per audience. Used by the render job after publication, by the document route and by
 * `fora render`.
 */
import { Readable } from 'node:stream';
import { DateTime } from 'luxon';
import { type Audience, buildMeetingDocument, type DocumentKind } from '../documents/model.ts';
import { renderDocx } from '../documents/render-docx.ts';
import { renderHtml } from '../documents/render-html.ts';
import { type PacketAttachment, renderPacket } from '../documents/render-packet.ts';
import { renderPdf } from '../documents/render-pdf.ts';
import { ZONE } from '../domain/local-date.ts';
import type { AgendaVersion } from '../store/agenda.ts';
import { findAttachment } from '../store/attachments.ts';
import type { DbOrTx } from '../store/db.ts';
import { enqueueJob } from '../store/jobs.ts';
import { saveRenderedDocument } from '../store/rendered-documents.ts';
import type { AppContext } from './context.ts';

export type Format = 'pdf' | 'docx' | 'html';
export type RenderKind = DocumentKind | 'packet';
export const AUDIENCES: readonly Audience[] = ['members', 'organisation', 'public'];
export const FORMATS: readonly Format[] = ['pdf', 'docx', 'html'];

/** Queues the rendering of a just-published version, in the publishing transaction (once per version). */
export async function enqueueRender(
  db: DbOrTx,
  orgId: string,
  version: AgendaVersion,
  now: Date,
): Promise<void> {
  const { meetingId, kind } = version;
  await enqueueJob(
    db,
    {
      orgId,
      kind: 'render',
      key: `render:${meetingId}:${kind}:v${version.version}`,
      payload: { meetingId, kind, version: version.version },
    },
    now,
  );
}

const CONTENT_TYPES: Record<Format, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
};
const WORDS: Record<RenderKind, string> = { agenda: 'Dagsorden', minutes: 'Referat', packet: 'Mødepakke' };

export interface Rendered {
  bytes: Buffer;
  contentType: string;
  fileName: string;
}

/** "Referat Chefforum 2025-04-23 v1.pdf" */
export function fileNameOf(version: AgendaVersion, kind: RenderKind, format: Format): string {
  const date = DateTime.fromISO(version.content.meeting.start, { zone: ZONE }).toISODate();
  return `${WORDS[kind]} ${version.content.meeting.forumName} ${date} v${version.version}.${format}`;
}

async function packetAttachments(
  ctx: AppContext,
  orgId: string,
  version: AgendaVersion,
  audience: Audience,
): Promise<PacketAttachment[]> {
  const doc = buildMeetingDocument(version.content, { kind: 'agenda', audience, version: version.version });
  const out: PacketAttachment[] = [];
  for (const item of doc.items) {
    for (const block of item.blocks) {
      if (block.kind !== 'attachments') continue;
      for (const a of block.items) {
        const row = await findAttachment(ctx.db, orgId, a.id);
        out.push({
          label: a.label,
          itemNumber: item.number,
          itemTitle: item.title,
          name: a.name,
          mediaType: row?.mediaType ?? 'application/octet-stream',
          bytes: row?.storageKey ? await ctx.files.readAll(row.storageKey) : null,
        });
      }
    }
  }
  return out;
}

export async function renderVersion(
  ctx: AppContext,
  orgId: string,
  version: AgendaVersion,
  kind: RenderKind,
  audience: Audience,
  format: Format,
): Promise<Rendered> {
  const docKind: DocumentKind = kind === 'packet' ? 'agenda' : kind;
  const doc = buildMeetingDocument(version.content, {
    kind: docKind,
    audience,
    version: version.version,
    changeNote: version.changeNote,
  });
  let bytes: Buffer;
  if (kind === 'packet') {
    const agenda = await renderPdf(doc);
    bytes = (
      await renderPacket(agenda.bytes, await packetAttachments(ctx, orgId, version, audience), {
        title: doc.title,
      })
    ).bytes;
  } else if (format === 'html') bytes = Buffer.from(renderHtml(doc), 'utf8');
  else if (format === 'pdf') bytes = (await renderPdf(doc)).bytes;
  else bytes = await renderDocx(doc, { itemPages: (await renderPdf(doc)).itemPages });
  const f: Format = kind === 'packet' ? 'pdf' : format;
  return { bytes, contentType: CONTENT_TYPES[f], fileName: fileNameOf(version, kind, f) };
}

/** Renders every format and audience of a version (and the packet of an agenda) and stores them. */
export async function renderAndStore(
  ctx: AppContext,
  orgId: string,
  version: AgendaVersion,
): Promise<number> {
  const combos: [RenderKind, Audience, Format][] = [];
  for (const audience of AUDIENCES) {
    for (const format of FORMATS) combos.push([version.kind, audience, format]);
    if (version.kind === 'agenda' && audience !== 'public') combos.push(['packet', audience, 'pdf']);
  }
  for (const [kind, audience, format] of combos) {
    const r = await renderVersion(ctx, orgId, version, kind, audience, format);
    const stored = await ctx.files.put(Readable.from([r.bytes]), Number.MAX_SAFE_INTEGER);
    const replaced = await saveRenderedDocument(ctx.db, {
      orgId,
      meetingId: version.meetingId,
      kind,
      version: version.version,
      audience,
      format,
      storageKey: stored.key,
      sizeBytes: stored.sizeBytes,
      sha256: stored.sha256,
    });
    if (replaced) await ctx.files.delete(replaced);
  }
  return combos.length;
}
