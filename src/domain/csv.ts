/** CSV (RFC 4180) for downloads that are opened in a spreadsheet. */

/** One field: quoted when needed (also for `;`, Danish Excel's separator), and a leading `=`, `+`,
 *  `-`, `@`, tab or CR neutralised with an apostrophe so a spreadsheet never runs it as a formula. */
export function csvField(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of fields as a CSV document with CRLF line ends. */
export const csvDocument = (rows: readonly (readonly (string | number | null)[])[]): string =>
  `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
