#!/usr/bin/env bash
# corpus_score.sh - accuracy regression: runs `rasd extract` on
# ../shared/corpus (seeds, dev, the GSR ASSAULT sentences) and on the
# project's own corpora (examples/corpus; tests/corpus/regional, a
# development set of other places and kinds of violence; tests/corpus/probes,
# a development set of 163 short items; and
# tests/corpus/heldout, a proxy held-out set nobody reads while changing
# rasd), scores with ../shared/eval, and fails when a figure falls below
# its floor in tests/corpus_floors.tsv.  Floors only go up: raise them when
# a change improves a figure.  Skipped (exit 77) without ../shared.
set -u
RASD=${RASD:-build/rasd}
SRC=${RASD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
SHARED=${RASD_SHARED:-$SRC/../shared}
if [ ! -f "$SHARED/eval/score.py" ] || [ ! -d "$SHARED/corpus/dev" ]; then
  echo "SKIP: $SHARED/corpus and eval are absent; accuracy is not measured"
  exit 77
fi
if ! command -v python3 >/dev/null; then
  echo "SKIP: python3 is needed to run ../shared/eval"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
check() { # name value floor
  if python3 -c "import sys; sys.exit(0 if float('$2') + 1e-9 >= float('$3') else 1)"; then
    echo "ok   $1 = $2 (floor $3)"; pass=$((pass + 1))
  else
    echo "FAIL $1 = $2 is below its floor $3"; fail=$((fail + 1))
  fi
}
metric() { # set key
  python3 - "$tmp/$1.json" "$2" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
v = d
for k in sys.argv[2].split("."):
    v = v[k]
print(v)
PY
}
for set in seeds dev; do
  "$RASD" extract --format jsonl --corpus "$SHARED/corpus/$set" > "$tmp/$set.pred" 2>"$tmp/$set.err"
  python3 "$SHARED/eval/score.py" --gold "$SHARED/corpus/$set/gold.jsonl" \
    --pred "$tmp/$set.pred" --json > "$tmp/$set.json"
done
for own in examples:examples/corpus regional:tests/corpus/regional \
           probes:tests/corpus/probes heldout:tests/corpus/heldout; do
  name=${own%%:*} dir=$SRC/${own#*:}
  [ -f "$dir/gold.jsonl" ] || { echo "note: $dir is absent; its floors are skipped"; continue; }
  "$RASD" extract --format jsonl --corpus "$dir" > "$tmp/$name.pred" 2>/dev/null
  python3 "$SHARED/eval/score.py" --gold "$dir/gold.jsonl" \
    --pred "$tmp/$name.pred" --json > "$tmp/$name.json"
done
gsr=$SHARED/corpus/gsr/assault_dev.jsonl
if [ -f "$gsr" ]; then
  python3 "$SHARED/eval/score_gsr.py" input "$gsr" > "$tmp/gsr.in"
  "$RASD" extract --format jsonl "$tmp/gsr.in" > "$tmp/gsr.pred" 2>/dev/null
  gsr_f1=$(python3 "$SHARED/eval/score_gsr.py" score --gold "$gsr" --pred "$tmp/gsr.pred" | tail -1 | awk '{print $NF}')
fi
while IFS=$'\t' read -r name floor; do
  case "$name" in ''|\#*) continue ;; esac
  set=${name%%.*}; key=${name#*.}
  if [ "$set" = gsr ]; then
    [ -f "$gsr" ] && check "$name" "$gsr_f1" "$floor"
  elif [ -f "$tmp/$set.json" ]; then
    check "$name" "$(metric "$set" "$key")" "$floor"
  fi
done < "$SRC/tests/corpus_floors.tsv"
echo "$pass passed, $fail failed"
[ $fail = 0 ]
