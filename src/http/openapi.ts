/** The OpenAPI 3.1 document, generated from the route table. */
import { z } from 'zod';
import type { Route } from './route.ts';

const errorSchema = {
  type: 'object',
  required: ['error', 'message', 'details'],
  properties: {
    error: {
      type: 'string',
      enum: [
        'validation_failed',
        'unauthenticated',
        'forbidden',
        'not_found',
        'conflict',
        'locked',
        'quota_exceeded',
        'rate_limited',
        'internal',
      ],
    },
    message: { type: 'string' },
    details: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'problem'],
        properties: { path: { type: 'string' }, problem: { type: 'string' } },
      },
    },
  },
};

const jsonSchema = (s: z.ZodType, io: 'input' | 'output' = 'input') =>
  z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Record<string, unknown>;

function parameters(route: Route) {
  const out: unknown[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    for (const [name, field] of Object.entries(schema.shape)) {
      out.push({
        name,
        in: where,
        required: where === 'path' || !(field as z.ZodType).safeParse(undefined).success,
        schema: jsonSchema(field as z.ZodType),
      });
    }
  }
  return out;
}

export function openApiDocument(routes: readonly Route[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    const errors = Object.fromEntries(
      ['400', '401', '403', '404', '409'].map((s) => [
        s,
        {
          description: 'Error',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      ]),
    );
    (paths[path] as Record<string, unknown>)[r.method.toLowerCase()] = {
      summary: r.summary,
      tags: [r.tag],
      'x-fora-action': r.action,
      parameters: parameters(r),
      ...(r.body && {
        requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body) } } },
      }),
      ...(r.binaryBody && {
        requestBody: {
          required: true,
          content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
        },
      }),
      responses: { [String(r.status ?? 200)]: { description: 'OK' }, ...errors },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Fora API',
      version,
      description:
        'Forums, terms of reference, calendars. Every error body is {error, message, details: [{path, problem}]}. Lists are paginated with ?limit&offset and answer {items, page: {limit, offset, total}}.',
    },
    paths,
    components: { schemas: { Error: errorSchema } },
  };
}
