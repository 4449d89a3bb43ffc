/**
 * Serves the built web app (dist/ui, `npm run build:ui`) at / : files as they are, hashed assets
 * cached for a year, every other path outside /api and /feeds answered with index.html (the app
 * routes in the browser); /sw.js, the offline-reading service worker, is a file like the others
 * (never the app, never immutable). Every answer carries the app's Content-Security-Policy: scripts
 * (and so workers, such as pdf.js's and the service worker), styles, fonts and images from this
 * origin only, no inline script and no eval; images also from blob: URLs, which the attachment
 * viewer makes of an image attachment's fetched bytes (an image cannot run script). Without a build,
 * / answers 503 with a line saying how to build it; the API is unaffected. Unknown paths under /api,
 * /feeds and /oparl, and names of backup copies (`/fora/CF~`), are 404s, never the app. Text files
 * go gzipped to clients that accept it.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const DEFAULT_WEB_APP_DIR = fileURLToPath(new URL('../../dist/ui/', import.meta.url));

export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.txt': 'text/plain; charset=utf-8',
};

/** Vite names the files under /assets/ by their content hash, so they never change. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

const NOT_BUILT =
  'Fora: the web app is not built. Run `npm run build:ui` (or `npm start`, which builds it first) and ' +
  'reload. The API works meanwhile: /api/openapi.json.\n';

/** The offline-reading service worker (src/ui/public/sw.js): revalidated on every check, scope / (ADR 0014). */
const SERVICE_WORKER = '/sw.js';

const isApiPath = (p: string) => /^\/(api|feeds|oparl)(\/|$)/.test(p);

/** Names of editors' backup copies (`x~`, `x.bak`, `x.orig`...): never an app path, so never the app. */
const isBackupName = (p: string) => /(~|\.(bak|old|orig|save|swp|tmp))$/i.test(p);

/** Text types worth compressing (fonts and images are compressed already). */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json)|image\/svg)/;
/** Gzipped hashed assets, by path: they never change, so each is compressed once. */
const gzipped = new Map<string, Buffer>();

/** The body as the client takes it: gzip for a compressible type when the client accepts it. */
function encode(
  request: FastifyRequest,
  reply: FastifyReply,
  pathname: string,
  type: string,
  body: Buffer,
): Buffer {
  if (!COMPRESSIBLE.test(type) || body.length < 512) return body;
  reply.header('vary', 'accept-encoding');
  const accepts = String(request.headers['accept-encoding'] ?? '');
  if (!/\bgzip\b/.test(accepts)) return body;
  const cacheable = pathname.startsWith('/assets/');
  const gz = (cacheable && gzipped.get(pathname)) || gzipSync(body, { level: 9 });
  if (cacheable) gzipped.set(pathname, gz);
  reply.header('content-encoding', 'gzip');
  return gz;
}

async function readFileIn(root: string, pathname: string): Promise<Buffer | null> {
  const file = path.resolve(root, `.${pathname}`);
  if (!file.startsWith(root + path.sep)) return null;
  try {
    return await fs.readFile(file);
  } catch {
    return null; // missing, or a directory
  }
}

export function registerWebApp(app: FastifyInstance, dir: string = DEFAULT_WEB_APP_DIR): void {
  const root = path.resolve(dir);

  const serve = async (request: FastifyRequest, reply: FastifyReply) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    } catch {
      return reply.callNotFound();
    }
    if (isApiPath(pathname) || isBackupName(pathname) || pathname.includes('\0')) return reply.callNotFound();
    const index = await readFileIn(root, '/index.html');
    if (!index) return reply.status(503).type('text/plain; charset=utf-8').send(NOT_BUILT);
    reply.header('content-security-policy', WEB_APP_CSP);

    if (pathname !== '/' && pathname !== '/index.html') {
      const file = await readFileIn(root, pathname);
      if (file) {
        const type = TYPES[path.extname(pathname).toLowerCase()] ?? 'application/octet-stream';
        reply.header('cache-control', pathname.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
        if (pathname === SERVICE_WORKER) reply.header('service-worker-allowed', '/');
        return reply.type(type).send(encode(request, reply, pathname, type, file));
      }
      // A missing file (an old asset, a typo) is a 404, not the app.
      if (pathname.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(pathname)) return reply.callNotFound();
    }
    // The app's own paths (/fora/..., /fora/.../moeder/...): the app, always revalidated.
    reply.header('cache-control', 'no-cache');
    const html = 'text/html; charset=utf-8';
    return reply.type(html).send(encode(request, reply, '/index.html', html, index));
  };

  app.get('/', serve);
  app.get('/*', serve);
}
