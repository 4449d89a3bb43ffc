/**
 * The importer's entry point: one file's bytes in, the meetings it holds out. The family is
 * detected from the content (magic bytes, JSON keys, XML root elements), not the extension.
 * Unknown content is an error naming the file and the reason.
 */
import { isAcadreAgenda, isAcadreManifest, parseAcadreAgenda, parseAcadreManifest } from './acadre.ts';
import { isEdocPublishing, parseEdocPublishing } from './edoc.ts';
import { isFirstAgenda, parseFirstAgenda } from './firstagenda.ts';
import { isFujitsu, parseFujitsu } from './fujitsu.ts';
import type { ParsedMeeting } from './parsed-meeting.ts';
import { docxText, pdfText } from './pdf-docx.ts';
import { isSbsys, parseSbsys } from './sbsys.ts';
import { parseTextMinutes } from './text-minutes.ts';
import { decodeText } from './text-source.ts';
import { parseXml, type XmlNode } from './xml.ts';

export type ImportFamily =
  | 'pdf'
  | 'docx'
  | 'firstagenda-json'
  | 'sbsys-xml'
  | 'acadre-agenda-xml'
  | 'acadre-manifest-xml'
  | 'edoc-publishing-xml'
  | 'edoc-fujitsu-xml'
  | 'text';

export class ImportFormatError extends Error {
  constructor(fileName: string, reason: string) {
    super(`${fileName}: ${reason}`);
    this.name = 'ImportFormatError';
  }
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function xmlFamily(root: XmlNode): ImportFamily | undefined {
  if (isSbsys(root)) return 'sbsys-xml';
  if (isAcadreManifest(root)) return 'acadre-manifest-xml';
  if (isAcadreAgenda(root)) return 'acadre-agenda-xml';
  if (isFujitsu(root)) return 'edoc-fujitsu-xml';
  if (isEdocPublishing(root)) return 'edoc-publishing-xml';
  return undefined;
}

function rootName(root: XmlNode): string {
  return Object.keys(root).find((k) => !k.startsWith('?') && !k.startsWith('#')) ?? '(none)';
}

function parseXmlFile(fileName: string, text: string): ParsedMeeting[] {
  let parsed: ReturnType<typeof parseXml>;
  try {
    parsed = parseXml(text);
  } catch (e) {
    throw new ImportFormatError(fileName, `XML that cannot be read (${(e as Error).message})`);
  }
  const family = xmlFamily(parsed.root);
  const meetings =
    family === 'sbsys-xml'
      ? parseSbsys(parsed.root, fileName)
      : family === 'acadre-manifest-xml'
        ? parseAcadreManifest(parsed.root, fileName)
        : family === 'acadre-agenda-xml'
          ? parseAcadreAgenda(parsed.root, fileName)
          : family === 'edoc-fujitsu-xml'
            ? parseFujitsu(parsed.root, fileName)
            : family === 'edoc-publishing-xml'
              ? parseEdocPublishing(parsed.root, fileName)
              : undefined;
  if (!meetings) {
    throw new ImportFormatError(
      fileName,
      `XML with root element <${rootName(parsed.root)}> is none of the known families (SBSYS publication, Acadre agenda or manifest, eDoc publishing, eDoc/Fujitsu AgendaWeb)`,
    );
  }
  if (meetings.length === 0) throw new ImportFormatError(fileName, `${family} XML without any meeting`);
  if (parsed.fixes > 0) {
    for (const m of meetings)
      m.warnings.unshift(`${fileName}: ${parsed.fixes} invalid XML characters or references removed`);
  }
  return meetings;
}

function parseText(fileName: string, text: string, kind: string): ParsedMeeting[] {
  const meeting = parseTextMinutes(text, fileName);
  if (meeting.items.length === 0 && meeting.date === '') {
    throw new ImportFormatError(
      fileName,
      `${kind} without a meeting date or agenda items; not minutes or an agenda`,
    );
  }
  return [meeting];
}

/** The family of a file's content (for messages and tests). */
export function detectFamily(bytes: Uint8Array): ImportFamily | 'json' | 'xml' | 'zip' | 'binary' {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  const head = decodeText(bytes.subarray(0, 4096)).text.trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (head.startsWith('<')) return 'xml';
  if (bytes.subarray(0, 4096).includes(0)) return 'binary';
  return 'text';
}

export async function parseImportFile(fileName: string, bytes: Uint8Array): Promise<ParsedMeeting[]> {
  if (bytes.length === 0) throw new ImportFormatError(fileName, 'the file is empty');
  const family = detectFamily(bytes);
  if (family === 'pdf') {
    let text: string;
    try {
      text = (await pdfText(bytes)).text;
    } catch (e) {
      throw new ImportFormatError(fileName, `PDF that cannot be read (${(e as Error).message})`);
    }
    if (text.trim() === '')
      throw new ImportFormatError(fileName, 'PDF without a text layer (scanned?); no text to import');
    return parseText(fileName, text, 'PDF');
  }
  if (family === 'zip') {
    let text: string;
    try {
      text = (await docxText(bytes)).text;
    } catch (e) {
      throw new ImportFormatError(fileName, `ZIP file that is not a readable DOCX (${(e as Error).message})`);
    }
    return parseText(fileName, text, 'DOCX');
  }
  if (family === 'binary') throw new ImportFormatError(fileName, 'binary content of an unknown format');
  const { text, encoding } = decodeText(bytes);
  if (family === 'json') {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new ImportFormatError(fileName, `JSON that cannot be read (${(e as Error).message})`);
    }
    if (!isFirstAgenda(json)) {
      throw new ImportFormatError(
        fileName,
        'JSON that is not a FirstAgenda publication (no Dagsordenpunkter/Moede/Udvalg)',
      );
    }
    const meetings = parseFirstAgenda(json, fileName);
    if (meetings.length === 0) throw new ImportFormatError(fileName, 'FirstAgenda JSON without any meeting');
    return meetings;
  }
  if (family === 'xml') {
    if (/^<(?:!doctype html|html)\b/i.test(text.trimStart())) {
      throw new ImportFormatError(
        fileName,
        'an HTML page, not an export; save the agenda as PDF or use the publication API',
      );
    }
    return parseXmlFile(fileName, text);
  }
  const meetings = parseText(fileName, text, 'text');
  if (encoding === 'windows-1252') {
    for (const m of meetings) m.warnings.unshift(`${fileName}: not valid UTF-8; read as Windows-1252`);
  }
  return meetings;
}
