/**
 * Danish dates and times as minutes print them: "Onsdag d. 23. april 2025 kl. 09:00",
 * "23-04-2025", "23.04.2025", "23/4 2025", "2025-04-23", "kl. 9.00".
 */
const MONTHS: Record<string, number> = {
  januar: 1,
  jan: 1,
  februar: 2,
  feb: 2,
  marts: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string | undefined {
  if (year < 100) year += 2000;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The first date in `text` as YYYY-MM-DD, or undefined. */
export function findDanishDate(text: string): string | undefined {
  const isoMatch = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  const numeric = /\b(\d{1,2})[-./](\d{1,2})[-./ ]\s?(\d{4}|\d{2})\b/.exec(text);
  const named = /\b(\d{1,2})\.?\s+([a-zæøå]+)\.?\s+(\d{4})\b/i.exec(text);
  const candidates: { index: number; value: string | undefined }[] = [];
  if (isoMatch)
    candidates.push({
      index: isoMatch.index,
      value: iso(+(isoMatch[1] ?? ''), +(isoMatch[2] ?? ''), +(isoMatch[3] ?? '')),
    });
  if (numeric)
    candidates.push({
      index: numeric.index,
      value: iso(+(numeric[3] ?? ''), +(numeric[2] ?? ''), +(numeric[1] ?? '')),
    });
  if (named) {
    const month = MONTHS[(named[2] ?? '').toLowerCase()];
    if (month)
      candidates.push({ index: named.index, value: iso(+(named[3] ?? ''), month, +(named[1] ?? '')) });
  }
  const found = candidates.filter((c) => c.value).sort((a, b) => a.index - b.index);
  return found[0]?.value;
}

/** The start time HH:MM: after "kl." when present, else the first time-looking token. */
export function findTime(text: string): string | undefined {
  const m =
    /\bkl\.?\s*(\d{1,2})[:.](\d{2})\b/i.exec(text) ?? /(?:^|\s)(\d{1,2}):(\d{2})(?::\d{2})?\b/.exec(text);
  if (!m) return undefined;
  const h = +(m[1] ?? '');
  const min = +(m[2] ?? '');
  if (h > 23 || min > 59) return undefined;
  return `${pad(h)}:${pad(min)}`;
}
