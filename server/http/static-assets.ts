import compression from 'compression';
import express, { type Express, type Request, type RequestHandler } from 'express';
import { existsSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';

/** Content-hashed by the build: a changed file gets a new name, so a phone may keep it forever. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The HTML, the service worker and build.json: kept, but always checked (ETag) before use. */
const REVALIDATE = 'no-cache';

const VARIANTS = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Compresses what is made per request (the API's JSON, the CSV/Markdown/JSON exports; PDFs are
 * compressed already and left alone). Built files skip it: they carry a Content-Encoding already,
 * precompressed at build (see docs/performance.md for the measurement behind that choice).
 */
export function dynamicCompression(): RequestHandler {
  return compression();
}

/** The file under `dir` a URL path names, or null for one that would escape it. */
function fileFor(dir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = resolve(dir, `.${decoded}`);
  return file.startsWith(dir + sep) && !decoded.includes('\0') ? file : null;
}

/** Points the request at the best precompressed copy the browser accepts, if the build made one. */
function pickVariant(dir: string): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = fileFor(dir, req.path);
    if (!file || !TYPES[extname(file)]) return next();
    res.vary('Accept-Encoding');
    const variant = VARIANTS.find((v) => acceptsOnly(req, v.encoding) && existsSync(file + v.suffix));
    if (variant) req.url = req.path + variant.suffix + req.url.slice(req.path.length);
    next();
  };
}

/** Whether the browser accepts this encoding (a `q=0` refuses it). */
function acceptsOnly(req: Request, encoding: string): boolean {
  return req.acceptsEncodings(encoding) === encoding;
}

/** Headers for a file sent from `dir`: its encoding and type, and how long a browser may keep it. */
function headersFor(dir: string) {
  return (res: express.Response, file: string): void => {
    const variant = VARIANTS.find((v) => file.endsWith(v.suffix));
    const original = variant ? file.slice(0, -variant.suffix.length) : file;
    if (variant) res.setHeader('Content-Encoding', variant.encoding);
    const type = TYPES[extname(original)];
    if (type) res.setHeader('Content-Type', type);
    const hashed = relative(dir, original).startsWith(`assets${sep}`);
    res.setHeader('Cache-Control', hashed ? IMMUTABLE : REVALIDATE);
  };
}

/**
 * Serves the built client: hashed assets cached for a year, everything else revalidated, each in
 * the encoding the browser asks for. Client-side routes (/join/..., /display/..., /host/...) get
 * index.html; a missing /assets/ file is a 404, never the HTML (which a browser would then keep
 * as that script for a year).
 */
export function serveClient(app: Express, clientDir: string): void {
  const dir = resolve(clientDir);
  if (!existsSync(join(dir, 'index.html'))) return;
  const setHeaders = headersFor(dir);
  const files = express.static(dir, { index: false, etag: true, lastModified: false, cacheControl: false, setHeaders });
  const pickCopy = pickVariant(dir);
  app.use(pickCopy, files);
  app.get(/^\/(?!api\/|socket\.io\/|assets\/).*/, (req, res, next) => {
    req.url = '/index.html';
    pickCopy(req, res, () => files(req, res, next));
  });
}
