/**
 * For the OParl tests: ajv validation against the OParl 1.1 schemas (tests/fixtures/oparl-1.1,
 * CC BY-SA 4.0, see its NOTICE.md), embedded objects included, and a breadth-first crawler that
 * follows every URL-valued property from the System.
 */
import fs from 'node:fs';
import path from 'node:path';
import AjvModule, { type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

const SCHEMA_DIR = path.resolve(import.meta.dirname, '../fixtures/oparl-1.1/schema');
type Schema = { properties: Record<string, { schema?: string; items?: { schema?: string } }> };

const schemas = new Map<string, Schema>();
const validators = new Map<string, ValidateFunction>();
// The schemas are draft-04 style without $schema and with OParl's own annotation keywords
// (references, backreference, cardinality, schema): Ajv's default class, not strict.
// Their patterns escape ':' and '/', which a unicode RegExp refuses: `unicodeRegExp: false`.
const Ajv = AjvModule.default ?? AjvModule;
const addFormats = formatsModule.default ?? formatsModule;
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
for (const file of fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json'))) {
  const schema = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
  const name = file.replace(/\.json$/, '');
  schemas.set(name, schema);
  validators.set(name, ajv.compile(schema));
}

/** The OParl type name ("Meeting") of an object. */
export const typeName = (o: { type?: unknown }): string => String(o.type ?? '').replace(/^.*\//, '');

/** Schema errors of the object and of every object embedded in it (`schema: "X.json"`). */
export function schemaErrors(o: Record<string, unknown>, name = typeName(o)): string[] {
  const validate = validators.get(name);
  if (!validate) return [`no schema for ${name}`];
  const id = String(o.id);
  const errors = validate(o)
    ? []
    : (validate.errors ?? []).map((e) => `${name} ${id} ${e.instancePath} ${String(e.message)}`);
  const schema = schemas.get(name);
  for (const [key, prop] of Object.entries(schema?.properties ?? {})) {
    const value = o[key];
    const embedded = prop.schema ?? prop.items?.schema;
    if (!embedded?.endsWith('.json') || value === undefined) continue;
    const inner = embedded.replace(/\.json$/, '');
    for (const v of Array.isArray(value) ? value : [value])
      if (v && typeof v === 'object') errors.push(...schemaErrors(v as Record<string, unknown>, inner));
  }
  return errors;
}

/** Every string value under `o` that starts with the base URL, with the property it came from. */
export function urlsIn(o: unknown, base: string, key = ''): { key: string; url: string }[] {
  if (typeof o === 'string') return o.startsWith(base) ? [{ key, url: o }] : [];
  if (Array.isArray(o)) return o.flatMap((v) => urlsIn(v, base, key));
  if (o && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => urlsIn(v, base, k));
  return [];
}

export interface Crawl {
  /** Every response body by URL. */
  pages: Map<string, { status: number; body: string; json: unknown }>;
  /** Objects fetched at their own URL. */
  objects: Map<string, Record<string, unknown>>;
  /** Objects listed in an external list: object id → list URL (without query). */
  listed: Map<string, string>;
  /** Links that did not answer 200: "from -> to (status)". */
  dangling: string[];
}

/** Breadth-first from `start`, following every URL (file downloads are fetched, not parsed). */
export async function crawl(app: FastifyInstance, base: string, start: string): Promise<Crawl> {
  const result: Crawl = { pages: new Map(), objects: new Map(), listed: new Map(), dangling: [] };
  const queue: { url: string; from: string }[] = [{ url: start, from: '(start)' }];
  const seen = new Set([start]);
  while (queue.length > 0) {
    const next = queue.shift();
    if (!next) break;
    const res = await app.inject({ method: 'GET', url: next.url.slice(new URL(base).origin.length) });
    const isFile = next.url.endsWith('/download');
    const json = isFile || res.statusCode !== 200 ? null : res.json();
    result.pages.set(next.url, { status: res.statusCode, body: res.body, json });
    if (res.statusCode !== 200) {
      result.dangling.push(`${next.from} -> ${next.url} (${res.statusCode})`);
      continue;
    }
    if (json === null) continue;
    const page = json as { data?: Record<string, unknown>[]; id?: string };
    const links: string[] = [];
    if (Array.isArray(page.data)) {
      const listUrl = next.url.split('?')[0] ?? next.url;
      for (const o of page.data) {
        result.listed.set(String(o.id), listUrl);
        links.push(String(o.id));
        // A deleted object's links point at what is gone; the object itself is followed.
        if (!o.deleted) links.push(...urlsIn(o, base).map((u) => u.url));
      }
      links.push(...urlsIn((json as { links?: unknown }).links, base).map((u) => u.url));
    } else {
      if (page.id) result.objects.set(next.url, json as Record<string, unknown>);
      if (!(json as { deleted?: boolean }).deleted) links.push(...urlsIn(json, base).map((u) => u.url));
    }
    for (const url of links)
      if (!seen.has(url)) {
        seen.add(url);
        queue.push({ url, from: next.url });
      }
  }
  return result;
}
