/* places.c - where a mention happened: the places a clause names,
 * grouped when they are listed side by side or one contains the other,
 * without the dateline, the speaker's city, a launch site or a word that
 * only looks like a place; the most specific place within reach of the
 * trigger. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "clause.h"


/* Readings farther apart than this from the article's country are told
 * apart by distance: news of Lebanon that names القنيطرة means Syria's
 * Quneitra next door, not Morocco's Kenitra, though Kenitra is bigger. */
#define NEAR_HOME_KM 1500.0

int cl_better_reading(const rasd_match *a, const rasd_match *b,
                      const char *home, const rasd_entry *home_at)
{
    const rasd_entry *x = a->entry, *y = b->entry;
    if (home) {
        int hx = !strcmp(x->country, home), hy = !strcmp(y->country, home);
        if (hx != hy)
            return hx;
    }
    if (home_at && strcmp(x->country, y->country)) {
        int nx = kinds_km(x, home_at) <= NEAR_HOME_KM;
        int ny = kinds_km(y, home_at) <= NEAR_HOME_KM;
        if (nx != ny)
            return nx;
    }
    int rx = kinds_place_rank(x), ry = kinds_place_rank(y);
    if ((rx >= 3) != (ry >= 3)) /* a town or site before a province */
        return rx >= 3;
    /* the project's curated entry names a place as news and ACLED do */
    const char *sx = rasd_entry_attr(x, "src"), *sy = rasd_entry_attr(y, "src");
    int cx = sx && !strncmp(sx, "curated", 7);
    int cy = sy && !strncmp(sy, "curated", 7);
    if (cx != cy)
        return cx;
    return x->population > y->population;
}

/* Two places of one target ("قاعدة حرير في أربيل", "Baghdad, Iraq"): one
 * contains the other, or they are close. */
static int same_target(const rasd_entry *a, const rasd_entry *b)
{
    if (a == b || !strcmp(a->name, b->name))
        return 1;
    if (*a->country && *b->country && strcmp(a->country, b->country))
        return 0;
    int ra = kinds_place_rank(a), rb = kinds_place_rank(b);
    if (ra <= 2 || rb <= 2) /* a province contains what is in it */
        return kinds_place_contains(a, b) || kinds_place_contains(b, a) ||
               (*a->admin1 && !strcmp(a->admin1, b->admin1));
    /* a site named with the town of its province ("قاعدة حرير في أربيل",
     * "the Khor Mor field in Sulaymaniyah") */
    if ((ra >= 5) != (rb >= 5) && *a->admin1 && !strcmp(a->admin1, b->admin1))
        return 1;
    if (kinds_km(a, b) <= 60)
        return 1;
    return 0;
}

/* Better place of one target: the more specific; then one not given as
 * a reference point ("شمال شرقي بعقوبة", "near Albu Kamal"); then the one
 * named first ("قضاء المقدادية، شمال شرقي بعقوبة": the district, then
 * where it lies). */
/* Is region a (a mountain range, a plain) an area of province b? */
static int inside_province(const rasd_entry *a, const rasd_entry *b)
{
    return !strcmp(a->kind, "region") && !strcmp(b->kind, "admin1") &&
           *a->admin1 && !strcmp(a->admin1, b->admin1) &&
           !strcmp(a->country, b->country);
}

static int better_place(const lists *l, const rasd_match *a,
                        const rasd_match *b)
{
    /* a named area inside a province ("سفوح جبال قنديل ضمن الحدود
     * الإدارية لمحافظة أربيل") is more precise than the province */
    if (inside_province(a->entry, b->entry))
        return 1;
    if (inside_province(b->entry, a->entry))
        return 0;
    int ra = kinds_place_rank(a->entry), rb = kinds_place_rank(b->entry);
    if (ra != rb)
        return ra > rb;
    int na = cl_is_cue_before(l, CK_NEAR, a->tok_first, 1);
    int nb = cl_is_cue_before(l, CK_NEAR, b->tok_first, 1);
    if (na != nb)
        return nb;
    return a->tok_first < b->tok_first;
}

