/**
 * Gathers the planner's statistics for search (ADR 0015). Without them a frequent word costs
 * seconds instead of milliseconds. PostgreSQL's autovacuum gathers them on its own (when it is on);
 * embedded PGlite has no autovacuum, so Fora runs this after an import and every few hours.
 */
import { analyzeSearchTables } from '../store/statistics.ts';
import { type AppContext, authorize, type Caller } from './context.ts';

export async function refreshSearchStatistics(ctx: AppContext, caller: Caller): Promise<void> {
  authorize(caller, 'maintenance.run', { type: 'installation' }, 'Installation');
  await analyzeSearchTables(ctx.db);
}
