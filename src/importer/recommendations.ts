/**
 * Recommendations ("Indstilling") in the forms Danish agendas print them: "at ..." lines,
 * "1) at ...", "1. at ...", "At 1) ...", "A)"/"B)", bullets, and an intro "Det indstilles:" or
 * "Direktøren indstiller, at ..." (inline). Each comes back as printed, without its number.
 */
const NUMBERED = /^(?:\(?\d{1,2}[.)]|\(?[A-ZÆØa-zæø][.)]|[-•*–·])\s+(.+)$/;
const AT_NUMBERED = /^at\s+\(?\d{1,2}[.)]\s+(.+)$/i;
const AT_LINE = /^at\s+\S/i;
const INLINE = /\bindstille[rs]?\b[^.:]*?,?\s+(at\s+.+)$/i;
const INTRO = /(?:indstille[rs]?|indstilling(?:en)?|foreslå[rs]?|forslag)\b[^.]*[,:]\s*$/i;

/** The recommendations in an "Indstilling" section's text (paragraphs separated by blank lines). */
export function extractRecommendations(text: string): string[] {
  const out: string[] = [];
  let current: string | undefined;
  let listOpen = false; // after an intro line ("indstiller,") plain numbered lines are recommendations
  const flush = () => {
    if (current !== undefined) out.push(current.trim());
    current = undefined;
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    const atNumbered = AT_NUMBERED.exec(line);
    const numbered = NUMBERED.exec(line);
    if (atNumbered) {
      flush();
      current = `at ${atNumbered[1] ?? ''}`;
      listOpen = true;
    } else if (numbered && (AT_LINE.test(numbered[1] ?? '') || listOpen)) {
      flush();
      current = numbered[1] ?? '';
    } else if (AT_LINE.test(line)) {
      flush();
      current = line;
      listOpen = true;
    } else if (INLINE.test(line) && current === undefined) {
      current = (INLINE.exec(line) as RegExpExecArray)[1];
      listOpen = true;
    } else if (INTRO.test(line)) {
      flush();
      listOpen = true;
    } else if (current !== undefined) {
      current += ` ${line}`;
    }
  }
  flush();
  return out.filter((r) => r.length > 0);
}
