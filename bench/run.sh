#!/usr/bin/env bash
# run.sh - builds the benchmarks (Release), makes the corpus if it is
# missing, runs bench_text (and bench_match when it builds) and prints the
# results as a markdown table.  See bench/README.md.
#
# Usage: bench/run.sh [--mb N] [--reps N] [--cases LIST] [--callgrind]
#                     [--no-match]
#   --mb N        corpus size when it has to be made (default 64)
#   --reps N      runs per case; best and median are reported (default 3)
#   --cases LIST  bench_text cases, comma-separated (default: all)
#   --callgrind   also count instructions (valgrind) on a 2 MB slice:
#                 instructions per byte of each case and the hot spots of
#                 the text layer
#   --no-match    skip bench_match
# Environment: BUILD (default build-bench), RASD_DATA_DIR, RASD_SHARED.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
build=${BUILD:-$src/build-bench}
mb=64
reps=3
cases=
callgrind=0
match=1
while [ $# -gt 0 ]; do
    case $1 in
    --mb) mb=$2; shift 2 ;;
    --reps) reps=$2; shift 2 ;;
    --cases) cases=$2; shift 2 ;;
    --callgrind) callgrind=1; shift ;;
    --no-match) match=0; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

# Release (-O3) with debug info: -g changes no code, and callgrind can then
# name files and lines.  -Werror as everywhere: -O3 sees maybe-uninitialized
# warnings that the default build does not, so this build checks them.
cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release -DRASD_WERROR=ON \
    -DCMAKE_C_FLAGS=-g >/dev/null
cmake --build "$build" --target bench_text -j2 >"$build/bench_text.log" 2>&1 ||
    { tail -30 "$build/bench_text.log" >&2; exit 1; }
have_match=0
if [ "$match" = 1 ] && [ -f "$here/bench_match.c" ]; then
    if cmake --build "$build" --target bench_match -j2 \
        >"$build/bench_match.log" 2>&1; then
        have_match=1
    else
        echo "run.sh: bench_match does not build; skipped (see" \
            "$build/bench_match.log)" >&2
    fi
fi

corpus=$here/corpus/corpus.jsonl
if [ ! -s "$corpus" ]; then
    python3 "$here/make_corpus.py" "$mb" -o "$corpus"
fi

out=$build/bench_text.out
"$build/bench_text" --reps "$reps" ${cases:+--cases "$cases"} "$corpus" \
    >"$out"

echo "## rasd text layer benchmark"
echo
echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo |
    sed 's/.*: //'), $(gcc --version | head -1)"
echo "- commit: $(git -C "$src" rev-parse --short HEAD 2>/dev/null ||
    echo '?'), $(date -u +%Y-%m-%d)"
sed -n 's/^# corpus: \(.*\)/- corpus: \1/p' "$out"
[ -f "$corpus.stats" ] &&
    sed -n 's/^vocabulary: \(.*\)/- vocabulary: \1/p' "$corpus.stats"
sed -n 's/^# \(text layer finds: .*\)/- \1/p;
        s/^# \(distinct word norms .*\)/- \1/p;
        s/^# \(data: .*\)/- \1/p' "$out"
echo
echo "| case | what | MB/s | words/s | CPU s | median CPU s | wall s | peak RSS MB | checksum |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---|"
awk '
    /^# [a-z-]+ +[a-zA-Z]/ && NF > 2 { w = $0; sub(/^# [a-z-]+ +/, "", w);
                                        what[$2] = w; next }
    /^#/ { next }
    NF >= 9 { row[++n] = $0 }
    END {
        what["read"] = "JSONL reader into memory (once)"
        for (i = 1; i <= n; i++) {
            split(row[i], f, " ")
            printf "| %s | %s | %.1f | %.2fM | %s | %s | %s | %s | `%s` |\n",
                   f[1], what[f[1]], f[2], f[3] / 1e6, f[4], f[5], f[6],
                   f[7], f[8]
        }
    }' "$out"
echo
sed -n 's/^# \(ratio .*\)/- \1/p; s/^# \(target .*\)/- \1/p;
        s/^# \(peak rss.*\)/- \1/p; s/^# \(warning: .*\)/- \1/p' "$out"

if [ "$have_match" = 1 ]; then
    echo
    echo "## bench_match (text layer vs text layer + lexicon matcher)"
    echo
    echo '```'
    "$build/bench_match" "$corpus" 2>&1 ||
        echo "(bench_match failed: exit $?; the table above stands)"
    echo '```'
fi

if [ "$callgrind" = 1 ]; then
    if ! command -v valgrind >/dev/null; then
        echo "run.sh: --callgrind: valgrind not found" >&2
        exit 0
    fi
    echo
    echo "## instruction counts (callgrind, first 2 MB of the corpus)"
    echo
    echo "| case | instructions | per byte |"
    echo "|---|---:|---:|"
    cg=$build/callgrind
    mkdir -p "$cg"
    for c in bytes snowball rasd rasd-nostem rasd-tokens; do
        fn=run_$(echo "$c" | tr - _)
        valgrind --tool=callgrind --callgrind-out-file="$cg/$c.out" \
            --collect-atstart=no --toggle-collect="$fn" \
            "$build/bench_text" --limit-mb 2 --reps 1 --cases "$c" \
            "$corpus" >"$cg/$c.txt" 2>"$cg/$c.err"
        bytes=$(sed -n 's/^# corpus: .*, \([0-9.]*\) MB of text.*/\1/p' \
            "$cg/$c.txt")
        ir=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$cg/$c.err")
        awk -v c="$c" -v ir="$ir" -v mb="$bytes" 'BEGIN {
            printf "| %s | %.0fM | %.1f |\n", c, ir / 1e6, ir / (mb * 1e6) }'
    done
    echo
    echo "Hot spots of the text layer (case rasd, self instructions):"
    echo
    echo '```'
    callgrind_annotate --inclusive=no --auto=no "$cg/rasd.out" 2>/dev/null |
        sed -n '/file:function/,$p' | sed -n '3,22p' |
        sed 's| \[/[^]]*\]||; s|/work/main/||; s|\./string/\.\./sysdeps/x86_64/multiarch/||'
    echo '```'
    echo
    echo "By stage (inclusive):"
    echo
    echo '```'
    callgrind_annotate --inclusive=yes --auto=no "$cg/rasd.out" 2>/dev/null |
        grep -E 'rasd_(text_tokenize|clean_mark|numbers_find|dates_find|text_sentences|text_stem|text_normalize|doc_analyze)|sb_stemmer_stem|:finish |line_key' |
        sed 's| \[/[^]]*\]||; s|/work/main/||' | awk '!seen[$NF]++'
    echo '```'
fi
