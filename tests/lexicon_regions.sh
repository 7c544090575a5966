#!/usr/bin/env bash
# lexicon_regions.sh - region-wide coverage of the lexicon: for each text
# in tests/lexicon_regions/ (short news sentences written for rasd, one
# file per region and language), every actor, weapon, source and place
# listed for it in tests/lexicon_regions/expect.tsv must be found by
# `rasd match` (class and canonical name, and the place's name).  Prints
# each miss, then "N passed, N failed"; fails when anything is missed.
# Exit 77 (skipped) without python3.
set -u

src=${RASD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
rasd=${RASD:-$src/build/rasd}
dir=$src/tests/lexicon_regions

if ! command -v python3 >/dev/null 2>&1; then
    echo "lexicon_regions: skipped: python3 is needed to read rasd's JSON"
    exit 77
fi
if [ ! -x "$rasd" ]; then
    echo "lexicon_regions: no rasd executable at $rasd (set RASD)" >&2
    exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# rasd names each document after its file (without .txt)
"$rasd" match --data "$src/data" "$dir"/*.txt >"$tmp/match.jsonl" 2>"$tmp/err"
rc=$?
if [ $rc -ne 0 ]; then
    echo "lexicon_regions: rasd match: exit $rc" >&2
    cat "$tmp/err" >&2
    exit 1
fi

python3 - "$tmp/match.jsonl" "$dir/expect.tsv" <<'PY'
import json, sys

found = set()  # (doc, class, name)
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        m = json.loads(line)
        found.add((m["doc"], m["class"], m["name"]))
passed = failed = 0
with open(sys.argv[2], encoding="utf-8") as f:
    for line in f:
        if not line.strip() or line.startswith("#"):
            continue
        fname, cls, name, note = (line.rstrip("\n").split("\t") + [""])[:4]
        doc = fname[:-4] if fname.endswith(".txt") else fname
        if (doc, cls, name) in found:
            passed += 1
        else:
            failed += 1
            print(f"MISS {fname}: {cls} '{name}' (as '{note}')")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
