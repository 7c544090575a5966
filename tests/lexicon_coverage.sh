#!/usr/bin/env bash
# lexicon_coverage.sh - is every place, actor and weapon that the gold
# events of ../shared/corpus name found by `rasd match` in that article?
#
# For seeds/ and dev/: runs `rasd match --corpus SET`, then for each gold
# event checks location (class place), actor1 and actor2 (class actor) and
# weapon (class weapon: canonical name or its `weapon` attribute) against
# the names matched in the same article, after the scorer's norm()
# (../shared/eval/score.py).  Prints each miss, then "N passed, N failed";
# fails when anything is missed.  Exit 77 (skipped) without the corpus.
set -u

src=${RASD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
shared=${RASD_SHARED:-$src/../shared}
rasd=${RASD:-$src/build/rasd}
corpus=$shared/corpus

if [ ! -d "$corpus" ]; then
    echo "lexicon_coverage: skipped: no corpus at $corpus (set RASD_SHARED)"
    exit 77
fi
if ! command -v python3 >/dev/null 2>&1; then
    echo "lexicon_coverage: skipped: python3 is needed to read gold.jsonl"
    exit 77
fi
if [ ! -x "$rasd" ]; then
    echo "lexicon_coverage: no rasd executable at $rasd (set RASD)" >&2
    exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sets=()
for set in seeds dev; do
    [ -f "$corpus/$set/gold.jsonl" ] || continue
    "$rasd" match --corpus "$corpus/$set" >"$tmp/$set.jsonl" 2>"$tmp/$set.err"
    rc=$?
    if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
        echo "lexicon_coverage: rasd match --corpus $corpus/$set: exit $rc" >&2
        cat "$tmp/$set.err" >&2
        exit 1
    fi
    sets+=("$set")
done
if [ ${#sets[@]} -eq 0 ]; then
    echo "lexicon_coverage: skipped: no gold.jsonl under $corpus"
    exit 77
fi

python3 - "$corpus" "$tmp" "$(dirname "$0")/lexicon_coverage.known" "${sets[@]}" <<'EOF'
import json, re, sys, unicodedata

def norm(s):  # as ../shared/eval/score.py
    if s is None:
        return ""
    s = unicodedata.normalize("NFKD", str(s)).lower()
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"\b(the|al|el|base|air|airbase|airport|field|camp)\b", " ", s)
    return re.sub(r"[^a-z0-9]+", "", s)

corpus, tmp, known_path, sets = (sys.argv[1], sys.argv[2], sys.argv[3],
                                  sys.argv[4:])
# Gold values the article never names (the coder inferred them from a
# description or from outside knowledge), each with the reason; reviewed
# by hand, one per line: set<TAB>doc<TAB>class<TAB>name<TAB>reason.
known = {}
with open(known_path, encoding="utf-8") as f:
    for line in f:
        if line.strip() and not line.startswith("#"):
            k = line.rstrip("\n").split("\t")
            known[tuple(k[:4])] = k[4] if len(k) > 4 else ""
passed = failed = 0
for st in sets:
    found = {}  # (doc, class) -> set of normalised names
    with open(f"{tmp}/{st}.jsonl", encoding="utf-8") as f:
        for line in f:
            m = json.loads(line)
            names = found.setdefault((m["doc"], m["class"]), set())
            names.add(norm(m["name"]))
            if m["class"] == "weapon" and m.get("weapon"):
                names.add(norm(m["weapon"]))
    with open(f"{corpus}/{st}/gold.jsonl", encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            want = set()
            for ev in g["events"]:
                for field, cls in (("location", "place"), ("actor1", "actor"),
                                   ("actor2", "actor"), ("weapon", "weapon")):
                    if ev.get(field):
                        want.add((cls, ev[field]))
            for cls, name in sorted(want):
                got = found.get((g["doc"], cls), set())
                n = norm(name)
                # actors compare as the scorer's slots do: one name
                # within the other ("Israel" in "Israeli forces")
                if n in got or (cls == "actor" and
                                any(n in x or x in n for x in got if x)):
                    passed += 1
                elif (st, g["doc"], cls, name) in known:
                    print(f"known: {st}/{g['doc']}: {cls} '{name}': "
                          f"{known[(st, g['doc'], cls, name)]}")
                    passed += 1
                else:
                    failed += 1
                    print(f"miss: {st}/{g['doc']}: {cls} '{name}'")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
EOF
