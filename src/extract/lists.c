/* lists.c - the matches of one clause sorted by class (triggers, places,
 * actors, weapons, sources, cues), and the questions the readers of a
 * clause ask of them: is a cue of this kind just before, is this trigger
 * a verb, which trigger stands before a word. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "clause.h"

static int same_span_source(const sentctx *c, size_t i)
{
    const rasd_match *m = &c->m[i];
    for (size_t k = i > 4 ? i - 4 : 0; k < c->nm && k < i + 5; k++)
        if (k != i && c->m[k].start == m->start && c->m[k].end == m->end &&
            c->m[k].entry->cls == RASD_CLASS_SOURCE)
            return 1;
    return 0;
}

/* Is actor match i a country named as a place ("the deadliest attack in
 * Egypt", "في العراق"): a country on its span, a place cue right before? */
static int country_as_place(const sentctx *c, size_t i)
{
    const rasd_match *m = &c->m[i];
    int country = 0, cued = 0;
    for (size_t k = i > 6 ? i - 6 : 0; k < c->nm && k < i + 6; k++) {
        const rasd_match *o = &c->m[k];
        if (o->entry->cls == RASD_CLASS_PLACE && o->start == m->start &&
            o->end == m->end && kinds_place_rank(o->entry) == 0)
            country = 1;
        if (o->entry->cls == RASD_CLASS_CUE && o->tok_last + 1 == m->tok_first &&
            kinds_cue(o->entry) == CK_PLACE_CUE)
            cued = 1;
    }
    return country && cued;
}

/* Is match i followed by "-based" ("Britain-based") or an affiliation
 * cue that qualifies what comes next (side=before: "the al Qaeda-linked
 * al Shabaab", "Iran-backed")? */
static int based_after(const sentctx *c, size_t i)
{
    const rasd_doc *doc = c->doc;
    const rasd_match *m = &c->m[i];
    uint32_t k = m->tok_last + 1;
    if (k + 1 < doc->ntokens && !strcmp(doc->tokens[k].norm, "-") &&
        !strcmp(doc->tokens[k + 1].norm, "based"))
        return 1;
    if (k < doc->ntokens && !strcmp(doc->tokens[k].norm, "-"))
        k++; /* the hyphen is a token of its own */
    for (size_t j = i + 1; j < c->nm && c->m[j].tok_first <= k; j++) {
        const char *side = rasd_entry_attr(c->m[j].entry, "side");
        if (c->m[j].tok_first == k && c->m[j].entry->cls == RASD_CLASS_CUE &&
            kinds_cue(c->m[j].entry) == CK_AFFILIATION && side &&
            !strcmp(side, "before"))
            return 1;
    }
    return 0;
}

/* Does match m lie inside a date the text layer read ("ليل أمس", the
 * night, not Lille)? */
static int in_date(const rasd_doc *doc, const rasd_match *m)
{
    for (size_t i = 0; i < doc->ndates; i++)
        if (doc->dates[i].tok_first <= m->tok_first &&
            m->tok_last <= doc->dates[i].tok_last)
            return 1;
    return 0;
}

int cl_line_back(const rasd_doc *doc, uint32_t tok, int max)
{
    int back = 0;
    while (!(doc->tokens[tok].flags & RASD_TOKF_LINE_START)) {
        if (tok == 0 || ++back > max)
            return -1;
        tok--;
    }
    return back;
}

/* Is match m inside a dateline's agency, "(Jordan Valley Press) -": a
 * parenthesis opened at most three words before it and closed at most
 * four after it, right before a dash? */
static int in_agency(const rasd_doc *doc, const rasd_match *m)
{
    uint32_t k = m->tok_first, back = 0;
    while (k > 0 && back < 3) {
        const rasd_token *t = &doc->tokens[--k];
        back++;
        if (t->kind == RASD_TOK_PUNCT) {
            if (t->norm[0] != '(')
                return 0;
            break;
        }
        if (back == 3)
            return 0;
    }
    if (k >= m->tok_first || doc->tokens[k].norm[0] != '(')
        return 0;
    for (uint32_t j = m->tok_last + 1;
         j + 1 < doc->ntokens && j <= m->tok_last + 4; j++) {
        const rasd_token *t = &doc->tokens[j];
        if (t->kind != RASD_TOK_PUNCT)
            continue;
        return t->norm[0] == ')' && doc->tokens[j + 1].norm[0] == '-';
    }
    return 0;
}

/* Is match m in a dateline, "SHARM EL-SHEIKH, Egypt, July 23 -": at most
 * six tokens after a line's start, before a date and a dash? */
static int in_dateline(const rasd_doc *doc, const rasd_match *m)
{
    if (cl_line_back(doc, m->tok_first, 6) < 0)
        return 0;
    int stamp = 0;
    for (uint32_t k = m->tok_last + 1;
         k < doc->ntokens && k <= m->tok_last + 10; k++) {
        const rasd_token *t = &doc->tokens[k];
        if (t->flags & RASD_TOKF_LINE_START)
            return 0;
        if (t->kind == RASD_TOK_DIGITS)
            stamp = 1;
        else if (t->kind == RASD_TOK_PUNCT && t->norm[0] == '-')
            return stamp;
    }
    return 0;
}

