/**
 * What a parser makes of one agenda or minutes document, before anything is saved. The shape is
 * the one `fora import --dry-run --json` prints. What a parser is unsure of goes in `warnings`,
 * never into a field as a guess.
 */
export interface ParsedMeeting {
  /** The forum (committee) as the document names it, e.g. "Chefforum". */
  forum: string;
  kind: 'agenda' | 'minutes';
  /** The document's own title line, e.g. "REFERAT Chefforum d. 23-04-2025". */
  title: string;
  /** Local date of the meeting, YYYY-MM-DD; '' when the document gives none (with a warning). */
  date: string;
  /** Local start time HH:MM; '' when not given. */
  start: string;
  location: string;
  participants: ParsedParticipant[];
  absent: ParsedAbsence[];
  items: ParsedItem[];
  warnings: string[];
}

export interface ParsedParticipant {
  name: string;
  /** Job title as printed ("Kommunaldirektør"). */
  title?: string;
  /** Role in the meeting as printed ("Formand", "Medlem", "Sekretær"). */
  role?: string;
}

export interface ParsedAbsence {
  name: string;
  reason?: string;
}

export interface ParsedItem {
  /** As printed: "1", "1.1", "715". */
  number: string;
  title: string;
  caseNumber?: string;
  closed: boolean;
  /** The item's text sections in document order, headings as printed; plain text with paragraphs separated by blank lines. */
  sections: ParsedSection[];
  /** Each recommendation as printed without its number ("at dagsordenen godkendes"). */
  recommendations: string[];
  /** The decision text (plain text); absent when the document carries none. */
  decision?: string;
  /** Attachment names as printed. */
  attachments: string[];
}

export interface ParsedSection {
  heading: string;
  text: string;
}
