/**
 * A route is plain data: method, path, schemas, the policy action it must check, and a handler that
 * calls one use case. The server registers them, the OpenAPI document is generated from them, and
 * the route-table test reads them.
 */

import type { Readable } from 'node:stream';
import type { z } from 'zod';
import type { AppContext, Caller } from '../app/context.ts';
import type { Action, Actor } from '../domain/policy.ts';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface RouteInput<P, Q, B> {
  ctx: AppContext;
  caller: Caller;
  params: P;
  query: Q;
  body: B;
}

export interface Route<P = unknown, Q = unknown, B = unknown> {
  method: Method;
  /** Fastify path syntax: /api/orgs/:org/forums/:forum */
  path: string;
  summary: string;
  tag: string;
  /** The action the handler's use case must authorise; 'public' only for health and the API document. */
  action: Action | 'public';
  params?: AnyObject;
  query?: AnyObject;
  /** Documents the body; the use case parses it after authorising, so a caller who may not act
   *  learns nothing from validation errors. */
  body?: z.ZodType;
  /** The body is raw bytes (an upload), streamed to the use case. */
  binaryBody?: boolean;
  /** Success status; 200 unless given. */
  status?: number;
  handler: (input: RouteInput<P, Q, B>) => Promise<unknown>;
  /** Who is calling, for routes not signed in the usual way (calendar feeds carry a secret token). */
  actor?: (ctx: AppContext, params: unknown) => Promise<Actor>;
}

/** A handler result sent as is (a file, a calendar feed) instead of as JSON. */
export class RawResponse {
  constructor(
    readonly contentType: string,
    readonly body: Buffer | string | Readable,
    readonly headers: Record<string, string> = {},
  ) {}
}

/** Typed helper: infers the handler's params/query/body from the schemas. */
export function defineRoute<
  PS extends AnyObject | undefined = undefined,
  QS extends AnyObject | undefined = undefined,
  BS extends z.ZodType | undefined = undefined,
>(
  route: Omit<Route, 'handler' | 'params' | 'query' | 'body'> & {
    params?: PS;
    query?: QS;
    body?: BS;
    handler: (
      input: RouteInput<
        PS extends AnyObject ? z.output<PS> : Record<string, never>,
        QS extends AnyObject ? z.output<QS> : Record<string, never>,
        unknown
      >,
    ) => Promise<unknown>;
  },
): Route {
  return route as unknown as Route;
}