void cl_classify(const sentctx *c, uint32_t lo, uint32_t hi, lists *l)
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
        if (m->entry->cls == RASD_CLASS_ACTOR && based_after(c, i))
            continue;
        if (m->entry->cls == RASD_CLASS_ACTOR && country_as_place(c, i))
            continue;
        /* "RAMALLAH, Oct 25 (Jordan Valley Press) -": the agency's name */
        if ((m->entry->cls == RASD_CLASS_ACTOR ||
             m->entry->cls == RASD_CLASS_PLACE) && in_agency(c->doc, m))
            continue;
        /* "SHARM EL-SHEIKH, Egypt, July 23 -": where it was filed */
        if (m->entry->cls == RASD_CLASS_ACTOR && in_dateline(c->doc, m))
            continue;
        switch (m->entry->cls) {
        case RASD_CLASS_TRIGGER:
            if (l->ntrig < MAXM) {
                l->tkind[l->ntrig] = kinds_trigger(m->entry);
                l->trig[l->ntrig++] = m;
            }
            break;
        case RASD_CLASS_PLACE:
            /* (a doubtful name that is part of a date is the date's) */
            if ((m->flags & RASD_MATCHF_NEEDS_CUE) && in_date(c->doc, m))
                break;
            /* Several places share one name (Tripoli, الإسكندرية): one
             * reading per span, in the article's country if it has one. */
            if (l->nplace > 0 && l->place[l->nplace - 1]->start == m->start &&
                l->place[l->nplace - 1]->end == m->end) {
                l->pshared[l->nplace - 1] = 1;
                if (cl_better_reading(m, l->place[l->nplace - 1], c->home,
                                      c->home_at))
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
            /* (an entry that names no SCHEMA weapon, tear gas, only keeps
             * its words from reading as one) */
            if (rasd_entry_attr(m->entry, "weapon") == NULL)
                break;
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
int cl_intercept_before(const lists *l, uint32_t tok, uint32_t gap)
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
int cl_anchors(int tk)
{
    return tk != TK_NONE && tk != TK_WOUND && tk != TK_DAMAGE;
}

/* How specific a trigger's own sub-event type is: higher wins when no
 * weapon says what was used. */
int cl_trigger_rank(int tk)
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
    case TK_ARSON: return 2; /* over a word for violence; a killing or a
                                 clash outranks it: its damage */
    default: return 1; /* attack, launch, fall, intercept: generic */
    }
}

int cl_is_cue_before(const lists *l, int kind, uint32_t tok, uint32_t gap)
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
int cl_topic_before(const lists *l, uint32_t tok, const rasd_date *date)
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
                        !cl_is_cue_before(l, CK_RELATIVE, tok, 2);
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
int cl_update_after(const lists *l, const rasd_match *t)
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
int cl_denied_rumour(const lists *l, uint32_t tok)
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

int cl_has_cue(const lists *l, int kind)
{
    for (int i = 0; i < l->ncue; i++)
        if (l->ckind[i] == kind)
            return 1;
    return 0;
}

uint32_t cl_dist(uint32_t a, uint32_t b)
{
    return a > b ? a - b : b - a;
}

/* Is the token at i a verb-like trigger (no article), so that an actor
 * right after it is its subject (Arabic VSO)? */
int cl_verb_like(const rasd_doc *doc, const rasd_match *t)
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
int cl_english_verb(const rasd_doc *doc, const rasd_match *t)
{
    const char *pos = rasd_entry_attr(t->entry, "pos");
    return doc->tokens[t->tok_first].kind == RASD_TOK_LATIN && pos &&
           !strcmp(pos, "verb");
}

/* Is token i inside any cue match? */
int cl_any_cue_on(const lists *l, uint32_t i)
{
    for (int k = 0; k < l->ncue; k++)
        if (l->cue[k]->tok_first <= i && i <= l->cue[k]->tok_last)
            return 1;
    return 0;
}

/* The anchoring trigger that ends last before token tok, or NULL. */
const rasd_match *cl_trigger_before(const lists *l, uint32_t tok)
{
    const rasd_match *best = NULL;
    for (int i = 0; i < l->ntrig; i++) {
        const rasd_match *t = l->trig[i];
        if (cl_anchors(l->tkind[i]) && t->tok_last < tok &&
            (best == NULL || t->tok_last > best->tok_last))
            best = t;
    }
    return best;
}

/* English passive: "was killed", "were attacked", "has been struck". */
int cl_passive(const rasd_doc *doc, const rasd_match *t)
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

int cl_is_air(const rasd_match *w)
{
    const char *v = w ? rasd_entry_attr(w->entry, "weapon") : NULL;
    return v && !strcmp(v, "airstrike");
}

int cl_is_comma_token(const rasd_token *t)
{
    return t->kind == RASD_TOK_PUNCT &&
           (!strcmp(t->norm, ",") || !strcmp(t->norm, "\xD8\x8C") ||
            !strcmp(t->norm, ";") || !strcmp(t->norm, "\xD8\x9B"));
}
