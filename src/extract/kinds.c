/* kinds.c - the lexicon's `kind` strings as enums, and ACLED's mapping
 * from sub-event type to event type (ACLED codebook, "Event types and
 * sub-event types"): a fixed taxonomy, so it is a table here rather than a
 * data file users would extend. */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "extract_int.h"

const char *const SUB_AIR = "Air/drone strike";
const char *const SUB_SHELL = "Shelling/artillery/missile attack";
const char *const SUB_IED = "Remote explosive/landmine/IED";
const char *const SUB_SUICIDE = "Suicide bomb";
const char *const SUB_CLASH = "Armed clash";
const char *const SUB_ATTACK = "Attack";
const char *const SUB_DISRUPTED = "Disrupted weapons use";
const char *const SUB_ARREST = "Arrests";
const char *const SUB_ABDUCT = "Abduction/forced disappearance";
const char *const SUB_OVERTAKE = "Non-state actor overtakes territory";
const char *const SUB_REGAIN = "Government regains territory";
const char *const SUB_LOOTING = "Looting/property destruction";

int kinds_side_incident(const char *sub)
{
    return !strcmp(sub, SUB_ARREST) || !strcmp(sub, SUB_ABDUCT) ||
           !strcmp(sub, SUB_LOOTING);
}

/* The kind's number: its place in the lexicon's list of kinds, from 1
 * (the order of the TK_ and CK_ enums); 0 when unknown. */
static int lookup(const char *z, const char *const *names)
{
    if (z == NULL || *z == '\0' || names == NULL)
        return 0;
    for (int i = 0; names[i]; i++)
        if (!strcmp(z, names[i]))
            return i + 1;
    return 0;
}

/* The kind of an entry is looked up many times an article (every clause
 * reads its cues' kinds): a small cache per thread, by entry, spares the
 * walk through the names.  A hit is checked by one comparison with the
 * entry's own kind, so a slot left by a freed lexicon's entry at the same
 * address can never answer wrong. */
#define KIND_CACHE 256
typedef struct kind_slot {
    const rasd_entry *e;
    const char *const *names;
    int kind;
} kind_slot;

static int cached_lookup(const rasd_entry *e, const char *const *names)
{
    static _Thread_local kind_slot cache[KIND_CACHE];
    kind_slot *s = &cache[((uintptr_t)e >> 4) % KIND_CACHE];
    if (s->e != e || s->names != names || s->kind == 0 ||
        strcmp(names[s->kind - 1], e->kind)) {
        s->e = e;
        s->names = names;
        s->kind = lookup(e->kind, names);
    }
    return s->kind;
}

/* The lexicon validates kinds against the same lists (lexicon.c), so the
 * data files and extraction cannot disagree on a name. */
int kinds_trigger(const rasd_entry *e)
{
    return cached_lookup(e, rasd_lexicon_kinds(RASD_CLASS_TRIGGER));
}

int kinds_cue(const rasd_entry *e)
{
    return cached_lookup(e, rasd_lexicon_kinds(RASD_CLASS_CUE));
}

int kinds_place_rank(const rasd_entry *e)
{
    static const char *const names[] = {
        "airbase", "airport", "base", "camp", "field", "crossing",
        "embassy", "site", "district", "city", "town", "village", "admin1",
        "region", "sea", "country", NULL};
    /* rank[0]: a kind not listed */
    static const int rank[] = {3, 6, 6, 6, 6, 6, 6, 6, 6, 5, 4, 4, 4, 2, 1, 1,
                               0};
    return rank[cached_lookup(e, names)];
}

int kinds_listed(const char *z, const char *name)
{
    size_t n = strlen(name);
    while (z && *z) {
        const char *end = strchr(z, ',');
        size_t len = end ? (size_t)(end - z) : strlen(z);
        if (len == n && !memcmp(z, name, n))
            return 1;
        z = end ? end + 1 : NULL;
    }
    return 0;
}

int kinds_weapon_vague(const rasd_entry *w)
{
    const char *v = rasd_entry_attr(w, "weapon");
    const char *gen = rasd_entry_attr(w, "generic");
    return (v && !strcmp(v, "airstrike")) || (gen && !strcmp(gen, "1"));
}

int kinds_place_contains(const rasd_entry *outer, const rasd_entry *inner)
{
    if (outer == inner || !*inner->admin1)
        return 0;
    if (*outer->country && *inner->country &&
        strcmp(outer->country, inner->country))
        return 0;
    int ro = kinds_place_rank(outer), ri = kinds_place_rank(inner);
    if (ro > 2 || ri <= ro)
        return 0;
    /* a region lists the provinces it spans (attribute contains=) */
    const char *spans = rasd_entry_attr(outer, "contains");
    if (spans)
        return kinds_listed(spans, inner->admin1);
    return *outer->admin1 && !strcmp(outer->admin1, inner->admin1);
}

double kinds_km(const rasd_entry *a, const rasd_entry *b)
{
    if (isnan(a->lat) || isnan(b->lat))
        return 1e9;
    double la1 = a->lat * M_PI / 180, la2 = b->lat * M_PI / 180;
    double dl = (b->lon - a->lon) * M_PI / 180;
    double h = sin((la2 - la1) / 2) * sin((la2 - la1) / 2) +
               cos(la1) * cos(la2) * sin(dl / 2) * sin(dl / 2);
    return 2 * 6371.0 * asin(fmin(1.0, sqrt(h)));
}

const char *kinds_event_type(const char *sub)
{
    static const struct {
        const char *sub, *event;
    } table[] = {
        {"Air/drone strike", "Explosions/Remote violence"},
        {"Shelling/artillery/missile attack", "Explosions/Remote violence"},
        {"Remote explosive/landmine/IED", "Explosions/Remote violence"},
        {"Suicide bomb", "Explosions/Remote violence"},
        {"Grenade", "Explosions/Remote violence"},
        {"Chemical weapon", "Explosions/Remote violence"},
        {"Armed clash", "Battles"},
        {"Government regains territory", "Battles"},
        {"Non-state actor overtakes territory", "Battles"},
        {"Attack", "Violence against civilians"},
        {"Abduction/forced disappearance", "Violence against civilians"},
        {"Sexual violence", "Violence against civilians"},
        {"Disrupted weapons use", "Strategic developments"},
        {"Arrests", "Strategic developments"},
        {"Looting/property destruction", "Strategic developments"},
        {"Other", "Strategic developments"},
        {"Mob violence", "Riots"},
        {"Violent demonstration", "Riots"},
    };
    for (size_t i = 0; sub && i < sizeof table / sizeof table[0]; i++)
        if (!strcmp(sub, table[i].sub))
            return table[i].event;
    return "Explosions/Remote violence";
}
