/* national.c - names the state behind a generic actor.
 *
 * News says "security forces", "the police", "soldiers"; ACLED and the
 * gold name the state ("Egyptian forces", "Iraqi police").  The lexicon
 * says which state entry stands for which generic one (attribute
 * stands_for= on the state's entry, actors.tsv), so that a new country's
 * forces are added as data, not code.
 */
#include <string.h>

#include "extract_int.h"

/* The state entry that stands for generic actor `name` in `country`, or
 * NULL. */
static const char *state_for(const rasd_lexicon *lx, const char *name,
                             const char *country)
{
    /* only a generic actor has a state behind it: one hash lookup spares
     * the scan below for every named one */
    const rasd_entry *g = rasd_lexicon_find(lx, RASD_CLASS_ACTOR, name);
    if (g == NULL || strcmp(g->kind, "generic"))
        return NULL;
    size_t n;
    const rasd_entry *e = rasd_lexicon_entries(lx, &n);
    for (size_t i = 0; i < n; i++) {
        if (e[i].cls != RASD_CLASS_ACTOR || strcmp(e[i].kind, "state"))
            continue;
        const char *c = rasd_entry_attr(&e[i], "country");
        if (c == NULL || strcmp(c, country))
            continue;
        if (kinds_listed(rasd_entry_attr(&e[i], "stands_for"), name))
            return e[i].name;
    }
    return NULL;
}

void national_actors(const rasd_lexicon *lx, rasd_event *ev)
{
    if (lx == NULL || ev->country == NULL)
        return;
    const char *a1 = ev->actor1 ? state_for(lx, ev->actor1, ev->country)
                                : NULL;
    const char *a2 = ev->actor2 ? state_for(lx, ev->actor2, ev->country)
                                : NULL;
    if (a1)
        ev->actor1 = a1;
    if (a2)
        ev->actor2 = a2;
    if (ev->actor1 && ev->actor2 && !strcmp(ev->actor1, ev->actor2))
        ev->actor2 = NULL; /* one side seen twice: not both */
}
