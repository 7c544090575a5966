#!/usr/bin/env python3
"""Consistency check of a project corpus folder's layout and gold (not a
scorer): tests/corpus/regional, tests/corpus/heldout, tests/corpus/probes.

    python3 tests/corpus/check.py tests/corpus/regional

Checks: every docs.jsonl line and gold.jsonl line is JSON; every doc has a
<doc>.txt and exactly one gold line (and no gold line lacks a doc); every
event has the SCHEMA fields with the right types; evidence is verbatim text
of the article; dates agree with time_precision; location and coordinates
are null together.
"""
import json
import os
import re
import sys

if len(sys.argv) != 2:
    sys.exit("usage: check.py CORPUS_DIR")
HERE = sys.argv[1]
FIELDS = {
    "event_date": (str, type(None)), "time_precision": (int, type(None)),
    "event_type": (str,), "sub_event_type": (str,),
    "location": (str, type(None)), "admin1": (str, type(None)),
    "country": (str, type(None)),
    "latitude": (int, float, type(None)), "longitude": (int, float, type(None)),
    "actor1": (str, type(None)), "actor2": (str, type(None)),
    "weapon": (str, type(None)), "weapon_count": (int, type(None)),
    "outcome": (str,), "fatalities": (int, type(None)),
    "wounded": (int, type(None)), "background": (bool,),
    "incident": (str,), "sources": (list,), "evidence": (str,),
}
WEAPONS = {"drone", "rocket", "ballistic missile", "cruise missile", "missile",
           "mortar", "artillery", "projectile", "IED", "gunfire", "airstrike"}
OUTCOMES = {"hit", "intercepted", "no damage", "unknown"}
SUB = {
    "Air/drone strike": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Sexual violence": "Violence against civilians",
    "Arrests": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
}

# Article length bounds. The probe set (tests/corpus/probes) holds short
# news items of one to four sentences; the other sets hold full articles.
WORDS = (10, 150) if os.path.basename(os.path.normpath(HERE)) == "probes" else (150, 500)

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: not JSON: {e}")
    return out


docs = load("docs.jsonl")
gold = load("gold.jsonl")
doc_ids = [d.get("doc") for d in docs]
gold_ids = [g.get("doc") for g in gold]
for name, ids in (("docs.jsonl", doc_ids), ("gold.jsonl", gold_ids)):
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        err(f"{name}: duplicate doc ids {sorted(dup)}")
for i in set(doc_ids) - set(gold_ids):
    err(f"{i}: no gold line")
for i in set(gold_ids) - set(doc_ids):
    err(f"{i}: gold line but no docs.jsonl line")

texts = {}
for d in docs:
    i = d.get("doc")
    for k in ("doc", "url", "source", "published", "lang"):
        if k not in d:
            err(f"{i}: docs.jsonl lacks '{k}'")
    if d.get("lang") not in ("ar", "en", "mixed"):
        err(f"{i}: lang {d.get('lang')!r}")
    p = d.get("published")
    if p is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", p):
        err(f"{i}: published {p!r}")
    path = os.path.join(HERE, f"{i}.txt")
    if not os.path.isfile(path):
        err(f"{i}: no {i}.txt")
        continue
    texts[i] = open(path, encoding="utf-8").read()
    words = len(texts[i].split())
    lo, hi = WORDS
    if not lo <= words <= hi:
        err(f"{i}: {words} words (want {lo}-{hi})")

for g in gold:
    i = g.get("doc")
    evs = g.get("events")
    if not isinstance(evs, list):
        err(f"{i}: events is not a list")
        continue
    for n, e in enumerate(evs):
        w = f"{i} event {n}"
        for k, types in FIELDS.items():
            if k not in e:
                err(f"{w}: lacks '{k}'")
            elif not isinstance(e[k], types) or (isinstance(e[k], bool) and bool not in types):
                err(f"{w}: '{k}' has type {type(e[k]).__name__}")
        extra = set(e) - set(FIELDS)
        if extra:
            err(f"{w}: unknown fields {sorted(extra)}")
        if SUB.get(e.get("sub_event_type")) != e.get("event_type"):
            err(f"{w}: sub_event_type {e.get('sub_event_type')!r} vs event_type {e.get('event_type')!r}")
        if e.get("weapon") is not None and e["weapon"] not in WEAPONS:
            err(f"{w}: weapon {e['weapon']!r}")
        if e.get("outcome") not in OUTCOMES:
            err(f"{w}: outcome {e.get('outcome')!r}")
        d, p = e.get("event_date"), e.get("time_precision")
        if d is None:
            if p is not None:
                err(f"{w}: null date with precision {p}")
        elif not ((p in (1, 2) and re.fullmatch(r"\d{4}-\d\d-\d\d", d))
                  or (p == 3 and re.fullmatch(r"\d{4}-\d\d", d))):
            err(f"{w}: date {d!r} with precision {p}")
        if (e.get("latitude") is None) != (e.get("longitude") is None):
            err(f"{w}: one coordinate null")
        if (e.get("location") is None) != (e.get("latitude") is None):
            err(f"{w}: location and coordinates not null together")
        if not e.get("incident"):
            err(f"{w}: empty incident")
        if i in texts and e.get("evidence") not in texts[i]:
            err(f"{w}: evidence is not verbatim article text")

n_ev = sum(len(g.get("events") or []) for g in gold)
n_bg = sum(1 for g in gold for e in g.get("events") or [] if e.get("background"))
if errors:
    print("\n".join(errors))
    print(f"FAIL: {len(errors)} problem(s)")
    sys.exit(1)
print(f"OK: {len(docs)} docs, {n_ev} gold events ({n_ev - n_bg} news, {n_bg} background), "
      f"{sum(1 for g in gold if not g.get('events'))} docs with no event")
