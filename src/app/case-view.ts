/** How a case is presented: its record, the title of its KLE topic and a link to the ESDH. */
import { kleTopicTitle } from '../domain/kle.ts';
import type { CaseRecord } from '../store/cases.ts';
import { kleCatalogue } from '../store/kle-catalogue.ts';
import type { AppSettings } from './context.ts';

export interface CaseView extends CaseRecord {
  /** Title of the KLE topic of a KLE number, e.g. "Kommunens styrelse i almindelighed". */
  kleTopicTitle: string | null;
  /** The case in the municipality's case-management system; null without a number or a template. */
  link: string | null;
}

/** The configured link template with `{caseNumber}` replaced by the URL-encoded case number. */
export function caseLink(template: string | null, caseNumber: string | null): string | null {
  if (!template || !caseNumber) return null;
  return template.replaceAll('{caseNumber}', encodeURIComponent(caseNumber));
}

export const toCaseView = (settings: AppSettings, record: CaseRecord): CaseView => ({
  ...record,
  kleTopicTitle: record.kleTopic ? (kleTopicTitle(kleCatalogue(), record.kleTopic) ?? null) : null,
  link: caseLink(settings.caseLinkTemplate, record.caseNumber),
});
