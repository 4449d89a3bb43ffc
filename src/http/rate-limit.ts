/**
 * Rate limits, in memory (one server process): fixed windows counted per key.
 *
 * - Sign-in guesses: failed password sign-ins (POST /api/session) and wrong current passwords
 *   (POST .../people/:person/password) count per account (the e-mail, or the person) and, with a
 *   higher limit, per client address; past either limit within the window, the route answers 429 `rate_limited` with
 *   Retry-After before the password is even checked. A successful sign-in clears its account's count
 *   (not the address's). This comes on top of the account lockout (src/domain/session.ts), which
 *   stops guesses at one account; this stops one address from trying many accounts.
 * - The API overall: requests per signed-in person (the session's or the development header's), per
 *   operator, else per client address; generous, against runaway clients and crawlers.
 *
 * Limits of 0 turn a limiter off. Behind a reverse proxy the address is the client's only with
 * TRUST_PROXY set (request.ip).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RateLimitSettings } from '../app/context.ts';
import { ForaError } from '../domain/errors.ts';
import type { Actor } from '../domain/policy.ts';

export type { RateLimitSettings };

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  signInFailures: 10,
  signInFailuresPerAddress: 100,
  signInWindowMs: 15 * 60_000,
  apiRequests: 600,
  apiWindowMs: 60_000,
};

/** Over the limit: 429 with Retry-After (seconds), in the usual error body. */
export class RateLimitedError extends ForaError {
  constructor(
    readonly retryAfterSeconds: number,
    what: 'sign-in' | 'api',
  ) {
    super(
      'rate_limited',
      what === 'sign-in' ? 'Too many failed sign-in attempts; try again later' : 'Too many requests',
      [{ path: '(request)', problem: `rate limited; retry after ${retryAfterSeconds} seconds` }],
    );
  }
}

/** Keys are dropped once their window is over; past this many keys, expired ones are swept. */
const SWEEP_AT = 10_000;

/** A fixed-window counter per key. */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  private current(key: string): { start: number; count: number } | undefined {
    const w = this.windows.get(key);
    if (w && this.now() - w.start >= this.windowMs) {
      this.windows.delete(key);
      return undefined;
    }
    return w;
  }

  /** Seconds until the key may try again, or null while it is under the limit. Counts nothing. */
  blocked(key: string): number | null {
    if (this.limit <= 0) return null;
    const w = this.current(key);
    if (!w || w.count < this.limit) return null;
    return Math.max(1, Math.ceil((w.start + this.windowMs - this.now()) / 1000));
  }

  /** Counts one for the key. */
  hit(key: string): void {
    if (this.limit <= 0) return;
    const w = this.current(key);
    if (w) w.count += 1;
    else {
      if (this.windows.size >= SWEEP_AT) this.sweep();
      this.windows.set(key, { start: this.now(), count: 1 });
    }
  }

  /** Counts one and answers as `blocked` did before it: null while the key was under the limit. */
  take(key: string): number | null {
    const wait = this.blocked(key);
    if (wait === null) this.hit(key);
    return wait;
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}

/** The API limiter's key: the person or operator, else the client address. */
export function apiKey(actor: Actor, address: string): string {
  if (actor.kind === 'person') return `person:${actor.personId}`;
  if (actor.kind === 'operator') return `operator:${actor.label}`;
  return `address:${address}`;
}

export const PASSWORD_ROUTE = '/api/orgs/:org/people/:person/password';
const SIGN_IN_ROUTE = '/api/session';

/** The sign-in limiter's keys for a guessing route, or null for any other route. */
function guessKeys(request: FastifyRequest): { address: string; account: string | null } | null {
  if (request.method !== 'POST') return null;
  const url = request.routeOptions.url;
  const address = `address:${request.ip}`;
  if (url === SIGN_IN_ROUTE) {
    const body = request.body as { email?: unknown } | undefined;
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
    return { address, account: email ? `email:${email}` : null };
  }
  // Only one's own password change with the current one is a guess (an admin's reset is not).
  const body = request.body as { currentPassword?: unknown } | undefined;
  if (url === PASSWORD_ROUTE && body?.currentPassword !== undefined) {
    const person = (request.params as { person?: unknown }).person;
    return { address, account: typeof person === 'string' ? `person:${person}` : null };
  }
  return null;
}

/** A failed guess: a refused sign-in, or a wrong current password. */
function isFailedGuess(request: FastifyRequest, error: unknown): boolean {
  if (!(error instanceof ForaError)) return false;
  if (request.routeOptions.url === SIGN_IN_ROUTE) return error.code === 'unauthenticated';
  return error.details.some((d) => d.path === 'currentPassword' && d.problem === 'does not match');
}

export interface RateLimits {
  /** Throws RateLimitedError when the API limit for this actor (or address) is used up. */
  checkApi(actor: Actor, address: string): void;
}

/**
 * Registers the limits' hooks: sign-in guesses on their two routes, and the API limit per address
 * for API answers outside the route table (sign-in, OpenID Connect, the API document, health);
 * the route table's handler calls `checkApi` once it knows the actor.
 */
export function registerRateLimits(
  app: FastifyInstance,
  settings: RateLimitSettings | null | undefined,
  now: () => number,
): RateLimits {
  if (!settings) return { checkApi: () => {} };
  const perAccount = new FixedWindowLimiter(settings.signInFailures, settings.signInWindowMs, now);
  const perAddress = new FixedWindowLimiter(settings.signInFailuresPerAddress, settings.signInWindowMs, now);
  const api = new FixedWindowLimiter(settings.apiRequests, settings.apiWindowMs, now);
  const checkApi = (actor: Actor, address: string) => {
    const wait = api.take(apiKey(actor, address));
    if (wait !== null) throw new RateLimitedError(wait, 'api');
  };

  app.addHook('onRequest', async (request) => {
    if ((request.routeOptions.config as { tableRoute?: boolean } | undefined)?.tableRoute) return;
    if (/^\/(api|auth)(\/|$)/.test(request.url)) checkApi({ kind: 'anonymous' }, request.ip);
  });
  app.addHook('preHandler', async (request) => {
    const keys = guessKeys(request);
    if (!keys) return;
    const wait = Math.max(
      perAddress.blocked(keys.address) ?? 0,
      (keys.account && perAccount.blocked(keys.account)) || 0,
    );
    if (wait > 0) throw new RateLimitedError(wait, 'sign-in');
  });
  app.addHook('onError', async (request, _reply, error) => {
    const keys = guessKeys(request);
    if (!keys || !isFailedGuess(request, error)) return;
    perAddress.hit(keys.address);
    if (keys.account) perAccount.hit(keys.account);
  });
  app.addHook('onResponse', async (request, reply) => {
    const keys = guessKeys(request);
    if (keys?.account && request.routeOptions.url === SIGN_IN_ROUTE && reply.statusCode === 200)
      perAccount.reset(keys.account);
  });
  return { checkApi };
}
