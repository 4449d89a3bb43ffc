/**
 * What a parser makes of one agenda or minutes document, before anything is saved. The shape is
 * the one `fora import --dry-run --json` prints. What a parser is unsure of goes in `warnings`,
 * never into a field as a guess.
 */
export interface ParsedMeeting {
  /** The forum (committee) as the document names it, e.g. "Chefforum". */
  forum: string;
  kind: 'agenda' | 'minutes';
  /**
   * The document's own title line, e.g. "REFERAT Chefforum d. 23-04-2025". Exports without a title
   * line get their meeting/agenda name and committee ("Referat, Ekstraordinært PUK").
   */
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
  /**
   * The item's text sections in document order, headings as printed; plain text with paragraphs
   * separated by blank lines. The recommendation section stays here (its items are also in
   * `recommendations`); the decision of this meeting and the attachment list ("Bilag") do not
   * (they are `decision` and `attachments`); earlier dated decisions stay here. Text before the
   * first heading has heading ''.
   */
  sections: ParsedSection[];
  /** Each recommendation as printed without its number ("at dagsordenen godkendes"). */
  recommendations: string[];
  /**
   * The decision text (plain text) of THIS meeting; absent when the document carries none (an
   * agenda, a placeholder such as "Beslutning ikke frigivet", or only decisions of other dates).
   */
  decision?: string;
  /** Attachment names as printed (list numbering such as "Bilag 1:" removed). */
  attachments: string[];
}

export interface ParsedSection {
  heading: string;
  text: string;
}
