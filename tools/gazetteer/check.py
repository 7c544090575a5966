#!/usr/bin/env python3
"""check.py - sanity check of rasd's place files (docs/lexicon-format.md).

Usage: check.py [DIR_OR_FILE ...]   (default: data/gazetteer and
data/lexicon/sites.tsv).  Checks that every entry has three TAB-separated
columns, well-formed attributes, a known kind, numeric lat/lon in range,
and no empty or 1-2 letter alias; then prints, per country, how many places
have an Arabic alias.  Exits 1 on any error, printing file:line: problem.
"""

import os
import re
import sys
import unicodedata

KINDS = set(("country admin1 city town village district airbase airport base "
             "camp field crossing embassy sea site region").split())
ARABIC = re.compile("[\u0600-\u06ff]")
HARAKAT = re.compile("[\u064b-\u0652\u0670\u0640]")
FOLD = str.maketrans("\u0623\u0625\u0622\u0671\u0649\u0629\u0624\u0626"
                     "\u06a9\u06cc\u06d5\u2019\u2018",
                     "\u0627\u0627\u0627\u0627\u064a\u0647\u0648\u064a"
                     "\u0643\u064a\u0647''")


def norm(s):
    """Roughly rasd_text_normalize: what makes two aliases the same."""
    s = unicodedata.normalize("NFKC", s)
    return " ".join(HARAKAT.sub("", s).translate(FOLD).casefold().split())


HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def check_file(path, counts, errors):
    cls = None
    n = 0
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            where = "%s:%d: " % (path, lineno)
            if not line.endswith("\n"):
                errors.append(where + "no newline at end of file")
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("@class "):
                cls = line.split()[1]
                continue
            if cls != "place":
                errors.append(where + "entry outside @class place")
                continue
            cols = line.split("\t")
            if len(cols) != 3:
                errors.append(where + "%d columns, want 3" % len(cols))
                continue
            name, attrs, aliases = cols
            if not name.strip() or name != name.strip():
                errors.append(where + "bad NAME")
            at = {}
            for kv in attrs.split(";"):
                if "=" not in kv:
                    errors.append(where + "attribute without '=': " + kv)
                    continue
                k, v = kv.split("=", 1)
                if not v or "=" in v:
                    errors.append(where + "bad value for " + k)
                at[k] = v
            if at.get("kind") not in KINDS:
                errors.append(where + "unknown kind %r" % at.get("kind"))
            try:
                lat, lon = float(at["lat"]), float(at["lon"])
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    errors.append(where + "lat/lon out of range")
            except (KeyError, ValueError):
                errors.append(where + "lat/lon missing or not numeric")
            if at.get("prec", "1") not in ("1", "2", "3"):
                errors.append(where + "prec must be 1, 2 or 3")
            if "pop" in at and not at["pop"].isdigit():
                errors.append(where + "pop not a number")
            if "country" not in at and at.get("kind") not in ("sea",
                                                               "region"):
                errors.append(where + "no country")
            has_ar = False
            seen = set()
            for a in aliases.split("|"):
                b = a[1:] if a.startswith("?") else a
                if len(re.sub(r"[\s\-']", "", b)) <= 2:
                    errors.append(where + "alias too short: %r" % a)
                k = norm(b)
                if k in seen:
                    errors.append(where + "duplicate alias %r" % a)
                seen.add(k)
                if ARABIC.search(b):
                    has_ar = True
            c = counts.setdefault(at.get("country", "-"), [0, 0])
            c[0] += 1
            c[1] += has_ar
            n += 1
    return n


def main():
    args = sys.argv[1:] or [os.path.join(ROOT, "data", "gazetteer"),
                            os.path.join(ROOT, "data", "lexicon",
                                         "sites.tsv")]
    files = []
    for a in args:
        if os.path.isdir(a):
            files += sorted(os.path.join(a, f) for f in os.listdir(a)
                            if f.endswith(".tsv"))
        elif os.path.exists(a):
            files.append(a)
    counts, errors = {}, []
    total = 0
    for f in files:
        n = check_file(f, counts, errors)
        size = os.path.getsize(f)
        print("%-45s %7d entries %9d bytes" % (os.path.relpath(f, ROOT), n,
                                                size))
        total += n
    core = ["Iraq", "Syria", "Jordan", "Lebanon", "Israel", "Palestine",
            "Iran", "Saudi Arabia", "Kuwait", "Yemen", "Bahrain", "Qatar",
            "United Arab Emirates", "Oman", "Egypt", "Turkey"]
    print("places with an Arabic alias / all places, core countries:")
    for c in core:
        a = counts.get(c, [0, 0])
        print("  %-22s %5d / %5d" % (c, a[1], a[0]))
    ar = sum(v[1] for v in counts.values())
    print("all countries: %d / %d places have an Arabic alias" % (ar, total))
    for e in errors[:50]:
        print(e)
    if errors:
        print("%d errors" % len(errors))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
