#!/usr/bin/env bash
# One entry point for people and CI: installs what is missing, then serves or tests.
#   ./run.sh serve   build and serve the app on http://127.0.0.1:8080 with live reload
#   ./run.sh test    run every test layer; the last line totals them
#   ./run.sh build   release build into dist/
#   ./run.sh bench [N]  Lighthouse on the page and a script-free snapshot, N runs each
#   (./run.sh post-build is Trunk's post_build hook, not for people)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD

TRUNK_VERSION=0.21.14
# wasm-opt comes from the npm package binaryen@132, pinned in tests/package.json.
export PATH="$HOME/.cargo/bin:$ROOT/tests/node_modules/.bin:$PATH"
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/tests/webdriver.json"
export CARGO_TERM_COLOR=never

say() { printf '\n==> %s\n' "$*"; }
die() { printf '\nerror: %s\n' "$*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }

can_apt() { [ "$(id -u)" = 0 ] && have apt-get; }

ensure_rust() {
  have cargo && have rustup || die "Rust is missing: install it with rustup (stable toolchain, 1.84 or newer), then run this again."
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      say "Adding rustup component $component"
      rustup component add "$component"
    fi
  done
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "Installing trunk $TRUNK_VERSION (takes a few minutes, once)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
}

lock_version() {
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_wasm_bindgen() {
  local version
  version=$(lock_version wasm-bindgen)
  [ -n "$version" ] || die "Cargo.lock has no wasm-bindgen entry."
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $version" ] || ! have wasm-bindgen-test-runner; then
    say "Installing wasm-bindgen-cli $version (must match Cargo.lock)"
    # Not --locked: the registry lacks some of its newest lock entries.
    cargo install wasm-bindgen-cli --version "$version"
  fi
}

ensure_node_modules() {
  have node && have npm || die "Node.js and npm are missing: install Node.js 20 or newer with npm (Debian: apt-get install nodejs npm)."
  local stamp="tests/node_modules/.package-lock.sha256" sum
  sum=$(sha256sum tests/package-lock.json | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$sum" ]; then
    say "Installing browser-test modules and wasm-opt (npm ci)"
    (cd tests && npm ci --no-audit --no-fund)
    echo "$sum" > "$stamp"
  fi
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return; fi
  if can_apt; then
    say "Installing Chromium and ChromeDriver (Debian packages)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
  else
    die "Chromium is missing: install the Debian packages chromium and chromium-driver (sudo apt-get install chromium chromium-driver), then run this again."
  fi
}

release_build() {
  cargo fetch --locked
  trunk build --release --offline
}

# ---- test layers -------------------------------------------------------------
LOGS="$ROOT/target/test-logs"
declare -a SUMMARY=()
TOTAL_PASSED=0
TOTAL_FAILED=0

record() { # layer passed failed
  SUMMARY+=("$1: $2 passed, $3 failed")
  TOTAL_PASSED=$((TOTAL_PASSED + $2))
  TOTAL_FAILED=$((TOTAL_FAILED + $3))
}

cargo_count() { # passed|failed log-file
  awk -v word="$1" '/^test result:/ { for (i = 2; i <= NF; i++) if ($i ~ "^" word ";?$") n += $(i - 1) } END { print n + 0 }' "$2"
}

# Sums cargo's "test result:" lines; a run that fails before any result counts as one failure.
cargo_layer() { # name log-file command...
  local name=$1 log=$2 status=0 passed failed
  shift 2
  "$@" 2>&1 | tee "$log" || status=$?
  passed=$(cargo_count passed "$log")
  failed=$(cargo_count failed "$log")
  if [ "$status" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi
  record "$name" "$passed" "$failed"
}

lint_layer() {
  local passed=0 failed=0
  say "Lint: rustfmt"
  if cargo fmt --all --check; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
  say "Lint: clippy (native)"
  if cargo clippy --all-targets --locked -- -D warnings; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
  say "Lint: clippy (wasm32)"
  if cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
  record "lint (rustfmt, clippy native, clippy wasm32)" "$passed" "$failed"
}

e2e_layer() {
  local log="$LOGS/e2e.log" status=0 passed failed
  say "Release build (trunk build --release --offline)"
  if ! release_build; then
    record "end-to-end (node --test)" 0 1
    return
  fi
  report_sizes
  say "End-to-end tests (node --test, playwright-core, axe-core) in headless Chromium"
  (cd tests && node --test --test-reporter=tap e2e/) 2>&1 | tee "$log" || status=$?
  passed=$(grep -E '^# pass [0-9]+' "$log" | awk '{print $3}' | tail -n 1)
  failed=$(grep -E '^# fail [0-9]+' "$log" | awk '{print $3}' | tail -n 1)
  passed=${passed:-0}
  failed=${failed:-0}
  if [ "$status" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi
  record "end-to-end (node --test)" "$passed" "$failed"
}

report_sizes() {
  local wasm raw gz
  for wasm in dist/*.wasm dist/*.js; do
    [ -f "$wasm" ] || continue
    raw=$(stat -c %s "$wasm")
    gz=$(gzip -9 -c "$wasm" | wc -c)
    printf 'size: %s %d bytes raw, %d bytes gzip\n' "$(basename "$wasm")" "$raw" "$gz"
  done
}

run_tests() {
  ensure_rust
  ensure_chromium
  ensure_node_modules
  ensure_trunk
  ensure_wasm_bindgen
  mkdir -p "$LOGS"
  cargo fetch --locked
  lint_layer
  say "Native tests (cargo test)"
  cargo_layer "native (cargo test)" "$LOGS/native.log" cargo test --locked
  say "In-browser Rust tests (wasm-bindgen-test in headless Chromium)"
  cargo_layer "in-browser (wasm-bindgen-test)" "$LOGS/wasm.log" cargo test --locked --target wasm32-unknown-unknown
  e2e_layer
  printf '\n'
  local line
  for line in "${SUMMARY[@]}"; do printf '%s\n' "$line"; done
  printf '%d passed, %d failed\n' "$TOTAL_PASSED" "$TOTAL_FAILED"
  [ "$TOTAL_FAILED" = 0 ]
}

# Trunk post_build hook: writes widget.js with this build's hashed file names.
post_build() {
  local dir=${TRUNK_STAGING_DIR:?run by trunk as a post_build hook} glue wasm css
  glue=$(cd "$dir" && ls gut-skin-axis-*.js | grep -v '_bg' | head -n 1)
  wasm=$(cd "$dir" && ls gut-skin-axis-*_bg.wasm | head -n 1)
  css=$(cd "$dir" && ls main-*.css | head -n 1)
  [ -n "$glue" ] && [ -n "$wasm" ] && [ -n "$css" ] || die "post-build: build output not found in $dir"
  sed -e "s/@GLUE@/$glue/" -e "s/@WASM@/$wasm/" -e "s/@CSS@/$css/" static/widget.js > "$dir/widget.js"
  if [ "${TRUNK_PROFILE:-}" = release ]; then
    have node || die "post-build: Node.js is needed for release builds"
    # Native, so a quick dev build; the page it writes is the same either way.
    cargo run --quiet --locked --bin prerender -- "$dir/index.html"
    lock_down_and_compress "$dir"
  fi
}

# The Content-Security-Policy every release page carries (and the README's server sends).
CSP_BASE="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"

# Release only: adds a CSP <meta> that allows Trunk's inline loader by its hash (and
# no other inline script), then writes .gz and .br beside every text and wasm asset.
lock_down_and_compress() {
  CSP_BASE="$CSP_BASE" node --input-type=module - "$1" <<'NODE'
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2];
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
// Paint first: the prerendered page reads without any script, so the wasm is
// fetched once the largest content has painted (or after 1.5 s at the latest),
// rather than preloaded alongside the CSS.
html = html.replace(/<link rel="preload" href="[^"]+_bg\.wasm"[^>]*>/, '');
const paintFirst = `await new Promise((resolve) => {
  const next = () => requestAnimationFrame(() => setTimeout(resolve, 0));
  setTimeout(resolve, 1500);
  try {
    new PerformanceObserver((list, observer) => { observer.disconnect(); next(); })
      .observe({ type: 'largest-contentful-paint', buffered: true });
  } catch (error) {
    next();
  }
});`;
html = html.replace('<script type="module">', `<script type="module">\n${paintFirst}`);
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
);
const policy = process.env.CSP_BASE.replace("script-src 'self' 'wasm-unsafe-eval'", ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(' '));
html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`);
writeFileSync(indexPath, html);
writeFileSync(join(dir, 'csp.txt'), `${policy}\n`);

for (const name of readdirSync(dir)) {
  if (!/\.(html|js|css|wasm|svg)$/.test(name)) continue;
  const body = readFileSync(join(dir, name));
  writeFileSync(join(dir, `${name}.gz`), gzipSync(body, { level: 9 }));
  writeFileSync(
    join(dir, `${name}.br`),
    brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  );
}
NODE
}

case "${1:-}" in
  post-build) post_build ;;
  serve)
    ensure_rust
    ensure_trunk
    ensure_wasm_bindgen
    cargo fetch --locked
    say "Serving on http://127.0.0.1:8080 (live reload on save; Ctrl-C stops)"
    exec trunk serve --offline
    ;;
  test) run_tests ;;
  bench)
    ensure_rust
    ensure_chromium
    ensure_node_modules
    ensure_trunk
    ensure_wasm_bindgen
    release_build
    report_sizes
    say "Lighthouse, mobile preset: the page against its static snapshot (${2:-5} runs each)"
    (cd tests && node bench/lighthouse.mjs "${2:-5}")
    ;;
  build)
    ensure_rust
    ensure_node_modules
    ensure_trunk
    ensure_wasm_bindgen
    release_build
    report_sizes
    ;;
  *)
    printf 'usage: %s serve|test|build\n' "$0" >&2
    exit 2
    ;;
esac
