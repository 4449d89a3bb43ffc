/** My private notes on an agenda item and its attachments (placeholder: being built). */
import type { AgendaItem } from '../types.ts';

export function ItemNotes(_props: { org: string; item: AgendaItem }) {
  return null;
}
