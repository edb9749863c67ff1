#!/usr/bin/env bash
# What each code-size setting buys: builds the wasm with the shipped release profile and with one
# setting changed at a time, runs wasm-bindgen and wasm-opt as Trunk does, and prints gzip sizes.
# Then profiles where the shipped wasm's bytes go (twiggy; bench/wasm_families.py).
# Usage: bench/sizes.sh   (several minutes per setting the first time; cargo caches each one)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
OUT=bench/out/sizes
mkdir -p "$OUT"

gz() { gzip -9c "$1" | wc -c; }

# name | environment overrides of [profile.release] | wasm-opt level ("" = none)
configs=(
  "shipped: opt-level z, lto, codegen-units 1, panic abort, wasm-opt -Oz||z"
  "without wasm-opt||"
  "wasm-opt -O3 instead of -Oz||3"
  "opt-level s|CARGO_PROFILE_RELEASE_OPT_LEVEL=s|z"
  "opt-level 3|CARGO_PROFILE_RELEASE_OPT_LEVEL=3|z"
  "no LTO|CARGO_PROFILE_RELEASE_LTO=false|z"
  "codegen-units 16|CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16|z"
)

printf '| setting | wasm gzip | wasm raw |\n|---|---|---|\n' > "$OUT/sizes.md"
for c in "${configs[@]}"; do
  IFS='|' read -r name envs level <<<"$c"
  echo "== $name" >&2
  # shellcheck disable=SC2086
  env $envs cargo build --quiet --locked --release --target wasm32-unknown-unknown --bin detainer-atlas
  rm -rf "$OUT/tmp" && mkdir -p "$OUT/tmp"
  wasm-bindgen --target web --no-typescript --out-dir "$OUT/tmp" target/wasm32-unknown-unknown/release/detainer-atlas.wasm
  wasm="$OUT/tmp/detainer-atlas_bg.wasm"
  if [ -n "$level" ]; then
    wasm-opt "-O$level" --enable-bulk-memory --enable-nontrapping-float-to-int "$wasm" -o "$wasm.opt" && mv "$wasm.opt" "$wasm"
  fi
  printf '| %s | %s B | %s B |\n' "$name" "$(gz "$wasm")" "$(wc -c <"$wasm")" >> "$OUT/sizes.md"
done
cat "$OUT/sizes.md"

# Where the bytes go: the shipped settings' wasm before wasm-bindgen strips its function names,
# profiled by twiggy (installed here for the bench only), grouped into data and code by crate.
command -v twiggy >/dev/null || cargo install --locked twiggy --version 0.8.0
cargo build --quiet --locked --release --target wasm32-unknown-unknown --bin detainer-atlas
twiggy top -n 1000000 -f csv target/wasm32-unknown-unknown/release/detainer-atlas.wasm > "$OUT/twiggy.csv"
python3 bench/wasm_families.py < "$OUT/twiggy.csv" | tee "$OUT/families.md"
