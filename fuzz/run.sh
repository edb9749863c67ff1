#!/usr/bin/env bash
# Coverage-guided fuzzing (libFuzzer through cargo-fuzz) of the CSV loader/validator and the URL
# state parser, each for a bounded time. Not part of the test suite.
# Usage: fuzz/run.sh [seconds per target, default 60]
# A crash stops its target, leaves the input in fuzz/artifacts/<target>/ and exits non-zero:
# turn it into a test in crates/atlas-data/tests/validation.rs or src/query/view.rs.
set -euo pipefail
cd "$(dirname "$0")"
SECONDS_PER_TARGET="${1:-60}"
export PATH="$HOME/.cargo/bin:$PATH"
if [ "$(cargo fuzz --version 2>/dev/null | awk '{print $2}')" != "0.13.2" ]; then
  cargo install cargo-fuzz --version =0.13.2
fi
# Stable Rust: no sanitizer (they need nightly); libFuzzer's coverage guidance still applies.
for target in data_loader url_state; do
  mkdir -p "corpus/$target"
  echo "== $target, ${SECONDS_PER_TARGET}s"
  log="target/$target.log"
  mkdir -p target
  status=0
  cargo fuzz run --sanitizer none -O "$target" "corpus/$target" "seeds/$target" -- \
    -max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=4096 >"$log" 2>&1 || status=$?
  grep -E '^#[0-9]+ +DONE|^Done|panicked|SUMMARY|Test unit written' "$log" || true
  if [ "$status" -ne 0 ]; then echo "$target: crash or failure (exit $status), see $log" >&2; exit 1; fi
done
