#!/usr/bin/env bash
# Runs every test: format and lint, native unit and data tests, component tests in headless
# Chromium (wasm-bindgen-test), and end-to-end tests against release builds of three datasets.
# Installs what is missing first (scripts/setup.sh --browser). Exits non-zero on any failure.
#
#   scripts/test.sh          everything (what CI runs)
#   scripts/test.sh --fast   format, lint, native and component tests: no release build, no
#                            end-to-end tests (the inner loop)
set -euo pipefail
cd "$(dirname "$0")/.."
fast=false
case "${1:-}" in
  --fast) fast=true ;;
  "") ;;
  *) echo "usage: scripts/test.sh [--fast]" >&2; exit 2 ;;
esac
bash scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

started=$SECONDS
step() { printf '\n\033[1m== %s\033[0m (%ds)\n' "$*" "$((SECONDS - started))"; }

step "format: cargo fmt --check (rustfmt.toml)"
cargo fmt --all --check

step "lint: clippy with no warnings on every target; no unwrap() outside tests (bad data, URLs and host messages must not panic)"
cargo clippy --workspace --lib --bins --locked --quiet -- -D warnings -D clippy::unwrap_used
cargo clippy --workspace --all-targets --locked --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins --tests --locked --quiet -- -D warnings -D clippy::unwrap_used

step "native tests: data validation, query logic on fixtures, the real dataset's properties"
cargo test --workspace --locked

step "component tests: wasm-bindgen-test in headless Chromium, on a fixture dataset"
CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}" \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown --test web

if $fast; then
  step "done (--fast: no release builds, no end-to-end tests)"
  exit 0
fi

step "release build of the real data (trunk build --release)"
trunk build --release
total=0
for f in dist/*; do [ -f "$f" ] && total=$((total + $(gzip -9c "$f" | wc -c))); done
echo "dist/ total: $total bytes gzip"

# The two test datasets build in target directories of their own, so neither rebuilds the
# other's (or the real build's) crates, and with a lighter profile: what they test is behaviour,
# not size.
step "release build of the fixture data (tests/fixture-data: the rows the end-to-end tests assert)"
CARGO_TARGET_DIR=target/fixture ATLAS_DATA_DIR=tests/fixture-data \
  trunk build --release --cargo-profile test-build --dist target/fixture-dist

step "release build of the hostile data (tests/hostile-data: markup in every text field)"
CARGO_TARGET_DIR=target/hostile ATLAS_DATA_DIR=tests/hostile-data \
  trunk build --release --cargo-profile test-build --dist target/hostile-dist

step "the open dataset: frictionless validate on the published tables (dist/data/, target/fixture-dist/data/)"
for d in dist target/fixture-dist; do
  target/py/bin/frictionless validate "$d/data/datapackage.json"
done

step "end-to-end tests in headless Chromium (fixture build; smoke.test.mjs: the real build; hostile.test.mjs: the hostile build)"
FIXTURE_DIST=target/fixture-dist REAL_DIST=dist HOSTILE_DIST=target/hostile-dist node --test tests/e2e/

step "done"
