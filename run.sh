#!/usr/bin/env bash
# One entry point for people and CI: installs what is missing, then serves or tests.
#   ./run.sh serve   build and serve the app on http://127.0.0.1:8080 with live reload
#   ./run.sh test    run every test layer; the last line totals them
#   ./run.sh build   release build into dist/
#   ./run.sh build-pseudo  the same in the pseudo-language, into target/dist-pseudo/
#   ./run.sh bench [N]  Lighthouse on the page and a script-free snapshot, N runs each,
#                       then click-to-paint latency at 4x CPU slowdown
#   (./run.sh post-build is Trunk's post_build hook, not for people)
set -Eeuo pipefail
# Never stop silently: name the command and line that failed.
trap 'printf "\nerror: run.sh stopped at line %s: %s\n" "$LINENO" "$BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")"
ROOT=$PWD

TRUNK_VERSION=0.21.14
# Build tools that are not Rust crates (wasm-opt), installed by ensure_wasm_opt.
BUILD_TOOLS="$ROOT/target/build-tools"
export PATH="$HOME/.cargo/bin:$BUILD_TOOLS/node_modules/.bin:$PATH"
# Set either to use another Chromium or ChromeDriver than Debian's.
export CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
# tests/webdriver.json with this Chromium in it (written by ensure_chromium).
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/target/webdriver.json"
export CARGO_TERM_COLOR=never

