/** `fora render <org>/<forum> <meeting-date> --kind agenda|minutes|packet --format pdf|docx|html -o <file>` */
import fs from 'node:fs';
import type { AppContext, Caller } from './app/context.ts';
import { resolveForum } from './app/context.ts';
import { calendarOf } from './app/get-calendar.ts';
import { type Format, type RenderKind, renderVersion } from './app/render-documents.ts';
import type { Audience } from './documents/model.ts';
import { ForaError, invalid, notFound } from './domain/errors.ts';
import { findAgendaVersion, latestAgendaVersion } from './store/agenda.ts';

export interface RenderArgs {
  org: string;
  forum: string;
  date: string;
  kind: string;
  format: string;
  audience: string;
  version: string | undefined;
  out: string;
}

const KINDS = ['agenda', 'minutes', 'packet'];
const FORMATS = ['pdf', 'docx', 'html'];
const AUDIENCES = ['members', 'organisation', 'public'];

export async function renderCommand(ctx: AppContext, caller: Caller, args: RenderArgs): Promise<string> {
  if (!KINDS.includes(args.kind)) throw invalid('kind', `expected ${KINDS.join(', ')}`);
  if (!FORMATS.includes(args.format)) throw invalid('format', `expected ${FORMATS.join(', ')}`);
  if (!AUDIENCES.includes(args.audience)) throw invalid('audience', `expected ${AUDIENCES.join(', ')}`);
  if (args.kind === 'packet' && args.format !== 'pdf') throw invalid('format', 'the meeting packet is a PDF');
  const { org, forum } = await resolveForum(ctx.db, caller, args.org, args.forum);
  const meeting = (await calendarOf(ctx.db, forum, { from: args.date, to: args.date })).find(
    (m) => m.meetingId,
  );
  if (!meeting?.meetingId) throw notFound(`Meeting of ${forum.shortName} on ${args.date}`);
  const kind = args.kind === 'minutes' ? 'minutes' : 'agenda';
  const version = args.version
    ? await findAgendaVersion(ctx.db, meeting.meetingId, Number(args.version), kind)
    : await latestAgendaVersion(ctx.db, meeting.meetingId, kind);
  if (!version)
    throw new ForaError('not_found', `No published ${kind} for ${forum.shortName} on ${args.date}`);
  const r = await renderVersion(
    ctx,
    org.id,
    version,
    args.kind as RenderKind,
    args.audience as Audience,
    args.format as Format,
  );
  fs.writeFileSync(args.out, r.bytes);
  return `${args.out}: ${r.fileName} (${r.bytes.length} bytes, ${args.audience})`;
}
