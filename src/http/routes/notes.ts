/** Private notes on items and attachments: the caller's own, never anyone else's. */
import { z } from 'zod';
import { listMyNotes } from '../../app/list-my-notes.ts';
import { saveNote, saveNoteSchema } from '../../app/save-note.ts';
import { slugSchema } from '../../domain/organisation.ts';
import { defineRoute } from '../route.ts';

const itemParams = z.object({ org: slugSchema, item: z.string().uuid() });

export const noteRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/orgs/:org/items/:item/notes',
    summary: 'My private notes on the item and its attachments',
    tag: 'notes',
    action: 'item.read',
    params: itemParams,
    handler: async ({ ctx, caller, params }) => {
      const items = await listMyNotes(ctx, caller, params.org, params.item);
      return { items, page: { limit: items.length, offset: 0, total: items.length } };
    },
  }),
  defineRoute({
    method: 'PUT',
    path: '/api/orgs/:org/items/:item/notes',
    summary: 'Write my private note on the item or one of its attachments (empty removes it)',
    tag: 'notes',
    action: 'note.write',
    params: itemParams,
    body: saveNoteSchema,
    handler: async ({ ctx, caller, params, body }) => ({
      note: await saveNote(ctx, caller, params.org, params.item, body),
    }),
  }),
];
