#!/bin/sh
# build.sh - regenerates data/gazetteer/*.tsv from the pinned sources.
#
# Installs the npm packages named in package-lock.json into
# tools/gazetteer/node_modules (npm ci, no install scripts) when they are
# missing or older than the lock file, then runs the converter.  Needs node,
# npm, python3 and Debian's unicode-cldr-core and hunspell-ar (the Arabic
# dictionary that tells which aliases are ordinary words).  Same input, same
# bytes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cldr=/usr/share/unicode/cldr/common/subdivisions/en.xml
if [ ! -f "$cldr" ]; then
    echo "build.sh: $cldr missing: apt-get install unicode-cldr-core" >&2
    exit 1
fi
ardict=/usr/share/hunspell/ar.dic
if [ ! -f "$ardict" ]; then
    echo "build.sh: $ardict missing: apt-get install hunspell-ar" >&2
    exit 1
fi
stamp="$here/node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || [ "$here/package-lock.json" -nt "$stamp" ]; then
    (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund)
fi
python3 "$here/convert.py" --out "$root/data/gazetteer" \
    --sites "$root/data/lexicon/sites.tsv" --dict "$ardict"
python3 "$here/check.py" "$root/data/gazetteer" "$root/data/lexicon/sites.tsv"
