#!/usr/bin/env bash
# example.sh - the README's first command: installs what is missing, builds
# rasd, and runs the main job on the bundled example articles.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
echo "== rasd extract on examples/corpus (plain-text articles with dates)"
./build/rasd extract --corpus examples/corpus
echo "== rasd extract on examples/articles (HTML, RSS, JSON Lines, text)"
./build/rasd extract examples/articles
