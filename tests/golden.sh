#!/usr/bin/env bash
# golden.sh - golden-file tests: for every tests/golden/<stage>/NAME.in,
# `rasd <stage> [args from NAME.args] NAME.in` must print NAME.out exactly
# (diff -u).  `bash tests/golden.sh --bless` rewrites the .out files; review
# the diff before committing (Snowball voc/output, jq tests/jq.test).
set -u
RASD=$(realpath "${RASD:-build/rasd}")
SRC=${RASD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
bless=0
[ "${1:-}" = "--bless" ] && bless=1
pass=0 fail=0
for in in "$SRC"/tests/golden/*/*.in; do
  [ -e "$in" ] || continue
  stage=$(basename "$(dirname "$in")")
  name=${in%.in}
  args=()
  [ -f "$name.args" ] && read -r -a args < "$name.args"
  out=$(cd "$(dirname "$in")" && "$RASD" "$stage" "${args[@]}" "$(basename "$in")" 2>&1)
  if [ $bless = 1 ]; then
    printf '%s\n' "$out" > "$name.out"
    pass=$((pass + 1))
  elif diff -u "$name.out" <(printf '%s\n' "$out") > /tmp/golden.$$ 2>&1; then
    pass=$((pass + 1))
  else
    echo "FAIL: $stage/$(basename "$name")"
    head -40 /tmp/golden.$$
    fail=$((fail + 1))
  fi
done
rm -f /tmp/golden.$$
echo "$pass passed, $fail failed"
[ $fail = 0 ]