/* A dateline: a place at the start of a line followed by a dash or colon
 * ("WASHINGTON/BEIRUT —", "ديالى –"): where the report was filed. */
static int dateline(const rasd_doc *doc, const rasd_match *m)
{
    int back = cl_line_back(doc, m->tok_first, 3);
    if (back < 0)
        return 0;
    for (uint32_t k = m->tok_last + 1;
         k < doc->ntokens && k <= m->tok_last + 3; k++) {
        const rasd_token *t = &doc->tokens[k];
        if (t->kind != RASD_TOK_PUNCT)
            break;
        if (t->norm[0] == '-' || t->norm[0] == ':')
            return 1;
    }
    /* "BAGHDAD, Nov 2 (Reuters) -", "بغداد، 2 تشرين الثاني (أ ف ب) -": a
     * date or an agency between the line's first word and the dash */
    if (back > 0)
        return 0;
    int stamp = 0; /* (16: "BELEDWEYNE, Somalia, July 13 (Savannah Press
                      Agency) -") */
    for (uint32_t k = m->tok_last + 1;
         k < doc->ntokens && k <= m->tok_last + 16; k++) {
        const rasd_token *t = &doc->tokens[k];
        if (doc->tokens[k - 1].sent_end ||
            (k > m->tok_last + 1 && (t->flags & RASD_TOKF_LINE_START)))
            return 0;
        if (t->kind == RASD_TOK_DIGITS || (t->kind == RASD_TOK_PUNCT &&
                                          t->norm[0] == '('))
            stamp = 1;
        else if (t->kind == RASD_TOK_PUNCT &&
                 (t->norm[0] == '-' || t->norm[0] == ':'))
            return stamp;
    }
    return 0;
}

/* The place an anaphor of the clause refers back to: a definite place
 * word with no place after it ("المدينة", "the base"), within reach of
 * the anchor, resolved to the target of the latest earlier mention (ms,
 * nms) whose place is of a kind its refers= attribute lists.  NULL when
 * there is none. */
const rasd_match *cl_anaphor_place(const sentctx *c, const lists *l,
                                   const rasd_match *anchor,
                                   const mention *ms, size_t nms)
{
    const rasd_doc *doc = c->doc;
    for (int i = 0; i < l->ncue; i++) {
        const rasd_match *cue = l->cue[i];
        if (l->ckind[i] != CK_ANAPHOR)
            continue;
        if (cl_dist(cue->tok_first, anchor->tok_first) > 12)
            continue;
        const rasd_token *t = &doc->tokens[cue->tok_first];
        if (t->kind == RASD_TOK_AR && !(t->clitics & RASD_CLITIC_AL))
            continue; /* "مدينة حديثة": a place word before a name */
        if (t->kind == RASD_TOK_LATIN && strcmp(t->norm, "the"))
            continue; /* "a town", not the one named before */
        const char *refers = rasd_entry_attr(cue->entry, "refers");
        for (size_t k = nms; k-- > 0;) {
            const rasd_match *p = ms[k].place;
            if (p && kinds_listed(refers, p->entry->kind))
                return p;
        }
    }
    /* "...على القاعدة منذ أشهر، إذ كانت قد تعرضت في نيسان لهجوم": a
     * passive light verb with no subject of its own was done to the
     * place the sentence named last */
    for (int i = 0; i < l->ncue; i++) {
        const char *voice = rasd_entry_attr(l->cue[i]->entry, "voice");
        if (l->ckind[i] != CK_LIGHT || !voice || strcmp(voice, "passive") ||
            l->nactor > 0 || cl_trigger_before(l, l->cue[i]->tok_first) ||
            cl_dist(l->cue[i]->tok_last, anchor->tok_first) > 12)
            continue;
        if (nms > 0 && ms[nms - 1].sent == c->si && ms[nms - 1].place)
            return ms[nms - 1].place;
    }
    return NULL;
}

/* Does a trigger, actor, weapon or source match start in tokens
 * (last, next)? */
