import { z } from 'zod';
import { exportPersonAudit, personAuditCsv } from '../../app/export-person-audit.ts';
import { slugSchema } from '../../domain/organisation.ts';
import { defineRoute } from '../route.ts';
import { textDownload } from './attachments.ts';

export const auditRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/people/:person/audit',
    summary:
      'Every audit event that concerns a person (GDPR access request): as actor, as object, or named in the detail; ?format=csv for a download',
    tag: 'audit',
    action: 'audit.read',
    params: z.object({ org: slugSchema, person: z.guid() }),
    query: z.object({ format: z.enum(['json', 'csv']).default('json') }),
    handler: async ({ ctx, caller, params, query }) => {
      const found = await exportPersonAudit(ctx, caller, params.org, params.person);
      if (query.format === 'csv')
        return textDownload(
          `audit-${found.person.id}.csv`,
          'text/csv',
          personAuditCsv(found.events),
          'no-store',
        );
      return {
        person: found.person,
        items: found.events,
        page: { limit: found.events.length, offset: 0, total: found.events.length },
      };
    },
  }),
];
