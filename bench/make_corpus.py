#!/usr/bin/env python3
"""make_corpus.py - builds the benchmark corpus of bench_text and bench_match.

Reads the article texts we have (../shared/corpus seeds/*.txt, dev/*.txt,
the sentences of gsr/assault_dev.jsonl, examples/articles/*.txt and
examples/corpus/*.txt), splits them into sentences and recombines those
sentences, with a seeded PRNG, into synthetic articles of 5-40 sentences
until the output holds SIZE_MB megabytes (10^6 bytes; default 64).

Why sentences and not whole articles: repeating five articles would let the
stem cache and the branch predictors learn the input; recombined sentences
keep the vocabulary of real news (every distinct word of the pool comes
back with its real frequency) while each article is new.  The vocabulary
is still bounded by the pool (~1 MB of text): see bench/README.md.

Output: JSON Lines, one article per line, {"id", "published", "text"}
(ensure_ascii off: the text is raw UTF-8), which the rasd readers and
bench_match take as they are.  Paragraphs of 1-4 sentences are separated
by a newline.  A summary (articles, bytes, language shares, distinct
words) goes to stderr and to OUT.stats.

Deterministic: the PRNG is splitmix64 written out here (not Python's
random, whose algorithms may change), inputs are read in sorted order, so
the same sources and arguments give the same bytes on every run.

Usage: make_corpus.py [SIZE_MB] [-o OUT] [--seed N] [--ar-share X]
                      [--shared DIR]
  default OUT: bench/corpus/corpus.jsonl; default DIR: $RASD_SHARED or
  <repo>/../shared.
"""
import argparse
import glob
import json
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MASK = (1 << 64) - 1


class SplitMix64:
    """splitmix64 (Steele, Lea, Flood 2014): tiny, fixed, good enough."""

    def __init__(self, seed):
        self.s = seed & MASK

    def next(self):
        self.s = (self.s + 0x9E3779B97F4A7C15) & MASK
        z = self.s
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, n):
        """Uniform integer in [0, n) (rejection, no modulo bias)."""
        limit = MASK - (MASK + 1) % n
        while True:
            x = self.next()
            if x <= limit:
                return x % n

    def unit(self):
        return (self.next() >> 11) / float(1 << 53)


# A sentence ends at . ! ? or the Arabic question mark followed by white
# space, or at a line break.  "3.5" and "U.S.-led" stay whole.
SPLIT = re.compile(r"(?<=[.!?\u061F])\s+|\s*\n\s*")
ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
WORD = re.compile(r"\w+")