int cl_match_between(const lists *l, uint32_t last, uint32_t next)
{
#define IN(m) ((m)->tok_first > last && (m)->tok_first < next)
    for (int i = 0; i < l->ntrig; i++)
        if (IN(l->trig[i]))
            return 1;
    for (int i = 0; i < l->nactor; i++)
        if (IN(l->actor[i]))
            return 1;
    for (int i = 0; i < l->nweapon; i++)
        if (IN(l->weapon[i]))
            return 1;
    for (int i = 0; i < l->nsource; i++)
        if (IN(l->source[i]))
            return 1;
#undef IN
    return 0;
}

/* Do the tokens between two places only join them: a conjunction or a
 * comma ("، و", "and", "وكذلك في"), place words, and at most a few words
 * the lexicon does not know ("وفي ناحية تاج الدين شمال واسط، وكذلك في
 * جرف النصر": a place it lacks, then a listed one); nothing that says
 * something else happened (a trigger, an actor, a weapon, a source)? */
int cl_listed_with(const rasd_doc *doc, const lists *l, uint32_t last,
                   uint32_t next)
{
    if (next <= last || next - last > LIST_GAP)
        return 0;
    if (cl_match_between(l, last, next))
        return 0;
    int joined = 0; /* a conjunction or a comma: listing, not "X in Y" */
    for (uint32_t i = last + 1; i < next; i++) {
        const rasd_token *t = &doc->tokens[i];
        if (t->kind == RASD_TOK_PUNCT) {
            if (t->norm[0] == '.')
                return 0;
            joined = 1;
            continue;
        }
        if ((t->clitics & RASD_CLITIC_WA) || !strcmp(t->key, "\xD9\x88") ||
            !strcmp(t->norm, "and") || !strcmp(t->norm, "or") ||
            !strcmp(t->norm, "\xD8\xA7\xD9\x88") ||
            !strcmp(t->norm, "\xD9\x83\xD8\xB0\xD9\x84\xD9\x83") ||
            !strcmp(t->norm, "also") ||
            !strcmp(t->key, "\xD8\xA7\xD8\xAE\xD8\xB1\xD9\x8A") ||
            !strcmp(t->norm, "another"))
            joined = 1; /* و, and, or, أو, كذلك, also, أخرى */
    }
    /* "والقائم" carries its conjunction on the place itself */
    if (doc->tokens[next].clitics & RASD_CLITIC_WA)
        joined = 1;
    return joined;
}

/* Is place m within reach of one of the clause's triggers: close after
 * it (a verb reaches further than a noun, a definite noun that refers
 * back only to "on X") or just before it? */
/* Does a relative pronoun follow trigger t within two words ("الهجوم
 * الإرهابي الذي وقع")? */
static int relative_after(const lists *l, const rasd_match *t)
{
    for (int i = 0; i < l->ncue; i++)
        if (l->ckind[i] == CK_RELATIVE && l->cue[i]->tok_first > t->tok_last &&
            l->cue[i]->tok_first - t->tok_last <= 2)
            return 1;
    return 0;
}

/* Quotation marks or brackets around a name of at most three words
 * between tokens a and b: they add no distance ("قرب مقبرة \"كلزار
 * الشهداء\" في مدينة كرمان"); a quoted phrase does. */
static int mark_token(const rasd_token *t)
{
    return t->kind == RASD_TOK_PUNCT && t->nnorm == 1 &&
           strchr("\"()", t->norm[0]) != NULL;
}

static uint32_t marks(const rasd_doc *doc, uint32_t a, uint32_t b)
{
    uint32_t n = 0;
    for (uint32_t k = a + 1; k < b; k++) {
        if (!mark_token(&doc->tokens[k]))
            continue;
        for (uint32_t j = k + 2; j < b && j <= k + 4; j++)
            if (mark_token(&doc->tokens[j])) {
                n += 2;
                k = j;
                break;
            }
    }
    return n;
}

