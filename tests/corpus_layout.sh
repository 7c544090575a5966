#!/usr/bin/env bash
# corpus_layout.sh - the project's own corpora (tests/corpus/regional, probes,
# tests/corpus/heldout) keep the layout and gold shape of
# ../shared/corpus/SCHEMA.md: tests/corpus/check.py on each.
set -u
SRC=${RASD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
if ! command -v python3 >/dev/null; then
  echo "SKIP: python3 is needed to read the corpora"
  exit 77
fi
fail=0
for dir in "$SRC"/tests/corpus/regional "$SRC"/tests/corpus/probes \
           "$SRC"/tests/corpus/heldout; do
  # heldout is absent between retiring one proxy set and adding the next
  [ -f "$dir/docs.jsonl" ] || { echo "note: $dir is absent"; continue; }
  python3 "$SRC/tests/corpus/check.py" "$dir" || fail=1
done
exit $fail
