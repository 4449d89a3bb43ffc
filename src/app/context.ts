/**
 * What every use case receives: the application context (database, clock) and the caller (the
 * actor, where the request came from, and the policy checks made so far).
 */
import { DateTime } from 'luxon';
import { ForaError, notFound } from '../domain/errors.ts';
import type { OidcSettings } from '../domain/oidc.ts';
import type { Forum, Organisation } from '../domain/organisation.ts';
import { type Action, type Actor, can, canKnowOrganisation, type Resource } from '../domain/policy.ts';
import { type AuditWrite, insertAuditEvent } from '../store/audit.ts';
import type { Db, DbOrTx } from '../store/db.ts';
import type { FileStorage } from '../store/file-storage.ts';
import { findForumByShortName } from '../store/forums.ts';
import { findOrganisationBySlug } from '../store/organisations.ts';

export interface AppSettings {
  /** Link to a case in the case-management system; `{caseNumber}` is replaced. */
  caseLinkTemplate: string | null;
  /** Base URL of this installation, for links in e-mails and feeds. */
  publicUrl: string;
  /** Largest attachment accepted, in bytes. */
  maxUploadBytes: number;
  /** OpenID Connect sign-in (Entra ID, OS2faktor); absent when it is off. */
  oidc?: OidcSettings | null;
  /** The public OParl 1.1 API at /oparl/v1.1 (ADR 0016); on unless false (FORA_OPARL=off). */
  oparl?: boolean;
  /** Months an access event (a read of closed content, a sign-in) keeps its actor, address and detail (ADR 0017); 6 unless set. */
  auditRetentionMonths?: number;
  /** Most bytes an organisation's attachments may take together (default DEFAULT_ORG_STORAGE_QUOTA_BYTES). */
  orgStorageQuotaBytes?: number;
  /** Most bytes one person may upload in 24 hours (default DEFAULT_PERSON_DAILY_UPLOAD_BYTES). */
  personDailyUploadBytes?: number;
  /** What the HTTP server reads (src/http/server.ts); tests leave it out. */
  http?: HttpSettings;
}

export const DEFAULT_ORG_STORAGE_QUOTA_BYTES = 20 * 1024 ** 3;
export const DEFAULT_PERSON_DAILY_UPLOAD_BYTES = 500 * 1024 ** 2;

/** Rate limits (src/http/rate-limit.ts); a limit of 0 is no limit. */
export interface RateLimitSettings {
  /** Failed sign-in guesses allowed per account within the window. */
  signInFailures: number;
  /**
   * Failed guesses allowed per client address within the window. Higher than per account: a
   * municipality's offices often reach Fora from one address.
   */
  signInFailuresPerAddress: number;
  signInWindowMs: number;
  /** API requests allowed per actor (else per client address) within the window. */
  apiRequests: number;
  apiWindowMs: number;
}

export interface HttpSettings {
  /** Reverse proxies whose X-Forwarded-For is believed (fastify's trustProxy): a hop count or addresses. */
  trustProxy: false | number | string[];
  /** Absent: no rate limits. */
  rateLimits?: RateLimitSettings;
}

export const DEFAULT_SETTINGS: AppSettings = {
  caseLinkTemplate: null,
  publicUrl: 'http://localhost:3000',
  maxUploadBytes: 25 * 1024 * 1024,
};

export interface AppContext {
  db: Db;
  /** The clock, injected so tests control time. */
  now: () => Date;
  files: FileStorage;
  settings: AppSettings;
}

export interface Caller {
  actor: Actor;
  /** Network address of the request, for the audit trail; null from the CLI. */
  address: string | null;
  /** Policy checks made while serving this call; the HTTP layer refuses a route that made none. */
  checks: Action[];
  /** The action the route declares: the first check must be this one, before anything is written. */
  expects: Action | null;
  /** The stored id of the session that signed this request in, if a session cookie did. */
  sessionId?: string;
}

export const callerOf = (
  actor: Actor,
  address: string | null = null,
  expects: Action | null = null,
): Caller => ({
  actor,
  address,
  checks: [],
  expects,
});

/** Today's local date in Copenhagen, per the context clock. */
export const today = (ctx: AppContext): string =>
  DateTime.fromJSDate(ctx.now(), { zone: 'Europe/Copenhagen' }).toISODate() ?? '';

/**
 * Guard clause for every use case: allowed, or an error. An object the actor may not know of
 * answers not_found (so its existence does not leak); otherwise forbidden.
 */
export function authorize(caller: Caller, action: Action, resource: Resource, what = 'Resource'): void {
  if (caller.checks.length === 0 && caller.expects !== null && action !== caller.expects)
    throw new ForaError('internal', `route declares ${caller.expects} but its use case checks ${action}`);
  caller.checks.push(action);
  if (can(caller.actor, action, resource)) return;
  if (caller.actor.kind === 'anonymous') throw new ForaError('unauthenticated', 'Sign-in required');
  if (resource.type !== 'installation' && !canKnowOrganisation(caller.actor, resource.orgId))
    throw notFound(what);
  // An item the actor may not even read is, to them, an item that does not exist.
  if (resource.type === 'item' && (action === 'item.read' || !can(caller.actor, 'item.read', resource)))
    throw notFound(what);
  throw new ForaError('forbidden', `Not allowed: ${action}`);
}

/** Loads an organisation by slug; unknown to this actor means not found. */
export async function resolveOrganisation(db: DbOrTx, caller: Caller, slug: string): Promise<Organisation> {
  if (caller.actor.kind === 'anonymous') throw new ForaError('unauthenticated', 'Sign-in required');
  const org = await findOrganisationBySlug(db, slug);
  if (!org || !canKnowOrganisation(caller.actor, org.id)) throw notFound('Organisation');
  return org;
}

export async function resolveForum(
  db: DbOrTx,
  caller: Caller,
  orgSlug: string,
  shortName: string,
): Promise<{ org: Organisation; forum: Forum }> {
  const org = await resolveOrganisation(db, caller, orgSlug);
  const forum = await findForumByShortName(db, org.id, shortName);
  if (!forum) throw notFound('Forum');
  return { org, forum };
}

export const forumResource = (forum: Forum): Resource => ({
  type: 'forum',
  orgId: forum.orgId,
  forumId: forum.id,
});
export const orgResource = (org: { id: string }): Resource => ({ type: 'organisation', orgId: org.id });

/** Writes the audit row for a change, inside the change's transaction. */
export async function audit(
  db: DbOrTx,
  caller: Caller,
  event: Pick<AuditWrite, 'orgId' | 'action' | 'objectType' | 'objectId'> & {
    detail?: Record<string, unknown>;
  },
): Promise<void> {
  const a = caller.actor;
  await insertAuditEvent(db, {
    orgId: event.orgId,
    actorPersonId: a.kind === 'person' ? a.personId : null,
    actorLabel: a.kind === 'person' ? a.name : a.kind === 'operator' ? `operator:${a.label}` : 'anonymous',
    action: event.action,
    objectType: event.objectType,
    objectId: event.objectId,
    address: caller.address,
    detail: event.detail ?? {},
  });
}
