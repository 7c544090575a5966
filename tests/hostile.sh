#!/usr/bin/env bash
# hostile.sh - runs `rasd analyze` on every bad input of tests/hostile/ and
# checks that it neither crashes nor hangs, exits with the documented code
# and prints the error line the input must produce (cmark's pathological
# tests).  Big inputs (a 40 MB line, 100k nested tags) are generated here
# at run time so that no big file is committed.
#
# Each input NAME (a file or a folder) has NAME.expect beside it; an
# .expect without its input names a generated input or a missing file.
# Lines of NAME.expect ('#' starts a comment):
#   exit N            the exit code (0 ok, 1 partial, 4 nothing read)
#   stderr REGEX      some stderr line matches (grep -E)
#   stderr-not REGEX  no stderr line matches
#   quiet             stderr is empty
#   stdout-has REGEX  some stdout line matches
#   stdout-not REGEX  no stdout line matches
#   stdin             feed the input on stdin ("-") instead of by name
#
# Environment (CTest sets it): RASD the CLI, RASD_SRC the source tree.
# Exits 77 (skip) while `rasd analyze` does not work yet, 1 on a failure.
set -u

: "${RASD:?set RASD to the rasd executable}"
: "${RASD_SRC:?set RASD_SRC to the source tree}"
export LC_ALL=C

if ! "$RASD" analyze --help >/dev/null 2>&1; then
    echo "hostile: '$RASD analyze --help' fails: analyze not ready, skipped"
    exit 77
fi

dir=$RASD_SRC/tests/hostile
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rasd-hostile.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

# Sanitizer builds run several times slower; the limit still catches a
# hang or quadratic time.
limit=20
if grep -qa __asan_init "$RASD"; then
    limit=120
fi

# --- generated inputs -------------------------------------------------------
mb40=$((40 * 1024 * 1024))
{
    printf '<html><body><p>before</p>'
    yes '<div>' | head -n 100000 | tr -d '\n'
    printf 'deep'
    yes '</div>' | head -n 100000 | tr -d '\n'
    printf '</body></html>\n'
} >"$tmp/deep.html"
yes 'drone strike on the base near Erbil قصف صاروخي على قاعدة' |
    tr '\n' ' ' | head -c "$mb40" >"$tmp/huge-line.txt"
{
    printf '{"id":"big","text":"'
    yes a | tr -d '\n' | head -c "$mb40"
    printf '\n{"id":"after","text":"Rockets hit the base."}\n'
} >"$tmp/huge-broken.jsonl"
{
    yes '[' | head -n 100000 | tr -d '\n'
    printf '\n'
} >"$tmp/deep.jsonl"

# --- run --------------------------------------------------------------------
pass=0
fail=0

# Prints a failure of test $name and counts it.
bad() {
    echo "FAIL $name: $*"
    ok=0
}

for exp in "$dir"/*.expect; do
    name=$(basename "$exp" .expect)
    if [ -e "$dir/$name" ]; then
        input=$dir/$name
    elif [ -e "$tmp/$name" ]; then
        input=$tmp/$name
    else
        input=$dir/$name # does not exist: the test is about that
    fi
    want_exit=
    use_stdin=0
    quiet=0
    checks=()
    while IFS= read -r line || [ -n "$line" ]; do
        case $line in
        '' | '#'*) ;;
        exit\ *) want_exit=${line#exit } ;;
        stdin) use_stdin=1 ;;
        quiet) quiet=1 ;;
        *) checks+=("$line") ;;
        esac
    done <"$exp"

    # stdout is kept only when checked: a 40 MB line makes far more JSON.
    out=/dev/null
    for c in "${checks[@]}"; do
        case $c in stdout-*) out=$tmp/$name.out ;; esac
    done
    err=$tmp/$name.err
    # Relative paths keep the messages short and stable.
    rel=${input#"$dir"/}
    rel=${rel#"$tmp"/}
    base=$(dirname "$input")
    if [ "$use_stdin" = 1 ]; then
        (cd "$base" && timeout "$limit" "$RASD" analyze - <"$rel") \
            >"$out" 2>"$err"
    else
        (cd "$base" && timeout "$limit" "$RASD" analyze "$rel") \
            >"$out" 2>"$err"
    fi
    rc=$?

    ok=1
    case $rc in
    0 | 1 | 4) ;;
    124) bad "timed out after ${limit}s" ;;
    *) bad "exit code $rc is not one of 0, 1, 4 (crash?)" ;;
    esac
    if [ -n "$want_exit" ] && [ "$rc" != "$want_exit" ]; then
        bad "exit code $rc, wanted $want_exit"
    fi
    if grep -qE 'AddressSanitizer|LeakSanitizer|runtime error:' "$err"; then
        bad "sanitizer report on stderr"
    fi
    if [ "$quiet" = 1 ] && [ -s "$err" ]; then
        bad "stderr is not empty"
    fi
    for c in "${checks[@]}"; do
        what=${c%% *}
        re=${c#* }
        case $what in
        stderr) grep -qE -- "$re" "$err" || bad "no stderr line: $re" ;;
        stderr-not) grep -qE -- "$re" "$err" && bad "stderr has: $re" ;;
        stdout-has) grep -qE -- "$re" "$out" || bad "no stdout line: $re" ;;
        stdout-not) grep -qE -- "$re" "$out" && bad "stdout has: $re" ;;
        *) bad "unknown directive in $exp: $c" ;;
        esac
    done
    if [ "$ok" = 1 ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        sed 's/^/    stderr: /' "$err" | head -n 5
    fi
    [ "$out" = /dev/null ] || rm -f "$out"
done

# --- every command on an article with nothing in it ------------------------
# (an empty output buffer once reached fwrite as a null pointer: UBSan)
printf 'Hello world, nothing to see.\n' >"$tmp/nothing.txt"
for cmd in analyze match extract; do
    if "$RASD" "$cmd" "$tmp/nothing.txt" >/dev/null 2>"$tmp/nothing.err"; then
        if grep -qE 'AddressSanitizer|LeakSanitizer|runtime error:' \
            "$tmp/nothing.err"; then
            echo "FAIL $cmd on an article with nothing: sanitizer report"
            sed 's/^/    stderr: /' "$tmp/nothing.err" | head -n 5
            fail=$((fail + 1))
        else
            pass=$((pass + 1))
        fi
    else
        echo "FAIL $cmd on an article with nothing: exit $?"
        fail=$((fail + 1))
    fi
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
