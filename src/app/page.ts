import { z } from 'zod';

/** Offset pagination, the same on every list endpoint: `?limit=50&offset=0`. */
export const pageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type Page = z.output<typeof pageSchema>;
export interface Paged<T> {
  items: T[];
  page: Page & { total: number };
}
