#!/usr/bin/env python3
"""lexicon_lint.py - a stand-in checker for data/lexicon/*.tsv until
`rasd lexicon check` exists.

It follows docs/lexicon-format.md: three TAB-separated columns, `@class`
first, allowed `kind` values per class, and approximates the text layer's
normalisation and match keys (include/rasd/text.h) closely enough to find
aliases that normalise to nothing and aliases shared by two entries of
different meaning.  The C loader is the authority; this script only
catches mistakes early.

usage: tools/lexicon_lint.py [--cross] [--notes] FILE...
  --cross   also list aliases shared across classes (expected for some
            words, e.g. a trigger and a cue both on "مقتل").
  --notes   also list aliases of one entry that reduce to the same key
            (harmless: spelling variants kept as a safety net).
Exit status 1 when an error was found; clashes are warnings.
"""
import re
import sys
import unicodedata

KINDS = {
    "place": "country admin1 city town village district airbase airport "
             "base camp field crossing embassy sea site region",
    "actor": "group state coalition agency generic civilians",
    "weapon": None,
    "trigger": "attack strike shell launch explode fall intercept seize kill "
               "assassinate clash ambush suicide abduct arrest wound damage",
    "source": "agency outlet official military government group medical "
              "local",
    "cue": "report claim deny negation hedge past future statement "
           "place_cue near no_casualties killed wounded damage no_damage "
           "lower_bound vague",
}
KINDS = {k: (set(v.split()) if v else None) for k, v in KINDS.items()}
INTER = {"State forces", "Rebel group", "Political militia",
         "Identity militia", "Rioters", "Protesters", "Civilians",
         "External/Other forces"}
WEAPONS = {"drone", "rocket", "ballistic missile", "cruise missile",
           "missile", "mortar", "artillery", "projectile", "IED", "gunfire",
           "airstrike"}
EVENTS = {
    "Battles": {"Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {
        "Chemical weapon", "Air/drone strike", "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack",
                                   "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
SUBS = set().union(*EVENTS.values())

HARAKAT = re.compile("[\u064b-\u0652\u0670\u0640]")
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي",
                      "ة": "ه", "ؤ": "و", "ئ": "ي", "ک": "ك", "ی": "ي",
                      "ي": "ي", "‘": "'", "’": "'", "“": '"', "”": '"',
                      "–": "-", "—": "-"})
AR = re.compile("[\u0600-\u06ff]+")
TOK = re.compile(r"[\u0600-\u06ff]+|[^\W\d_]+|\d+|[^\s]", re.UNICODE)


def normalize(s):
    s = unicodedata.normalize("NFKC", s)
    s = HARAKAT.sub("", s).translate(FOLD)
    return s.casefold()


def key(w):
    """Approximates rasd_text_key(): proclitics, then light suffixes,
    never below three letters."""
    if AR.fullmatch(w):
        for p in ("وبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف",
                  "ب", "ل", "ك"):
            if w.startswith(p) and len(w) - len(p) >= 3:
                w = w[len(p):]
                break
        for suf in ("ين", "ان", "ات", "ون"):
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                w = w[:-len(suf)]
                if w.endswith("ت"):
                    w = w[:-1] + "ه"
                break
        return w
    if w.isalpha() and len(w) > 3 and w.endswith("s") and not \
            w.endswith("ss"):
        return w[:-1]
    return w


def keys(alias):
    return tuple(key(t) for t in TOK.findall(normalize(alias)))


