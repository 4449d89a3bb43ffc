/** An item's states, in a module of its own without zod, so the web app can list them cheaply. */
export const ITEM_STATES = [
  'draft',
  'submitted',
  'returned',
  'rejected',
  'queued',
  'scheduled',
  'published',
  'withdrawn',
  // Treated at the meeting (minutes finalised):
  'decided',
  'postponed',
  'referred',
] as const;
export type ItemState = (typeof ITEM_STATES)[number];
