/* mention.c - reads one sentence into event mentions: what happened (the
 * trigger and weapon), where (the target place), when (the date nearest
 * the trigger), who (attacker and target by their position and cues),
 * with what result (counts, casualties, outcome cues) and who says so.
 *
 * Rules are about how news sentences are built, not about any article:
 * Arabic puts the verb first (VSO), so an actor right after a verb trigger
 * is its subject; a target follows على/ضد/on/against or a hosting phrase;
 * a claim or report cue makes an actor the claimed attacker; a place after
 * "from" is a launch site, not the target.  Knowledge (which words are
 * triggers, cues, places) comes from the lexicon files.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "extract_int.h"

#define MAXM 64 /* matches of one class kept per sentence */
#define LIST_GAP 9 /* tokens between two listed places, at most */
#define FAR_REACH 28 /* tokens after the anchor a cued place may stand when
                        nothing nearer is in reach */
#ifndef NOUN_REACH
#define NOUN_REACH 12 /* tokens after an indefinite noun trigger */
#endif

static int verb_like(const rasd_doc *doc, const rasd_match *t);
static int passive(const rasd_doc *doc, const rasd_match *t);
static int english_verb(const rasd_doc *doc, const rasd_match *t);
static int is_air(const rasd_match *w);

typedef struct lists {
    const rasd_match *trig[MAXM], *place[MAXM], *actor[MAXM],
        *weapon[MAXM], *source[MAXM], *cue[MAXM];
    int ntrig, nplace, nactor, nweapon, nsource, ncue;
    int ckind[MAXM]; /* kind of each cue */
    int tkind[MAXM]; /* kind of each trigger */
    uint32_t sent_first; /* first token of the clause's sentence */
} lists;

static void actor_from_source(const sentctx *c, const lists *l,
                              const rasd_match *anchor, int adjacent,
                              mention *mt);
static const rasd_match *trigger_before(const lists *l, uint32_t tok);

