/* clause.h - what the readers of one sentence share (mention.c and the
 * files it was split into): the matches of a clause sorted by class, and
 * the helpers each part of the reading uses.
 *
 *   lists.c    the clause's matches, and questions about cues and triggers
 *   places.c   which place a mention happened at
 *   actors.c   who did it and to whom
 *   tolls.c    counts: weapons, dead and wounded
 *   mention.c  one clause into a mention, one sentence into its clauses
 */
#ifndef RASD_EXTRACT_CLAUSE_H
#define RASD_EXTRACT_CLAUSE_H

#include "extract_int.h"

#define MAXM 64 /* matches of one class kept per sentence */
#define LIST_GAP 9 /* tokens between two listed places, at most */
#define FAR_REACH 28 /* tokens after the anchor a cued place may stand when
                        nothing nearer is in reach */
#ifndef NOUN_REACH
#define NOUN_REACH 12 /* tokens after an indefinite noun trigger */
#endif

typedef struct lists {
    const rasd_match *trig[MAXM], *place[MAXM], *actor[MAXM],
        *weapon[MAXM], *source[MAXM], *cue[MAXM];
    int ntrig, nplace, nactor, nweapon, nsource, ncue;
    int ckind[MAXM]; /* kind of each cue */
    unsigned char pshared[MAXM]; /* the place's name is several places' */
    int tkind[MAXM]; /* kind of each trigger */
    uint32_t sent_first; /* first token of the clause's sentence */
} lists;

/* Places a clause names side by side: the most specific, its tokens, and
 * whether a trigger reaches it. */
typedef struct pgroup {
    const rasd_match *best;
    uint32_t first_tok, last_tok;
    int reach; /* some member is within reach of a trigger */
} pgroup;


/* lists.c */
void cl_classify(const sentctx *c, uint32_t lo, uint32_t hi, lists *l);
int cl_intercept_before(const lists *l, uint32_t tok, uint32_t gap);
int cl_anchors(int tk);
int cl_trigger_rank(int tk);
int cl_is_cue_before(const lists *l, int kind, uint32_t tok, uint32_t gap);
int cl_topic_before(const lists *l, uint32_t tok, const rasd_date *date);
int cl_update_after(const lists *l, const rasd_match *t);
int cl_denied_rumour(const lists *l, uint32_t tok);
int cl_has_cue(const lists *l, int kind);
uint32_t cl_dist(uint32_t a, uint32_t b);
int cl_verb_like(const rasd_doc *doc, const rasd_match *t);
int cl_english_verb(const rasd_doc *doc, const rasd_match *t);
int cl_any_cue_on(const lists *l, uint32_t i);
const rasd_match *cl_trigger_before(const lists *l, uint32_t tok);
int cl_passive(const rasd_doc *doc, const rasd_match *t);
int cl_is_air(const rasd_match *w);
int cl_is_comma_token(const rasd_token *t);
/* How many tokens after the start of its line token tok stands, or -1
 * when more than max (datelines stand in a line's first words). */
int cl_line_back(const rasd_doc *doc, uint32_t tok, int max);

/* places.c */
int cl_distance_ref(const rasd_doc *doc, const lists *l,
                    const rasd_match *m);
int cl_better_reading(const rasd_match *a, const rasd_match *b,
                      const char *home, const rasd_entry *home_at);
const rasd_match *cl_anaphor_place(const sentctx *c, const lists *l,
                                   const rasd_match *anchor,
                                   const mention *ms, size_t nms);
int cl_match_between(const lists *l, uint32_t last, uint32_t next);
int cl_listed_with(const rasd_doc *doc, const lists *l, uint32_t last,
                   uint32_t next);
int cl_group_places(const rasd_doc *doc, const lists *l, pgroup *g,
                    const char **country, const char *home,
                    const rasd_entry *home_at);

/* actors.c */
const rasd_match *cl_accused_actor(const rasd_doc *doc, const lists *l);
const rasd_match *cl_claimer_of(const rasd_doc *doc, const lists *l);
int cl_killed_passive(const rasd_doc *doc, const rasd_match *v);
void cl_assign_actors(const sentctx *c, const lists *l,
                      const rasd_match *anchor_in, int tkind, mention *mt);
int cl_actor_participle(const rasd_doc *doc, const lists *l,
                        const rasd_match *t);
void cl_actor_from_source(const sentctx *c, const lists *l,
                          const rasd_match *anchor, int adjacent,
                          mention *mt);

/* tolls.c */
const rasd_number *cl_number_at(const rasd_doc *doc, uint32_t tok_first,
                                uint32_t tok_last);
int cl_countable(const rasd_doc *doc, const rasd_number *nu);
int cl_earlier_year(const rasd_doc *doc, uint32_t lo, uint32_t hi,
                    uint32_t at);
int cl_specific_weapon(const lists *l);
int cl_instrument(const rasd_doc *doc, const rasd_match *w);
int cl_counted_weapon(const rasd_doc *doc, const lists *l,
                      const rasd_match *w);
void cl_weapon_count(const rasd_doc *doc, const lists *l,
                     const rasd_match *w, mention *mt);
int cl_casualties(const rasd_doc *doc, const lists *l,
                  const rasd_sentence *s, const rasd_match *cue,
                  rasd_span *span);
int cl_number_in(const rasd_doc *doc, rasd_span sp);

#endif