static int in_reach(const rasd_doc *doc, const lists *l, const rasd_match *m)
{
    /* "وكانت مدينة نوى قد شهدت ... حادثة مماثلة، إذ خُطف": the scene of
     * what the clause tells after it */
    for (int i = 0; i < l->ncue; i++) {
        const rasd_match *s = l->cue[i];
        if (l->ckind[i] != CK_SCENE)
            continue;
        int near = (s->tok_last < m->tok_first && m->tok_first - s->tok_last <= 3) ||
                   (m->tok_last < s->tok_first && s->tok_first - m->tok_last <= 6);
        for (int k = 0; near && k < l->ntrig; k++)
            if (cl_anchors(l->tkind[k]) && l->trig[k]->tok_first > m->tok_last)
                return 1;
    }
    /* "وفي مدينة طرابلس، دهمت قوة ... فاندلع اشتباك", "In Tripoli, ...":
     * a place put first, after a preposition and before a comma, is the
     * setting of the sentence */
    int fronted = m->tok_first > l->sent_first &&
                  m->tok_first <= l->sent_first + 3 &&
                  m->tok_last + 1 < doc->ntokens &&
                  cl_is_comma_token(&doc->tokens[m->tok_last + 1]);
    for (int i = 0; i < l->ntrig; i++) {
        const rasd_match *t = l->trig[i];
        if (!cl_anchors(l->tkind[i]))
            continue;
        if (fronted && t->tok_first > m->tok_last)
            return 1;
        /* (a definite noun reaches as far as an indefinite one through the
         * relative clause that tells where it was: "الهجوم الإرهابي الذي
         * وقع في 3 يناير في مدينة كرمان") */
        uint32_t reach = cl_verb_like(doc, t) || cl_english_verb(doc, t) ? 16
                         : ((doc->tokens[t->tok_first].clitics &
                             RASD_CLITIC_AL) &&
                            !relative_after(l, t))
                             ? 5
                             : NOUN_REACH;
        if (m->tok_first > t->tok_last &&
            m->tok_first <= t->tok_last + reach + marks(doc, t->tok_last, m->tok_first))
            return 1;
        if (m->tok_last < t->tok_first &&
            m->tok_last + 8 + marks(doc, m->tok_last, t->tok_first) >= t->tok_first)
            return 1;
        if (m->tok_first <= t->tok_last && m->tok_last >= t->tok_first)
            return 1; /* overlapping: "قصف جرف الصخر" */
    }
    return 0;
}

/* Is there an actor match on the very span of m? */
static int actor_on_span(const lists *l, const rasd_match *m)
{
    for (int i = 0; i < l->nactor; i++)
        if (l->actor[i]->start == m->start && l->actor[i]->end == m->end)
            return 1;
    return 0;
}

/* Is place i a misreading of a name: "حي الروضة في مدينة تعز" puts the
 * district in the city named right after it, so a reading far from that
 * city (another country's Rawdah) is not the place meant. */
static int abroad_reading(const lists *l, int i, const char *home,
                          const rasd_entry *home_at);

static int misread_in(const lists *l, int i, const char *home,
                      const rasd_entry *home_at)
{
    const rasd_match *m = l->place[i];
    if (i + 1 >= l->nplace)
        return 0;
    const rasd_match *n = l->place[i + 1];
    /* (not when the next is itself a misreading: "لاسعانود، عاصمة إقليم
     * سول" is Sool, not Seoul) */
    if (abroad_reading(l, i + 1, home, home_at))
        return 0;
    if (n->tok_first <= m->tok_last || n->tok_first - m->tok_last > 4)
        return 0;
    int cued = 0; /* a place cue between the two: "X في مدينة Y" */
    for (int k = 0; k < l->ncue; k++)
        if (l->ckind[k] == CK_PLACE_CUE && l->cue[k]->tok_first > m->tok_last &&
            l->cue[k]->tok_last < n->tok_first)
            cued = 1;
    if (!cued)
        return 0;
    int rm = kinds_place_rank(m->entry), rn = kinds_place_rank(n->entry);
    /* not "السخنة بريف حمص": a village of the province the city names */
    return rn > 0 && rm >= rn && !same_target(m->entry, n->entry) &&
           strcmp(m->entry->admin1, n->entry->admin1) != 0;
}