say() { printf '\n==> %s\n' "$*"; }
die() { printf '\nerror: %s\n' "$*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }

can_apt() { [ "$(id -u)" = 0 ] && have apt-get; }

ensure_rust() {
  have cargo && have rustup || die "Rust is missing: install it with rustup (stable toolchain, 1.84 or newer), then run this again."
  local installed
  # Read whole lists first: `grep -q` closing a pipe early fails it under pipefail.
  installed=$(rustup target list --installed)
  if ! grep -qx wasm32-unknown-unknown <<<"$installed"; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  installed=$(rustup component list --installed)
  for component in rustfmt clippy; do
    if ! grep -q "^$component" <<<"$installed"; then
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

# wasm-opt at the one version Trunk.toml pins (`wasm_opt = "version_132"`), from npm's
# binaryen package of that exact version, into target/build-tools.
ensure_wasm_opt() {
  local pin
  pin=$(sed -n 's/^wasm_opt = "\(version_[0-9]*\)"$/\1/p' Trunk.toml)
  [ -n "$pin" ] || die "Trunk.toml has no wasm_opt = \"version_N\" line under [tools]."
  if [ "$("$BUILD_TOOLS/node_modules/.bin/wasm-opt" --version 2>/dev/null)" != "wasm-opt version ${pin#version_} ($pin)" ]; then
    have node && have npm || die "Node.js and npm are missing: install Node.js 20 or newer with npm (Debian: apt-get install nodejs npm)."
    say "Installing wasm-opt ${pin#version_} (npm binaryen@${pin#version_}.0.0, into target/build-tools)"
    mkdir -p "$BUILD_TOOLS"
    npm install --prefix "$BUILD_TOOLS" --no-save --no-package-lock --no-audit --no-fund "binaryen@${pin#version_}.0.0"
  fi
}

ensure_node_modules() {
  have node && have npm || die "Node.js and npm are missing: install Node.js 20 or newer with npm (Debian: apt-get install nodejs npm)."
  local stamp="tests/node_modules/.package-lock.sha256" sum
  sum=$(sha256sum tests/package-lock.json | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$sum" ]; then
    say "Installing browser-test modules (npm ci)"
    (cd tests && npm ci --no-audit --no-fund)
    echo "$sum" > "$stamp"
  fi
}

ensure_chromium() {
  if [ ! -x "$CHROMIUM_PATH" ] || [ ! -x "$CHROMEDRIVER" ]; then
    if [ "$CHROMIUM_PATH" = /usr/bin/chromium ] && [ "$CHROMEDRIVER" = /usr/bin/chromedriver ] && can_apt; then
      say "Installing Chromium and ChromeDriver (Debian packages)"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
    else
      die "Chromium ($CHROMIUM_PATH) or ChromeDriver ($CHROMEDRIVER) is missing: install the Debian packages chromium and chromium-driver (sudo apt-get install chromium chromium-driver), or set CHROMIUM_PATH and CHROMEDRIVER to your own, then run this again."
    fi
  fi
  mkdir -p target
  sed "s#\"/usr/bin/chromium\"#\"$CHROMIUM_PATH\"#" tests/webdriver.json > "$WASM_BINDGEN_TEST_WEBDRIVER_JSON"
}

# textstat 0.7.3 and the pyphen 0.18.1 it counts syllables with, in target/py: the
# readability test reads pyphen's US English dictionary from there (HYPHEN_DIC), and
# its Spanish one (hyph_es.dic) from the same folder.
ensure_textstat() {
  local py="$ROOT/target/py" found
  if [ ! -x "$py/bin/python" ] || ! "$py/bin/python" -c "import importlib.metadata as m, sys; sys.exit(not (m.version('textstat') == '0.7.3' and m.version('pyphen') == '0.18.1'))" 2>/dev/null; then
    have python3 || die "Python 3 is missing: install python3 with venv and pip (Debian: apt-get install python3-venv), then run this again."
    say "Installing textstat 0.7.3 and pyphen 0.18.1 for the readability test (target/py)"
    python3 -m venv "$py"
    "$py/bin/python" -m pip install --quiet --disable-pip-version-check textstat==0.7.3 pyphen==0.18.1
  fi
  found=$(find "$py" -path '*pyphen/dictionaries/hyph_en_US.dic' -print -quit)
  [ -n "$found" ] || die "pyphen's hyph_en_US.dic was not found under $py"
  export HYPHEN_DIC="$found"
}

release_build() {
  cargo fetch --locked
  trunk build --release --offline
}

# The page in the pseudo-language (tests/e2e/pseudo.test.mjs) in its own folder, so dist/
# stays English. Trunk reads its features from TRUNK_BUILD_FEATURES, and the post_build
# hook inherits it, so the prerendered article is in the pseudo-language too.
pseudo_build() {
  cargo fetch --locked
  TRUNK_BUILD_FEATURES=lang-pseudo trunk build --release --offline --dist target/dist-pseudo
}

# ---- test layers -------------------------------------------------------------
LOGS="$ROOT/target/test-logs"
declare -a SUMMARY=()
TOTAL_PASSED=0
TOTAL_FAILED=0

LAYER_START=$SECONDS

# Each layer's line carries its time, as docs/testing.md's table reports (not asserted).
record() { # layer passed failed
  SUMMARY+=("$1: $2 passed, $3 failed ($((SECONDS - LAYER_START)) s)")
  LAYER_START=$SECONDS
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
  say "Release build in the pseudo-language (target/dist-pseudo, for e2e/pseudo.test.mjs)"
  if ! pseudo_build; then
    record "end-to-end (node --test)" 0 1
    return
  fi
  say "End-to-end tests (node --test, playwright-core, axe-core) in headless Chromium"
  (cd tests && node --test --test-reporter=tap e2e/) 2>&1 | tee "$log" || status=$?
  passed=$(awk '/^# pass [0-9]+/ { n = $3 } END { print n + 0 }' "$log")
  failed=$(awk '/^# fail [0-9]+/ { n = $3 } END { print n + 0 }' "$log")
  if [ "$status" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi
  record "end-to-end (node --test)" "$passed" "$failed"
}

report_sizes() {
  local wasm raw gz
  for wasm in dist/*.wasm dist/*.js dist/*/*.wasm dist/*/gut-skin-axis-*.js; do
    [ -f "$wasm" ] || continue
    raw=$(stat -c %s "$wasm")
    gz=$(gzip -9 -c "$wasm" | wc -c)
    printf 'size: %s %d bytes raw, %d bytes gzip\n' "${wasm#dist/}" "$raw" "$gz"
  done
}

run_tests() {
  ensure_rust
  ensure_chromium
  ensure_node_modules
  ensure_wasm_opt
  ensure_trunk
  ensure_wasm_bindgen
  ensure_textstat
  mkdir -p "$LOGS"
  cargo fetch --locked
  LAYER_START=$SECONDS # tool installs are not a layer's time
  lint_layer
  say "Native tests (cargo test)"
  cargo_layer "native (cargo test)" "$LOGS/native.log" cargo test --locked
  # Each other language's build: its content build checks its words against English, and
  # the targets marked "Checked in every language" are those whose outcome depends on the
  # words (the rest test logic the language cannot touch).
  local targets=() file tag
  for file in $(grep -l '^//! Checked in every language' tests/*.rs); do
    targets+=(--test "$(basename "$file" .rs)")
  done
  for tag in $(other_languages); do
    say "Native tests in lang-$tag (cargo test --features lang-$tag, $((${#targets[@]} / 2)) word-checking targets)"
    cargo_layer "native, lang-$tag (cargo test --features lang-$tag)" "$LOGS/native-$tag.log" \
      cargo test --locked --features "lang-$tag" "${targets[@]}"
  done
  say "In-browser Rust tests (wasm-bindgen-test in headless Chromium)"
  cargo_layer "in-browser (wasm-bindgen-test)" "$LOGS/wasm.log" cargo test --locked --target wasm32-unknown-unknown
  e2e_layer
  printf '\n'
  local line
  for line in "${SUMMARY[@]}"; do printf '%s\n' "$line"; done
  printf '%d passed, %d failed\n' "$TOTAL_PASSED" "$TOTAL_FAILED"
  # exit, not a failing test: the ERR trap would print a line after the total.
  if [ "$TOTAL_FAILED" != 0 ]; then exit 1; fi
}

# Trunk post_build hook, for dev (./run.sh serve) and release builds alike: builds the
# page in every other language (other_language), prerenders each page (so dev and release
# serve the same pages), and writes widget.js with every build's hashed file names and
# words. Release builds also get our loader, their CSP and compressed copies (src/bin/lock_down).
post_build() {
  local dir=${TRUNK_STAGING_DIR:?run by trunk as a post_build hook} glue wasm css tag
  glue=$(find "$dir" -maxdepth 1 -name 'gut-skin-axis-*.js' ! -name '*_bg*' -printf '%f\n' -quit)
  wasm=$(find "$dir" -maxdepth 1 -name 'gut-skin-axis-*_bg.wasm' -printf '%f\n' -quit)
  css=$(find "$dir" -maxdepth 1 -name 'main-*.css' -printf '%f\n' -quit)
  [ -n "$glue" ] && [ -n "$wasm" ] && [ -n "$css" ] || die "post-build: build output not found in $dir"
  sed -e "s/@GLUE:en@/$glue/" -e "s/@WASM:en@/$wasm/" -e "s/@CSS@/$css/" static/widget.js > "$dir/widget.js"
  # Dev pages keep Trunk's loader; an embed asking for another language moves with this
  # (release builds put it in our loader). Before other_language copies the page.
  if [ "${TRUNK_PROFILE:-}" != release ]; then
    cp static/embed-language.js static/keep-target.js "$dir/"
    sed -i 's#<meta charset="utf-8">#&\n    <script type="module" src="./embed-language.js"></script>\n    <script type="module" src="./keep-target.js"></script>#' "$dir/index.html"
  fi
  # Native, in cargo's dev profile: quick to rebuild, and the page it writes is the same
  # in either profile. It also writes the words of index.html and widget.js from src/content,
  # in the build's language: `TRUNK_BUILD_FEATURES=lang-pseudo trunk build` (pseudo_build)
  # sets it for the wasm and, inherited, for this page too. A build with features of its
  # own (the pseudo-language) is one page: its widget.js offers no other language.
  local features=()
  if [ -n "${TRUNK_BUILD_FEATURES:-}" ]; then
    features=(--features "$TRUNK_BUILD_FEATURES")
    sed -i '/^  [a-z]*: { glue: .\/@GLUE:/d' "$dir/widget.js"
  else
    for tag in $(other_languages); do
      other_language "$tag" "$dir" "$glue" "$wasm"
    done
  fi
  cargo run --quiet --locked "${features[@]}" --bin prerender -- "$dir/index.html" --widget "$dir/widget.js" \
    || die "post-build: prerender failed"
  if [ "${TRUNK_PROFILE:-}" = release ]; then
    CSP_BASE="$CSP_BASE" cargo run --quiet --locked --bin lock-down -- "$dir" || die "post-build: lock-down failed"
  fi
}

# A file's subresource integrity as Trunk writes it (sha384-<base64>), with coreutils only.
integrity() {
  printf 'sha384-%s' "$(printf '%b' "$(sha384sum "$1" | cut -c1-96 | sed 's/../\\x&/g')" | base64 -w0)"
}

# The site's languages after the first (the default, which Trunk builds), from
# src/content/languages.toml; each has its page in the folder named by its tag.
other_languages() {
  sed -n 's/^tag = "\([a-z-]*\)"$/\1/p' src/content/languages.toml | tail -n +2
}

# One more language's page, in DIR/TAG/: Trunk builds one Rust target per page and empties
# dist/ (subfolders too) on every build, so this builds the same crate with the language's
# feature itself, as Trunk would (wasm-bindgen, then wasm-opt for release), under hashed
# names; its page is Trunk's with those names (and its own copies of the stylesheet and
# icon, as each page is a folder of its own), prerendered in its language; widget.js gets
# its file names and words too.
other_language() { # tag dir english-glue english-wasm
  local tag=$1 dir=$2 glue=$3 wasm=$4 mode=debug profile=() out built hash name file
  if [ "${TRUNK_PROFILE:-}" = release ]; then mode=release; profile=(--release); fi
  cargo build --quiet --locked --offline --target wasm32-unknown-unknown --bin gut-skin-axis --features "lang-$tag" "${profile[@]}" \
    || die "post-build: the $tag build failed"
  built="${CARGO_TARGET_DIR:-$ROOT/target}/wasm32-unknown-unknown/$mode/gut-skin-axis.wasm"
  out="${CARGO_TARGET_DIR:-$ROOT/target}/lang-$tag/$mode"
  rm -rf "$out" && mkdir -p "$out"
  wasm-bindgen --target=web --no-typescript --out-dir="$out" --out-name="gut-skin-axis-$tag" "$built" \
    || die "post-build: wasm-bindgen failed for $tag"
  if [ "$mode" = release ]; then
    wasm-opt -Oz --output="$out/optimised.wasm" "$out/gut-skin-axis-${tag}_bg.wasm" \
      && mv "$out/optimised.wasm" "$out/gut-skin-axis-${tag}_bg.wasm" || die "post-build: wasm-opt failed for $tag"
  fi
  hash=$(cat "$out/gut-skin-axis-$tag.js" "$out/gut-skin-axis-${tag}_bg.wasm" | sha256sum | cut -c1-16)
  name="gut-skin-axis-$tag-$hash"
  mkdir -p "$dir/$tag"
  cp "$out/gut-skin-axis-$tag.js" "$dir/$tag/$name.js"
  cp "$out/gut-skin-axis-${tag}_bg.wasm" "$dir/$tag/${name}_bg.wasm"
  for file in "$dir"/main-*.css "$dir"/favicon-*.svg "$dir"/embed-language.js "$dir"/keep-target.js; do
    [ -f "$file" ] && cp "$file" "$dir/$tag/"
  done
  # Trunk's page names the English files with their integrity; this one names its own.
  sed -e "s#\./$glue#./$name.js#g" -e "s#\./$wasm#./${name}_bg.wasm#g" \
    -e "s#$(integrity "$dir/$glue")#$(integrity "$dir/$tag/$name.js")#g" \
    -e "s#$(integrity "$dir/$wasm")#$(integrity "$dir/$tag/${name}_bg.wasm")#g" \
    "$dir/index.html" > "$dir/$tag/index.html"
  sed -i -e "s#@GLUE:$tag@#$tag/$name.js#" -e "s#@WASM:$tag@#$tag/${name}_bg.wasm#" "$dir/widget.js"
  cargo run --quiet --locked --features "lang-$tag" --bin prerender -- "$dir/$tag/index.html" --widget "$dir/widget.js" \
    || die "post-build: prerender failed for $tag"
}

# The Content-Security-Policy every release page carries (and docs/hosting.md's server sends).
CSP_BASE="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"

case "${1:-}" in
  post-build) post_build ;;
  serve)
    ensure_rust
    ensure_trunk
    ensure_wasm_bindgen
    cargo fetch --locked
    say "Serving on http://127.0.0.1:${TRUNK_SERVE_PORT:-8080} (live reload on save; Ctrl-C stops)"
    # NO_COLOR means "no colour" whatever its value; trunk accepts only true or false.
    if [ -n "${NO_COLOR:-}" ]; then export NO_COLOR=true; fi
    # Its own output folder, so a dev server never overwrites the release build in dist/.
    exec trunk serve --offline --dist target/serve
    ;;
  test) run_tests ;;
  bench)
    ensure_rust
    ensure_chromium
    ensure_node_modules
    ensure_wasm_opt
    ensure_trunk
    ensure_wasm_bindgen
    release_build
    report_sizes
    say "Lighthouse, mobile preset: the page against its static snapshot (${2:-5} runs each)"
    (cd tests && node bench/lighthouse.mjs "${2:-5}")
    say "Click to next paint at 4x CPU slowdown (p95 limit 50 ms)"
    (cd tests && node bench/interaction.mjs)
    ;;
  build)
    ensure_rust
    ensure_wasm_opt
    ensure_trunk
    ensure_wasm_bindgen
    release_build
    report_sizes
    ;;
  build-pseudo)
    ensure_rust
    ensure_wasm_opt
    ensure_trunk
    ensure_wasm_bindgen
    pseudo_build
    ;;
  *)
    printf 'usage: %s serve|test|build|build-pseudo|bench [N]\n' "$0" >&2
    exit 2
    ;;
esac
