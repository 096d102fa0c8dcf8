// A small static file server for the release build, bound to loopback only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export const DIST = resolve(fileURLToPath(new URL('../../dist', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/**
 * Serves `root` on 127.0.0.1 at a free port; resolves to { url, origin, close }.
 * `routes` maps extra paths to HTML (host pages for embed tests). Assets carry
 * `Access-Control-Allow-Origin: *`, as docs/embedding.md asks of hosts, so that
 * widgets on other origins and sandboxed iframes can load the module and wasm.
 * `headers` are added to every response (for example a Content-Security-Policy);
 * with `gzip` (and `brotli`), the build's `.gz` (`.br`) copies are served to clients that accept them.
 * With `caching`, files get the nginx cache headers of docs/hosting.md (hashed names cached for a
 * year, the rest revalidated) instead of `no-store`. `served` lists every request that
 * reached the server (path and body bytes); `setDown(true)` makes every request fail
 * as with no network at all; `setHanging(true)` makes every request wait for an answer
 * that never comes (a connection that hangs instead of failing).
 */
export async function serveStatic(
  root = DIST,
  { routes = {}, host = '127.0.0.1', headers = {}, gzip = false, brotli = false, caching = false } = {},
) {
  const base = resolve(root);
  const served = [];
  let down = false;
  let hanging = false;
  const server = createServer(async (request, response) => {
    if (down) {
      request.socket.destroy();
      return;
    }
    if (hanging) return; // Never answered; closeAllConnections ends it.
    const path = new URL(request.url, 'http://127.0.0.1').pathname;
    const entry = { path, bytes: 0 };
    served.push(entry);
    const end = response.end.bind(response);
    response.end = (body, ...rest) => {
      entry.bytes += body?.length ?? 0;
      return end(body, ...rest);
    };
    try {
      const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
      const acceptEncoding = request.headers['accept-encoding'] ?? '';
      // The encoding to send, as a static host with precompressed copies would: br, then gzip.
      const coding = brotli && /\bbr\b/.test(acceptEncoding) ? 'br' : gzip && /\bgzip\b/.test(acceptEncoding) ? 'gzip' : null;
      if (routes[path] !== undefined) {
        const packed = coding ? { 'content-encoding': coding, vary: 'accept-encoding' } : {};
        response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...packed, ...headers });
        const page = routes[path];
        response.end(coding === 'br' ? brotliCompressSync(page) : coding === 'gzip' ? gzipSync(page, { level: 9 }) : page);
        return;
      }
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        response.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const encoding = {};
      // Like a static host with precompressed files: send the .br or .gz copy when accepted.
      if (coding) {
        const packed = await readFile(`${file}.${coding === 'br' ? 'br' : 'gz'}`).catch(() => null);
        if (packed) {
          body = packed;
          encoding['content-encoding'] = coding;
          encoding.vary = 'accept-encoding';
        }
      }
      response.writeHead(200, {
        ...encoding,
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': !caching
          ? 'no-store'
          : /-[0-9a-f]{8,}(?:_bg)?\.[a-z]+$/.test(file)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        'access-control-allow-origin': '*',
        ...headers,
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  const origin = `http://${host}:${port}`;
  return {
    url: `${origin}/`,
    origin,
    served,
    setDown: (value) => {
      down = value;
      if (value) server.closeAllConnections();
    },
    setHanging: (value) => {
      hanging = value;
    },
    close: () =>
      new Promise((done) => {
        server.close(done);
        server.closeAllConnections();
      }),
  };
}
