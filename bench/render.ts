/**
 * Rendering benchmark (issue 4), in-process: a 30-item agenda (bench/render-setup.ts) rendered to
 * HTML, PDF and DOCX, and its meeting packet with 60 attachments; side by side in the same run with
 * LibreOffice headless converting Fora's DOCX of the same agenda to PDF, which is how
 * case-management systems make agenda PDFs today. LibreOffice is used by this benchmark only; it is
 * installed here (Debian's libreoffice-writer-nogui) when missing and the benchmark runs as root.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { buildMeetingDocument } from '../src/documents/model.ts';
import { renderDocx } from '../src/documents/render-docx.ts';
import { renderHtml } from '../src/documents/render-html.ts';
import { renderPacket } from '../src/documents/render-packet.ts';
import { renderPdf } from '../src/documents/render-pdf.ts';
import { median } from './lib.ts';
import { agendaSnapshot, ITEMS, PACKET_PAGES_PER_PDF, packetAttachments } from './render-setup.ts';

const RUNS = 5;
const PACKET_RUNS = 3;
const LO_RUNS = 3;
const LO_PACKAGE = 'libreoffice-writer-nogui';

interface Output {
  ms: number[];
  bytes: number;
  pages: number | null;
}

export interface RenderResult {
  html: Output;
  pdf: Output;
  docx: Output;
  packet: Output & { attachments: number; rssBeforeMb: number; rssAfterMb: number; peakMb: number | null };
  /** LibreOffice converting the DOCX to PDF, or why it was not measured. */
  libreOffice: (Output & { version: string }) | { missing: string };
}

const mb = (bytes: number) => bytes / 1024 / 1024;
const pagesOf = async (pdf: Uint8Array) => (await PDFDocument.load(pdf)).getPageCount();

/** Runs `fn` `runs` times and returns the times and the last result. */
async function timed<T>(runs: number, fn: () => Promise<T> | T): Promise<{ ms: number[]; last: T }> {
  const ms: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = await fn();
    ms.push(performance.now() - t0);
  }
  return { ms, last: last as T };
}

/** The process's peak resident set size in MB (VmHWM), and a way to reset it (Linux). */
const peakRssMb = (): number | null => {
  const kb = /^VmHWM:\s+(\d+)\s+kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1];
  return kb ? Number(kb) / 1024 : null;
};
const resetPeakRss = (): boolean => {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
};

/** `name` on the PATH, or null. */
function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, name);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return null;
}

const lastLine = (text: string) =>
  text
    .trim()
    .split('\n')
    .filter((l) => l.trim())
    .at(-1) ?? '';

/** `soffice`, installed with apt-get when missing and running as root; else why it is not there. */
function ensureSoffice(): { soffice: string } | { missing: string } {
  const found = onPath('soffice');
  if (found) return { soffice: found };
  if (process.getuid?.() !== 0) return { missing: 'soffice is not installed and the benchmark is not root' };
  if (!onPath('apt-get')) return { missing: 'soffice is not installed and there is no apt-get' };
  const apt = (args: string[]) =>
    spawnSync('apt-get', args, {
      encoding: 'utf8',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 20 * 60_000,
    });
  const install = ['install', '-y', '--no-install-recommends', LO_PACKAGE];
  console.log(`  soffice missing: apt-get ${install.join(' ')} ...`);
  let r = apt(install);
  if (r.status !== 0) {
    // Package lists missing or stale (a fresh machine): update once and try again.
    console.log('  apt-get update ...');
    apt(['update']);
    r = apt(install);
  }
  const soffice = onPath('soffice');
  if (r.status === 0 && soffice) return { soffice };
  return { missing: `apt-get install ${LO_PACKAGE} failed: ${lastLine(r.stderr || r.stdout || '')}` };
}

