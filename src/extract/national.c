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

/* Is name listed in the comma-separated list z? */
static int listed(const char *z, const char *name)
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

/* The state entry that stands for generic actor `name` in `country`, or
 * NULL. */
static const char *state_for(const rasd_lexicon *lx, const char *name,
                             const char *country)
{
    size_t n;
    const rasd_entry *e = rasd_lexicon_entries(lx, &n);
    for (size_t i = 0; i < n; i++) {
        if (e[i].cls != RASD_CLASS_ACTOR)
            continue;
        const char *c = rasd_entry_attr(&e[i], "country");
        if (c == NULL || strcmp(c, country))
            continue;
        if (listed(rasd_entry_attr(&e[i], "stands_for"), name))
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
