/**
 * Case numbers as Danish ESDH systems print them: KLE-style "00.01.00-P35-7-23", "00.01.00P35-0104",
 * "EMN-2025-003383", "23-007005", "12/27845", "2012-28504" (maybe with "Dok.nr. ..."), optionally
 * after a label ("Sagsnr.:", "Sags nr.", "Sag:", "J.nr.").
 */
const LABEL = /^(?:sags?\.?\s*nr\.?|sagsnummer|sag|j\.?\s*nr\.?|journalnr\.?|acadre\s*sagsnr\.?)\s*:?\s*/i;

const FORMS: RegExp[] = [
  /^\d{2}\.\d{2}\.\d{2}-?[A-ZÆØÅ]\d{2}(?:-\d+-\d{2}|-\d+)?$/, // KLE with facet: 00.01.00-P35-7-23, 00.01.00P35-0104
  /^\d{2}\.\d{2}\.\d{2}-\d{3}-\d+-\d{2}$/, // 00.30.08-000-1-24 (facet printed as digits)
  /^\d{2}\.\d{2}\.\d{2}(?:-[A-ZÆØÅ0-9]{3})?(?:-\d+)*$/, // 00.01.00, 00.01.00-A00-17
  /^[A-ZÆØÅ]{2,5}-\d{4}-\d{3,7}$/, // EMN-2025-003383
  /^\d{2}-\d{5,7}$/, // 23-007005
  /^\d{2}\/\d{3,7}$/, // 12/27845
  /^\d{4}-\d{3,7}$/, // 2012-28504
  /^[A-ZÆØÅ]{2,5}\d{2}-\d{3,7}$/, // SAG21-00123
];

/** The case number on `line` (the whole line, optionally labelled), or undefined. */
export function caseNumberOfLine(line: string): string | undefined {
  let rest = line.trim();
  const labelled = LABEL.exec(rest);
  if (labelled && labelled[0].length > 0) rest = rest.slice(labelled[0].length);
  // "2012-28504 Dok.nr. 12345/12" or "12/27845, dok.nr. 3" keep only the case number
  const dok = /[\s,;]+dok\.?\s*nr\.?.*$/i.exec(rest);
  if (dok) rest = rest.slice(0, dok.index);
  rest = rest.trim();
  if (FORMS.some((f) => f.test(rest))) return rest;
  if (labelled && labelled[0].length > 0 && /^\S{4,30}$/.test(rest) && /\d/.test(rest)) return rest;
  return undefined;
}

/** Whether a string looks like a case number in one of the known forms (no label). */
export function isCaseNumber(value: string): boolean {
  return FORMS.some((f) => f.test(value.trim()));
}
