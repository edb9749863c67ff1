#!/usr/bin/env bash
# Runs every test: native unit and validation tests, component tests in headless Chromium
# (wasm-bindgen-test), and end-to-end tests against the served release build.
# Installs what is missing first (scripts/setup.sh --browser). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "lint: no unwrap() outside tests (bad data, URLs and host messages must not panic)"
cargo clippy --workspace --lib --bins --locked --quiet -- -D clippy::unwrap_used

step "native tests: data validation, query logic"
cargo test --workspace --locked

step "component tests: wasm-bindgen-test in headless Chromium"
CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}" \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown --test web

step "release build (trunk build --release)"
trunk build --release
total=0
for f in dist/*; do total=$((total + $(gzip -9c "$f" | wc -c))); done
echo "dist/ total: $total bytes gzip"

step "release build with the hostile test data (tests/hostile-data: markup in every text field)"
ATLAS_DATA_DIR=tests/hostile-data trunk build --release --dist target/hostile-dist
export HOSTILE_DIST=target/hostile-dist

step "end-to-end tests in headless Chromium"
node --test tests/e2e/
