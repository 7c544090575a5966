/* extract_int.h - private declarations of the extract module, one section
 * per file.
 *
 * The pipeline for one article (extract.c):
 *
 *   sentences --mention.c--> mentions (one per trigger clause and target
 *   place group: type, place, date, actors, weapon, counts, outcome cues)
 *   --merge.c--> events (one per incident: same place, compatible date and
 *   type; undated, placeless mentions join the incident they refer back to)
 *   --when.c--> dates for undated news, news vs background
 */
#ifndef RASD_EXTRACT_INT_H
#define RASD_EXTRACT_INT_H

#include "rasd/extract.h"
#include "rasd/rasd.h"

/* --- kinds.c: lexicon kind strings as enums, ACLED's type table -------- */
enum tkind {
    TK_NONE = 0, TK_ATTACK, TK_STRIKE, TK_SHELL, TK_LAUNCH, TK_EXPLODE,
    TK_FALL, TK_INTERCEPT, TK_SEIZE, TK_KILL, TK_ASSASSINATE, TK_CLASH,
    TK_AMBUSH, TK_SUICIDE, TK_ABDUCT, TK_ARREST, TK_WOUND, TK_DAMAGE,
    TK_ARSON
};
enum ckind {
    CK_NONE = 0, CK_REPORT, CK_CLAIM, CK_DENY, CK_NEGATION, CK_HEDGE,
    CK_PAST, CK_FUTURE, CK_STATEMENT, CK_PLACE_CUE, CK_NEAR,
    CK_NO_CASUALTIES, CK_KILLED, CK_WOUNDED, CK_DAMAGE, CK_NO_DAMAGE,
    CK_LOWER_BOUND, CK_VAGUE, CK_AGENT, CK_TARGET, CK_ORIGIN, CK_AFTER,
    CK_PATTERN, CK_SINCE, CK_AFFILIATION, CK_IDIOM, CK_TOPIC, CK_RELATIVE,
    CK_CLAUSE, CK_ANAPHOR, CK_LIGHT, CK_THAT, CK_PERSON, CK_DURATION, CK_SEQUEL,
    CK_SEPARATE, CK_ACCUSE, CK_WHEN, CK_OUTLET, CK_DISTANCE, CK_UNIT, CK_BORDER, CK_STOCK,
    CK_ATTACKERS, CK_SCENE, CK_SIMILAR, CK_WHILST, CK_ROUTE, CK_OWN, CK_DURING, CK_SUPERLATIVE
};
int kinds_trigger(const rasd_entry *e);
int kinds_cue(const rasd_entry *e);
/* Specificity of a place kind: 5 site ... 1 region, 0 country. */
int kinds_place_rank(const rasd_entry *e);
/* Is name one of the comma-separated names in z (an attribute value such
 * as contains=, refers=, stands_for=)?  z may be NULL. */
int kinds_listed(const char *z, const char *name);
/* Does weapon entry w name a kind of attack rather than a means: an air
 * strike, or a vague word ("projectile", "ضربة")? */
int kinds_weapon_vague(const rasd_entry *w);
/* Does the province or region outer contain inner (same admin1, or an
 * admin1 its contains= attribute lists)? */
int kinds_place_contains(const rasd_entry *outer, const rasd_entry *inner);
/* Great-circle distance in km; 1e9 when either has no coordinates. */
double kinds_km(const rasd_entry *a, const rasd_entry *b);
/* ACLED event type of a sub-event type (ACLED codebook 2023, section 3). */
const char *kinds_event_type(const char *sub);
/* Interned copies of the sub-event type names. */
extern const char *const SUB_AIR, *const SUB_SHELL, *const SUB_IED,
    *const SUB_SUICIDE, *const SUB_CLASH, *const SUB_ATTACK,
    *const SUB_DISRUPTED, *const SUB_ARREST, *const SUB_ABDUCT,
    *const SUB_OVERTAKE, *const SUB_REGAIN, *const SUB_LOOTING;
/* Is sub an arrest, an abduction or looting: what follows a fight or a
 * bombing at its place, an incident of its own? */
int kinds_side_incident(const char *sub);

/* --- mention.c: one sentence to its mentions ---------------------------- */
#define SIG_HIT 0x01       /* something struck: damage, casualties */
#define SIG_INTERCEPT 0x02 /* shot down */
#define SIG_NODAMAGE 0x04  /* fell or struck without damage */
#define SIG_SOFTHIT 0x08   /* a strike, blast or fall reported as such */

