#!/usr/bin/env bash
# The benchmark (not part of the test suite): builds the release bundle with the real data and
# with a stress dataset (the real rows plus synthetic counties, about 6,300 rows), makes the static floor page, and measures all three
# in headless Chromium (CPU 4× slower, 390×844, median of RUNS runs, default 5), all served gzipped;
# then Lighthouse's mobile preset on the real build (LIGHTHOUSE_RUNS runs, default 3).
# Usage: bench/run.sh     Results: printed, and in bench/out/results.md, results.json and
# lighthouse.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
OUT=bench/out
mkdir -p "$OUT"

echo "== release build, real data"
trunk build --release --dist "$OUT/real"
node bench/floor.mjs "$OUT/real" "$OUT/floor"

echo "== release build, stress data (real rows plus synthetic counties, through the same pipeline)"
python3 bench/make_stress_data.py data "$OUT/stress-data"
ATLAS_DATA_DIR="$OUT/stress-data" trunk build --release --dist "$OUT/stress"

echo "== measuring"
node bench/bench.mjs

echo "== Lighthouse (bench/package.json: its own install, not the tests')"
npm ci --prefix bench --no-audit --no-fund --loglevel=error
node bench/lighthouse.mjs "$OUT/real"
