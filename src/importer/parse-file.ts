/**
 * The importer's entry point: one file's bytes in, the meetings it holds out. Filled by the
 * parsers' work for issue 7 (text, PDF, DOCX, FirstAgenda JSON, SBSYS, Acadre, eDoc).
 */
import type { ParsedMeeting } from './parsed-meeting.ts';

export async function parseImportFile(fileName: string, _bytes: Uint8Array): Promise<ParsedMeeting[]> {
  throw new Error(`No parser yet for ${fileName}`);
}