/* A wider place that qualifies the next one ("the central Somali town of
 * Beledweyne", "the Iraqi city of Mosul"): a place word right after it,
 * then the narrower place.  That one is the place meant. */
static int qualifies_next(const lists *l, int i)
{
    const rasd_match *m = l->place[i];
    if (i + 1 >= l->nplace)
        return 0;
    const rasd_match *n = l->place[i + 1];
    if (kinds_place_rank(m->entry) >= kinds_place_rank(n->entry))
        return 0;
    for (int k = 0; k < l->ncue; k++)
        if (l->ckind[k] == CK_PLACE_CUE && l->cue[k]->tok_first == m->tok_last + 1 &&
            l->cue[k]->tok_last + 1 == n->tok_first)
            return 1;
    return 0;
}

/* Is place m a reference point a distance is measured from ("about 135
 * km southwest of Cairo", "على بعد 30 كيلومترا شمال غربي العاصمة
 * مقديشو"): a number and a unit of distance (cue kind distance) at most
 * five words before it? */
int cl_distance_ref(const rasd_doc *doc, const lists *l,
                    const rasd_match *m)
{
    for (int i = 0; i < l->ncue; i++) {
        const rasd_match *u = l->cue[i];
        if (l->ckind[i] != CK_DISTANCE || u->tok_last >= m->tok_first ||
            m->tok_first - u->tok_last > 5 || u->tok_first == 0)
            continue;
        if (cl_number_at(doc, u->tok_first - 1, u->tok_first - 1) ||
            cl_number_at(doc, u->tok_first, u->tok_first))
            return 1;
    }
    return 0;
}

/* A place name that opens the name of a news outlet ("Sudan Tribune",
 * "the Jerusalem Post", "(Savannah Press Agency)"): a capitalised outlet
 * word right after it. */
static int outlet_name(const rasd_doc *doc, const lists *l,
                       const rasd_match *m)
{
    if (doc->tokens[m->tok_first].kind != RASD_TOK_LATIN)
        return 0;
    for (int i = 0; i < l->ncue; i++)
        if (l->ckind[i] == CK_OUTLET && l->cue[i]->tok_first == m->tok_last + 1) {
            char c = doc->text[doc->tokens[l->cue[i]->tok_first].start];
            if (c >= 'A' && c <= 'Z')
                return 1;
        }
    return 0;
}

/* A capital standing for its government: the subject right after a verb
 * of saying, denying or calling ("نفت أنقرة أي صلة", "قالت واشنطن إن",
 * "أدانت دمشق"): who spoke, not where it happened. */
static int speaker_place(const rasd_doc *doc, const lists *l,
                         const rasd_match *m)
{
    /* "In Sanaa, the Houthis said ...", "وفي أنقرة، قالت الوزارة": a
     * place put first, then a comma, then who speaks */
    if (m->tok_first <= l->sent_first + 1 && m->tok_last + 2 < doc->ntokens &&
        cl_is_comma_token(&doc->tokens[m->tok_last + 1]))
        for (int i = 0; i < l->ncue; i++)
            if ((l->ckind[i] == CK_REPORT || l->ckind[i] == CK_CLAIM) &&
                l->cue[i]->tok_first > m->tok_last + 1 &&
                l->cue[i]->tok_first <= m->tok_last + 6)
                return 1;
    if (doc->tokens[m->tok_first].kind != RASD_TOK_AR ||
        (doc->tokens[m->tok_first].clitics &
         (RASD_CLITIC_BI | RASD_CLITIC_LI | RASD_CLITIC_KA)))
        return 0;
    return cl_is_cue_before(l, CK_REPORT, m->tok_first, 1) ||
           cl_is_cue_before(l, CK_DENY, m->tok_first, 1) ||
           cl_is_cue_before(l, CK_STATEMENT, m->tok_first, 1);
}

