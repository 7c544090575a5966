/* kinds.c - the lexicon's `kind` strings as enums, and ACLED's mapping
 * from sub-event type to event type (ACLED codebook, "Event types and
 * sub-event types"): a fixed taxonomy, so it is a table here rather than a
 * data file users would extend. */
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

static int lookup(const char *z, const char *const *names)
{
    if (z == NULL || *z == '\0')
        return 0;
    for (int i = 1; names[i]; i++)
        if (!strcmp(z, names[i]))
            return i;
    return 0;
}

int kinds_trigger(const rasd_entry *e)
{
    static const char *const names[] = {
        "", "attack", "strike", "shell", "launch", "explode", "fall",
        "intercept", "seize", "kill", "assassinate", "clash", "ambush",
        "suicide", "abduct", "arrest", "wound", "damage", NULL};
    return lookup(e->kind, names);
}

int kinds_cue(const rasd_entry *e)
{
    static const char *const names[] = {
        "", "report", "claim", "deny", "negation", "hedge", "past",
        "future", "statement", "place_cue", "near", "no_casualties",
        "killed", "wounded", "damage", "no_damage", "lower_bound", "vague",
        "agent", "target", "origin", "after", "pattern", "since", NULL};
    return lookup(e->kind, names);
}

int kinds_place_rank(const rasd_entry *e)
{
    static const char *const names[] = {
        "", "airbase", "airport", "base", "camp", "field", "crossing",
        "embassy", "site", "district", "city", "town", "village", "admin1",
        "region", "sea", "country", NULL};
    static const int rank[] = {3, 6, 6, 6, 6, 6, 6, 6, 6, 5, 4, 4, 4, 2, 1, 1,
                               0};
    return rank[lookup(e->kind, names)];
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