def read_sources(shared):
    """Yields (name, text) of every source, in a fixed order."""
    corpus = os.path.join(shared, "corpus")
    for sub in ("seeds", "dev"):
        for path in sorted(glob.glob(os.path.join(corpus, sub, "*.txt"))):
            with open(path, encoding="utf-8") as f:
                yield path, f.read()
    gsr = os.path.join(corpus, "gsr", "assault_dev.jsonl")
    if os.path.exists(gsr):
        with open(gsr, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    yield gsr, json.loads(line).get("text") or ""
    for sub in ("articles", "corpus"):
        pattern = os.path.join(REPO, "examples", sub, "*.txt")
        for path in sorted(glob.glob(pattern)):
            with open(path, encoding="utf-8") as f:
                yield path, f.read()


def lang_of(sentence):
    """'ar' or 'en' by the majority script of the letters; None when the
    sentence has fewer than two letters."""
    ar = len(ARABIC.findall(sentence))
    la = len(LATIN.findall(sentence))
    if ar + la < 2:
        return None
    return "ar" if ar >= la else "en"


def build_pool(shared):
    """Distinct sentences of all sources, first occurrence first, split by
    language.  Returns (pool dict lang -> list, number of files/lines,
    source bytes)."""
    seen = set()
    pool = {"ar": [], "en": []}
    nsrc = 0
    nbytes = 0
    for _, text in read_sources(shared):
        nsrc += 1
        nbytes += len(text.encode("utf-8"))
        for s in SPLIT.split(text):
            s = s.strip()
            if len(s) < 3 or s in seen:
                continue
            lang = lang_of(s)
            if lang is None:
                continue
            seen.add(s)
            pool[lang].append(s)
    return pool, nsrc, nbytes


def date_of(days):
    """YYYY-MM-DD of a day number counted from 2023-01-01 (civil_from_days,
    H. Hinnant)."""
    z = days + 19358 + 719468  # 2023-01-01 is day 19358 since 1970
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return "%04d-%02d-%02d" % (y + (m <= 2), m, d)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("size_mb", nargs="?", type=float, default=64.0,
                    help="output size in MB (10^6 bytes), default 64")
    ap.add_argument("-o", "--out",
                    default=os.path.join(REPO, "bench", "corpus",
                                         "corpus.jsonl"))
    ap.add_argument("--seed", type=int, default=20240917)
    ap.add_argument("--ar-share", type=float, default=None,
                    help="Arabic share of the text bytes (0..1); default: "
                    "the share of the sources")
    ap.add_argument("--shared",
                    default=os.environ.get("RASD_SHARED")
                    or os.path.join(REPO, "..", "shared"))
    args = ap.parse_args()

    pool, nsrc, src_bytes = build_pool(args.shared)
    ar, en = pool["ar"], pool["en"]
    if not ar or not en:
        sys.exit("make_corpus: no sentences found under %s/corpus"
                 % args.shared)
    every = ar + en
    # Sampling a language with its share of sentences, then a sentence
    # uniformly within it, is sampling the pool uniformly: the output keeps
    # the pool's byte share of each language.  Mixed articles draw the
    # language of each sentence, the others once per article.
    p_ar = len(ar) / len(every)
    pool_ar_bytes = sum(len(s.encode("utf-8")) for s in ar)
    pool_bytes = pool_ar_bytes + sum(len(s.encode("utf-8")) for s in en)
    if args.ar_share is not None:
        # A byte share s becomes a sentence share through the mean sentence
        # length of each language; mixed articles follow the same share.
        s = min(max(args.ar_share, 0.0), 1.0)
        mean_ar = pool_ar_bytes / len(ar)
        mean_en = (pool_bytes - pool_ar_bytes) / len(en)
        p_ar = (s / mean_ar) / (s / mean_ar + (1 - s) / mean_en)

    target = int(args.size_mb * 1e6)
    rng = SplitMix64(args.seed)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    tmp = args.out + ".tmp"
    used = set()  # (lang, index) of sentences used at least once
    n_art = n_bytes = n_text = n_ar = n_mixed = 0
    with open(tmp, "wb") as f:
        while n_bytes < target:
            nsent = 5 + rng.below(36)  # 5..40
            mixed = rng.unit() < 0.08  # some articles quote the other
            lang = "ar" if rng.unit() < p_ar else "en"
            picked = []
            taken = set()
            while len(picked) < nsent:
                lg = lang
                if mixed:
                    lg = "ar" if rng.unit() < p_ar else "en"
                key = (lg, rng.below(len(pool[lg])))
                if key in taken:  # no sentence twice in one article
                    continue
                taken.add(key)
                picked.append(key)
            paras = []
            i = 0
            while i < len(picked):
                k = 1 + rng.below(4)
                paras.append(" ".join(pool[lg][j]
                                      for lg, j in picked[i:i + k]))
                i += k
            text = "\n".join(paras) + "\n"
            used.update(picked)
            n_art += 1
            n_mixed += mixed
            tb = text.encode("utf-8")
            n_text += len(tb)
            n_ar += sum(len(pool["ar"][j].encode("utf-8"))
                        for lg, j in picked if lg == "ar")
            rec = {"id": "b%06d" % n_art,
                   "published": date_of(rng.below(912)),
                   "text": text}
            line = (json.dumps(rec, ensure_ascii=False) + "\n").encode()
            f.write(line)
            n_bytes += len(line)
    os.replace(tmp, args.out)

    vocab = set()
    for lg, j in used:
        vocab.update(WORD.findall(pool[lg][j].lower()))
    stats = [
        ("sources", "%d files/lines, %d bytes" % (nsrc, src_bytes)),
        ("pool", "%d distinct sentences (%d ar, %d en), %d bytes, "
         "ar %.1f%% of bytes" % (len(every), len(ar), len(en), pool_bytes,
                                 100.0 * pool_ar_bytes / pool_bytes)),
        ("output", "%s: %d articles (%d mixed), %d bytes, %d text bytes, "
         "ar %.1f%% of text bytes" % (args.out, n_art, n_mixed, n_bytes,
                                      n_text, 100.0 * n_ar / n_text)),
        ("vocabulary", "%d sentences used, %d distinct words (\\w+, "
         "lower-cased)" % (len(used), len(vocab))),
        ("seed", "%d" % args.seed),
    ]
    with open(args.out + ".stats", "w", encoding="utf-8") as f:
        for k, v in stats:
            f.write("%s: %s\n" % (k, v))
    for k, v in stats:
        sys.stderr.write("make_corpus: %s: %s\n" % (k, v))


if __name__ == "__main__":
    main()