/* A doubtful name right after a word for part of a town ("حي الروضة",
 * "شارع بغداد"): the quarter's or the street's name, not the town of that
 * name elsewhere (a cue with inner=1). */
static int quarter_name(const lists *l, const rasd_match *m,
                        const char *home)
{
    /* (a town abroad is a quarter's name too: "حي الكيش" in Benghazi is
     * no island of Iran) */
    int abroad = home && *m->entry->country &&
                 strcmp(m->entry->country, home) &&
                 kinds_place_rank(m->entry) >= 3;
    if (!(m->flags & RASD_MATCHF_NEEDS_CUE) && !abroad)
        return 0;
    for (int i = 0; i < l->ncue; i++) {
        const char *inner;
        if (l->ckind[i] == CK_PLACE_CUE && l->cue[i]->tok_last + 1 == m->tok_first &&
            (inner = rasd_entry_attr(l->cue[i]->entry, "inner")) &&
            !strcmp(inner, "1"))
            return 1;
    }
    return 0;
}

/* Does a place's English name begin with the Arabic article ("Al
 * `Asharah", "As Sukhnah", "Ar Ras")? */
static int article_name(const char *name)
{
    static const char *const art[] = {"Al", "Ar", "As", "Ash", "Ad", "Adh",
                                      "At", "Ath", "Az", "An", "El", "Ed",
                                      "Es", "Et", "Ez", "En", NULL};
    for (size_t i = 0; art[i]; i++) {
        size_t n = strlen(art[i]);
        if (!strncmp(name, art[i], n) && (name[n] == ' ' || name[n] == '-'))
            return 1;
    }
    return 0;
}

/* A doubtful name read from a common word written without the article
 * the name has: keys fold ة and ه together and drop ال, so "إلى منزله"
 * (to his house) reads as the town Al Manzalah and "في إشارة إلى" (in a
 * reference to) as the village Al `Asharah.  A bare word with a final ه,
 * or without the article of a name that carries one, is the word. */
static int bare_reading(const rasd_doc *doc, const rasd_match *m)
{
    const rasd_token *t = &doc->tokens[m->tok_first];
    if (!(m->flags & RASD_MATCHF_NEEDS_CUE) || m->tok_first != m->tok_last ||
        t->kind != RASD_TOK_AR || (t->clitics & RASD_CLITIC_AL))
        return 0;
    return article_name(m->entry->name) ||
           (t->end - t->start >= 2 &&
            !memcmp(doc->text + t->end - 2, "\xD9\x87", 2)); /* ه */
}

/* Is the cue c (targetable=1: a hospital) what a trigger just before it
 * hit, not where the wounded were taken: a trigger ends at most eight
 * words before it, and no "إلى"/"to" stands right before it? */
static int hit_object(const rasd_doc *doc, const lists *l, const rasd_match *c)
{
    const char *tg = rasd_entry_attr(c->entry, "targetable");
    if (tg == NULL || strcmp(tg, "1") || c->tok_first == 0)
        return 0;
    const rasd_token *before = &doc->tokens[c->tok_first - 1];
    if (!strcmp(before->norm, "\xD8\xA7\xD9\x84\xD9\x8A") || /* الى, إلى */
        !strcmp(before->norm, "to"))
        return 0;
    const rasd_match *t = cl_trigger_before(l, c->tok_first);
    return t && c->tok_first - t->tok_last <= 8;
}

/* Does an origin cue end within its reach= (default 2) tokens before
 * place m ("انطلقت من", "launched from"; "المستشفى الوطني في مدينة تدمر",
 * where the wounded were taken)? */
static int origin_before(const rasd_doc *doc, const lists *l,
                         const rasd_match *m)
{
    for (int i = 0; i < l->ncue; i++) {
        if (l->ckind[i] != CK_ORIGIN || hit_object(doc, l, l->cue[i]))
            continue;
        const char *reach = rasd_entry_attr(l->cue[i]->entry, "reach");
        uint32_t gap = reach ? (uint32_t)strtoul(reach, NULL, 10) : 2;
        if (l->cue[i]->tok_last < m->tok_first &&
            m->tok_first - l->cue[i]->tok_last <= gap)
            return 1;
    }
    return 0;
}

