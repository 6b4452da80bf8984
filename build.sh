#!/usr/bin/env bash
# newslens build script: setup | build | serve | test | eval | bench | fuzz [SECONDS]
# Every verb installs what is missing first (idempotent), so a fresh machine needs nothing else.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
# npm's wasm-opt (binaryen 132) must come before any /usr/bin/wasm-opt: Debian's binaryen 108 breaks the module.
export PATH="$ROOT/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock 2>/dev/null || true)
WASM_BINDGEN_VERSION=${WASM_BINDGEN_VERSION:-0.2.130}
PKG=www/pkg
say() { printf '\n== %s\n' "$*"; }

setup() {
  say "setup: tools"
  if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null   # never binaryen (see above)
  fi
  rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    # no --locked: the registry here lacks one locked transitive version (../shared/TOOLCHAIN.md)
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
  if ! [ -d tests/e2e/node_modules/playwright-core ] || ! [ -d tests/e2e/node_modules/axe-core ] || ! [ -x tests/e2e/node_modules/.bin/wasm-opt ]; then
    (cd tests/e2e && npm ci --no-audit --no-fund)
  fi
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
  echo "wasm-bindgen: $(wasm-bindgen --version)  wasm-opt: $(wasm-opt --version)"
}

build() {
  say "build: WebAssembly package -> $PKG"
  # Panic locations are left out (-Zlocation-detail=none; RUSTC_BOOTSTRAP=1 enables the flag on the stable toolchain,
  # as for `fuzz`): the .wasm held a file, line and column for every bounds check, and nothing but the panic hook
  # (src/wasm/mod.rs) ever reads one. Measured on 2026-11-26: 409,166 -> 402,708 bytes gzipped keeping the file, 400,007
  # keeping nothing; the file went too when the twenty-ninth session's rules took the file-only build to 410,890 bytes
  # (407,720 without). The variable adds to .cargo/config.toml's rustflags.
  RUSTC_BOOTSTRAP=1 CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zlocation-detail=none" \
    cargo build --release --target wasm32-unknown-unknown --lib
  wasm-bindgen --target web --out-dir "$PKG" target/wasm32-unknown-unknown/release/newslens.wasm
  # -O1, not -O3: on 2026-11-24 -O2/-O3 made annotate() 9% slower in V8 than -O1 (or no wasm-opt at all),
  # and -O1 is also the smallest (389 KB against 390 KB gzip -9).
  wasm-opt -O1 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    --enable-reference-types "$PKG/newslens_bg.wasm" -o "$PKG/newslens_bg.wasm"
  local raw gz
  raw=$(wc -c < "$PKG/newslens_bg.wasm"); gz=$(gzip -9 < "$PKG/newslens_bg.wasm" | wc -c)
  echo "newslens_bg.wasm: $raw bytes raw, $gz bytes gzip -9"
  say "build: native CLI"
  cargo build --release --bin newslens
}

serve() {
  setup
  build
  local port=${PORT:-8000}
  say "serving www/ on http://127.0.0.1:$port/  (Ctrl-C to stop)"
  exec python3 -m http.server "$port" --bind 127.0.0.1 --directory www
}

# Runs the CLI over a gold file's texts; the predictions go to target/eval/NAME.jsonl.
predict() {
  local name=$1
  mkdir -p target/eval
  python3 -c 'import json,sys
for l in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(l); print(json.dumps({"id": d["id"], "text": d["text"]}))' "../shared/eval/$name.jsonl" \
    | ./target/release/newslens annotate --jsonl > "target/eval/$name.jsonl"
}

eval_() {
  cargo build --release --bin newslens
  for name in seeds-gold conll2003-dev wikigold; do
    [ -f "../shared/eval/$name.jsonl" ] || { echo "no ../shared/eval/$name.jsonl"; continue; }
    predict "$name"
    local flag=""; [ "$name" = seeds-gold ] || flag=--no-misc
    say "eval: $name $flag"
    python3 ../shared/eval/score.py "../shared/eval/$name.jsonl" "target/eval/$name.jsonl" $flag
  done
}

test_() {
  setup
  build
  say "test: word lists (tools/check_lists.py: sources named, sorted, unique, fields valid)"
  python3 tools/check_lists.py | grep -E 'ERROR|error|^OK$'
  say "test: native unit, integration and regression tests"
  cargo test --release --lib --bins --tests
  say "test: WebAssembly tests in Node and headless Chromium"
  cargo test --target wasm32-unknown-unknown --test web
  say "test: end to end in Chromium (node --test + playwright-core)"
  (cd tests/e2e && node --test --test-concurrency=1)
}

# Node benchmark of the release package against wink-nlp and compromise (bench/); results in target/bench/.
bench() {
  setup
  build
  say "bench: npm dev-dependencies (bench/package-lock.json)"
  if ! [ -d bench/node_modules/wink-nlp ] || ! [ -d bench/node_modules/compromise ] \
     || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
    (cd bench && npm ci --no-audit --no-fund)
  fi
  say "bench: node bench/bench.mjs"
  node bench/bench.mjs
}

# libFuzzer on newslens::annotate (fuzz/) for SECONDS (default 60). cargo-fuzz needs nightly flags
# (-Zsanitizer); on the stable toolchain RUSTC_BOOTSTRAP=1 enables them. No sanitizer: the core is safe Rust, and
# AddressSanitizer cut the executions per second several times. Crashes land in fuzz/artifacts/.
fuzz() {
  local seconds=${1:-60}
  if ! command -v cargo-fuzz >/dev/null; then
    say "fuzz: installing cargo-fuzz (crates.io)"
    cargo install cargo-fuzz
  fi
  mkdir -p fuzz/corpus/annotate
  # seed the corpus with the real texts once (never committed: fuzz/corpus is ignored)
  if [ -z "$(ls -A fuzz/corpus/annotate)" ]; then
    cp ../shared/seeds/*.txt fuzz/corpus/annotate/ 2>/dev/null || true
  fi
  say "fuzz: cargo fuzz run annotate for ${seconds}s (RUSTC_BOOTSTRAP=1)"
  RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir fuzz -O -s none annotate fuzz/corpus/annotate -- \
    -max_total_time="$seconds" -max_len=8192 -timeout=10 -print_final_stats=1
}

case "${1:-}" in
  setup) setup ;;
  build) setup; build ;;
  serve) serve ;;
  test) test_ ;;
  eval) eval_ ;;
  bench) bench ;;
  fuzz) fuzz "${2:-60}" ;;
  *) echo "usage: ./build.sh setup|build|serve|test|eval|bench|fuzz [SECONDS]" >&2; exit 2 ;;
esac