static int better_reading(const rasd_match *a, const rasd_match *b,
                          const char *home)
{
    const rasd_entry *x = a->entry, *y = b->entry;
    if (home) {
        int hx = !strcmp(x->country, home), hy = !strcmp(y->country, home);
        if (hx != hy)
            return hx;
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

static int same_span_source(const sentctx *c, size_t i)
{
    const rasd_match *m = &c->m[i];
    for (size_t k = i > 4 ? i - 4 : 0; k < c->nm && k < i + 5; k++)
        if (k != i && c->m[k].start == m->start && c->m[k].end == m->end &&
            c->m[k].entry->cls == RASD_CLASS_SOURCE)
            return 1;
    return 0;
}

/* Is match m followed by "-based" ("Britain-based")? */
static int based_after(const rasd_doc *doc, const rasd_match *m)
{
    uint32_t k = m->tok_last + 1;
    return k + 1 < doc->ntokens && !strcmp(doc->tokens[k].norm, "-") &&
           !strcmp(doc->tokens[k + 1].norm, "based");
}

static void classify(const sentctx *c, uint32_t lo, uint32_t hi, lists *l)
{
    memset(l, 0, sizeof *l);
    l->sent_first = c->s->tok_first;
    for (size_t i = 0; i < c->nm; i++) {
        const rasd_match *m = &c->m[i];
        if (m->tok_first < lo || m->tok_first >= hi)
            continue;
        /* A name that is both a source and an actor (البنتاغون, CENTCOM)
         * reports: it is a party only when it claims (assign_actors
         * reads claims from sources too). */
        if (m->entry->cls == RASD_CLASS_ACTOR && same_span_source(c, i))
            continue;
        /* "a Britain-based war monitor", "Iran-based": where someone sits,
         * not a party */
        if (m->entry->cls == RASD_CLASS_ACTOR && based_after(c->doc, m))
            continue;
        switch (m->entry->cls) {
        case RASD_CLASS_TRIGGER:
            if (l->ntrig < MAXM) {
                l->tkind[l->ntrig] = kinds_trigger(m->entry);
                l->trig[l->ntrig++] = m;
            }
            break;
        case RASD_CLASS_PLACE:
            /* Several places share one name (Tripoli, الإسكندرية): one
             * reading per span, in the article's country if it has one. */
            if (l->nplace > 0 && l->place[l->nplace - 1]->start == m->start &&
                l->place[l->nplace - 1]->end == m->end) {
                if (better_reading(m, l->place[l->nplace - 1], c->home))
                    l->place[l->nplace - 1] = m;
            } else if (l->nplace < MAXM) {
                l->place[l->nplace++] = m;
            }
            break;
        case RASD_CLASS_ACTOR:
            if (l->nactor < MAXM)
                l->actor[l->nactor++] = m;
            break;
        case RASD_CLASS_WEAPON:
            if (l->nweapon < MAXM)
                l->weapon[l->nweapon++] = m;
            break;
        case RASD_CLASS_SOURCE:
            if (l->nsource < MAXM)
                l->source[l->nsource++] = m;
            break;
        case RASD_CLASS_CUE:
            if (l->ncue < MAXM) {
                l->ckind[l->ncue] = kinds_cue(m->entry);
                l->cue[l->ncue++] = m;
            }
            break;
        default:
            break;
        }
    }
}

/* Does an interception trigger end at most gap tokens before tok? */
static int intercept_before(const lists *l, uint32_t tok, uint32_t gap)
{
    for (int i = 0; i < l->ntrig; i++) {
        const rasd_match *t = l->trig[i];
        if (l->tkind[i] == TK_INTERCEPT && t->tok_last < tok &&
            tok - t->tok_last <= gap)
            return 1;
    }
    return 0;
}

/* Triggers that can carry an event on their own. */
static int anchors(int tk)
{
    return tk != TK_NONE && tk != TK_WOUND && tk != TK_DAMAGE;
}

/* How specific a trigger's own sub-event type is: higher wins when no
 * weapon says what was used. */
static int trigger_rank(int tk)
{
    switch (tk) {
    case TK_SUICIDE: return 9;
    case TK_STRIKE: return 8;
    case TK_SHELL: return 7;
    case TK_ASSASSINATE: return 6;
    case TK_EXPLODE: return 6;
    case TK_CLASH: case TK_AMBUSH: return 5;
    case TK_ABDUCT: return 5;
    case TK_SEIZE: return 7; /* "found a cache of explosives": not a blast */
    case TK_ARREST: return 4;
    case TK_KILL: return 3;
    default: return 1; /* attack, launch, fall, intercept: generic */
    }
}

static int is_cue_before(const lists *l, int kind, uint32_t tok, uint32_t gap)
{
    for (int i = 0; i < l->ncue; i++) {
        if (l->ckind[i] != kind)
            continue;
        const rasd_match *m = l->cue[i];
        if (m->tok_last < tok && tok - m->tok_last <= gap)
            return 1;
    }
    return 0;
}

/* Is there a topic cue within ten tokens before tok?  One with dated=1
 * (an accusation: "اتهمت منظمات حقوقية قوات الأمن بإطلاق النار ... أمس")
 * frames the incident only when the clause gives it no day of its own:
 * an accusation about yesterday's shooting reports it. */
static int topic_before(const lists *l, uint32_t tok, const rasd_date *date)
{
    for (int i = 0; i < l->ncue; i++) {
        const rasd_match *m = l->cue[i];
        if (l->ckind[i] != CK_TOPIC || m->tok_last >= tok ||
            tok - m->tok_last > 10)
            continue;
        const char *dated = rasd_entry_attr(m->entry, "dated");
        if (dated && !strcmp(dated, "1") && date && date->precision == 1 &&
            date->date.y)
            continue;
        /* a trigger between frames itself, and later ones are the
         * clause's own ("اعتقال سبعة من المتورطين في النزاع بعد مداهمة
         * منازلهم، وضبطت": the seizure is no topic) */
        /* (but a relative clause describes the topic's trigger: "التحقيقات
         * في التفجير الذي استهدف دورية") */
        int between = 0;
        for (int k = 0; k < l->ntrig && !between &&
                        !is_cue_before(l, CK_RELATIVE, tok, 2);
             k++)
            between = l->trig[k]->tok_first > m->tok_last &&
                      l->trig[k]->tok_last < tok;
        if (between)
            continue;
        return 1;
    }
    return 0;
}

/* Is a topic cue that reads after its trigger (side=after: "متأثرا
 * بجراحه", "died of his wounds") on or within six tokens after t?  The
 * death of someone wounded earlier updates that incident's toll. */
static int update_after(const lists *l, const rasd_match *t)
{
    for (int i = 0; i < l->ncue; i++) {
        const rasd_match *m = l->cue[i];
        const char *side;
        if (l->ckind[i] == CK_TOPIC && m->tok_first >= t->tok_first &&
            m->tok_first <= t->tok_last + 6 &&
            (side = rasd_entry_attr(m->entry, "side")) &&
            !strcmp(side, "after"))
            return 1;
    }
    return 0;
}

/* Does a denial stand before the trigger at tok with a hedge between
 * them ("نفت الخلية ما تداولته صفحات بشأن سقوط صواريخ", "denied rumours
 * of an attack")?  Then the incident itself is denied, not who did it. */
static int denied_rumour(const lists *l, uint32_t tok)
{
    for (int i = 0; i < l->ncue; i++) {
        const rasd_match *d = l->cue[i];
        if (l->ckind[i] != CK_DENY || d->tok_last >= tok ||
            tok - d->tok_last > 20)
            continue;
        for (int k = 0; k < l->ncue; k++)
            if (l->ckind[k] == CK_HEDGE && l->cue[k]->tok_first > d->tok_last &&
                l->cue[k]->tok_last < tok)
                return 1;
    }
    return 0;
}

static int has_cue(const lists *l, int kind)
{
    for (int i = 0; i < l->ncue; i++)
        if (l->ckind[i] == kind)
            return 1;
    return 0;
}

static uint32_t dist(uint32_t a, uint32_t b)
{
    return a > b ? a - b : b - a;
}

/* --- places ------------------------------------------------------------- */

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
    int na = is_cue_before(l, CK_NEAR, a->tok_first, 1);
    int nb = is_cue_before(l, CK_NEAR, b->tok_first, 1);
    if (na != nb)
        return nb;
    return a->tok_first < b->tok_first;
}

/* A dateline: a place at the start of a line followed by a dash or colon
 * ("WASHINGTON/BEIRUT —", "ديالى –"): where the report was filed. */
static int dateline(const rasd_doc *doc, const rasd_match *m)
{
    uint32_t i = m->tok_first, back = 0;
    while (!(doc->tokens[i].flags & RASD_TOKF_LINE_START)) {
        if (i == 0 || ++back > 3)
            return 0;
        i--;
    }
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
    int stamp = 0;
    for (uint32_t k = m->tok_last + 1;
         k < doc->ntokens && k <= m->tok_last + 10; k++) {
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

/* Is byte pos inside quoted speech: more quotes opened than closed
 * between the start of its paragraph and pos («» “” and straight double
 * quotes, which open and close alike)? */
static int in_quote(const rasd_doc *doc, uint32_t pos)
{
    int depth = 0, straight = 0;
    uint32_t i = pos;
    while (i > 0 && pos - i < 4000) {
        if (doc->text[i - 1] == '\n' && i >= 2 && doc->text[i - 2] == '\n')
            break;
        i--;
    }
    const unsigned char *z = (const unsigned char *)doc->text;
    for (; i < pos; i++) {
        if (z[i] == '"')
            straight ^= 1;
        else if (z[i] == 0xC2 && i + 1 < pos && z[i + 1] == 0xAB)
            depth++; /* « */
        else if (z[i] == 0xC2 && i + 1 < pos && z[i + 1] == 0xBB)
            depth -= depth > 0; /* » */
        else if (z[i] == 0xE2 && i + 2 < pos && z[i + 1] == 0x80 &&
                 z[i + 2] == 0x9C)
            depth++; /* “ */
        else if (z[i] == 0xE2 && i + 2 < pos && z[i + 1] == 0x80 &&
                 z[i + 2] == 0x9D)
            depth -= depth > 0; /* ” */
    }
    return depth > 0 || straight;
}

/* The sentence's one day-precise date, when it has exactly one, or NULL. */
static const rasd_date *sentence_day(const sentctx *c)
{
    const rasd_date *one = NULL;
    uint32_t lo = c->s->tok_first, hi = lo + c->s->tok_count;
    for (size_t i = 0; i < c->doc->ndates; i++) {
        const rasd_date *d = &c->doc->dates[i];
        if (d->tok_first < lo || d->tok_first >= hi)
            continue;
        if (one)
            return NULL;
        one = d;
    }
    return one && one->precision == 1 ? one : NULL;
}

/* Is date d part of a dateline: in the first words of a line, with a
 * dash or an opening bracket of the agency after it ("SAMARRA, Iraq, May 8
 * (Tigris Wire) -", "بغداد، 16 آذار -")? */
static int dateline_date(const rasd_doc *doc, const rasd_date *d)
{
    uint32_t i = d->tok_first, back = 0;
    while (!(doc->tokens[i].flags & RASD_TOKF_LINE_START)) {
        if (i == 0 || ++back > 6)
            return 0;
        i--;
    }
    for (uint32_t k = d->tok_last + 1;
         k < doc->ntokens && k <= d->tok_last + 6; k++) {
        const rasd_token *t = &doc->tokens[k];
        if (t->flags & RASD_TOKF_LINE_START)
            return 0;
        /* a dash set apart ("(Reuters) -"), not a hyphen ("US-backed") */
        if (t->kind == RASD_TOK_PUNCT && t->start > 0 &&
            doc->text[t->start - 1] == ' ' &&
            (t->norm[0] == '-' || !strcmp(t->norm, "\xE2\x80\x94") ||
             !strcmp(t->norm, "\xE2\x80\x93")))
            return 1;
    }
    return 0;
}

/* The day-precise date of the latest mention before (ms, nms), or
 * NULL. */
static const rasd_date *previous_day(const mention *ms, size_t nms)
{
    /* (not the day a claim or a statement was made: "claimed the attack
     * on Tuesday ... In a separate attack the same night") */
    for (size_t k = nms; k-- > 0;)
        if (ms[k].date && !ms[k].date_weak)
            return ms[k].date->precision == 1 ? ms[k].date : NULL;
    return NULL;
}

/* The place an anaphor of the clause refers back to: a definite place
 * word with no place after it ("المدينة", "the base"), within reach of
 * the anchor, resolved to the target of the latest earlier mention (ms,
 * nms) whose place is of a kind its refers= attribute lists.  NULL when
 * there is none. */
static const rasd_match *anaphor_place(const sentctx *c, const lists *l,
                                       const rasd_match *anchor,
                                       const mention *ms, size_t nms)
{
    const rasd_doc *doc = c->doc;
    for (int i = 0; i < l->ncue; i++) {
        const rasd_match *cue = l->cue[i];
        if (l->ckind[i] != CK_ANAPHOR)
            continue;
        if (dist(cue->tok_first, anchor->tok_first) > 12)
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
            l->nactor > 0 || trigger_before(l, l->cue[i]->tok_first) ||
            dist(l->cue[i]->tok_last, anchor->tok_first) > 12)
            continue;
        if (nms > 0 && ms[nms - 1].sent == c->si && ms[nms - 1].place)
            return ms[nms - 1].place;
    }
    return NULL;
}

typedef struct pgroup {
    const rasd_match *best;
    uint32_t first_tok, last_tok;
    int reach; /* some member is within reach of a trigger */
} pgroup;

/* Does a trigger, actor, weapon or source match start in tokens
 * (last, next)? */
static int match_between(const lists *l, uint32_t last, uint32_t next)
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
static int listed_with(const rasd_doc *doc, const lists *l, uint32_t last,
                       uint32_t next)
{
    if (next <= last || next - last > LIST_GAP)
        return 0;
    if (match_between(l, last, next))
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

static int in_reach(const rasd_doc *doc, const lists *l, const rasd_match *m)
{
    for (int i = 0; i < l->ntrig; i++) {
        const rasd_match *t = l->trig[i];
        if (!anchors(l->tkind[i]))
            continue;
        /* (a definite noun reaches as far as an indefinite one through the
         * relative clause that tells where it was: "الهجوم الإرهابي الذي
         * وقع في 3 يناير في مدينة كرمان") */
        uint32_t reach = verb_like(doc, t) || english_verb(doc, t) ? 16
                         : ((doc->tokens[t->tok_first].clitics &
                             RASD_CLITIC_AL) &&
                            !relative_after(l, t))
                             ? 5
                             : NOUN_REACH;
        if (m->tok_first > t->tok_last && m->tok_first <= t->tok_last + reach)
            return 1;
        if (m->tok_last < t->tok_first && m->tok_last + 8 >= t->tok_first)
            return 1;
        if (m->tok_first <= t->tok_last && m->tok_last >= t->tok_first)
            return 1; /* overlapping: "قصف جرف الصخر" */
    }
    return 0;
}

/* Does a trigger noun stand right before verb trigger v, as its subject
 * ("هجوم استهدف أمريكيين": an attack that targeted Americans)? */
static int noun_subject(const lists *l, const rasd_match *v)
{
    for (int i = 0; i < l->ntrig; i++)
        if (l->trig[i] != v && l->trig[i]->tok_last + 1 == v->tok_first)
            return 1;
    return 0;
}

/* Is actor a, right after bare trigger word t, in the nominative plural
 * ("خطف مسلحون": -ون)?  Then t, which could be a verbal noun (خطف is
 * both "abducted" and "abduction"), is read as the verb and a as its
 * subject; a noun would take the genitive ("خطف مسلحين"). */
static int nominative(const rasd_doc *doc, const rasd_match *t,
                      const rasd_match *a)
{
    const rasd_token *tt = &doc->tokens[t->tok_first];
    const rasd_token *at = &doc->tokens[a->tok_first];
    return tt->kind == RASD_TOK_AR && !(tt->clitics & RASD_CLITIC_AL) &&
           t->tok_first == t->tok_last && at->kind == RASD_TOK_AR &&
           !(at->clitics & (RASD_CLITIC_BI | RASD_CLITIC_LI)) &&
           at->end - at->start >= 6 &&
           !memcmp(doc->text + at->end - 4, "\xD9\x88\xD9\x86", 4); /* ون */
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
static int misread_in(const lists *l, int i)
{
    const rasd_match *m = l->place[i];
    if (i + 1 >= l->nplace)
        return 0;
    const rasd_match *n = l->place[i + 1];
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

/* A capital standing for its government: the subject right after a verb
 * of saying, denying or calling ("نفت أنقرة أي صلة", "قالت واشنطن إن",
 * "أدانت دمشق"): who spoke, not where it happened. */
static int is_comma_token(const rasd_token *t);

static int speaker_place(const rasd_doc *doc, const lists *l,
                         const rasd_match *m)
{
    /* "In Sanaa, the Houthis said ...", "وفي أنقرة، قالت الوزارة": a
     * place put first, then a comma, then who speaks */
    if (m->tok_first <= l->sent_first + 1 && m->tok_last + 2 < doc->ntokens &&
        is_comma_token(&doc->tokens[m->tok_last + 1]))
        for (int i = 0; i < l->ncue; i++)
            if ((l->ckind[i] == CK_REPORT || l->ckind[i] == CK_CLAIM) &&
                l->cue[i]->tok_first > m->tok_last + 1 &&
                l->cue[i]->tok_first <= m->tok_last + 6)
                return 1;
    if (doc->tokens[m->tok_first].kind != RASD_TOK_AR ||
        (doc->tokens[m->tok_first].clitics &
         (RASD_CLITIC_BI | RASD_CLITIC_LI | RASD_CLITIC_KA)))
        return 0;
    return is_cue_before(l, CK_REPORT, m->tok_first, 1) ||
           is_cue_before(l, CK_DENY, m->tok_first, 1) ||
           is_cue_before(l, CK_STATEMENT, m->tok_first, 1);
}

/* A doubtful name right after a word for part of a town ("حي الروضة",
 * "شارع بغداد"): the quarter's or the street's name, not the town of that
 * name elsewhere (a cue with inner=1). */
static int quarter_name(const lists *l, const rasd_match *m)
{
    if (!(m->flags & RASD_MATCHF_NEEDS_CUE))
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

/* Does an origin cue end within its reach= (default 2) tokens before
 * place m ("انطلقت من", "launched from"; "المستشفى الوطني في مدينة تدمر",
 * where the wounded were taken)? */
static int origin_before(const lists *l, const rasd_match *m)
{
    for (int i = 0; i < l->ncue; i++) {
        if (l->ckind[i] != CK_ORIGIN)
            continue;
        const char *reach = rasd_entry_attr(l->cue[i]->entry, "reach");
        uint32_t gap = reach ? (uint32_t)strtoul(reach, NULL, 10) : 2;
        if (l->cue[i]->tok_last < m->tok_first &&
            m->tok_first - l->cue[i]->tok_last <= gap)
            return 1;
    }
    return 0;
}

/* A doubtful name of a province or region read in another country than
 * the article's ("على الحدود الشمالية" in a Jordanian report is not Saudi
 * Arabia's Northern Borders region): a common phrase, not that place.  A
 * town's doubtful name abroad stays (border towns are news: "الميادين"). */
static int abroad_reading(const rasd_match *m, const char *home)
{
    return home && (m->flags & RASD_MATCHF_NEEDS_CUE) &&
           kinds_place_rank(m->entry) <= 2 && *m->entry->country &&
           strcmp(m->entry->country, home) != 0;
}

static int group_places(const rasd_doc *doc, const lists *l, pgroup *g,
                        const char **country, const char *home)
{
    int ng = 0;
    *country = NULL;
    for (int i = 0; i < l->nplace; i++) {
        const rasd_match *m = l->place[i];
        const rasd_entry *e = m->entry;
        if (kinds_place_rank(e) == 0) { /* a country alone is no place */
            /* "أعلنت الولايات المتحدة أنها قصفت": the state acting, not
             * where it happened */
            if (*country == NULL && !actor_on_span(l, m))
                *country = e->name;
            continue;
        }
        if (origin_before(l, m))
            continue; /* launched from, taken to hospital in: not the
                         target */
        if (dateline(doc, m))
            continue;
        if (speaker_place(doc, l, m))
            continue;
        if (quarter_name(l, m) || bare_reading(doc, m) ||
            abroad_reading(m, home))
            continue;
        if (misread_in(l, i))
            continue;
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
                if (better_place(l, m, g[k].best))
                    g[k].best = m;
                g[k].last_tok = m->tok_last;
                g[k].reach |= reach;
                break;
            }
        }
        if (k == ng && ng < 8) {
            g[ng].best = m;
            g[ng].first_tok = m->tok_first;
            g[ng].last_tok = m->tok_last;
            g[ng].reach = reach;
            ng++;
        }
    }
    return ng;
}

/* --- actors ------------------------------------------------------------- */

static int is_civilians(const rasd_entry *e)
{
    const char *inter = rasd_entry_attr(e, "inter");
    return !strcmp(e->kind, "civilians") ||
           (inter && !strcmp(inter, "Civilians"));
}

/* Is the token at i a verb-like trigger (no article), so that an actor
 * right after it is its subject (Arabic VSO)? */
static int verb_like(const rasd_doc *doc, const rasd_match *t)
{
    const rasd_token *tok = &doc->tokens[t->tok_first];
    if (tok->kind != RASD_TOK_AR)
        return 0;
    const char *pos = rasd_entry_attr(t->entry, "pos");
    if (pos)
        return !strcmp(pos, "verb");
    return !(tok->clitics & RASD_CLITIC_AL) && t->tok_first == t->tok_last;
}

/* Is t an English verb trigger ("targeted", "was killed")?  verb_like is
 * Arabic's: its VSO rules do not apply to English word order. */
static int english_verb(const rasd_doc *doc, const rasd_match *t)
{
    const char *pos = rasd_entry_attr(t->entry, "pos");
    return doc->tokens[t->tok_first].kind == RASD_TOK_LATIN && pos &&
           !strcmp(pos, "verb");
}

/* Is actor a a one-word adjective of the definite trigger noun right
 * before it ("القصف الأمريكي": the American shelling)?  A definite noun
 * followed by a definite nisba is noun and adjective; an indefinite masdar
 * followed by a definite noun is a construct whose second part is the
 * object ("استهداف القوات": targeting the forces). */
static int adjective_of(const rasd_doc *doc, const rasd_match *t,
                        const rasd_match *a)
{
    if (a->tok_first != t->tok_last + 1 || a->tok_first != a->tok_last)
        return 0;
    const rasd_token *tt = &doc->tokens[t->tok_last];
    const rasd_token *at = &doc->tokens[a->tok_first];
    return tt->kind == RASD_TOK_AR && at->kind == RASD_TOK_AR &&
           (doc->tokens[t->tok_first].clitics & RASD_CLITIC_AL) &&
           (at->clitics & RASD_CLITIC_AL);
}

/* Is token i inside any cue match? */
static int any_cue_on(const lists *l, uint32_t i)
{
    for (int k = 0; k < l->ncue; k++)
        if (l->cue[k]->tok_first <= i && i <= l->cue[k]->tok_last)
            return 1;
    return 0;
}

/* Is actor a the genitive of a noun trigger right before it (one word
 * between at most, "هجمات مليشيا حزب الله")?  Returns 1 when that noun's
 * genitive is its agent (attribute genitive=agent), 2 when its object,
 * 0 when a follows no noun trigger. */
static int genitive_of(const rasd_doc *doc, const lists *l,
                       const rasd_match *a)
{
    for (int i = 0; i < l->ntrig; i++) {
        const rasd_match *t = l->trig[i];
        if (t->tok_last >= a->tok_first || a->tok_first - t->tok_last > 2)
            continue;
        /* a construct is direct: nothing but one noun between
         * ("هجمات مليشيا حزب الله"), no preposition ("الهجمات ضد...") */
        if (a->tok_first - t->tok_last == 2 &&
            any_cue_on(l, t->tok_last + 1))
            continue;
        if (verb_like(doc, t) || doc->tokens[t->tok_last].kind != RASD_TOK_AR)
            continue;
        const char *g = rasd_entry_attr(t->entry, "genitive");
        return g && !strcmp(g, "agent") ? 1 : 2;
    }
    return 0;
}

/* Does actor a stand right after a place, as its owner ("قاعدة عين
 * الأسد الأمريكية": the American base)? */
static int follows_place(const rasd_doc *doc, const lists *l,
                         const rasd_match *a)
{
    /* (not across a dash: "BAGHDAD - Islamic State militants attacked") */
    for (int i = 0; i < l->nplace; i++)
        if (l->place[i]->tok_last + 1 == a->tok_first ||
            (l->place[i]->tok_last + 2 == a->tok_first &&
             doc->tokens[a->tok_first - 1].kind != RASD_TOK_PUNCT))
            return 1;
    return 0;
}

/* Does a weapon end right before actor a (one word between at most)? */
/* Where actor a's phrase starts: before a part of it ("عناصر من تنظيم
 * داعش", "مسلحون من القبيلة": the noun before "من"), else at a. */
static uint32_t vso_start(const rasd_doc *doc, const rasd_match *a)
{
    uint32_t k = a->tok_first;
    if (k >= 2 && doc->tokens[k - 1].kind == RASD_TOK_AR &&
        !strcmp(doc->tokens[k - 1].norm, "\xD9\x85\xD9\x86") &&
        doc->tokens[k - 2].kind == RASD_TOK_AR)
        return k - 2;
    return k;
}

/* Is Arabic actor a the genitive right after a weapon noun ("قصفت مدفعية
 * الحرس الثوري", "طائرات الاحتلال"): the weapon's owner? */
static int weapon_genitive(const rasd_doc *doc, const lists *l,
                           const rasd_match *a)
{
    const rasd_token *t = &doc->tokens[a->tok_first];
    if (t->kind != RASD_TOK_AR || !(t->clitics & RASD_CLITIC_AL) ||
        (t->clitics & (RASD_CLITIC_BI | RASD_CLITIC_LI | RASD_CLITIC_KA |
                       RASD_CLITIC_WA)))
        return 0;
    for (int i = 0; i < l->nweapon; i++) {
        const rasd_match *w = l->weapon[i];
        if (w->tok_last + 1 == a->tok_first &&
            !(doc->tokens[w->tok_last].clitics & RASD_CLITIC_AL))
            return 1;
    }
    return 0;
}

static int owns_weapon(const lists *l, const rasd_match *a)
{
    for (int i = 0; i < l->nweapon; i++) {
        const rasd_match *w = l->weapon[i];
        if (w->tok_last < a->tok_first && a->tok_first - w->tok_last <= 2)
            return 1;
    }
    return 0;
}

/* Is actor a a one-word adjective right after a weapon ("الطيران الحربي
 * الإسرائيلي", "طائرة مسيرة تركية", "مقاتلات روسية"): the weapon's
 * owner? */
static int adjective_of_weapon(const rasd_doc *doc, const lists *l,
                               const rasd_match *a)
{
    if (doc->tokens[a->tok_first].kind != RASD_TOK_AR)
        return 0;
    for (int i = 0; i < l->nweapon; i++) {
        const rasd_match *w = l->weapon[i];
        if (w->tok_last + 1 != a->tok_first)
            continue;
        /* a one-word nisba ("مسيرة إسرائيلية"); or any actor after a
         * weapon that is the means ("برصاص قوات الاحتلال": a construct,
         * the forces' bullets), not a subject followed by its object */
        if (a->tok_first == a->tok_last ||
            (doc->tokens[w->tok_first].clitics & RASD_CLITIC_BI))
            return 1;
    }
    return 0;
}

/* The anchoring trigger that ends last before token tok, or NULL. */
static const rasd_match *trigger_before(const lists *l, uint32_t tok)
{
    const rasd_match *best = NULL;
    for (int i = 0; i < l->ntrig; i++) {
        const rasd_match *t = l->trig[i];
        if (anchors(l->tkind[i]) && t->tok_last < tok &&
            (best == NULL || t->tok_last > best->tok_last))
            best = t;
    }
    return best;
}

/* Does a source end just before actor a ("مصادر أمنية في الشرطة",
 * "sources in the police")?  Then a describes the source. */
static int after_source(const lists *l, const rasd_match *a)
{
    for (int i = 0; i < l->nsource; i++)
        if (l->source[i]->tok_last < a->tok_first &&
            a->tok_first - l->source[i]->tok_last <= 2)
            return 1;
    return 0;
}

/* Is actor a followed by a word for being wounded or for dying (أصيب and
 * استشهد are passive in meaning: "the soldiers were hit", "8 of the PMF
 * were martyred"; a comma may stand between)? */
static int wounded_after(const lists *l, const rasd_match *a)
{
    for (int i = 0; i < l->ncue; i++) {
        const char *victim = rasd_entry_attr(l->cue[i]->entry, "victim");
        if ((l->ckind[i] == CK_WOUNDED ||
             (l->ckind[i] == CK_KILLED && victim && !strcmp(victim, "1"))) &&
            l->cue[i]->tok_first > a->tok_last &&
            l->cue[i]->tok_first - a->tok_last <= 3)
            return 1;
    }
    for (int i = 0; i < l->ntrig; i++)
        if (l->tkind[i] == TK_WOUND && l->trig[i]->tok_first > a->tok_last &&
            l->trig[i]->tok_first - a->tok_last <= 1)
            return 1;
    return 0;
}

/* An Arabic verb of killing with no object after it ("جنديين من الجيش
 * العراقي قتلا وأصيب ثلاثة", "قتلوا بانفجار عبوة"): passive in meaning,
 * its subject, before it, was killed.  What follows is no object when it
 * is punctuation, the end, a word behind و or ب, or a preposition or
 * time word. */
static int killed_passive(const rasd_doc *doc, const rasd_match *v)
{
    static const char *const free_word[] = {
        "في", "خلال", "جراء", "اثر", "عند", "لدي", "امس", "اليوم",
        "صباح", "مساء", "فجر", "ليله", "علي", "داخل", "قرب", "اثناء"};
    const char *kind = rasd_entry_attr(v->entry, "kind");
    const char *pos = rasd_entry_attr(v->entry, "pos");
    if (v->entry->cls != RASD_CLASS_TRIGGER || !kind || strcmp(kind, "kill") ||
        !pos || strcmp(pos, "verb") ||
        doc->tokens[v->tok_first].kind != RASD_TOK_AR)
        return 0;
    uint32_t k = v->tok_last + 1;
    if (k >= doc->ntokens || doc->tokens[v->tok_last].sent_end)
        return 1;
    const rasd_token *t = &doc->tokens[k];
    if (t->kind == RASD_TOK_PUNCT ||
        (t->clitics & (RASD_CLITIC_WA | RASD_CLITIC_BI)))
        return 1;
    for (size_t j = 0; j < sizeof free_word / sizeof *free_word; j++)
        if (t->nnorm == strlen(free_word[j]) &&
            !memcmp(t->norm, free_word[j], t->nnorm))
            return 1;
    return 0;
}

/* Is English actor a the subject of the active verb right after it
 * ("when PKK terrorists detonated a roadside bomb"), a trigger that does
 * something to others? */
static int subject_of_next(const rasd_doc *doc, const lists *l,
                           const rasd_match *a)
{
    if (doc->tokens[a->tok_last].kind != RASD_TOK_LATIN)
        return 0;
    for (int i = 0; i < l->ntrig; i++) {
        const rasd_match *t = l->trig[i];
        if (t->tok_first == a->tok_last + 1 && english_verb(doc, t) &&
            !passive(doc, t) && l->tkind[i] != TK_WOUND &&
            l->tkind[i] != TK_INTERCEPT)
            return 1;
    }
    return 0;
}

/* Is actor a the subject of a passive verb of killing a few words on? */
static int killed_passive_after(const rasd_doc *doc, const lists *l,
                                const rasd_match *a)
{
    for (int i = 0; i < l->ntrig; i++)
        if (l->trig[i]->tok_first > a->tok_last &&
            l->trig[i]->tok_first - a->tok_last <= 2 &&
            killed_passive(doc, l->trig[i]))
            return 1;
    return 0;
}

/* Does a word for killing whose object is the victim end at most gap
 * tokens before tok ("مقتل ثلاثة جنود", "killed two soldiers"; not
 * "استشهدوا", whose subject died)? */
static int victim_cue_before(const lists *l, uint32_t tok, uint32_t gap)
{
    for (int i = 0; i < l->ncue; i++) {
        const rasd_match *m = l->cue[i];
        const char *v = rasd_entry_attr(m->entry, "victim");
        if (l->ckind[i] == CK_KILLED && !(v && !strcmp(v, "1")) &&
            m->tok_last < tok && tok - m->tok_last <= gap)
            return 1;
    }
    return 0;
}

/* English passive: "was killed", "were attacked", "has been struck". */
static int passive(const rasd_doc *doc, const rasd_match *t)
{
    static const char *const aux[] = {"was", "were", "been", "being", "is",
                                      "are", "be", NULL};
    if (t->tok_first == 0 || doc->tokens[t->tok_first].kind != RASD_TOK_LATIN)
        return 0;
    const char *prev = doc->tokens[t->tok_first - 1].norm;
    for (size_t i = 0; aux[i]; i++)
        if (!strcmp(prev, aux[i]))
            return 1;
    /* a headline's passive has no auxiliary: "US Base Attacked by Drone",
     * "Convoy hit by roadside bomb" */
    const char *w = doc->tokens[t->tok_last].norm;
    size_t n = strlen(w);
    return t->tok_last + 1 < doc->ntokens && n > 2 &&
           !strcmp(w + n - 2, "ed") &&
           !strcmp(doc->tokens[t->tok_last + 1].norm, "by");
}

/* Is a report cue right after actor a ("وسائل إعلام مقربة من إيران
 * أعلنت")? */
static int reports_after(const lists *l, const rasd_match *a)
{
    for (int i = 0; i < l->ncue; i++)
        if (l->ckind[i] == CK_REPORT && l->cue[i]->tok_first > a->tok_last &&
            l->cue[i]->tok_first - a->tok_last <= 2)
            return 1;
    return 0;
}

/* Does actor a follow an affiliation cue that follows another actor
 * ("الفصائل المسلحة الموالية لإيران", "militias backed by Iran")? */
static int describes_actor(const lists *l, const rasd_match *a)
{
    for (int i = 0; i < l->ncue; i++) {
        const rasd_match *cue = l->cue[i];
        if (l->ckind[i] != CK_AFFILIATION || cue->tok_last >= a->tok_first ||
            a->tok_first - cue->tok_last > 2)
            continue;
        for (int k = 0; k < l->nactor; k++)
            if (l->actor[k]->tok_last < cue->tok_first &&
                cue->tok_first - l->actor[k]->tok_last <= 3)
                return 1;
    }
    return 0;
}

/* A non-state armed group (ACLED rebels and militias), which claims
 * attacks rather than reports them. */
static int armed_group(const rasd_entry *e)
{
    const char *inter = rasd_entry_attr(e, "inter");
    return !strcmp(e->kind, "group") && inter &&
           (!strcmp(inter, "Political militia") ||
            !strcmp(inter, "Rebel group") ||
            !strcmp(inter, "Identity militia"));
}

/* The actor that a claim cue of the clause makes the claimer: the one
 * right after it ("أعلنت المقاومة الإسلامية مسؤوليتها" puts the verb
 * first, "تبنت X"), else the nearest before it that no affiliation cue
 * marks as describing another ("X, backed by Iran, claimed").  NULL when
 * the clause has no claim. */
static const rasd_match *claimer_of(const rasd_doc *doc, const lists *l)
{
    for (int i = 0; i < l->ncue; i++) {
        if (l->ckind[i] != CK_CLAIM)
            continue;
        const rasd_match *cue = l->cue[i], *before = NULL, *first = NULL;
        for (int k = 0; k < l->nactor; k++) {
            const rasd_match *a = l->actor[k];
            if (a->tok_first > cue->tok_last && a->tok_first <= cue->tok_last + 2)
                return a;
            if (a->tok_last < cue->tok_first && !describes_actor(l, a) &&
                !is_civilians(a->entry)) {
                before = a;
                if (first == NULL)
                    first = a;
            }
        }
        /* English puts the subject first, then what describes it */
        if (first && doc->tokens[cue->tok_first].kind == RASD_TOK_LATIN)
            return first;
        if (before && cue->tok_first - before->tok_last <= 3)
            return before;
    }
    return NULL;
}

/* Is actor a the antecedent of a relative pronoun whose verb, trigger t
 * right after it, carries an object pronoun ("الساعدي الذي اغتالته", "the
 * base that they shelled" has none in English): then a is what was done
 * to, not who did it. */
static int object_antecedent(const rasd_doc *doc, const lists *l,
                             const rasd_match *a, const rasd_match *t)
{
    const rasd_token *tt = &doc->tokens[t->tok_last];
    if (tt->kind != RASD_TOK_AR || tt->end - tt->start < 4)
        return 0;
    const char *z = doc->text + tt->end;
    int object = !memcmp(z - 2, "\xD9\x87", 2) ||              /* ه */
                 !memcmp(z - 4, "\xD9\x87\xD8\xA7", 4) ||      /* ها */
                 !memcmp(z - 4, "\xD9\x87\xD9\x85", 4);        /* هم */
    if (!object)
        return 0;
    for (int i = 0; i < l->ncue; i++)
        if (l->ckind[i] == CK_RELATIVE &&
            l->cue[i]->tok_first == a->tok_last + 1 &&
            l->cue[i]->tok_last + 1 == t->tok_first)
            return 1;
    return 0;
}

/* Is actor a the subject of a relative clause whose verb is a trigger
 * with no object pronoun ("قوات الاحتلال التي اقتحمت المخيم", "the
 * gunmen who attacked")?  Then a did it, wherever the main clause puts
 * it ("اشتباك مسلح مع قوات الاحتلال التي اقتحمت"). */
static int subject_antecedent(const rasd_doc *doc, const lists *l,
                              const rasd_match *a)
{
    for (int i = 0; i < l->ncue; i++) {
        if (l->ckind[i] != CK_RELATIVE || l->cue[i]->tok_first != a->tok_last + 1)
            continue;
        for (int k = 0; k < l->ntrig; k++) {
            const rasd_match *t = l->trig[k];
            if (t->tok_first != l->cue[i]->tok_last + 1 ||
                !(verb_like(doc, t) || english_verb(doc, t)) ||
                object_antecedent(doc, l, a, t) || passive(doc, t))
                continue;
            return 1;
        }
    }
    return 0;
}

/* Does a topic cue (an investigation, a trial, an anniversary) stand
 * between actor a and trigger t after it? */
static int topic_between(const lists *l, const rasd_match *a,
                         const rasd_match *t)
{
    for (int i = 0; i < l->ncue; i++)
        if (l->ckind[i] == CK_TOPIC && l->cue[i]->tok_first > a->tok_last &&
            l->cue[i]->tok_last < t->tok_first)
            return 1;
    return 0;
}

/* Is actor a the subject of a light verb, within three words after it
 * with no trigger or other cue between ("شنتها القوات الجوية
 * الأمريكية", not "شن هجوما على القوات"): 1 for a verb that acts ("شنت",
 * "نفذتها", "carried out"), 2 for one whose subject undergoes it
 * (voice=passive: "تعرضت"), 0 for none? */
static int light_before(const lists *l, const rasd_match *a)
{
    for (int i = 0; i < l->ncue; i++) {
        const rasd_match *m = l->cue[i];
        if (l->ckind[i] != CK_LIGHT || m->tok_last >= a->tok_first ||
            a->tok_first - m->tok_last > 3)
            continue;
        int clear = !match_between(l, m->tok_last, a->tok_first);
        for (int k = 0; k < l->ncue && clear; k++)
            clear = !(l->cue[k]->tok_first > m->tok_last &&
                      l->cue[k]->tok_first < a->tok_first);
        if (!clear)
            continue;
        const char *v = rasd_entry_attr(m->entry, "voice");
        return v && !strcmp(v, "passive") ? 2 : 1;
    }
    return 0;
}

/* Does a place, or a place word other than a bare preposition, start in
 * tokens (from, to]? */
static int ground_in(const lists *l, uint32_t from, uint32_t to)
{
    for (int i = 0; i < l->nplace; i++)
        if (l->place[i]->tok_first > from && l->place[i]->tok_first <= to)
            return 1;
    for (int i = 0; i < l->ncue; i++) {
        const rasd_match *m = l->cue[i];
        if (((l->ckind[i] == CK_PLACE_CUE && strcmp(m->entry->name, "in") &&
              strcmp(m->entry->name, "onto")) ||
             l->ckind[i] == CK_ANAPHOR) && /* "the town of Baiji" */
            m->tok_first > from && m->tok_first <= to)
            return 1;
    }
    return 0;
}

/* Does territory trigger t ("سيطروا على", "استولوا على", "took control
 * of") have ground for its object: a place or a place word right after
 * its preposition (على, "of": "سيطر مسلحو التنظيم على قرية"), or within
 * three words when it takes none ("اجتاح البلدة")?  "استولوا على عدد من
 * الدراجات النارية" took motorcycles, "تحرير الرهائن المحتجزين في مومباي"
 * freed hostages: neither took ground. */
static int territory_object(const rasd_doc *doc, const lists *l,
                            const rasd_match *t)
{
    for (uint32_t i = t->tok_last + 1; i <= t->tok_last + 5 && i < doc->ntokens;
         i++) {
        const char *w = doc->tokens[i].norm;
        if (!strcmp(w, "\xD8\xB9\xD9\x84\xD9\x8A") || /* علي (على) */
            !strcmp(w, "of"))
            return ground_in(l, i, i + 2);
    }
    return ground_in(l, t->tok_last, t->tok_last + 3);
}

/* Does the sentence follow a line that is only a time of day ("14:05",
 * "09:30 GMT"), as the entries of a live blog do? */
static int time_stamped(const sentctx *c)
{
    if (c->si == 0)
        return 0;
    const rasd_doc *doc = c->doc;
    const rasd_sentence *p = &doc->sents[c->si - 1];
    if (p->tok_count < 3 || p->tok_count > 4)
        return 0;
    const rasd_token *t = &doc->tokens[p->tok_first];
    if (t[0].kind != RASD_TOK_DIGITS || t[2].kind != RASD_TOK_DIGITS ||
        strcmp(t[1].norm, ":") || t[0].nnorm > 2 || t[2].nnorm != 2)
        return 0;
    int h = atoi(t[0].norm), m = atoi(t[2].norm);
    return h < 24 && m < 60;
}

/* Is actor a also a suicide trigger on the same words ("انتحاري", "a
 * suicide bomber")? */
static int suicide_span(const lists *l, const rasd_match *a)
{
    for (int i = 0; i < l->ntrig; i++)
        if (l->tkind[i] == TK_SUICIDE && l->trig[i]->start == a->start &&
            l->trig[i]->end == a->end)
            return 1;
    return 0;
}

/* Is actor a the owner of the trigger noun before it by ل ("هجوم
 * لداعش", "بهجوم لعناصر داعش": an attack by IS, or by its men)? */
static int li_genitive(const rasd_doc *doc, const lists *l,
                       const rasd_match *a)
{
    uint32_t t0 = a->tok_first;
    for (int i = 0; i < l->ntrig; i++) {
        uint32_t end = l->trig[i]->tok_last;
        if (verb_like(doc, l->trig[i]))
            continue;
        if (end + 1 == t0 && (doc->tokens[t0].clitics & RASD_CLITIC_LI))
            return 1;
        if (end + 2 == t0 && doc->tokens[t0 - 1].kind == RASD_TOK_AR &&
            (doc->tokens[t0 - 1].clitics & RASD_CLITIC_LI))
            return 1;
    }
    return 0;
}

/* Does an agent cue stand within two tokens before actor a ("على يد",
 * "جراء", "carried out by")?  A bare English "by" is an agent only after
 * a trigger ("was attacked by", "strikes by"), not after any participle
 * ("a checkpoint manned by Egyptian police"). */
static int agent_before(const rasd_doc *doc, const lists *l,
                        const rasd_match *a)
{
    for (int i = 0; i < l->ncue; i++) {
        const rasd_match *m = l->cue[i];
        if (l->ckind[i] != CK_AGENT || m->tok_last >= a->tok_first ||
            a->tok_first - m->tok_last > 2)
            continue;
        if (m->tok_first == m->tok_last &&
            !strcmp(doc->tokens[m->tok_first].norm, "by")) {
            int after_trigger = 0;
            for (int k = 0; k < l->ntrig && !after_trigger; k++)
                after_trigger = l->trig[k]->tok_last < m->tok_first &&
                                m->tok_first - l->trig[k]->tok_last <= 2;
            for (int k = 0; k < l->nweapon && !after_trigger; k++)
                after_trigger = l->weapon[k]->tok_last < m->tok_first &&
                                m->tok_first - l->weapon[k]->tok_last <= 2;
            if (!after_trigger)
                continue;
        }
        return 1;
    }
    return 0;
}

/* The actor that generic actor a is a part of, named right after it
 * with "من" or "of" ("إرهابيون من داعش", "مسلحين من أبناء العشائر",
 * "gunmen of the Islamic State"), or in the construct state ("مسلحو
 * داعش"): the group takes the part's role.  NULL
 * when a is not such a part. */
static const rasd_match *member_of(const rasd_doc *doc, const lists *l,
                                   const rasd_match *a)
{
    if (strcmp(a->entry->kind, "generic") ||
        a->tok_last + 2 >= doc->ntokens)
        return NULL;
    /* the construct state joins them with no word: "مسلحو داعش",
     * "عناصري" is no word but "مقاتلي الحزب" is */
    const rasd_token *last = &doc->tokens[a->tok_last];
    if (last->kind == RASD_TOK_AR && last->nnorm >= 6 &&
        (!strcmp(last->norm + last->nnorm - 2, "\xD9\x88") ||   /* و */
         !strcmp(last->norm + last->nnorm - 2, "\xD9\x8A")))    /* ي */
        for (int k = 0; k < l->nactor; k++) {
            const rasd_match *b = l->actor[k];
            if (b->tok_first == a->tok_last + 1 &&
                strcmp(b->entry->kind, "generic") && !is_civilians(b->entry))
                return b;
        }
    uint32_t of_tok = a->tok_last + 1;
    const rasd_token *of = &doc->tokens[of_tok];
    if (strcmp(of->norm, "\xD9\x85\xD9\x86") && /* من */
        strcmp(of->norm, "of") && strcmp(of->norm, "from"))
        return NULL;
    for (int k = 0; k < l->nactor; k++) {
        const rasd_match *b = l->actor[k];
        uint32_t gap = b->tok_first - of_tok; /* "of the", "من أبناء" */
        if (b->tok_first > of_tok && gap <= 2 && b->entry != a->entry &&
            !is_civilians(b->entry))
            return b;
    }
    return NULL;
}

/* The actor an accusation cue charges: of the actors within eight words
 * after the cue, the one right before the charge (a word with ب, or
 * "of"/"for": "اتهم ناشطون قوات الدعم السريع بقتل", "accused the RSF
 * of"), else the last of them; NULL with none. */
static const rasd_match *accused_actor(const rasd_doc *doc, const lists *l)
{
    for (int i = 0; i < l->ncue; i++) {
        if (l->ckind[i] != CK_ACCUSE)
            continue;
        const rasd_match *cue = l->cue[i], *last = NULL;
        for (int k = 0; k < l->nactor; k++) {
            const rasd_match *a = l->actor[k];
            if (a->tok_first <= cue->tok_last || a->tok_first > cue->tok_last + 8 ||
                is_civilians(a->entry))
                continue;
            const rasd_match *group = member_of(doc, l, a);
            if (group)
                a = group;
            last = a;
            if (a->tok_last + 1 < doc->ntokens) {
                const rasd_token *t = &doc->tokens[a->tok_last + 1];
                if ((t->kind == RASD_TOK_AR && (t->clitics & RASD_CLITIC_BI)) ||
                    !strcmp(t->norm, "of") || !strcmp(t->norm, "for"))
                    return a;
            }
        }
        if (last)
            return last;
    }
    return NULL;
}

/* The sides of a clash after "بين"/"between" within a few words of its
 * trigger: the first actor named (or the group it is part of) is actor1,
 * the next other one actor2. */
static void clash_sides(const rasd_doc *doc, const lists *l,
                        const rasd_match *t, mention *mt)
{
    uint32_t between = 0;
    for (uint32_t i = t->tok_last + 1; i <= t->tok_last + 8 &&
                                       i < doc->ntokens;
         i++)
        if (!strcmp(doc->tokens[i].norm, "\xD8\xA8\xD9\x8A\xD9\x86") || /* بين */
            !strcmp(doc->tokens[i].norm, "between")) {
            between = i;
            break;
        }
    if (between == 0)
        return;
    const rasd_match *side[2] = {NULL, NULL};
    int n = 0;
    for (int k = 0; k < l->nactor && n < 2; k++) {
        const rasd_match *a = l->actor[k];
        if (a->tok_first <= between || a->tok_first > between + 30)
            continue;
        const rasd_match *group = member_of(doc, l, a);
        if (group)
            a = group;
        if (n == 1 && (a == side[0] || a->entry == side[0]->entry))
            continue;
        if (n == 0 || a->tok_first > side[0]->tok_last)
            side[n++] = a;
    }
    if (n == 2) {
        mt->actor1 = side[0];
        mt->actor2 = side[1];
    }
}

static void assign_actors(const sentctx *c, const lists *l,
                          const rasd_match *anchor_in, int tkind, mention *mt)
{
    const rasd_doc *doc = c->doc;
    int claim = has_cue(l, CK_CLAIM);
    /* Subjects stand before the clause's first trigger; objects and VSO
     * subjects after the trigger nearest before them. */
    const rasd_match *first = trigger_before(l, 0);
    for (int i = 0; i < l->ntrig; i++)
        if (anchors(l->tkind[i]) &&
            (first == NULL || l->trig[i]->tok_first < first->tok_first))
            first = l->trig[i];
    if (first == NULL)
        first = anchor_in;
    int actor1_strong = 0;
    const rasd_match *parts[MAXM]; /* actors named as a group's part */
    int nparts = 0;
    for (int i = 0; i < l->nactor; i++) {
        const rasd_match *a = l->actor[i];
        int whole = 0;
        for (int k = 0; k < nparts && !whole; k++)
            whole = member_of(doc, l, parts[k]) == a;
        if (whole)
            continue; /* it took its part's place */
        const rasd_match *group = member_of(doc, l, a);
        if (group)
            parts[nparts++] = a;
        const rasd_entry *e = group ? group->entry : a->entry;
        int role = 0; /* 1 attacker, 2 target */
        int claimer = 0;
        int strong = 1; /* a rule that names the attacker by the words
                           around it, not by its position */
        const rasd_match *anchor = a->tok_last < first->tok_first
                                       ? first
                                       : trigger_before(l, a->tok_first);
        if (anchor == NULL)
            anchor = first;
        /* Another clause's actors: too far from the trigger. */
        if (a->tok_last + 14 < anchor->tok_first ||
            a->tok_first > anchor->tok_last + 14)
            continue;
        const rasd_token *at0 = &doc->tokens[a->tok_first];
        const char *fixed = rasd_entry_attr(e, "role");
        /* "a militia backed by Iran", "affiliated with the IRGC": an
         * actor that describes another one the lexicon knows takes no
         * part ("المتشددين الموالين لطالبان", of unknown militants, is
         * the best name there is) */
        if (describes_actor(l, a))
            continue;
        /* "فريق من الأجهزة الأمنية شرع بالتحقيق في حادث استهداف", "police
         * opened an investigation into the attack": who investigates,
         * tries or marks it takes no part in it */
        if (topic_between(l, a, anchor))
            continue;
        int light = light_before(l, a);
        if (suicide_span(l, a)) {
            role = 1; /* "فجر انتحاري نفسه": the bomber */
        } else if (is_civilians(e) || (fixed && !strcmp(fixed, "target"))) {
            role = 2;
        } else if (agent_before(doc, l, a)) {
            role = 1; /* "على يد", "جراء عدوان أمريكي", "by" */
        } else if (light) {
            /* the subject of a light verb: "الضربات التي شنتها القوات
             * الأمريكية" carried them out, "تعرضت القوات لهجوم" took one */
            role = light;
        } else if (((at0->clitics & RASD_CLITIC_LI) && owns_weapon(l, a)) ||
                   weapon_genitive(doc, l, a) ||
                   adjective_of_weapon(doc, l, a) ||
                   subject_antecedent(doc, l, a) || li_genitive(doc, l, a)) {
            /* "طائرة مسيرة للفصائل": the factions' drone; "قتلت امرأة
             * برصاص قناص حوثي": a Houthi sniper's, whoever fell */
            role = 1;
        } else if (subject_of_next(doc, l, a)) {
            strong = 0;
            role = 1; /* "...wounded when PKK terrorists detonated a bomb" */
        } else if (is_cue_before(l, CK_WOUNDED, a->tok_first, 4) ||
                   victim_cue_before(l, a->tok_first, 4) ||
                   wounded_after(l, a) ||
                   killed_passive_after(doc, l, group ? group : a)) {
            /* "إصابة عدد من الجنود الأمريكيين", "الأفراد الأمريكيين
             * أصيبوا": the victims */
            role = 2;
        } else if (a->tok_last < anchor->tok_first &&
                   (is_cue_before(l, CK_REPORT, a->tok_first, 3) ||
                    reports_after(l, a) || after_source(l, a)) &&
                   !has_cue(l, CK_CLAIM)) {
            /* the one who reports it, not a party to it; but an armed
             * group announces its own attacks ("أعلنت المقاومة الإسلامية
             * استهداف قاعدة..."): that is a claim, though not its own
             * dead ("أعلن الحزب مقتل اثنين من عناصره") */
            if (!armed_group(e) || after_source(l, a) || tkind == TK_KILL)
                continue;
            role = 1;
            claimer = 1;
            strong = 0;
        } else if (adjective_of(doc, anchor, a)) {
            role = 1; /* "القصف الأمريكي", "الغارات الإسرائيلية" */
        } else if (genitive_of(doc, l, a) == 1) {
            role = 1; /* "هجمات الفصائل": the factions' attacks */
        } else if (agent_before(doc, l, a)) {
            role = 1;
        } else if (is_cue_before(l, CK_TARGET, a->tok_first, 6) ||
                   follows_place(doc, l, a)) {
            role = 2; /* "تعرضت القاعدة الأمريكية", "the US base" */
        } else if (object_antecedent(doc, l, a, anchor)) {
            strong = 0;
            role = 2; /* "الساعدي الذي اغتالته أميركا": whom it killed */
        } else if (a->tok_last < anchor->tok_first) {
            strong = 0;
            /* before the trigger: its subject or the claimer; for an
             * interception, the defender; of an English passive ("the
             * commander was killed"), the one it was done to */
            role = (tkind == TK_INTERCEPT && !claim) || passive(doc, anchor)
                       ? 2
                       : 1;
        } else if (vso_start(doc, a) <= anchor->tok_last + 1 &&
                   (verb_like(doc, anchor) || nominative(doc, anchor, a))) {
            strong = 0;
            /* VSO subject; but after "هجوم استهدف" the attack is the
             * subject and the actor its object */
            /* (of the verb it follows: "أسقطت الدفاعات صاروخا أطلقه
             * الحوثيون" - the Houthis launched, they did not intercept) */
            int local = kinds_trigger(anchor->entry);
            role = (local == TK_INTERCEPT ||
                    (tkind == TK_INTERCEPT && local != TK_LAUNCH)) ||
                           noun_subject(l, anchor)
                       ? 2
                       : 1;
        } else {
            role = 2;
        }
        /* the words around an actor ("القصف الأمريكي", "على يد") name the
         * attacker over a subject by position (a reporter before the
         * trigger: "نوهت قيادة عمليات الحشد ... جراء القصف الأمريكي") */
        if (role == 1 && (mt->actor1 == NULL || (claimer && !mt->claimer) ||
                          (strong && !actor1_strong))) {
            mt->actor1 = group ? group : a;
            actor1_strong = strong;
            if (claim || claimer)
                mt->claimer = e->name;
        } else if (role == 2 && mt->actor2 == NULL &&
                   (mt->actor1 == NULL ||
                    strcmp(mt->actor1->entry->name, e->name))) {
            mt->actor2 = group ? group : a;
        }
    }
    /* "The Islamic Resistance in Iraq, a network ... affiliated with the
     * IRGC, claimed the attack": whoever claims is the attacker, however
     * long the description between */
    /* "اتهم الجيش قوات الدعم السريع بالوقوف وراء الهجوم", "accused the
     * RSF of the attack": the accused did it (SCHEMA: attribution) */
    const rasd_match *accused = accused_actor(doc, l);
    if (accused) {
        if (mt->actor2 && mt->actor2->entry == accused->entry)
            mt->actor2 = NULL;
        mt->actor1 = accused;
    }
    /* "اشتباكات بين مقاتلين من العشائر وعناصر قسد", "clashes between
     * the army and the rebels": the sides in the order named */
    if (tkind == TK_CLASH)
        clash_sides(doc, l, anchor_in, mt);
    const rasd_match *who = claimer_of(doc, l);
    if (who) {
        /* "...وأعلنت جماعة الحوثي مسؤوليتها عن استهداف المنطقة": named
         * after the trigger, it read as the target; it claims the attack */
        if (mt->actor2 && mt->actor2->entry == who->entry)
            mt->actor2 = NULL;
        mt->actor1 = who;
        mt->claimer = who->entry->name;
    }
}

/* Is English trigger t a participle that describes the actor right
 * before it ("the Saudi-led coalition fighting in Yemen said")? */
static int actor_participle(const rasd_doc *doc, const lists *l,
                            const rasd_match *t)
{
    if (doc->tokens[t->tok_first].kind != RASD_TOK_LATIN)
        return 0;
    for (int i = 0; i < l->nactor; i++)
        if (l->actor[i]->tok_last + 1 == t->tok_first)
            return 1;
    return 0;
}

/* Does a weapon that is no aircraft start within three tokens after
 * trigger t ("ألقى مجهول قنبلة يدوية", "threw a grenade")? */
static int munition_after(const lists *l, const rasd_match *t)
{
    for (int i = 0; i < l->nweapon; i++) {
        const rasd_match *w = l->weapon[i];
        const char *ws = rasd_entry_attr(w->entry, "sub");
        if (w->tok_first > t->tok_last && w->tok_first <= t->tok_last + 3 &&
            !(ws && !strcmp(ws, "Air/drone strike")))
            return 1;
    }
    return 0;
}

/* Does the clause name any aircraft or air strike (the lexicon's weapons
 * whose sub-event is an air strike, vague words included)? */
static int air_weapon(const lists *l)
{
    for (int i = 0; i < l->nweapon; i++) {
        const char *ws = rasd_entry_attr(l->weapon[i]->entry, "sub");
        if (ws && !strcmp(ws, "Air/drone strike"))
            return 1;
    }
    return 0;
}

/* Does the clause name a crewed air attack (an air strike, warplanes,
 * helicopters: the lexicon's airstrike weapons that are no vague word)? */
/* A drone named before trigger t, as its subject (within 8 words), or
 * NULL. */
static const rasd_match *drone_subject(const lists *l, const rasd_match *t)
{
    for (int i = 0; i < l->nweapon; i++) {
        const rasd_match *w = l->weapon[i];
        const char *v = rasd_entry_attr(w->entry, "weapon");
        const char *gen = rasd_entry_attr(w->entry, "generic");
        if (v && !strcmp(v, "drone") && !(gen && !strcmp(gen, "1")) &&
            w->tok_last < t->tok_first && t->tok_first - w->tok_last <= 8)
            return w;
    }
    return NULL;
}

static int crewed_aircraft(const lists *l)
{
    for (int i = 0; i < l->nweapon; i++) {
        const rasd_entry *e = l->weapon[i]->entry;
        const char *v = rasd_entry_attr(e, "weapon");
        const char *gen = rasd_entry_attr(e, "generic");
        if (v && !strcmp(v, "airstrike") && !(gen && !strcmp(gen, "1")))
            return 1;
    }
    return 0;
}

/* Does a weapon that is not an aircraft end at most three tokens before
 * launch verb t ("صاروخ أطلقته", "a missile fired")? */
static int munition_before(const lists *l, const rasd_match *t)
{
    for (int i = 0; i < l->nweapon; i++) {
        const rasd_match *w = l->weapon[i];
        const char *ws = rasd_entry_attr(w->entry, "sub");
        if (w->tok_last < t->tok_first && t->tok_first - w->tok_last <= 3 &&
            !(ws && !strcmp(ws, "Air/drone strike")))
            return 1;
    }
    return 0;
}

/* --- numbers near words ------------------------------------------------- */

static const rasd_number *number_at(const rasd_doc *doc, uint32_t tok_first,
                                    uint32_t tok_last)
{
    /* numbers are sorted by start; few per sentence: a linear scan */
    for (size_t i = 0; i < doc->nnumbers; i++) {
        const rasd_number *nu = &doc->numbers[i];
        if (nu->tok_first > tok_last)
            break;
        if (nu->tok_last >= tok_first && nu->tok_first <= tok_last)
            return nu;
    }
    return NULL;
}

/* Is a number usable as a count: not a year, not an ordinal, not part of
 * a date. */
static int lone_year(const rasd_doc *doc, const rasd_number *nu);

static int countable(const rasd_doc *doc, const rasd_number *nu)
{
    if (nu->flags & RASD_NUMF_ORDINAL)
        return 0;
    if (!(nu->flags & RASD_NUMF_VAGUE) &&
        (nu->value < 0 || nu->value > 100000 || nu->value != floor(nu->value)))
        return 0;
    for (size_t i = 0; i < doc->ndates; i++) {
        const rasd_date *d = &doc->dates[i];
        if (d->start <= nu->start && nu->end <= d->end)
            return 0;
    }
    /* "عام 1977", "in 2004": a year alone is no date the text layer
     * resolves (SCHEMA), and no count either */
    return lone_year(doc, nu) == 0;
}

/* A number written as a year alone after a year word ("عام 2017", "in
 * 2017"): 2 after "منذ"/"since", else 1; 0 for any other number. */
static int lone_year(const rasd_doc *doc, const rasd_number *nu)
{
    if ((nu->flags & RASD_NUMF_WORDS) || nu->value < 1900 ||
        nu->value > 2100 || nu->tok_first == 0)
        return 0;
    static const char *const year_words[] = {
        "\xD8\xB9\xD8\xA7\xD9\x85",             /* عام */
        "\xD8\xB3\xD9\x86\xD9\x87",             /* سنه */
        "\xD9\x85\xD9\x86\xD8\xB0",             /* منذ */
        "in", "since", "year", "of",
        "\xD9\x81\xD9\x8A",                     /* في */
        "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84",     /* خلال */
        "during", NULL};
    const rasd_token *prev = &doc->tokens[nu->tok_first - 1];
    for (size_t k = 0; year_words[k]; k++)
        if (!strcmp(prev->key, year_words[k]) ||
            !strcmp(prev->norm, year_words[k]))
            return k == 2 || !strcmp(year_words[k], "since") ? 2 : 1;
    return 0;
}

/* Does a year before the article's, alone ("in 2017 too", "عام 2014"),
 * stand within a few words of the trigger at token at in [lo, hi)?  What
 * it dates is an earlier incident, though the year makes no date. */
static int earlier_year(const rasd_doc *doc, uint32_t lo, uint32_t hi,
                        uint32_t at)
{
    if (doc->published.y == 0)
        return 0;
    for (size_t i = 0; i < doc->nnumbers; i++) {
        const rasd_number *nu = &doc->numbers[i];
        if (nu->tok_first < lo || nu->tok_first >= hi ||
            dist(nu->tok_first, at) > 12)
            continue;
        if (lone_year(doc, nu) == 1 && nu->value < doc->published.y)
            return 1;
    }
    return 0;
}

/* Is d a day an incident can begin on after "since": today, this
 * morning, yesterday ("منذ صباح أمس"), not a date that opens a period
 * ("منذ السابع من أكتوبر", "since October 7")? */
static int began_on(const rasd_doc *doc, const rasd_date *d)
{
    if (d->flags & RASD_DATEF_TODAY)
        return 1;
    if (d->precision != 1 || !(d->flags & RASD_DATEF_RELATIVE))
        return 0;
    for (uint32_t i = d->tok_first; i <= d->tok_last; i++) {
        const char *w = doc->tokens[i].key;
        if (!strcmp(w, "\xD8\xA7\xD9\x85\xD8\xB3") || /* امس */
            !strcmp(w, "yesterday"))
            return 1;
    }
    return 0;
}

/* Does the clause name a weapon that is not itself a vague word ("ضربة"
 * is both a weapon and a trigger)? */
static int specific_weapon(const lists *l)
{
    for (int i = 0; i < l->nweapon; i++) {
        const char *gen = rasd_entry_attr(l->weapon[i]->entry, "generic");
        if (!(gen && !strcmp(gen, "1")))
            return 1;
    }
    return 0;
}

/* Is weapon w the means, marked as such: "بطائرة مسيرة", "by drone",
 * "with rockets"? */
static int instrument(const rasd_doc *doc, const rasd_match *w)
{
    const rasd_token *t = &doc->tokens[w->tok_first];
    if (t->kind == RASD_TOK_AR)
        return (t->clitics & RASD_CLITIC_BI) != 0;
    if (w->tok_first == 0)
        return 0;
    const char *prev = doc->tokens[w->tok_first - 1].norm;
    return !strcmp(prev, "by") || !strcmp(prev, "with");
}

/* Is number nu no count of this clause: a word of a place's name ("بئر
 * السبع", Beersheba: "the seven"), or before the sentence? */
static int not_a_count(const lists *l, const rasd_number *nu)
{
    if (nu->tok_first < l->sent_first)
        return 1; /* "18:10" on the line before: not this sentence's */
    for (int i = 0; i < l->nplace; i++)
        if (l->place[i]->tok_first <= nu->tok_first &&
            nu->tok_last <= l->place[i]->tok_last)
            return 1;
    return 0;
}

/* Does a number or a dual form count weapon w? */
static int counted_weapon(const rasd_doc *doc, const lists *l,
                          const rasd_match *w)
{
    const rasd_number *nu = NULL;
    if (w->tok_first > 0)
        nu = number_at(doc, w->tok_first - 1, w->tok_first - 1);
    if (nu == NULL)
        nu = number_at(doc, w->tok_first, w->tok_first);
    return nu && !(nu->flags & (RASD_NUMF_VAGUE | RASD_NUMF_ORDINAL)) &&
           countable(doc, nu) && !not_a_count(l, nu);
}

/* Count of the weapon match w: a number just before it, a dual form, or
 * one for a singular noun. */
static void weapon_count(const rasd_doc *doc, const lists *l,
                         const rasd_match *w, mention *mt)
{
    const rasd_number *nu = NULL;
    if (w->tok_first > 0)
        nu = number_at(doc, w->tok_first - 1, w->tok_first - 1);
    if (nu == NULL)
        nu = number_at(doc, w->tok_first, w->tok_first); /* dual */
    if (nu == NULL && w->tok_last + 1 < doc->ntokens) {
        const rasd_number *after =
            number_at(doc, w->tok_last + 1, w->tok_last + 1);
        if (after && (after->flags & RASD_NUMF_WORDS))
            nu = after; /* صواريخ ثلاثة, rare but written */
    }
    if (nu && not_a_count(l, nu))
        nu = number_at(doc, w->tok_first, w->tok_first); /* dual */
    if (nu && countable(doc, nu) && !not_a_count(l, nu)) {
        if (nu->flags & RASD_NUMF_VAGUE)
            return;
        mt->weapon_count = (int)nu->value;
        mt->count_span.start = nu->start;
        mt->count_span.end = nu->end;
        return;
    }
    /* A singular noun is one: not plural in form. */
    const rasd_token *t = &doc->tokens[w->tok_first];
    const char *z = t->norm;
    size_t n = t->nnorm;
    int plural = 0;
    if (t->kind == RASD_TOK_LATIN) {
        plural = n > 2 && z[n - 1] == 's';
        if (w->tok_first > 0) {
            const char *prev = doc->tokens[w->tok_first - 1].norm;
            if (!plural && (!strcmp(prev, "a") || !strcmp(prev, "an") ||
                            !strcmp(prev, "one"))) {
                mt->weapon_count = 1;
                mt->count_span.start = doc->tokens[w->tok_first - 1].start;
                mt->count_span.end = t->end;
            }
        }
        return;
    }
    /* Arabic: sound plural and dual endings, or a broken plural listed as
     * such on the weapon entry (attribute plural=...). */
    if (n >= 4 && (!memcmp(z + n - 4, "\xD8\xA7\xD8\xAA", 4) ||   /* ات */
                   !memcmp(z + n - 4, "\xD9\x8A\xD9\x86", 4) ||   /* ين */
                   !memcmp(z + n - 4, "\xD8\xA7\xD9\x86", 4) ||   /* ان */
                   !memcmp(z + n - 4, "\xD9\x88\xD9\x86", 4)))    /* ون */
        plural = 1;
    const char *pl = rasd_entry_attr(w->entry, "plural");
    if (pl && strstr(pl, t->key) != NULL)
        plural = 1;
    if (!plural) {
        mt->weapon_count = 1;
        mt->count_span.start = t->start;
        mt->count_span.end = t->end;
    }
}

/* Is number nu a duration or an age: a unit of time right after it
 * ("تسعة أعوام", "24 ساعة", "three hours")? */
static int duration(const lists *l, const rasd_number *nu)
{
    for (int i = 0; i < l->ncue; i++)
        if (l->ckind[i] == CK_DURATION &&
            l->cue[i]->tok_first == nu->tok_last + 1)
            return 1;
    return 0;
}

/* Casualty count for a killed/wounded cue: the nearest number within three
 * tokens on either side that is not a date; vague numbers give null. */
/* Is a casualty word (killed/wounded cue, kill/wound trigger) other than
 * cue right next to tokens [first, last]? */
static int next_to_other(const lists *l, const rasd_match *cue,
                         uint32_t first, uint32_t last)
{
    /* "wounding at least eight": a bound between the word and its number */
    for (int i = 0; i < l->ncue; i++)
        if (l->ckind[i] == CK_LOWER_BOUND && l->cue[i]->tok_last + 1 == first)
            first = l->cue[i]->tok_first;
    for (int i = 0; i < l->ncue; i++) {
        const rasd_match *m = l->cue[i];
        if ((l->ckind[i] == CK_KILLED || l->ckind[i] == CK_WOUNDED) &&
            m != cue && m->start != cue->start &&
            (m->tok_first == last + 1 || m->tok_last + 1 == first))
            return 1;
    }
    for (int i = 0; i < l->ntrig; i++) {
        const rasd_match *m = l->trig[i];
        if ((l->tkind[i] == TK_KILL || l->tkind[i] == TK_WOUND) &&
            m != cue && m->start != cue->start &&
            (m->tok_first == last + 1 || m->tok_last + 1 == first))
            return 1;
    }
    return 0;
}

/* For a word whose subject died or was wounded ("8 أفراد من قوات الحشد
 * الشعبي العراقي، استشهدوا"): the number right before the actor that
 * stands right before the word, or NULL. */
static const rasd_number *subject_count(const rasd_doc *doc, const lists *l,
                                        const rasd_match *cue)
{
    const char *v = rasd_entry_attr(cue->entry, "victim");
    if (!(cue->entry->cls == RASD_CLASS_CUE && v && !strcmp(v, "1")) &&
        !killed_passive(doc, cue))
        return NULL;
    for (int k = l->nactor; k-- > 0;) {
        const rasd_match *a = l->actor[k];
        if (a->tok_last >= cue->tok_first)
            continue;
        if (cue->tok_first - a->tok_last > 3 || a->tok_first < 4)
            return NULL;
        const rasd_number *nu =
            number_at(doc, a->tok_first - 4, a->tok_first - 1);
        return nu && countable(doc, nu) ? nu : NULL;
    }
    return NULL;
}

/* A singular person noun (cue kind `person`) right after casualty word
 * cue, not in a plural or dual form, or NULL. */
static const rasd_match *one_person_after(const rasd_doc *doc,
                                          const lists *l,
                                          const rasd_match *cue)
{
    for (int i = 0; i < l->ncue; i++) {
        const rasd_match *p = l->cue[i];
        /* (English: "a child", "one soldier", two words) */
        if (l->ckind[i] != CK_PERSON || p->tok_first != cue->tok_last + 1 ||
            (p->tok_first != p->tok_last &&
             doc->tokens[p->tok_first].kind != RASD_TOK_LATIN))
            continue;
        const rasd_token *t = &doc->tokens[p->tok_first];
        size_t n = t->nnorm;
        if (t->kind == RASD_TOK_AR && n >= 4 &&
            (!memcmp(t->norm + n - 4, "\xD9\x8A\xD9\x86", 4) ||   /* ين */
             !memcmp(t->norm + n - 4, "\xD9\x88\xD9\x86", 4) ||   /* ون */
             !memcmp(t->norm + n - 4, "\xD8\xA7\xD9\x86", 4) ||   /* ان */
             !memcmp(t->norm + n - 4, "\xD8\xA7\xD8\xAA", 4)))    /* ات */
            continue;
        return p;
    }
    return NULL;
}

/* The number that opens the subject of an English passive casualty word
 * ("Three US service members were killed"): up to six words before its
 * auxiliary, in the same sentence; NULL when none. */
static const rasd_number *passive_subject_count(const rasd_doc *doc,
                                                const rasd_match *cue)
{
    uint32_t k = cue->tok_first;
    if (k == 0 || doc->tokens[k].kind != RASD_TOK_LATIN)
        return NULL;
    /* (a cue that holds its auxiliary: "were martyred") */
    if (!strcmp(doc->tokens[k].norm, "were") ||
        !strcmp(doc->tokens[k].norm, "was"))
        k++;
    const char *aux = doc->tokens[k - 1].norm;
    if (strcmp(aux, "were") && strcmp(aux, "was") && strcmp(aux, "been"))
        return NULL;
    const rasd_number *best = NULL;
    for (size_t i = 0; i < doc->nnumbers; i++) {
        const rasd_number *nu = &doc->numbers[i];
        if (nu->tok_last + 1 >= k)
            break;
        if (nu->tok_first + 7 < k || !countable(doc, nu))
            continue;
        for (uint32_t t = nu->tok_last + 1; t < k - 1; t++)
            if (doc->tokens[t].kind == RASD_TOK_PUNCT || doc->tokens[t].sent_end)
                goto next;
        best = nu; /* the nearest such before the auxiliary */
    next:;
    }
    return best;
}

/* The countable number before "and" right before English number nu, in
 * one phrase ("five police officers and four attackers"), or NULL. */
static const rasd_number *and_before(const rasd_doc *doc, const lists *l,
                                     const rasd_number *nu)
{
    uint32_t k = nu->tok_first;
    if (k < 2 || strcmp(doc->tokens[k - 1].norm, "and"))
        return NULL;
    const rasd_number *best = NULL;
    for (size_t i = 0; i < doc->nnumbers; i++) {
        const rasd_number *o = &doc->numbers[i];
        if (o->tok_last + 1 >= k - 1)
            break;
        if (o->tok_last + 5 < k - 1 || !countable(doc, o) ||
            (o->flags & RASD_NUMF_VAGUE))
            continue;
        int clean = 1;
        for (uint32_t t = o->tok_last + 1; t < k - 1 && clean; t++)
            clean = doc->tokens[t].kind == RASD_TOK_LATIN &&
                    strcmp(doc->tokens[t].norm, "and");
        /* ("eight tourists were killed and 21 others were wounded": two
         * counts, each with its own word) */
        for (int i2 = 0; i2 < l->ncue && clean; i2++)
            clean = !((l->ckind[i2] == CK_KILLED ||
                       l->ckind[i2] == CK_WOUNDED) &&
                      l->cue[i2]->tok_first > o->tok_last &&
                      l->cue[i2]->tok_first < k);
        if (clean)
            best = o;
    }
    return best;
}

/* The Arabic count joined by و after "N من X" right after casualty word
 * cue ("مقتل 7 من عناصرها و20 من المهاجمين"), a second side of the same
 * toll, or NULL: it must stand within five words of nu, open its own
 * "من" phrase, and belong to no other casualty word. */
static const rasd_number *and_after(const rasd_doc *doc, const lists *l,
                                    const rasd_match *cue,
                                    const rasd_number *nu)
{
    if (doc->tokens[nu->tok_first].kind != RASD_TOK_DIGITS &&
        doc->tokens[nu->tok_first].kind != RASD_TOK_AR)
        return NULL;
    if (nu->tok_first <= cue->tok_last || nu->tok_last + 1 >= doc->ntokens ||
        strcmp(doc->tokens[nu->tok_last + 1].norm, "\xD9\x85\xD9\x86"))
        return NULL; /* "N من" */
    for (size_t i = 0; i < doc->nnumbers; i++) {
        const rasd_number *o = &doc->numbers[i];
        if (o->tok_first <= nu->tok_last + 2)
            continue;
        if (o->tok_first > nu->tok_last + 5)
            break;
        const rasd_token *t = &doc->tokens[o->tok_first];
        int wa = (t->clitics & RASD_CLITIC_WA) ||
                 !strcmp(doc->tokens[o->tok_first - 1].norm, "\xD9\x88");
        if (!wa || !countable(doc, o) || (o->flags & RASD_NUMF_VAGUE) ||
            next_to_other(l, cue, o->tok_first, o->tok_last) ||
            o->tok_last + 1 >= doc->ntokens ||
            strcmp(doc->tokens[o->tok_last + 1].norm, "\xD9\x85\xD9\x86"))
            return NULL;
        for (int k = 0; k < l->ncue; k++)
            if ((l->ckind[k] == CK_KILLED || l->ckind[k] == CK_WOUNDED) &&
                l->cue[k] != cue && l->cue[k]->tok_first > nu->tok_last &&
                l->cue[k]->tok_first < o->tok_first)
                return NULL;
        return o;
    }
    return NULL;
}

static int casualties(const rasd_doc *doc, const lists *l,
                      const rasd_sentence *s, const rasd_match *cue,
                      rasd_span *span)
{
    /* "Two soldiers were killed and five others wounded": an English
     * passive counts its subject, not the number after it */
    const rasd_number *subj = passive_subject_count(doc, cue);
    if (subj) {
        span->start = subj->start;
        span->end = subj->end;
        if (subj->flags & RASD_NUMF_VAGUE)
            return -1;
        /* "five police officers and four attackers were killed": both
         * sides of one subject */
        const rasd_number *first = and_before(doc, l, subj);
        if (first) {
            span->start = first->start;
            return (int)(first->value + subj->value);
        }
        return (int)subj->value;
    }
    /* "ما أدى إلى وفاته": a death noun with a pronoun is one person */
    const char *single = rasd_entry_attr(cue->entry, "one");
    if (single && !strcmp(single, "1")) {
        span->start = cue->start;
        span->end = cue->end;
        return 1;
    }
    /* "An Iraqi woman was shot dead": a singular passive with no number
     * is one person */
    if (cue->tok_first > 0 && doc->tokens[cue->tok_first].kind == RASD_TOK_LATIN &&
        !strcmp(doc->tokens[cue->tok_first - 1].norm, "was") &&
        (cue->entry->cls == RASD_CLASS_CUE ||
         kinds_trigger(cue->entry) == TK_KILL ||
         kinds_trigger(cue->entry) == TK_WOUND)) {
        span->start = cue->start;
        span->end = cue->end;
        return 1;
    }
    /* "قتل جنديان وأصيب ثالث", "a third was wounded": one more */
    const rasd_number *nth = number_at(doc, cue->tok_last + 1,
                                       cue->tok_last + 1);
    if (nth && (nth->flags & RASD_NUMF_ORDINAL) && nth->value >= 2 &&
        nth->value <= 10 && nth->tok_first == nth->tok_last) {
        span->start = nth->start;
        span->end = nth->end;
        return 1;
    }
    const rasd_number *best = NULL;
    uint32_t bestd = 4;
    uint32_t lo = cue->tok_first > s->tok_first + 3 ? cue->tok_first - 3
                                                     : s->tok_first;
    uint32_t hi = cue->tok_last + 4;
    if (hi > s->tok_first + s->tok_count)
        hi = s->tok_first + s->tok_count;
    for (size_t i = 0; i < doc->nnumbers; i++) {
        const rasd_number *nu = &doc->numbers[i];
        if (nu->tok_last < lo)
            continue;
        if (nu->tok_first >= hi)
            break;
        if (!countable(doc, nu) || duration(l, nu))
            continue;
        /* "مقتل اثنين وإصابة خمسة", "5 killed and 10 wounded": a number
         * against another casualty word is that word's */
        uint32_t adj_lo = nu->tok_first, adj_hi = nu->tok_last;
        if (!(adj_hi + 1 == cue->tok_first || cue->tok_last + 1 == adj_lo) &&
            next_to_other(l, cue, adj_lo, adj_hi))
            continue;
        uint32_t d = nu->tok_last < cue->tok_first
                         ? cue->tok_first - nu->tok_last
                         : nu->tok_first > cue->tok_last
                               ? nu->tok_first - cue->tok_last
                               : 0;
        /* a tie goes to the number after: "مقتل اثنين", "killed five" */
        if (d < bestd || (d == bestd && nu->tok_first > cue->tok_last)) {
            bestd = d;
            best = nu;
        }
    }
    if (best == NULL)
        best = subject_count(doc, l, cue);
    if (best == NULL) {
        /* "بمقتل مقاتل", "killing a soldier": one person, no number */
        const rasd_match *one = one_person_after(doc, l, cue);
        if (one == NULL)
            return -1;
        span->start = one->start;
        span->end = one->end;
        return 1;
    }
    span->start = best->start;
    span->end = best->end;
    if (best->flags & RASD_NUMF_VAGUE)
        return -1;
    /* "مقتل 7 من عناصرها و20 من المهاجمين": two sides of one toll */
    const rasd_number *more = and_after(doc, l, cue, best);
    if (more) {
        span->end = more->end;
        return (int)(best->value + more->value);
    }
    return (int)best->value;
}

/* Is a number (digits or words) what span sp covers? */
static int number_in(const rasd_doc *doc, rasd_span sp)
{
    for (size_t i = 0; i < doc->nnumbers; i++)
        if (doc->numbers[i].start == sp.start && doc->numbers[i].end == sp.end)
            return !(doc->numbers[i].flags & RASD_NUMF_ORDINAL);
    return 0;
}

/* --- the sentence --------------------------------------------------------- */

static mention *new_mention(rasd_arena *a, mention **out, size_t *n,
                            size_t *cap)
{
    if (*n == *cap) {
        size_t ncap = *cap ? *cap * 2 : 16;
        mention *m = rasd_arena_alloc(a, ncap * sizeof *m);
        if (m == NULL)
            return NULL;
        if (*n)
            memcpy(m, *out, *n * sizeof *m);
        *out = m;
        *cap = ncap;
    }
    mention *mt = &(*out)[(*n)++];
    memset(mt, 0, sizeof *mt);
    mt->weapon_count = mt->fatalities = mt->wounded = -1;
    return mt;
}

/* The mentions of tokens [lo, hi) of a sentence: one clause.  past_clause
 * is 1 for a clause that an `after` cue opened ("in response to the
 * attacks on..."): it speaks of an earlier incident; 2 when the cue says
 * the incident was hours before ("hours after"); 3 for a clause that a
 * `clause` cue opened ("في حين"), or the one before it. */
/* The clause's tally over a period (pattern cue, tally=1), or NULL. */
static const rasd_match *tally_in(const lists *l)
{
    for (int i = 0; i < l->ncue; i++) {
        const char *t = rasd_entry_attr(l->cue[i]->entry, "tally");
        if (l->ckind[i] == CK_PATTERN && t && !strcmp(t, "1"))
            return l->cue[i];
    }
    return NULL;
}

/* Does a `since` phrase begin where the clause ends (at token hi)? */
static int since_at(const sentctx *c, uint32_t hi)
{
    for (size_t i = 0; i < c->nm; i++)
        if (c->m[i].tok_first == hi && c->m[i].entry->cls == RASD_CLASS_CUE &&
            kinds_cue(c->m[i].entry) == CK_SINCE)
            return 1;
    return 0;
}

static int find_clause(const sentctx *c, uint32_t lo, uint32_t hi,
                       int past_clause, rasd_arena *a, mention **out,
                       size_t *n, size_t *cap)
{
    const rasd_doc *doc = c->doc;
    lists l;
    classify(c, lo, hi, &l);

    /* The anchor: the first trigger that can carry an event.  A trigger
     * named as what someone is charged with ("اعتقال سبعة من المتورطين
     * في النزاع", "arrested men suspected of the bombing") anchors only
     * when no other trigger can. */
    int ia = -1, tkind = TK_NONE, best_rank = 0;
    const rasd_match *specific = NULL;
    int kinds_seen = 0;
    int free_anchor = 0, seized = 0;
    for (int i = 0; i < l.ntrig; i++) {
        free_anchor |= anchors(l.tkind[i]) &&
                       !is_cue_before(&l, CK_TOPIC, l.trig[i]->tok_first, 2);
        seized |= l.tkind[i] == TK_SEIZE;
    }
    for (int i = 0; i < l.ntrig; i++) {
        int tk = l.tkind[i];
        kinds_seen |= 1 << tk;
        if (!anchors(tk))
            continue;
        if (free_anchor && is_cue_before(&l, CK_TOPIC, l.trig[i]->tok_first, 2))
            continue;
        /* a vague word ("ضربة": a strike, or a blow) names no type, and
         * carries no event without a weapon beside it ("ضربة لسلطة مشرف") */
        const char *gen = rasd_entry_attr(l.trig[i]->entry, "generic");
        int vague = gen && !strcmp(gen, "1");
        if (vague && !specific_weapon(&l))
            continue;
        const char *needs = rasd_entry_attr(l.trig[i]->entry, "needs");
        if (needs && !strcmp(needs, "munition") &&
            !munition_after(&l, l.trig[i]))
            continue;
        const char *ev = rasd_entry_attr(l.trig[i]->entry, "event");
        if (tk == TK_SEIZE && ev && !strcmp(ev, "Battles") &&
            !territory_object(doc, &l, l.trig[i]))
            continue;
        if (ia < 0)
            ia = i;
        int rank = vague ? 1 : trigger_rank(tk);
        /* "اعتقال سبعة ... وضبطت بحوزتهم قطع سلاح": weapons seized in an
         * arrest are part of the arrest (ACLED: Arrests) */
        const char *raid = rasd_entry_attr(l.trig[i]->entry, "raid");
        if (tk == TK_ARREST && seized && !(raid && !strcmp(raid, "1")))
            rank = 8;
        /* "US aircraft struck ... describing the raids": raids from the
         * air are strikes, not the raids of an arrest */
        if (tk == TK_ARREST && air_weapon(&l))
            rank = 1;
        if (rank > best_rank) {
            best_rank = rank;
            specific = l.trig[i];
            tkind = tk;
        }
    }
    if (ia < 0)
        return 0;
    /* The main predicate is a verb when there is one ("the attack came
     * after drones targeted the base": targeted); a sentence of nouns
     * anchors on its first trigger. */
    for (int i = 0; i < l.ntrig; i++) {
        const char *gen = rasd_entry_attr(l.trig[i]->entry, "generic");
        if (anchors(l.tkind[i]) &&
            (verb_like(doc, l.trig[i]) || english_verb(doc, l.trig[i]) ||
             is_cue_before(&l, CK_LIGHT, l.trig[i]->tok_first, 3)) &&
            !(gen && !strcmp(gen, "1") && !specific_weapon(&l))) {
            ia = i;
            break;
        }
    }
    const rasd_match *anchor = l.trig[ia];
    uint32_t at = anchor->tok_first;

    int open_ended = 0;
    /* Not an event: negated, threatened, called for, planned. */
    if (is_cue_before(&l, CK_NEGATION, at, 2) || denied_rumour(&l, at))
        return 0;
    for (int i = 0; i < l.ncue; i++) {
        int k = l.ckind[i];
        const char *reach = rasd_entry_attr(l.cue[i]->entry, "reach");
        uint32_t before = reach ? (uint32_t)strtoul(reach, NULL, 10) : 10;
        if ((k == CK_FUTURE || k == CK_STATEMENT || k == CK_IDIOM) &&
            l.cue[i]->tok_last < at && at - l.cue[i]->tok_last <= before)
            return 0;
        /* "قتل خمسة أشخاص في حادث سير", "killed when a gas cylinder
         * exploded": a sense that is not violence, a few words on */
        if (k == CK_IDIOM && l.cue[i]->tok_first > anchor->tok_last &&
            l.cue[i]->tok_first - anchor->tok_last <= 6)
            return 0;
        /* "وتشن القوات عمليات مستمرة", "ongoing operations": open-ended
         * (a pattern cue with open=1 a few words after the trigger) */
        if (k == CK_PATTERN && l.cue[i]->tok_first > anchor->tok_last &&
            l.cue[i]->tok_first - anchor->tok_last <= 5) {
            const char *open = rasd_entry_attr(l.cue[i]->entry, "open");
            if (open && !strcmp(open, "1"))
                open_ended = 1;
        }
        /* "ضربة جوية محتملة", "ضربة أميركية أو إسرائيلية محتملة", "a
         * possible strike" */
        if (k == CK_FUTURE &&
            l.cue[i]->tok_first > anchor->tok_last &&
            l.cue[i]->tok_first - anchor->tok_last <= 5)
            return 0;
    }

    /* What was used: the weapon nearest the anchor. */
    const rasd_match *weapon = NULL;
    uint32_t wd = UINT32_MAX;
    int wcounted = -1; /* rank of the chosen weapon */
    for (int i = 0; i < l.nweapon; i++) {
        uint32_t d = dist(l.weapon[i]->tok_first, at);
        /* "...12 attacks by rockets and drones": a weapon far from the
         * trigger belongs to something else the sentence says */
        if (d > 20)
            continue;
        /* "ثلاثة صواريخ من نوع كاتيوشا": the counted word names the
         * weapon and its number, the type after it only refines it */
        /* the means ("بطائرة مسيرة") over the kind of attack ("غارة",
         * an air strike), yet an air strike's own word over weapons
         * that are often its targets ("strikes on rocket launchers") */
        /* (a vague word as the means, "بقذائف", does not outrank the
         * named weapon beside it: "لقصف مدفعي إسرائيلي بقذائف فوسفورية") */
        const char *vague = rasd_entry_attr(l.weapon[i]->entry, "generic");
        int rank = counted_weapon(doc, &l, l.weapon[i]) * 2 +
                   (instrument(doc, l.weapon[i]) &&
                    !(vague && !strcmp(vague, "1")));
        if (rank > wcounted || (rank == wcounted && d < wd)) {
            wd = d;
            weapon = l.weapon[i];
            wcounted = rank;
        }
    }
    /* "صاروخ أطلقته الطائرة المسيرة", "a missile fired by a drone": the
     * aircraft that launched it, the launch verb's subject, makes it an
     * air strike */
    for (int k = 0; k < l.ntrig; k++) {
        const rasd_match *t = l.trig[k];
        if (l.tkind[k] != TK_LAUNCH ||
            !(verb_like(doc, t) || english_verb(doc, t)) ||
            !munition_before(&l, t))
            continue;
        for (int i = 0; i < l.nweapon; i++) {
            const rasd_match *w = l.weapon[i];
            const char *ws = rasd_entry_attr(w->entry, "sub");
            const char *gen = rasd_entry_attr(w->entry, "generic");
            if (w->tok_first > t->tok_last && w->tok_first <= t->tok_last + 3 &&
                dist(w->tok_first, at) <= 20 && ws &&
                !strcmp(ws, "Air/drone strike") && !(gen && !strcmp(gen, "1")))
                weapon = w;
        }
    }
    const char *sub = NULL;
    int sub_explicit = 0;
    if (tkind == TK_SUICIDE || tkind == TK_SEIZE || tkind == TK_ARREST ||
        tkind == TK_ABDUCT) {
        sub = rasd_entry_attr(specific->entry, "sub");
        sub_explicit = sub != NULL;
        /* "the RSF said they had seized Wad Madani": a seizure of a town,
         * not of weapons, when a place is its object and no weapon is
         * named */
        if (tkind == TK_SEIZE && sub && !strcmp(sub, SUB_DISRUPTED) &&
            l.nweapon == 0 && territory_object(doc, &l, specific))
            sub = SUB_OVERTAKE;
    }
    /* Fighting is fighting whatever arms it used ("المعارك ... وسط قصف
     * متبادل بالمدفعية", "clashes with heavy weapons"): the weapon fills
     * the weapon slot, not the type. */
    if (sub == NULL && tkind == TK_CLASH && !actor_participle(doc, &l, specific)) {
        sub = rasd_entry_attr(specific->entry, "sub");
        sub_explicit = sub != NULL;
    }
    /* An air strike is an air strike whatever it hit (rocket depots,
     * drone workshops): the weapon words nearby are often its targets. */
    if (sub == NULL && tkind == TK_STRIKE && best_rank > 1) {
        sub = rasd_entry_attr(specific->entry, "sub");
        sub_explicit = sub != NULL;
    }
    /* "تعرضوا للضرب", "اغتصاب", "a chemical attack": a word that names
     * its kind by itself (specific=1) */
    for (int i = 0; sub == NULL && i < l.ntrig; i++) {
        const char *sp = rasd_entry_attr(l.trig[i]->entry, "specific");
        if (sp && !strcmp(sp, "1")) {
            sub = rasd_entry_attr(l.trig[i]->entry, "sub");
            sub_explicit = sub != NULL;
        }
    }
    if (sub == NULL && weapon) {
        /* a vague weapon word ("a projectile", "ضربة") says little */
        const char *gen = rasd_entry_attr(weapon->entry, "generic");
        sub = rasd_entry_attr(weapon->entry, "sub");
        sub_explicit = sub != NULL && !(gen && !strcmp(gen, "1"));
    }
    /* "عدوانا جويا برشقات من الصواريخ", "an air raid with missiles": the
     * munitions of an air attack are an air strike's */
    if (sub && weapon && !strcmp(sub, SUB_SHELL) && crewed_aircraft(&l))
        sub = "Air/drone strike";
    /* "الطائرة المسيرة التركية استهدفت السيارة بصاروخ", "a drone fired a
     * missile": the drone that fired it is the means of a drone strike */
    if (sub && weapon && !strcmp(sub, SUB_SHELL)) {
        const rasd_match *d = drone_subject(&l, anchor);
        if (d) {
            sub = "Air/drone strike";
            weapon = d;
        }
    }
    if (sub == NULL && best_rank > 1) {
        sub = rasd_entry_attr(specific->entry, "sub");
        /* "three explosions", "killed two": the blast or the deaths say
         * nothing of their cause, so the article's framing may still name
         * it (SCHEMA) */
        sub_explicit = sub != NULL && tkind != TK_EXPLODE &&
                       tkind != TK_KILL && tkind != TK_SHELL;
    }
    if (sub == NULL)
        sub = SUB_SHELL; /* SCHEMA: no weapon, no framing */

    /* Where: one mention per target place group. */
    pgroup g[8];
    const char *country = NULL;
    /* A verb reaches its object further than a noun; a definite noun
     * ("the attack") refers back and takes only a target right after it
     * ("the attack on the base"). */
    int strength = verb_like(doc, anchor) || english_verb(doc, anchor) ? 2
                   : (doc->tokens[at].clitics & RASD_CLITIC_AL) ? 0
                                                                : 1;
    /* "قام مسلحون بخطف", "تعرض لمحاولة اغتيال", "شنت هجوما": a verbal
     * noun after a light verb reports as a verb does */
    if (strength < 2 && is_cue_before(&l, CK_LIGHT, at, 3))
        strength = 2;
    /* "الذي اغتالته إسرائيل", "who was killed": a relative clause
     * describes, the way a noun names */
    if (strength == 2 && is_cue_before(&l, CK_RELATIVE, at, 1))
        strength = 1;
    int ng = group_places(doc, &l, g, &country, c->home);
    if (ng == 0) {
        /* "وكانت المدينة قد تعرضت لهجوم": the place named before */
        const rasd_match *back = anaphor_place(c, &l, anchor, *out, *n);
        if (back) {
            g[0].best = back;
            g[0].first_tok = g[0].last_tok = anchor->tok_last;
            g[0].reach = 1;
            ng = 1;
        }
    }
    /* The target is the place nearest after the trigger (or just before
     * it); places listed with it side by side ("in Baghdad, Babil and
     * Anbar") are targets too, each its own event (SCHEMA: one place on
     * one day is one incident). */
    if (ng > 0) {
        int best = -1;
        uint32_t bd = UINT32_MAX;
        for (int k = 0; k < ng; k++) {
            if (!g[k].reach)
                continue;
            uint32_t p = g[k].best->tok_first; /* the most specific */
            uint32_t d = p >= at ? p - at : (at - p) * 3;
            if (d < bd) {
                bd = d;
                best = k;
            }
        }
        /* A long clause ("قتل ثلاثة مدنيين ... بانفجار لغم أرضي ... أثناء
         * بحثهم عن الكمأة في بادية مدينة السخنة"): with nothing in reach,
         * the first place a place cue brings in after the anchor, when
         * the clause names the means (a concrete incident, not talk of
         * the war in Gaza) */
        /* (a clash names its sides first: "اشتباكات بين مقاتلين من
         * العشائر ... وعناصر قسد ... على أطراف منبج"; an arrest or a
         * kidnapping its people: "إلقاء القبض على أربعة متهمين ... في
         * قرية ... شرقي تكريت") */
        /* (measured from the trigger nearest before the place: "قُتل
         * ثلاثة جنود ... إثر انفجار عبوة ناسفة زرعها مسلحون ... في قضاء
         * شمدينلي") */
        for (int k = 0; best < 0 &&
                        (l.nweapon > 0 || tkind == TK_CLASH ||
                         tkind == TK_ARREST || tkind == TK_ABDUCT) &&
                        k < ng;
             k++) {
            const rasd_match *from = trigger_before(&l, g[k].first_tok);
            if (from == NULL || from->tok_first < anchor->tok_first)
                from = anchor;
            if (g[k].first_tok > from->tok_last &&
                g[k].first_tok - from->tok_last <=
                    (tkind == TK_CLASH ? 2 * FAR_REACH : FAR_REACH) &&
                is_cue_before(&l, CK_PLACE_CUE, g[k].first_tok, 2))
                best = k;
        }
        /* "Defense systems at Iraq's Ain al-Asad air base, which hosts
         * US forces, intercepted two drones": the clause's one place,
         * in its subject */
        if (best < 0 && l.nweapon > 0 && ng == 1 && g[0].last_tok < at &&
            at - g[0].last_tok <= FAR_REACH &&
            is_cue_before(&l, CK_PLACE_CUE, g[0].first_tok, 2))
            best = 0;
        pgroup keep[8];
        int nk = 0;
        if (best >= 0)
            keep[nk++] = g[best];
        for (int k = best + 1; best >= 0 && k < ng; k++) {
            if (!listed_with(doc, &l, keep[nk - 1].last_tok, g[k].first_tok))
                break;
            keep[nk++] = g[k];
        }
        for (int k = 0; k < nk; k++)
            g[k] = keep[k];
        ng = nk;
    }

    /* When: the date nearest the anchor. */
    const rasd_date *date = NULL, *far = NULL;
    uint32_t dd = UINT32_MAX;
    int ndates = 0, date_weak = 0, nplain = 0, nbefore = 0;
    const rasd_date *first_after = NULL;
    const rasd_date *plain = NULL;
    for (size_t i = 0; i < doc->ndates; i++) {
        const rasd_date *d = &doc->dates[i];
        if (d->tok_first < lo)
            continue;
        if (d->tok_first >= hi)
            break;
        /* "since early February", "منذ نيسان": a time reference, not
         * the day of this event; but what began this morning happened
         * today ("منذ صباح اليوم", "since this morning") */
        if (is_cue_before(&l, CK_SINCE, d->tok_first, 2) &&
            !began_on(doc, d))
            continue;
        /* "SAMARRA, May 8 (Reuters) -": when the report was filed */
        if (dateline_date(doc, d))
            continue;
        ndates++;
        if (d->tok_first < at)
            nbefore++;
        else if (first_after == NULL)
            first_after = d;
        /* "sources said on Monday": the day of the report */
        int reported = is_cue_before(&l, CK_REPORT, d->tok_first, 2);
        if (!reported && d->date.y) {
            nplain++;
            plain = d;
        }
        uint32_t dt = dist(d->tok_first, at);
        /* "أفاد مصدر، اليوم الثلاثاء، بأن جنديين قتلا مساء أمس": today is
         * when it is reported; a report's other day is the incident's */
        int weak = (d->flags & RASD_DATEF_TODAY) != 0;
        if (dt > 14) {
            far = d; /* another clause's time, unless it is the only one */
        } else if (date == NULL || weak < date_weak ||
                   (weak == date_weak && dt < dd)) {
            dd = dt;
            date = d;
            date_weak = weak;
        }
    }
    if (date == NULL && ndates == 1)
        date = far;
    /* "attacked a checkpoint west of the town of Rutba in Anbar province
     * last Friday, ..., sources said on Monday": a far day is the
     * clause's when the only other is the report's */
    if (date == NULL && nplain == 1)
        date = plain;
    /* "اندلعت اشتباكات ... (twenty words) ... ليل الجمعة، وامتدت حتى
     * مساء السبت": far days all after the trigger, the first is when it
     * began */
    if (date == NULL && first_after && first_after->precision == 1 &&
        first_after->date.y &&
        nbefore == 0)
        date = first_after;
    /* "الثاني خلال الشهر الجاري، إذ سبق أن استهدف ... في السابع من كانون
     * الأول": a month in reach frames the clause; a day of that month in
     * reach is when it happened */
    if (date && date->precision == 3 && date->date.y)
        for (size_t i = 0; i < doc->ndates; i++) {
            const rasd_date *d = &doc->dates[i];
            if (d->tok_first >= lo && d->tok_first < hi &&
                d->precision == 1 && dist(d->tok_first, at) <= 14 &&
                d->date.y == date->date.y && d->date.m == date->date.m &&
                !is_cue_before(&l, CK_SINCE, d->tok_first, 2) &&
                !dateline_date(doc, d))
                date = d;
        }
    /* "أمس الإثنين 15-7-2024" in a statement quoted the next day: the
     * day written out beside a relative one is the day */
    if (date && (date->flags & RASD_DATEF_RELATIVE))
        for (size_t i = 0; i < doc->ndates; i++) {
            const rasd_date *d = &doc->dates[i];
            if (d != date && !(d->flags & RASD_DATEF_RELATIVE) &&
                d->precision == 1 && d->tok_first > date->tok_last &&
                d->tok_first <= date->tok_last + 2)
                date = d;
        }
    /* "قصفت الطائرات إدلب، في حين استهدفت المدفعية كفرنبل اليوم": clauses
     * a `clause` cue joins share the sentence's one day */
    if (date == NULL && ndates == 0 && past_clause == 3)
        date = sentence_day(c);
    /* "عثرت بعد نحو ساعة على منصة", "an hour later": the day of the
     * incident told just before */
    if (date == NULL && ndates == 0 && has_cue(&l, CK_SEQUEL))
        date = previous_day(*out, *n);
    /* an open-ended pattern is no incident unless a day bounds it
     * ("قصف متواصل على المدينة اليوم" is today's) */
    if (open_ended && !(date && date->precision == 1))
        return 0;

    for (int k = 0; k < (ng ? ng : 1); k++) {
        mention *mt = new_mention(a, out, n, cap);
        int pattern = 0;
        if (mt == NULL)
            return RASD_ENOMEM;
        mt->sent = c->si;
        mt->tok = at;
        mt->trigger = specific;
        mt->tkind = tkind;
        mt->sub = sub;
        mt->sub_explicit = sub_explicit;
        mt->place = ng ? g[k].best : NULL;
        mt->country = mt->place ? mt->place->entry->country : country;
        mt->date = date;
        mt->weapon = weapon;
        if (weapon) {
            weapon_count(doc, &l, weapon, mt);
            mt->weapon_means = instrument(doc, weapon);
        }
        assign_actors(c, &l, anchor, tkind, mt);
        /* "CENTCOM announced it carried out air strikes": a state's
         * military announcing an air strike names its own forces. */
        if (mt->actor1 == NULL && (tkind == TK_STRIKE || is_air(weapon)))
            actor_from_source(c, &l, anchor, 0, mt);
        /* "أعلنت القيادة المركزية الأمريكية قتل قيادي": a military
         * announcing a killing (agentive=1) right after its name did it */
        /* who took the ground decides ACLED's name for it: "forces
         * loyal to the government had taken full control of Sirte" */
        if (mt->actor1 && (!strcmp(mt->sub, SUB_OVERTAKE) ||
                           !strcmp(mt->sub, SUB_REGAIN))) {
            const char *inter = rasd_entry_attr(mt->actor1->entry, "inter");
            const char *ac = rasd_entry_attr(mt->actor1->entry, "country");
            /* a state's own forces regain; a foreign army ("Turkish troops
             * seized Ras al-Ain") takes ground as any other actor does */
            int state = inter && !strcmp(inter, "State forces") &&
                        !(ac && mt->country && strcmp(ac, mt->country));
            mt->sub = state ? SUB_REGAIN : SUB_OVERTAKE;
        }
        for (int t = 0; mt->actor1 == NULL && t < l.ntrig; t++) {
            const char *ag = rasd_entry_attr(l.trig[t]->entry, "agentive");
            if (ag && !strcmp(ag, "1"))
                actor_from_source(c, &l, l.trig[t], 1, mt);
        }

        /* Casualties and outcome cues. */
        for (int i = 0; i < l.ncue; i++) {
            const rasd_match *cue = l.cue[i];
            rasd_span sp = {0, 0};
            switch (l.ckind[i]) {
            case CK_KILLED:
                if (mt->fatalities < 0) {
                    mt->fatalities = casualties(doc, &l, c->s, cue, &sp);
                    mt->fat_span = sp;
                    /* "بمقتل قيادي": one person named, not a toll */
                    mt->toll_implicit = mt->fatalities == 1 &&
                                        !number_in(doc, sp);
                    /* "عدد من القتلى", "أسفر عن إصابة جنود": no number,
                     * yet something struck */
                    if (!is_cue_before(&l, CK_NEGATION, cue->tok_first, 3))
                        mt->signals |= SIG_HIT;
                }
                break;
            case CK_WOUNDED:
                if (mt->wounded < 0) {
                    mt->wounded = casualties(doc, &l, c->s, cue, &sp);
                    mt->wnd_span = sp;
                    if (!is_cue_before(&l, CK_NEGATION, cue->tok_first, 3))
                        mt->signals |= SIG_HIT;
                }
                break;
            case CK_NO_CASUALTIES:
                if (mt->fatalities < 0)
                    mt->fatalities = 0;
                if (mt->wounded < 0)
                    mt->wounded = 0;
                mt->fat_span.start = mt->wnd_span.start = cue->start;
                mt->fat_span.end = mt->wnd_span.end = cue->end;
                break;
            case CK_DAMAGE:
                /* "اعترضت ودمرت طائرتين", "intercepted and destroyed":
                 * what the defence destroyed is the weapon */
                if (intercept_before(&l, cue->tok_first, 3))
                    break;
                /* "من دون أن تسفر عن أي أضرار", "without causing any
                 * damage" */
                if (is_cue_before(&l, CK_NEGATION, cue->tok_first, 5)) {
                    mt->signals |= SIG_NODAMAGE;
                    mt->outcome_span.start = cue->start;
                    mt->outcome_span.end = cue->end;
                    break;
                }
                mt->signals |= SIG_HIT;
                mt->outcome_span.start = cue->start;
                mt->outcome_span.end = cue->end;
                break;
            case CK_NO_DAMAGE:
                mt->signals |= SIG_NODAMAGE;
                mt->outcome_span.start = cue->start;
                mt->outcome_span.end = cue->end;
                break;
            case CK_PAST:
                if (cue->tok_last < at)
                    mt->past = 1;
                break;
            case CK_PATTERN: /* "موجة هجمات", "targeted repeatedly",
                                "سلسلة من الردود العسكرية التي استهدفت" */
                if ((cue->tok_last < at && at - cue->tok_last <= 6) ||
                    (cue->tok_first > anchor->tok_last &&
                     cue->tok_first - anchor->tok_last <= 3))
                    pattern = 1;
                break;
            default:
                break;
            }
        }
        /* "وارتفعت حصيلة الانفجار إلى 7 قتلى": a toll after an update
         * cue replaces the earlier one */
        for (int i = 0; i < l.ncue && mt->fatalities >= 0; i++) {
            const char *upd = rasd_entry_attr(l.cue[i]->entry, "update");
            if (upd && !strcmp(upd, "1") &&
                l.cue[i]->end <= mt->fat_span.start)
                mt->toll_update = 1;
        }
        /* "أسفر عن مقتل اثنين": a kill or wound trigger counts its
         * victims as the cue words do */
        for (int i = 0; i < l.ntrig; i++) {
            rasd_span sp = {0, 0};
            const char *toll = rasd_entry_attr(l.trig[i]->entry, "toll");
            if (toll && !strcmp(toll, "0"))
                continue; /* "تحييد خمسة": neutralised, not a death toll */
            if (l.tkind[i] == TK_KILL && mt->fatalities < 0) {
                mt->fatalities = casualties(doc, &l, c->s, l.trig[i], &sp);
                mt->fat_span = sp;
            } else if (l.tkind[i] == TK_WOUND && mt->wounded < 0) {
                mt->wounded = casualties(doc, &l, c->s, l.trig[i], &sp);
                mt->wnd_span = sp;
            }
        }
        if (mt->fatalities > 0 || mt->wounded > 0)
            mt->signals |= SIG_HIT;
        if (kinds_seen & (1 << TK_INTERCEPT)) {
            mt->signals |= SIG_INTERCEPT;
            mt->outcome_span.start = anchor->start;
            mt->outcome_span.end = anchor->end;
        }
        if (kinds_seen & ((1 << TK_STRIKE) | (1 << TK_EXPLODE) |
                          (1 << TK_KILL) | (1 << TK_ASSASSINATE) |
                          (1 << TK_SUICIDE) | (1 << TK_DAMAGE) |
                          (1 << TK_WOUND)))
            mt->signals |= SIG_SOFTHIT;

        /* Who says so. */
        for (int i = 0; i < l.nsource && mt->nsources < RASD_EVENT_MAX_SOURCES;
             i++)
            mt->sources[mt->nsources++] = l.source[i];

        /* A plural pattern ("the attacks on US forces") with nothing
         * specific is not an incident. */
        const rasd_token *tt = &doc->tokens[anchor->tok_first];
        int plural = tt->kind == RASD_TOK_AR
                         ? tt->nnorm >= 4 &&
                               !memcmp(tt->norm + tt->nnorm - 4,
                                       "\xD8\xA7\xD8\xAA", 4)
                         : tt->nnorm > 3 && tt->norm[tt->nnorm - 1] == 's';
        /* "the second attack on US forces", "رابع هجوم": an ordinal
         * counts incidents, it does not report one */
        const rasd_number *ord = number_at(
            doc, anchor->tok_first > 2 ? anchor->tok_first - 2 : 0,
            anchor->tok_last + 2);
        int counted = ord && (ord->flags & RASD_NUMF_ORDINAL);
        /* "ثلاث هجمات", "12 attacks": a count of incidents */
        const rasd_number *cnt =
            anchor->tok_first > 0
                ? number_at(doc, anchor->tok_first - 1, anchor->tok_first - 1)
                : NULL;
        if (cnt && !(cnt->flags & RASD_NUMF_ORDINAL) && cnt->value >= 2 &&
            countable(doc, cnt) && anchor != weapon)
            counted = 1;
        mt->strength = strength;
        /* (an arrest or a seizure names its kind even as a
         * definite noun: "من إلقاء القبض على أربعة") */
        if (strength == 0 && !(weapon && sub_explicit) &&
            tkind != TK_ARREST && tkind != TK_SEIZE)
            mt->sub_explicit = 0; /* "the massacres": refers, not names */
        /* (taking ground is as specific, once territory_object has
         * found ground for the verb and someone takes it: "الهيئة تبسط
         * سيطرتها على مدينة حلب") */
        mt->specific = (kinds_seen & ((1 << TK_KILL) | (1 << TK_ASSASSINATE) |
                                      (1 << TK_SUICIDE) | (1 << TK_ABDUCT) |
                                      (1 << TK_AMBUSH) | (1 << TK_ARREST))) !=
                           0 ||
                       (tkind == TK_SEIZE && sub && mt->actor1 &&
                        !strcmp(kinds_event_type(sub), "Battles"));
        mt->topic = topic_before(&l, at, mt->date) ||
                    update_after(&l, anchor);
        /* "today" in quoted speech, or right after a verb of saying
         * ("أعلنت القيادة، اليوم الأربعاء، العثور على مخبأ"), is the day
         * it was said, which may be the day after the incident; the day
         * of a claim is the claim's ("claimed responsibility on
         * Friday") */
        mt->date_weak = date && date->precision == 1 &&
                        !(date->flags & RASD_DATEF_TOD) &&
                        (has_cue(&l, CK_CLAIM) ||
                         is_cue_before(&l, CK_REPORT, date->tok_first, 2) ||
                         ((date->flags & RASD_DATEF_TODAY) &&
                          (in_quote(doc, date->start) ||
                           is_cue_before(&l, CK_REPORT, date->tok_first,
                                         8))));
        /* "clashes broke out in the camp in 2017 too": an earlier
         * incident, dated by a year alone */
        if (mt->date == NULL && earlier_year(doc, lo, hi, at))
            mt->past = 1;
        mt->subclause = past_clause == 1;
        mt->stamped = time_stamped(c);
        /* "وفي سياق متصل، أصيب ثلاثة مدنيين مساء أمس": another incident
         * the article reports as news, even on the day before its lead */
        mt->recent = past_clause == 2 || has_cue(&l, CK_SEPARATE);
        /* "الهجمات" (the attacks): a definite plural names a series; a
         * date in its sentence belongs to what is said about it */
        if (plural && (tt->clitics & RASD_CLITIC_AL) && !mt->place &&
            mt->fatalities <= 0 && mt->wounded <= 0)
            mt->date = NULL;
        /* a pattern over a week or a month ("a wave of attacks last
         * month") is no one incident either */
        int loose = mt->date == NULL ||
                    (pattern && mt->date->precision >= 2);
        mt->generic = (plural || counted || pattern) && !mt->place && loose &&
                      mt->fatalities <= 0 && mt->wounded <= 0 &&
                      mt->weapon_count < 0;
        /* "More than 30 killings have been recorded inside the camp since
         * the start of the year": incidents counted over a period, even
         * at one place, are none of them */
        if (counted && since_at(c, hi) && !mt->date)
            mt->generic = 1;
        /* (a day after the tally is the report's: "said in its annual
         * report released on Tuesday") */
        const rasd_match *tally = tally_in(&l);
        if (tally && (mt->date == NULL || mt->date->precision >= 2 ||
                      mt->date_weak || mt->date->tok_first > tally->tok_last))
            mt->generic = 1;
        /* a series at named places ("a series of US strikes on sites in
         * Baghdad, Babil and Anbar"): what came before the news */
        if (pattern && mt->place)
            mt->past = 1;
    }
    return 0;
}

static int is_air(const rasd_match *w)
{
    const char *v = w ? rasd_entry_attr(w->entry, "weapon") : NULL;
    return v && !strcmp(v, "airstrike");
}

/* The state forces of the country of a military source before the
 * anchor (with adjacent, the one right before it), if the lexicon has
 * them. */
static void actor_from_source(const sentctx *c, const lists *l,
                              const rasd_match *anchor, int adjacent,
                              mention *mt)
{
    for (int i = 0; i < l->nsource; i++) {
        const rasd_match *s = l->source[i];
        if (adjacent && s->tok_last + 1 != anchor->tok_first)
            continue; /* only the one named right before it */
        /* before the anchor ("CENTCOM announced it struck"), or its
         * subject right after a verb ("نفذ الجيش الأمريكي ضربات") */
        int subject = s->tok_first > anchor->tok_last &&
                      s->tok_first <= anchor->tok_last + 1 &&
                      verb_like(c->doc, anchor);
        if ((s->tok_last >= anchor->tok_first && !subject) ||
            strcmp(s->entry->kind, "military"))
            continue;
        const char *country = rasd_entry_attr(s->entry, "country");
        if (country == NULL || c->lx == NULL)
            continue;
        size_t n;
        const rasd_entry *e = rasd_lexicon_entries(c->lx, &n);
        for (size_t k = 0; k < n; k++) {
            if (e[k].cls != RASD_CLASS_ACTOR || strcmp(e[k].kind, "state"))
                continue;
            const char *ec = rasd_entry_attr(&e[k], "country");
            const char *inter = rasd_entry_attr(&e[k], "inter");
            if (ec && inter && !strcmp(ec, country) &&
                !strcmp(inter, "State forces")) {
                mt->actor1_by_source = e[k].name;
                mt->actor1_span.start = s->start;
                mt->actor1_span.end = s->end;
                return;
            }
        }
    }
}

/* Does cue m (cause=1: "إثر", "following") name the cause of the
 * casualties before it, from tok lo: the words before it report deaths
 * or wounds and no other kind of violence? */
static int causes(const sentctx *c, const rasd_match *m, uint32_t lo)
{
    const char *cause = rasd_entry_attr(m->entry, "cause");
    if (!(cause && !strcmp(cause, "1")))
        return 0;
    int casualty = 0;
    for (size_t i = 0; i < c->nm; i++) {
        const rasd_match *t = &c->m[i];
        if (t->tok_first < lo || t->tok_first >= m->tok_first ||
            t->entry->cls != RASD_CLASS_TRIGGER)
            continue;
        int k = kinds_trigger(t->entry);
        if (k != TK_KILL && k != TK_WOUND)
            return 0;
        casualty = 1;
    }
    return casualty;
}

/* Does since-cue m open a date of today ("منذ صباح اليوم", "since this
 * morning")? */
static int since_today(const rasd_doc *doc, const rasd_match *m)
{
    /* (and "منذ صباح أمس", "since yesterday morning": a day the
     * incident began on, not a period behind it) */
    for (size_t i = 0; i < doc->ndates; i++) {
        const rasd_date *d = &doc->dates[i];
        if (d->tok_first > m->tok_last + 2)
            break;
        if (d->tok_first > m->tok_last && began_on(doc, d))
            return 1;
    }
    return 0;
}

static int is_comma_token(const rasd_token *t)
{
    return t->kind == RASD_TOK_PUNCT &&
           (!strcmp(t->norm, ",") || !strcmp(t->norm, "\xD8\x8C") ||
            !strcmp(t->norm, ";") || !strcmp(t->norm, "\xD8\x9B"));
}

/* Does cue position tok open its clause (from token lo): nothing but
 * punctuation before it, or after a complementizer ("أعلنت ... أنه
 * «ردًا على", "said that, in response to")? */
static int fronted(const sentctx *c, uint32_t lo, uint32_t tok)
{
    const rasd_doc *doc = c->doc;
    uint32_t from = lo;
    for (size_t i = 0; i < c->nm; i++) {
        const rasd_match *m = &c->m[i];
        if (m->entry->cls == RASD_CLASS_CUE && kinds_cue(m->entry) == CK_THAT &&
            m->tok_last < tok && m->tok_last + 1 >= from)
            from = m->tok_last + 1;
    }
    for (uint32_t i = from; i < tok; i++)
        if (doc->tokens[i].kind != RASD_TOK_PUNCT)
            return 0;
    return 1;
}

/* When sentence c has a no_casualties cue and no trigger, sets the toll
 * of the mention of the sentence before it, if unknown, to 0 and 0. */
static void no_toll_after(const sentctx *c, mention *ms, size_t nms)
{
    const rasd_match *cue = NULL;
    for (size_t i = 0; i < c->nm; i++) {
        const rasd_entry *e = c->m[i].entry;
        if (e->cls == RASD_CLASS_TRIGGER)
            return;
        if (e->cls == RASD_CLASS_CUE && kinds_cue(e) == CK_NO_CASUALTIES)
            cue = &c->m[i];
    }
    if (cue == NULL || nms == 0 || ms[nms - 1].sent + 1 != c->si)
        return;
    for (size_t k = nms; k-- > 0 && ms[k].sent + 1 == c->si;) {
        mention *mt = &ms[k];
        if (mt->fatalities < 0) {
            mt->fatalities = 0;
            mt->fat_span.start = cue->start;
            mt->fat_span.end = cue->end;
        }
        if (mt->wounded < 0) {
            mt->wounded = 0;
            mt->wnd_span.start = cue->start;
            mt->wnd_span.end = cue->end;
        }
    }
}

/* Does a `when` cue stand in the `since` phrase at m, or right after the
 * comma that ends it ("منذ كانون الثاني الماضي، حين قتل العشرات")? */
static int when_follows(const sentctx *c, const rasd_match *m)
{
    const rasd_doc *doc = c->doc;
    uint32_t end = c->s->tok_first + c->s->tok_count;
    uint32_t k = m->tok_last + 1;
    while (k < end && !is_comma_token(&doc->tokens[k]))
        k++;
    for (size_t i = 0; i < c->nm; i++) {
        const rasd_match *w = &c->m[i];
        if (w->entry->cls == RASD_CLASS_CUE && kinds_cue(w->entry) == CK_WHEN &&
            w->tok_first > m->tok_last && w->tok_first <= k + 1)
            return 1;
    }
    return 0;
}

/* "وقال مصدر طبي إن المستشفى استقبل جثة و11 جريحا، قبل أن يعلن ارتفاع
 * الحصيلة إلى قتيلين و14 جريحا": a sentence with casualty words and no
 * trigger, right after one that reports an incident, tells that
 * incident's toll.  Counts after an update cue replace the ones before;
 * otherwise a count fills only what the incident lacks. */
static void toll_after(const sentctx *c, mention *ms, size_t nms)
{
    const rasd_doc *doc = c->doc;
    if (nms == 0 || ms[nms - 1].sent + 1 != c->si)
        return;
    for (size_t i = 0; i < c->nm; i++)
        if (c->m[i].entry->cls == RASD_CLASS_TRIGGER)
            return;
    lists l;
    classify(c, c->s->tok_first, c->s->tok_first + c->s->tok_count, &l);
    uint32_t upd_end = 0; /* tokens after an update cue */
    for (int i = 0; i < l.ncue; i++) {
        const char *u = rasd_entry_attr(l.cue[i]->entry, "update");
        if (u && !strcmp(u, "1"))
            upd_end = l.cue[i]->tok_last + 1;
    }
    int killed = -1, wounded = -1;
    rasd_span ks = {0, 0}, ws = {0, 0};
    for (int i = 0; i < l.ncue; i++) {
        int k = l.ckind[i];
        const rasd_match *cue = l.cue[i];
        if ((k != CK_KILLED && k != CK_WOUNDED) ||
            (upd_end && cue->tok_first < upd_end))
            continue;
        rasd_span sp = {0, 0};
        int v = casualties(doc, &l, c->s, cue, &sp);
        if (v < 0 || !number_in(doc, sp))
            continue;
        if (k == CK_KILLED && killed < 0) {
            killed = v;
            ks = sp;
        } else if (k == CK_WOUNDED && wounded < 0) {
            wounded = v;
            ws = sp;
        }
    }
    if (killed < 0 && wounded < 0)
        return;
    mention *mt = &ms[nms - 1];
    if (killed >= 0 && (mt->fatalities < 0 || upd_end)) {
        mt->fatalities = killed;
        mt->fat_span = ks;
        mt->toll_update |= upd_end != 0;
        mt->signals |= SIG_HIT;
    }
    if (wounded >= 0 && (mt->wounded < 0 || upd_end)) {
        mt->wounded = wounded;
        mt->wnd_span = ws;
        mt->signals |= SIG_HIT;
    }
}

int mention_find(const sentctx *c, rasd_arena *a, mention **out, size_t *n,
                 size_t *cap)
{
    /* Split the sentence at `after` and `clause` cues into clauses (the
     * latter opens one about the news, not the past).  A `since` cue
     * opens a time reference that runs to the next comma ("منذ بدء
     * العدوان على غزة", "since the war began"): no incident of its own,
     * and nothing in it belongs to the clause's incident. */
    const rasd_doc *doc = c->doc;
    uint32_t lo = c->s->tok_first, end = lo + c->s->tok_count;
    int past_clause = 0;
    /* "No casualties were reported.": a sentence of its own with no
     * trigger tells the toll of the incident told just before */
    no_toll_after(c, *out, *n);
    toll_after(c, *out, *n);
    for (size_t i = 0; i < c->nm; i++) {
        const rasd_match *m = &c->m[i];
        if (m->entry->cls != RASD_CLASS_CUE || m->tok_first < lo)
            continue;
        int kind = kinds_cue(m->entry);
        const char *split = rasd_entry_attr(m->entry, "split");
        if (kind == CK_TOPIC && split && !strcmp(split, "1"))
            kind = CK_AFTER; /* "الذكرى الرابعة لمقتله": an earlier one */
        if (kind != CK_AFTER && kind != CK_SINCE && kind != CK_CLAUSE)
            continue;
        /* "اندلعت مواجهات منذ صباح اليوم بين ...": what began this
         * morning is today's, and the phrase is the clause's own */
        if (kind == CK_SINCE && since_today(doc, m))
            continue;
        /* "قتل ثلاثة جنود إثر انفجار عبوة": after casualties alone,
         * "following" names their cause */
        if (kind == CK_AFTER && causes(c, m, lo))
            continue;
        if (m->tok_first > lo) {
            /* the clause before "في حين" shares the sentence's day too */
            int flags = kind == CK_CLAUSE && past_clause == 0 ? 3
                                                               : past_clause;
            int rc = find_clause(c, lo, m->tok_first, flags, a, out, n, cap);
            if (rc < 0)
                return rc;
        }
        uint32_t opened = lo;
        lo = m->tok_last + 1;
        if (kind == CK_SINCE && when_follows(c, m)) {
            past_clause = 1; /* "منذ كانون الثاني، حين قتل": that earlier
                                incident, with the phrase's date */
            continue;
        }
        if (kind == CK_SINCE) {
            while (lo < end && !is_comma_token(&doc->tokens[lo]))
                lo++;
            continue;
        }
        /* "ردًا على الجرائم في غزة، استهدف مجاهدو المقاومة قاعدة...": an
         * `after` phrase put first ends at its comma, and the main clause
         * follows it */
        uint32_t comma = lo;
        while (comma < end && !is_comma_token(&doc->tokens[comma]))
            comma++;
        if (kind == CK_AFTER && comma < end &&
            fronted(c, opened, m->tok_first)) {
            int rc = find_clause(c, lo, comma, 1, a, out, n, cap);
            if (rc < 0)
                return rc;
            lo = comma + 1;
            continue;
        }
        if (kind == CK_CLAUSE) {
            past_clause = 3; /* "في حين", "while": a clause of its own */
            continue;
        }
        const char *recent = rasd_entry_attr(m->entry, "recent");
        past_clause = recent && !strcmp(recent, "1") ? 2 : 1;
    }
    if (lo < end)
        return find_clause(c, lo, end, past_clause, a, out, n, cap);
    return 0;
}