/* Is place m where a launch came from ("إطلاق صواريخ كاتيوشا من جنوب
 * لبنان على كريات شمونة", "rockets fired from Gaza at Sderot"): right
 * after "من"/"from" (or its proclitic-free phrase "من جنوب"), at most
 * four words after a launch trigger, with the clause naming another
 * place after it? */
static int launched_from(const rasd_doc *doc, const lists *l,
                         const rasd_match *m)
{
    uint32_t k = m->tok_first;
    if (k == 0)
        return 0;
    const char *w = doc->tokens[k - 1].norm;
    uint32_t from = k - 1;
    /* ("من جنوب لبنان": a direction word between) */
    if (strcmp(w, "\xD9\x85\xD9\x86") && strcmp(w, "from") && k >= 2 &&
        cl_any_cue_on(l, k - 1)) {
        from = k - 2;
        w = doc->tokens[from].norm;
    }
    if (strcmp(w, "\xD9\x85\xD9\x86") && strcmp(w, "from"))
        return 0;
    int launch = 0;
    for (int i = 0; i < l->ntrig && !launch; i++)
        launch = l->tkind[i] == TK_LAUNCH && l->trig[i]->tok_last < from &&
                 from - l->trig[i]->tok_last <= 4;
    if (!launch)
        return 0;
    for (int i = 0; i < l->nplace; i++)
        if (l->place[i]->tok_first > m->tok_last)
            return 1;
    return 0;
}

/* A doubtful name of a province or region read in another country than
 * the article's ("على الحدود الشمالية" in a Jordanian report is not Saudi
 * Arabia's Northern Borders region): a common phrase, not that place.  A
 * town's doubtful name abroad stays (border towns are news: "الميادين"). */
static int abroad_reading(const lists *l, int i, const char *home,
                          const rasd_entry *home_at)
{
    const rasd_match *m = l->place[i];
    if (!home || !(m->flags & RASD_MATCHF_NEEDS_CUE) || !*m->entry->country ||
        strcmp(m->entry->country, home) == 0)
        return 0;
    /* (nor a town's far from the article's country: "طريق الأمل" in
     * Mauritania is the Road of Hope, not Iran's Amol; but a name several
     * places share, "الرمادي", is the nearest of them, the article's
     * country being then no more than its actors') */
    return kinds_place_rank(m->entry) <= 2 ||
           (home_at && !l->pshared[i] &&
            kinds_km(m->entry, home_at) > NEAR_HOME_KM);
}

/* Is country m named as across a border ("الحدود مع الجزائر ومالي", "the
 * border with Syria"): a border cue at most four words before it? */
static int across_border(const lists *l, const rasd_match *m)
{
    for (int i = 0; i < l->ncue; i++)
        if (l->ckind[i] == CK_BORDER && l->cue[i]->tok_last < m->tok_first &&
            m->tok_first - l->cue[i]->tok_last <= 4)
            return 1;
    return 0;
}

/* Is place m an end of a road named by the towns it joins ("الطريق
 * الرابط بين بغداد والحلة", "the road between Kirkuk and Tikrit")?  1 for
 * the first town, right after the route cue; 2 for the second, joined to
 * the first by "و", "and" or "-". */
static int route_end(const rasd_doc *doc, const lists *l, int i)
{
    const rasd_match *m = l->place[i];
    for (int k = 0; k < l->ncue; k++)
        if (l->ckind[k] == CK_ROUTE && l->cue[k]->tok_last + 1 == m->tok_first)
            return 1;
    if (i == 0 || route_end(doc, l, i - 1) != 1)
        return 0;
    const rasd_match *p = l->place[i - 1];
    if (m->tok_first == p->tok_last + 1)
        return (doc->tokens[m->tok_first].clitics & RASD_CLITIC_WA) ? 2 : 0;
    if (m->tok_first != p->tok_last + 2)
        return 0;
    const char *w = doc->tokens[p->tok_last + 1].norm;
    return !strcmp(w, "and") || !strcmp(w, "-") || !strcmp(w, "\xD9\x88")
               ? 2
               : 0;
}