typedef struct mention {
    uint32_t sent;                /* sentence index */
    uint32_t tok;                 /* anchor (trigger) token */
    const rasd_match *trigger;
    int tkind;
    const char *sub;              /* ACLED sub-event type */
    int sub_explicit;             /* from a weapon or a specific trigger */
    const rasd_match *place;      /* NULL: none named */
    const char *country;
    const rasd_date *date;        /* NULL: none in the clause */
    const rasd_match *actor1, *actor2;
    const rasd_match *weapon;
    int weapon_means;             /* marked as the means: "بطائرة", "by" */
    int weapon_count;             /* -1 null */
    int weapon_one; /* one weapon named by a singular noun whose count is
                       not output (count=stated): still a specific sign */
    rasd_span count_span;
    int fatalities, wounded;      /* -1 null */
    int toll_update;              /* its toll is an update ("ارتفعت
                                     الحصيلة إلى", "rose to"): it
                                     replaces earlier ones */
    int toll_attackers;           /* its toll counts the attackers */
    int toll_implicit;            /* its toll is one person named, no
                                     number: it lowers no stated toll */
    rasd_span fat_span, wnd_span;
    int signals;                  /* SIG_* */
    rasd_span outcome_span;
    int past;                     /* a past cue ("سبق أن", "earlier") */
    int subclause;                /* in a clause an `after` cue opened:
                                     another incident, earlier or not */
    int specific;                 /* a trigger of a kind with no sense but
                                     violence: kill, assassinate, suicide,
                                     abduct, ambush */
    int victim;                   /* a person named right after the
                                     trigger ("خطف موظف بريطاني"), no
                                     actor2 */
    int date_weak;                /* date is "today" in quoted speech or
                                     the day of a claim: maybe a day late */
    int topic;                    /* under a topic frame ("the investigation
                                     into the bombing"): joins an incident,
                                     never starts one */
    int recent;                   /* in a clause a recent=1 `after` cue
                                     opened ("hours after") or after a
                                     `separate` cue ("in a separate
                                     incident"): another incident of the
                                     same news cycle */
    int generic;                  /* plural pattern, nothing specific */
    int similar;                  /* told as like another ("قصف مماثل") */
    int stamped;                  /* its sentence follows a line that is
                                     only a time of day ("14:05"): an
                                     entry of a live blog */
    int strength;                 /* anchor: 2 finite verb, 1 noun, 0
                                     definite noun (refers back) */
    const rasd_match *sources[RASD_EVENT_MAX_SOURCES];
    int nsources;
    const char *claimer;          /* actor that claimed it, also a source */
    int own_claim;                /* a state's own military reports its
                                     forces did it (outweighs accusations) */
    const char *actor1_by_source; /* a state's forces, from its military
                                     announcing its own strike */
    rasd_span actor1_span;
} mention;

typedef struct sentctx {
    const rasd_doc *doc;
    const rasd_sentence *s;
    uint32_t si;
    const rasd_match *m; /* matches inside the sentence */
    size_t nm;
    const char *home;    /* the article's main country, or NULL */
    const rasd_entry *home_at; /* its country entry (for distances), or NULL */
    const rasd_lexicon *lx;
} sentctx;

/* Appends the mentions of one sentence to *out (arena-grown array).
 * Returns 0 or RASD_ENOMEM. */
int mention_find(const sentctx *c, rasd_arena *a, mention **out, size_t *n,
                 size_t *cap);

/* --- merge.c: mentions to events ---------------------------------------- */
/* What merge knows of an event that when.c needs (one byte an event). */
#define HINT_RECENT 0x01 /* a mention calls it hours before another: the
                            same news cycle */
#define HINT_PERIOD 0x02 /* dated only by a period ("in the past few
                            days"): the series behind the news */

#define HINT_CLAIMED 0x04 /* someone claims it: a claim is news of its own
                            day, wherever the article tells it */
#define HINT_SIMILAR 0x10 /* told as like another incident ("قصف مماثل") */
#define HINT_STAMPED 0x08 /* a live blog's entry under a time of day: the
                            page's day, unless it says another */
/* *hints (arena) holds one HINT_* byte per event. */
int merge_mentions(const rasd_doc *doc, mention *ms, size_t nms,
                   rasd_arena *a, rasd_event **out, size_t *n,
                   uint8_t **hints);

/* --- national.c: generic state actors named by the event's country ------ */
/* "Security forces" in an event in Egypt is "Egyptian forces": replaces a
 * generic actor by the state entry whose stands_for= lists it. */
void national_actors(const rasd_lexicon *lx, rasd_event *ev);

/* --- when.c: dates of undated news, background -------------------------- */
void when_finish(const rasd_doc *doc, rasd_event *ev, size_t n,
                 const uint8_t *hints);

#endif