/** Times `soffice --headless --convert-to pdf` on `docx`, with a fresh profile of its own. */
async function libreOffice(docx: Buffer): Promise<RenderResult['libreOffice']> {
  const found = ensureSoffice();
  if ('missing' in found) return found;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fora-bench-lo-'));
  const profile = `/tmp/lo-profile-${process.pid}`;
  fs.rmSync(profile, { recursive: true, force: true });
  try {
    const input = path.join(dir, 'dagsorden.docx');
    const output = path.join(dir, 'dagsorden.pdf');
    fs.writeFileSync(input, docx);
    const version = lastLine(spawnSync(found.soffice, ['--version'], { encoding: 'utf8' }).stdout ?? '');
    const args = [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      input,
    ];
    const { ms } = await timed(LO_RUNS, () => {
      fs.rmSync(output, { force: true });
      const r = spawnSync(found.soffice, args, { encoding: 'utf8', timeout: 5 * 60_000 });
      if (r.status !== 0 || !fs.existsSync(output))
        throw new Error(`soffice exited with ${r.status ?? r.signal}: ${r.stderr}${r.stdout}`);
    });
    const pdf = fs.readFileSync(output);
    for (const [i, t] of ms.entries())
      console.log(`  LibreOffice DOCX → PDF, run ${i + 1}: ${t.toFixed(0)} ms`);
    return { ms, bytes: pdf.length, pages: await pagesOf(pdf), version };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

export async function renderBenchmark(): Promise<RenderResult> {
  const snapshot = agendaSnapshot();
  const doc = buildMeetingDocument(snapshot, { kind: 'agenda', audience: 'members', version: 1 });
  console.log(`Rendering a ${ITEMS}-item agenda ...`);
  // Warm-up, not measured: loads pdfmake, its fonts and the docx library once.
  const warm = await renderPdf(doc);
  renderHtml(doc);
  await renderDocx(doc, { itemPages: warm.itemPages });

  const html = await timed(RUNS, () => renderHtml(doc));
  const pdf = await timed(RUNS, () => renderPdf(doc));
  const docx = await timed(RUNS, () => renderDocx(doc, { itemPages: pdf.last.itemPages }));
  const log = (what: string, ms: number[]) =>
    console.log(`  ${what}: ${ms.map((t) => t.toFixed(0)).join(' / ')} ms`);
  log('HTML', html.ms);
  log('PDF', pdf.ms);
  log('DOCX', docx.ms);

  const attachments = await packetAttachments(snapshot);
  console.log(`Rendering the packet with ${attachments.length} attachments ...`);
  const rssBefore = process.memoryUsage().rss;
  const reset = resetPeakRss();
  const packet = await timed(PACKET_RUNS, () =>
    renderPacket(pdf.last.bytes, attachments, { title: doc.title }),
  );
  const rssAfter = process.memoryUsage().rss;
  const peak = reset ? peakRssMb() : null;
  log('packet', packet.ms);
  if (packet.last.problems.length > 0)
    throw new Error(`packet problems: ${JSON.stringify(packet.last.problems.slice(0, 3))}`);

  console.log('LibreOffice ...');
  const lo = await libreOffice(docx.last);
  if ('missing' in lo) console.log(`LibreOffice not measured: ${lo.missing}.`);
  return {
    html: { ms: html.ms, bytes: Buffer.byteLength(html.last, 'utf8'), pages: null },
    pdf: { ms: pdf.ms, bytes: pdf.last.bytes.length, pages: await pagesOf(pdf.last.bytes) },
    docx: { ms: docx.ms, bytes: docx.last.length, pages: null },
    packet: {
      ms: packet.ms,
      bytes: packet.last.bytes.length,
      pages: await pagesOf(packet.last.bytes),
      attachments: attachments.length,
      rssBeforeMb: mb(rssBefore),
      rssAfterMb: mb(rssAfter),
      peakMb: peak,
    },
    libreOffice: lo,
  };
}

const ms = (xs: readonly number[]) => median(xs).toFixed(0);
const size = (o: Output) =>
  `${o.pages === null ? '' : `${o.pages} pages, `}${o.bytes < 1024 * 1024 ? `${(o.bytes / 1024).toFixed(0)} KB` : `${mb(o.bytes).toFixed(1)} MB`}`;

export function renderTable(r: RenderResult): string {
  const lo = 'missing' in r.libreOffice ? null : r.libreOffice;
  const none = '| – | – | – |';
  const p = r.packet;
  const lines = [
    '| document | Fora (ms) | Fora output | LibreOffice headless, DOCX → PDF (ms) | LibreOffice output | LibreOffice / Fora PDF |',
    '|---|---:|---|---:|---|---:|',
    `| agenda, ${ITEMS} items → HTML | ${ms(r.html.ms)} | ${size(r.html)} ${none}`,
    `| agenda → PDF | ${ms(r.pdf.ms)} | ${size(r.pdf)} | ` +
      (lo ? `${ms(lo.ms)} | ${size(lo)} | ${(median(lo.ms) / median(r.pdf.ms)).toFixed(1)} × |` : none),
    `| agenda → DOCX | ${ms(r.docx.ms)} | ${size(r.docx)} ${none}`,
    `| packet: agenda + ${p.attachments} attachments → PDF | ${ms(p.ms)} | ${size(p)} ${none}`,
  ];
  const runs = (xs: readonly number[]) => xs.map((t) => t.toFixed(0)).join(' / ');
  const notes = [
    `In-process, one Node process: the agenda is built with \`buildMeetingDocument\` from an in-memory ` +
      `snapshot (${ITEMS} decision items, each with Anledning, Sagsfremstilling and Økonomi in Danish: ` +
      'paragraphs, a bullet list, a budget table every 5th item; two recommendations and two attachments ' +
      'listed), for the forum members. No database, no HTTP.',
    `HTML, PDF, DOCX: median of ${RUNS} runs after a warm-up. PDF ${runs(r.pdf.ms)} ms; DOCX ` +
      `${runs(r.docx.ms)} ms (given the item pages of the PDF for its table of contents, as the render ` +
      'job does; that PDF layout is not included in the DOCX time).',
    `Packet: median of ${PACKET_RUNS} runs (${runs(p.ms)} ms) of \`renderPacket\` on the agenda PDF and ` +
      `${p.attachments} attachments: ${ITEMS} PDFs of ${PACKET_PAGES_PER_PDF} pages made with pdf-lib ` +
      `(copied) and ${ITEMS} DOCX of a few paragraphs (converted with mammoth and pdfmake); every page ` +
      'stamped, one bookmark per attachment.',
    `Memory of the packet runs: RSS ${p.rssBeforeMb.toFixed(0)} MB before, ${p.rssAfterMb.toFixed(0)} MB ` +
      `after (process.memoryUsage().rss)` +
      (p.peakMb === null
        ? '; peak not measured (/proc/self/clear_refs not writable).'
        : `, peak ${p.peakMb.toFixed(0)} MB (VmHWM, reset just before the first run), ` +
          `${(p.peakMb - p.rssBeforeMb).toFixed(0)} MB above the RSS before. In a full \`npm run bench\` ` +
          'the RSS before includes what the earlier benchmarks left in the process.'),
    lo
      ? `LibreOffice: ${lo.version}; \`soffice --headless --convert-to pdf\` on Fora's DOCX of the same ` +
        `agenda, median of ${LO_RUNS} runs (${runs(lo.ms)} ms), each a new soffice process as a case-management ` +
        `system starts it per document, with a fresh profile for this run (-env:UserInstallation; the ` +
        'first run creates it). The ratio divides its median by the median of Fora’s PDF rendering.'
      : `LibreOffice not measured: ${'missing' in r.libreOffice ? r.libreOffice.missing : ''}.`,
  ];
  return [
    `## Rendering: a ${ITEMS}-item agenda and a packet with ${p.attachments} attachments`,
    '',
    ...lines,
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}