int cl_group_places(const rasd_doc *doc, const lists *l, pgroup *g,
                    const char **country, const char *home,
                    const rasd_entry *home_at)
{
    int ng = 0;
    *country = NULL;
    /* A reference point stands in for the place only when the clause
     * names no other ("30 km east of Palmyra"); beside one ("in Tarmiyah,
     * about 50 km north of Baghdad") it is not a target. */
    int other = 0;
    for (int i = 0; i < l->nplace; i++)
        if (kinds_place_rank(l->place[i]->entry) > 0 &&
            !cl_distance_ref(doc, l, l->place[i]) && !route_end(doc, l, i) &&
            !abroad_reading(l, i, home, home_at))
            other = 1;
    for (int i = 0; i < l->nplace; i++) {
        const rasd_match *m = l->place[i];
        const rasd_entry *e = m->entry;
        if (kinds_place_rank(e) == 0) { /* a country alone is no place */
            /* "أعلنت الولايات المتحدة أنها قصفت": the state acting, not
             * where it happened; "قرب الحدود مع الجزائر ومالي": the
             * neighbours across a border */
            if (*country == NULL && !actor_on_span(l, m) &&
                !across_border(l, m))
                *country = e->name;
            continue;
        }
        if (origin_before(doc, l, m) || launched_from(doc, l, m))
            continue; /* launched from, taken to hospital in: not the
                         target */
        if (across_border(l, m))
            continue; /* "قرب الحدود مع الجزائر": Algiers is no reading */
        if (dateline(doc, m))
            continue;
        if (speaker_place(doc, l, m) || outlet_name(doc, l, m))
            continue;
        if (quarter_name(l, m, home) || bare_reading(doc, m) ||
            abroad_reading(l, i, home, home_at))
            continue;
        if (misread_in(l, i, home, home_at) || qualifies_next(l, i))
            continue;
        /* (it may still join the group of a place near it: "near the
         * Dujail farms, about 60 km north of Baghdad") */
        /* (a road's second town is never the place: the first stands
         * for the road) */
        int road = route_end(doc, l, i);
        if (road == 2)
            continue;
        int ref = other && (road || cl_distance_ref(doc, l, m));
        /* "the Special Deterrence Force, known as Radaa" in a Libyan
         * story: a name that is also an actor's, read as a town abroad
         * (Yemen's Rada'a), is the actor */
        if (home && *e->country && strcmp(e->country, home) &&
            actor_on_span(l, m))
            continue;
        /* Far from the trigger: a dateline, the reporter's city, a visit
         * to Washington.  A target stands close after the trigger or
         * just before it (a headline's "Ain al-Asad: drones target..."). */
        int reach = in_reach(doc, l, m);
        int k;
        for (k = 0; k < ng; k++) {
            /* "كاني ماسي وباطوفة": two places of one kind joined by a
             * conjunction are listed, however close */
            if (kinds_place_rank(g[k].best->entry) == kinds_place_rank(e) &&
                g[k].best->entry != e &&
                (doc->tokens[m->tok_first].clitics & RASD_CLITIC_WA))
                continue;
            if (same_target(g[k].best->entry, e)) {
                if (!ref && better_place(l, m, g[k].best))
                    g[k].best = m;
                /* (a province named after a list, "near Al Mayadin and
                 * ... near Albu Kamal, both in Deir ez-Zor province",
                 * contains them; it does not end the first one's group
                 * after the second) */
                if (g[k].best == m || kinds_place_rank(e) > 2)
                    g[k].last_tok = m->tok_last;
                g[k].reach |= reach;
                break;
            }
        }
        if (k == ng && ng < 8 && !ref) {
            g[ng].best = m;
            g[ng].first_tok = m->tok_first;
            g[ng].last_tok = m->tok_last;
            g[ng].reach = reach;
            ng++;
        }
    }
    return ng;
}
