/* extract.c - the events of one article: each sentence into mentions,
 * mentions into one event per incident, then dates and background
 * (extract_int.h draws the pipeline). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract_int.h"

/* RASD_DEBUG_MENTIONS=1 prints every mention on stderr before merging:
 * the quickest way to see why an event was or was not found. */
static void debug_mentions(const rasd_doc *doc, const mention *ms, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const mention *m = &ms[i];
        const rasd_match *t = m->trigger;
        fprintf(stderr,
                "mention s%u [%.*s] %s place=%s date=%d-%d-%d/%d a1=%s "
                "a2=%s w=%s x%d k=%d w=%d sig=%x past=%d gen=%d str=%d\n",
                m->sent, (int)(t->end - t->start), doc->text + t->start,
                m->sub, m->place ? m->place->entry->name : "-",
                m->date ? m->date->date.y : 0, m->date ? m->date->date.m : 0,
                m->date ? m->date->date.d : 0,
                m->date ? m->date->precision : 0,
                m->actor1 ? m->actor1->entry->name : "-",
                m->actor2 ? m->actor2->entry->name : "-",
                m->weapon ? m->weapon->entry->name : "-", m->weapon_count,
                m->fatalities, m->wounded, m->signals, m->past, m->generic,
                m->strength);
    }
}

/* The article's main country: the one its places name most, a country
 * named outright counting double, an actor of one country half.  Places that share their name with
 * others do not vote.  NULL when the article names none. */
static const char *home_country(const rasd_match *m, size_t nm)
{
    const char *name[32];
    int votes[32];
    int n = 0;
    for (size_t i = 0; i < nm; i++) {
        const rasd_entry *e = m[i].entry;
        /* an actor of one country ("مروحيات النظام", Syria's) votes
         * for it too: "أريحا" is then Idlib's Ariha, not Jericho */
        const char *ac = e->cls == RASD_CLASS_ACTOR
                             ? rasd_entry_attr(e, "country")
                             : NULL;
        if (ac && *ac) {
            int k;
            for (k = 0; k < n; k++)
                if (!strcmp(name[k], ac))
                    break;
            if (k == n && n < 32) {
                name[n] = ac;
                votes[n++] = 0;
            }
            if (k < n)
                votes[k] += 1;
            continue;
        }
        if (e->cls != RASD_CLASS_PLACE || !*e->country)
            continue;
        int shared = (i > 0 && m[i - 1].start == m[i].start &&
                      m[i - 1].entry->cls == RASD_CLASS_PLACE) ||
                     (i + 1 < nm && m[i + 1].start == m[i].start &&
                      m[i + 1].entry->cls == RASD_CLASS_PLACE);
        if (shared)
            continue;
        /* "دانت فرنسا الهجوم", "التعاون مع فرنسا": a country on the span
         * of an actor is the state acting, counted once as the actor */
        int acting = 0;
        for (size_t j = i; j-- > 0 && m[j].start == m[i].start;)
            acting |= m[j].entry->cls == RASD_CLASS_ACTOR;
        for (size_t j = i + 1; j < nm && m[j].start == m[i].start; j++)
            acting |= m[j].entry->cls == RASD_CLASS_ACTOR;
        if (acting && kinds_place_rank(e) == 0)
            continue;
        /* (a place counts twice an actor: "مروحيات النظام" decides only
         * between places, and three mentions of France condemning an
         * attack do not outvote the two towns of Mali it hit) */
        int w = kinds_place_rank(e) == 0 ? 4 : 2;
        int k;
        for (k = 0; k < n; k++)
            if (!strcmp(name[k], e->country))
                break;
        if (k == n) {
            if (n == 32)
                continue;
            name[n] = e->country;
            votes[n++] = 0;
        }
        votes[k] += w;
    }
    int best = -1;
    for (int k = 0; k < n; k++)
        if (best < 0 || votes[k] > votes[best])
            best = k;
    return best < 0 ? NULL : name[best];
}

/* Sentences from which a text is an article, not a wire brief or a
 * sentence: it names its places when it reports an incident. */
#define FULL_ARTICLE 6

/* In an article that places some of its incidents, a news event that
 * names neither place nor country is a fragment of one of them told
 * again ("the attack", "the strikes" with a casualty or a date of their
 * own) or too vague to code: ACLED codes no event without a location.
 * A text that places nothing keeps its events when it is short (one
 * sentence of a wire, a brief), not when it is a full article that
 * reports no incident it can place.  Returns the new count. */
static size_t drop_unplaced(const rasd_doc *doc, rasd_event *ev, size_t n)
{
    int placed = 0;
    for (size_t i = 0; i < n; i++)
        placed |= ev[i].place != NULL || ev[i].country != NULL;
    if (!placed && doc->nsents < FULL_ARTICLE)
        return n;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (ev[i].place || ev[i].country || ev[i].background)
            ev[k++] = ev[i];
    return k;
}

