// Serves the built site (dist/) the way a static host or CDN would: Brotli
// (or gzip, for a client without it) for text, the headers from
// dist/_headers, the 404 page for unknown paths, and clean URLs
// (/x/ → x/index.html). Used by `npm start`, the browser tests, Lighthouse
// and the benchmark, so they all measure what readers would get.
// With the class service built (dist-server/, from `npm run build`), requests
// under /api/ and /class/ go to it, on PGlite in .data/pglite or on the
// PostgreSQL server DATABASE_URL names; SERVICE=off serves the static site alone.
//   node scripts/serve.mjs [port]   (default 4321; PORT also works; DIST_DIR picks another build)
// Needs Node 22.18 or newer, which reads src/lib/headers.ts directly; `npm run preview` provides it.
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompress, brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import { headersFor, parseHeaders } from '../src/lib/headers.ts';
import { SERVICE_TIMING } from '../src/lib/classroom.ts';

const ROOT = process.env.DIST_DIR ?? 'dist';
const PORT = Number(process.argv[2] ?? process.env.PORT ?? 4321);
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.woff2': 'font/woff2',
  '.png': 'image/png', '.webp': 'image/webp', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

if (!existsSync(join(ROOT, 'index.html'))) {
  console.error(`${ROOT}/ has no built site: run \`npm run build\` first.`);
  process.exit(1);
}

/**
 * Rules from dist/_headers, read as the site's own code reads them
 * (src/lib/headers.ts, run by Node's type stripping): every rule that matches
 * a path applies, and a header named by several is combined, as hosts do.
 */
function readHeaderRules() {
  const file = join(ROOT, '_headers');
  return existsSync(file) ? parseHeaders(readFileSync(file, 'utf8')) : [];
}
const rules = readHeaderRules();

function resolve(pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [join(ROOT, clean), join(ROOT, clean, 'index.html'), join(ROOT, `${clean}.html`)]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/**
 * Compressed bodies, by encoding, file and modification time. Brotli at its
 * highest quality, as CDNs serve static text: on the story's 330 KB of HTML it
 * gives 43 KB against gzip's 62 KB (gzip only looks 32 KB back, and the
 * story's drawings repeat across more than that), which is one round trip
 * fewer on a phone's first load.
 */
const compressed = new Map();
const BROTLI = { params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY } };
const ENCODINGS = {
  br: { compress: (body) => brotliCompressSync(body, BROTLI), later: promisify(brotliCompress) },
  gzip: { compress: (body) => gzipSync(body, { level: 9 }) },
};
const cacheKey = (encoding, file) => `${encoding}:${file}:${statSync(file).mtimeMs}`;

/** The best encoding both sides know, for a compressible type. */
function encodingFor(req, type) {
  if (!COMPRESSIBLE.test(type)) return undefined;
  const accepted = req.headers['accept-encoding'] ?? '';
  return Object.keys(ENCODINGS).find((name) => new RegExp(`\\b${name}\\b`).test(accepted));
}

/**
 * Compresses the pages, styles and scripts once at start, off the main thread,
 * so no reader (and no measurement) waits for Brotli's slowest setting.
 */
async function warmCompressed(dir = ROOT) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await warmCompressed(path);
    else if (/\.(html|css|js)$/.test(entry.name)) {
      const key = cacheKey('br', path);
      if (!compressed.has(key)) compressed.set(key, await ENCODINGS.br.later(readFileSync(path), BROTLI));
    }
  }
}

/** The service's endpoints, rendered on demand. */
const SERVICE_PATH = /^\/api\//;
/** A class's results page: one prerendered page (dist/class/index.html) answers for every class's address. */
const CLASS_PAGE = /^\/class\/[^/]+\/?$/;
// Built beside the static site (astro.config.mjs: build.server), so DIST_DIR brings its own.
const SERVER_ENTRY = resolvePath(ROOT, '..', 'dist-server', 'entry.mjs');
const service = process.env.SERVICE !== 'off' && existsSync(SERVER_ENTRY) ? (await import(pathToFileURL(SERVER_ENTRY).href)).handler : undefined;

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (service && SERVICE_PATH.test(url.pathname)) {
    // The same security headers as the pages; the service adds its own (no-store, JSON).
    for (const [name, values] of headersFor(rules, url.pathname)) res.setHeader(name, values.join(', '));
    service(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error: 'No such endpoint.' }));
    });
    return;
  }
  let file = resolve(service && CLASS_PAGE.test(url.pathname) ? '/class/' : url.pathname);
  let status = 200;
  if (!file) {
    file = join(ROOT, '404.html');
    status = 404;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
  for (const [name, values] of headersFor(rules, url.pathname)) headers[name] = values.join(', ');
  // Pages learn from this header that the class service is here (src/lib/classroom.ts).
  if (service && type.startsWith('text/html')) headers['Server-Timing'] = SERVICE_TIMING;
  let body = readFileSync(file);
  const encoding = encodingFor(req, type);
  if (encoding) {
    const key = cacheKey(encoding, file);
    if (!compressed.has(key)) compressed.set(key, ENCODINGS[encoding].compress(body));
    body = compressed.get(key);
    headers['Content-Encoding'] = encoding;
  }
  headers['Content-Length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
});
server.listen(PORT, async () => {
  console.log(`Serving ${ROOT}/ on http://localhost:${PORT}/${service ? ' with the class service' : ''}`);
  warmCompressed().catch((error) => console.warn(`Could not compress ahead: ${error}`));
  if (!service) return;
  // Open the database now (and apply its migrations), so a problem shows at start, not at a student's first answer.
  const health = await fetch(`http://localhost:${PORT}/api/health`).then((r) => r.json()).catch((e) => ({ error: String(e) }));
  console.log(health.ok ? `Class service ready on ${health.database === 'pglite' ? `PGlite (${process.env.PGLITE_DIR ?? '.data/pglite'})` : 'PostgreSQL (DATABASE_URL)'}` : `Class service unavailable: ${health.error}`);
});

// Stop cleanly (Ctrl-C, a process manager): finish what is in flight, then close the database.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections?.();
    process.exit(0);
  });
}
