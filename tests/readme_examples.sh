#!/usr/bin/env bash
# readme_examples.sh - the README shows what `rasd extract --corpus
# examples/corpus` prints; this test fails when the two differ, so the
# README never promises events the program does not give.
# `bash tests/readme_examples.sh --bless` rewrites the README's block.
set -u
RASD=$(realpath "${RASD:-build/rasd}")
SRC=${RASD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$SRC" || exit 1
begin='<!-- examples:begin -->'
end='<!-- examples:end -->'
actual=$("$RASD" extract --corpus examples/corpus 2>&1)
if [ "${1:-}" = "--bless" ]; then
  python3 - "$begin" "$end" "$actual" <<'PY'
import sys
begin, end, actual = sys.argv[1:4]
s = open("README.md", encoding="utf-8").read()
a = s.index(begin) + len(begin)
b = s.index(end)
s = s[:a] + "\n```\n$ rasd extract --corpus examples/corpus\n" + actual + "\n```\n" + s[b:]
open("README.md", "w", encoding="utf-8").write(s)
PY
  echo "1 passed, 0 failed"
  exit 0
fi
shown=$(sed -n "/$begin/,/$end/p" README.md | sed '1,3d;$d' | sed '$d')
if [ "$shown" = "$actual" ]; then
  echo "1 passed, 0 failed"
else
  diff -u <(printf '%s\n' "$shown") <(printf '%s\n' "$actual") | head -40
  echo "0 passed, 1 failed"
  exit 1
fi