def main(argv):
    cross = "--cross" in argv
    notes = "--notes" in argv
    files = [a for a in argv if not a.startswith("--")]
    errors = 0
    seen = {}      # (class, keys) -> [(name, file, line, ambiguous)]
    counts = {}
    for path in files:
        cls = None
        with open(path, encoding="utf-8") as f:
            for n, raw in enumerate(f, 1):
                line = raw.rstrip("\n")

                def err(msg):
                    nonlocal errors
                    errors += 1
                    print(f"{path}:{n}: {msg}")
                if "\r" in line:
                    err("carriage return")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                if line.startswith("@class"):
                    cls = line.split(None, 1)[1].strip()
                    if cls not in KINDS:
                        err(f"unknown class {cls}")
                    continue
                if cls is None:
                    err("entry before @class")
                    continue
                cols = line.split("\t")
                if len(cols) != 3:
                    err(f"{len(cols)} columns, want 3")
                    continue
                name, attrs, aliases = cols
                if name != name.strip() or not name:
                    err("bad name")
                av = {}
                if attrs != "-":
                    for kv in attrs.split(";"):
                        if "=" not in kv:
                            err(f"attribute without '=': {kv!r}")
                            continue
                        k, v = kv.split("=", 1)
                        if k != k.strip() or v != v.strip() or not v:
                            err(f"blank or padded attribute {kv!r}")
                        av[k] = v
                kind = av.get("kind")
                allowed = KINDS.get(cls)
                if allowed is not None and kind is not None and \
                        kind not in allowed:
                    err(f"kind={kind} not allowed for {cls}")
                if cls in ("actor", "trigger", "source", "cue") and \
                        kind is None:
                    err("missing kind")
                if cls == "actor" and av.get("inter") not in INTER:
                    err(f"bad inter {av.get('inter')!r}")
                if cls == "weapon":
                    if av.get("weapon") not in WEAPONS:
                        err(f"bad weapon {av.get('weapon')!r}")
                    if av.get("sub") not in SUBS:
                        err(f"bad sub {av.get('sub')!r}")
                if "sub" in av and av["sub"] not in SUBS:
                    err(f"bad sub {av['sub']!r}")
                if "event" in av:
                    if av["event"] not in EVENTS:
                        err(f"bad event {av['event']!r}")
                    elif "sub" in av and av["sub"] not in EVENTS[av["event"]]:
                        err(f"sub {av['sub']!r} is not under {av['event']!r}")
                counts.setdefault(cls, [0, 0])
                counts[cls][0] += 1
                local = set()
                for a in aliases.split("|"):
                    if a != a.strip() or not a:
                        err(f"blank or padded alias {a!r}")
                        continue
                    amb = a.startswith("?")
                    k = keys(a[1:] if amb else a)
                    if not k or not any(re.search(r"\w", t) for t in k):
                        err(f"alias {a!r} normalises to nothing")
                        continue
                    if k in local:
                        if notes:
                                print(f"{path}:{n}: note: {name}: alias {a!r} "
                                  f"repeats another alias's key "
                                  f"{' '.join(k)}")
                        continue
                    local.add(k)
                    counts[cls][1] += 1
                    seen.setdefault(k, []).append(
                        (cls, name, path, n, amb, a))
    seen_sub = {}
    for k, lst in seen.items():
        seen_sub[k] = {i[0] for i in lst}
    for k, lst in seen.items():
        by_cls = {}
        for item in lst:
            by_cls.setdefault(item[0], []).append(item)
        for cls, items in by_cls.items():
            names = {i[1] for i in items}
            if len(names) > 1 and not all(i[4] for i in items):
                where = "; ".join(f"{i[2]}:{i[3]} {i[1]} ({i[5]})"
                                  for i in items)
                print(f"warning: {cls} alias key '{' '.join(k)}' "
                      f"shared: {where}")
        if cross:
            # A longer alias of one class that contains an alias of another
            # class hides it (the matcher takes the longest alias across
            # classes) unless the other class lists the longer one too.
            for i in range(len(k)):
                for j in range(i + 1, len(k) + 1):
                    if (i, j) == (0, len(k)):
                        continue
                    for sub in seen_sub.get(k[i:j], ()):
                        if sub not in by_cls and sub not in ("place",):
                            print(f"hides: {lst[0][0]} '{lst[0][5]}' "
                                  f"({lst[0][2]}:{lst[0][3]}) contains "
                                  f"{sub} '{' '.join(k[i:j])}'")
        if cross and len(by_cls) > 1:
            where = "; ".join(f"{i[0]}:{i[1]} ({i[5]})" for i in lst)
            print(f"cross: '{' '.join(k)}': {where}")
    for cls, (ne, na) in sorted(counts.items()):
        print(f"{cls}: {ne} entries, {na} aliases", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