/* "ونفذت الشرطة حملة اعتقال ... صباح اليوم" in a story of a clash in
 * Amarah, "Egyptian jets struck the militants the next day" after an
 * ambush at Bawiti: a news event of another kind that names no place,
 * told within three days of the article's first placed news event, is a
 * sequel where that one happened.  (Dated only: an undated fragment is
 * more often the lead told again, which drop_unplaced removes.) */
static void inherit_lead_place(rasd_event *ev, size_t n)
{
    const rasd_event *lead = NULL;
    for (size_t i = 0; i < n && lead == NULL; i++)
        if (ev[i].place && !ev[i].background && ev[i].date.y &&
            ev[i].time_precision == 1)
            lead = &ev[i];
    if (lead == NULL)
        return;
    long ld = rasd_days_from_civil(lead->date.y, lead->date.m, lead->date.d);
    for (size_t i = 0; i < n; i++) {
        rasd_event *e = &ev[i];
        if (e->place || e->country || e->background || !e->date.y ||
            e->time_precision != 1 ||
            !strcmp(e->sub_event_type, lead->sub_event_type))
            continue;
        long d = rasd_days_from_civil(e->date.y, e->date.m, e->date.d) - ld;
        if (d < 0 || d > 3)
            continue;
        e->place = lead->place;
        e->admin1 = lead->admin1;
        e->country = lead->country;
    }
}

/* "وهذا ثاني قصف يطال السوق بعد قصف مماثل في 12 مارس": an earlier
 * incident told as like the article's first placed news event, of its
 * kind, with no place of its own, struck where that one did. */
static void inherit_similar_place(rasd_event *ev, size_t n,
                                  const uint8_t *hints)
{
    const rasd_event *lead = NULL;
    for (size_t i = 0; i < n && lead == NULL; i++)
        if (ev[i].place && !ev[i].background)
            lead = &ev[i];
    for (size_t i = 0; lead && i < n; i++) {
        rasd_event *e = &ev[i];
        if (e->place || e->country || !e->background ||
            !(hints[i] & HINT_SIMILAR) ||
            strcmp(e->sub_event_type, lead->sub_event_type))
            continue;
        e->place = lead->place;
        e->admin1 = lead->admin1;
        e->country = lead->country;
    }
}

/* SCHEMA: territory changing hands in the past (a 2014 recapture) is not
 * coded; the takeover of today is.  Returns the new count. */
static size_t drop_past_territory(rasd_event *ev, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!(ev[i].background &&
              (!strcmp(ev[i].sub_event_type, SUB_OVERTAKE) ||
               !strcmp(ev[i].sub_event_type, SUB_REGAIN))))
            ev[k++] = ev[i];
    return k;
}

int rasd_extract_doc(const rasd_lexicon *lx, const rasd_doc *doc,
                     const rasd_match *m, size_t nm, rasd_arena *a,
                     rasd_event **out, size_t *n)
{
    const char *home = home_country(m, nm);
    const rasd_entry *home_at =
        home ? rasd_lexicon_find(lx, RASD_CLASS_PLACE, home) : NULL;
    mention *ms = NULL;
    size_t nms = 0, cap = 0;
    size_t im = 0;
    *out = NULL;
    *n = 0;
    for (size_t si = 0; si < doc->nsents; si++) {
        const rasd_sentence *s = &doc->sents[si];
        while (im < nm && m[im].start < s->start)
            im++;
        size_t jm = im;
        while (jm < nm && m[jm].start < s->end)
            jm++;
        if (jm == im)
            continue;
        sentctx c = {doc, s, (uint32_t)si, m + im, jm - im, home, home_at, lx};
        int rc = mention_find(&c, a, &ms, &nms, &cap);
        if (rc < 0)
            return rc;
        im = jm;
    }
    if (getenv("RASD_DEBUG_MENTIONS"))
        debug_mentions(doc, ms, nms);
    rasd_event *ev = NULL;
    size_t nev = 0;
    uint8_t *hints = NULL;
    int rc = merge_mentions(doc, ms, nms, a, &ev, &nev, &hints);
    if (rc < 0)
        return rc;
    when_finish(doc, ev, nev, hints);
    inherit_lead_place(ev, nev);
    inherit_similar_place(ev, nev, hints);
    nev = drop_unplaced(doc, ev, nev);
    nev = drop_past_territory(ev, nev);
    for (size_t i = 0; i < nev; i++)
        national_actors(lx, &ev[i]);
    *out = ev;
    *n = nev;
    return 0;
}
