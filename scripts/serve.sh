#!/usr/bin/env bash
# Builds the release bundle and serves it on http://127.0.0.1:${PORT:-8080}/ (Ctrl-C stops it).
# Installs what is missing first (scripts/setup.sh). Rebuilds when sources or data change.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
port="${PORT:-8080}"
echo "Detainer Atlas will be served at http://127.0.0.1:$port/ once the build finishes."
exec trunk serve --release --address 127.0.0.1 --port "$port"
