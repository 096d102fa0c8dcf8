// A stand-in for deploying a new release: copies a build, or writes "the next build" of
// it, whose CSS, loader, glue and wasm have new hashed names (the CSS and glue new
// content too), with every reference, integrity value and CSP hash updated to match,
// as a fresh `./run.sh build` after a small change would.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HASHED = /-[0-9a-f]{8,}(?:_bg)?\.(?:js|css|wasm|svg)$/;

/** The hashed file names a build's page uses (CSS, loader, glue, wasm). */
export function buildAssets(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const loader = /import\('\.\/(island-loader-[0-9a-f]+\.js)'\)/.exec(html)?.[1];
  const css = /<link rel="stylesheet" href="\.\/([^"]+)"/.exec(html)?.[1];
  if (!loader || !css) throw new Error(`no loader or stylesheet in ${dir}/index.html`);
  const code = readFileSync(join(dir, loader), 'utf8');
  const glue = /const GLUE = "\.\/([^"]+)"/.exec(code)?.[1];
  const wasm = /const WASM = "\.\/([^"]+)"/.exec(code)?.[1];
  if (!glue || !wasm) throw new Error(`no glue or wasm named in ${loader}`);
  return { css, loader, glue, wasm };
}

/** Empties `to` and copies the build in `from` into it. */
export function copyBuild(from, to) {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  cpSync(from, to, { recursive: true });
}

const sri = (body) => `sha384-${createHash('sha384').update(body).digest('base64')}`;
const renamed = (name, body) =>
  name.replace(/-[0-9a-f]{8,}(?=(?:_bg)?\.)/, `-${createHash('sha256').update('next').update(body).digest('hex').slice(0, 16)}`);

/** Empties `to` and writes the build after the one in `from` into it; returns its asset names. */
export function writeNextBuild(from, to) {
  const old = buildAssets(from);
  const read = (name) => readFileSync(join(from, name));
  const files = new Map();
  const css = Buffer.concat([read(old.css), Buffer.from('\n/* the next build */\n')]);
  const glue = Buffer.concat([read(old.glue), Buffer.from('\n// the next build\n')]);
  const wasm = read(old.wasm);
  const next = { css: renamed(old.css, css), glue: renamed(old.glue, glue), wasm: renamed(old.wasm, wasm) };
  const rename = (text) =>
    text.replaceAll(old.css, next.css).replaceAll(old.glue, next.glue).replaceAll(old.wasm, next.wasm);
  files.set(next.css, css);
  files.set(next.glue, Buffer.from(rename(glue.toString())));
  files.set(next.wasm, wasm);
  const loader = rename(read(old.loader).toString());
  next.loader = `island-loader-${createHash('sha256').update(loader).digest('hex').slice(0, 16)}.js`;
  files.set(next.loader, Buffer.from(loader));

  let html = rename(read('index.html').toString()).replaceAll(old.loader, next.loader);
  html = html.replace(
    new RegExp(`(<link rel="stylesheet" href="\\./${next.css}"[^>]*integrity=")[^"]+"`),
    (_, start) => `${start}${sri(css)}"`,
  );
  html = html.replace(/<script type="importmap">([\s\S]*?)<\/script>/, () => {
    const map = { integrity: { [`./${next.loader}`]: sri(loader), [`./${next.glue}`]: sri(files.get(next.glue)) } };
    return `<script type="importmap">${JSON.stringify(map)}</script>`;
  });
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
  );
  let policy = '';
  html = html.replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]+)"/, (_, start, value) => {
    policy = value.replace(/(?: 'sha256-[^']+')+/, ` ${hashes.join(' ')}`);
    return `${start}${policy}"`;
  });
  if (!policy) throw new Error('no CSP meta in index.html');
  files.set('index.html', Buffer.from(html));
  files.set('csp.txt', Buffer.from(`${policy}\n`));
  files.set('widget.js', Buffer.from(rename(read('widget.js').toString())));

  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    // The old build's hashed files and every compressed copy stay behind; another
    // language's folder (es/) comes along as it is.
    if (HASHED.test(name) || /\.(?:gz|br)$/.test(name) || files.has(name)) continue;
    cpSync(join(from, name), join(to, name), { recursive: true });
  }
  for (const [name, body] of files) writeFileSync(join(to, name), body);
  return next;
}
