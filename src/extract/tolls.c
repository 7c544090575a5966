/* tolls.c - the counts of a mention: how many weapons, how many dead and
 * wounded, read from numbers beside casualty words, never from years,
 * durations, ages or the numbers of another casualty word. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "clause.h"

static int lone_year(const rasd_doc *doc, const rasd_number *nu);

const rasd_number *cl_number_at(const rasd_doc *doc, uint32_t tok_first,
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
int cl_countable(const rasd_doc *doc, const rasd_number *nu)
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
int cl_earlier_year(const rasd_doc *doc, uint32_t lo, uint32_t hi,
                    uint32_t at)
{
    if (doc->published.y == 0)
        return 0;
    for (size_t i = 0; i < doc->nnumbers; i++) {
        const rasd_number *nu = &doc->numbers[i];
        if (nu->tok_first < lo || nu->tok_first >= hi ||
            cl_dist(nu->tok_first, at) > 12)
            continue;
        if (lone_year(doc, nu) == 1 && nu->value < doc->published.y)
            return 1;
    }
    return 0;
}

/* Does the clause name a weapon that is not itself a vague word ("ضربة"
 * is both a weapon and a trigger)? */
int cl_specific_weapon(const lists *l)
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
int cl_instrument(const rasd_doc *doc, const rasd_match *w)
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
int cl_counted_weapon(const rasd_doc *doc, const lists *l,
                      const rasd_match *w)
{
    const rasd_number *nu = NULL;
    if (w->tok_first > 0)
        nu = cl_number_at(doc, w->tok_first - 1, w->tok_first - 1);
    if (nu == NULL)
        nu = cl_number_at(doc, w->tok_first, w->tok_first);
    return nu && !(nu->flags & (RASD_NUMF_VAGUE | RASD_NUMF_ORDINAL)) &&
           cl_countable(doc, nu) && !not_a_count(l, nu);
}

/* Does an actor's span cover token tok ("a Turkish drone")? */
static int actor_on(const lists *l, uint32_t tok)
{
    for (int i = 0; i < l->nactor; i++)
        if (l->actor[i]->tok_first <= tok && tok <= l->actor[i]->tok_last)
            return 1;
    return 0;
}

/* Count of the weapon match w: a number just before it, a dual form, or
 * one for a singular noun. */
void cl_weapon_count(const rasd_doc *doc, const lists *l,
                     const rasd_match *w, mention *mt)
{
    const rasd_number *nu = NULL;
    /* (not "وإصابة ثلاثة بقذائف": a number before a weapon with its own
     * ب counts whoever it struck) */
    if (w->tok_first > 0 &&
        !(doc->tokens[w->tok_first].clitics & RASD_CLITIC_BI))
        nu = cl_number_at(doc, w->tok_first - 1, w->tok_first - 1);
    if (nu == NULL)
        nu = cl_number_at(doc, w->tok_first, w->tok_first); /* dual */
    if (nu == NULL && w->tok_last + 1 < doc->ntokens) {
        const rasd_number *after =
            cl_number_at(doc, w->tok_last + 1, w->tok_last + 1);
        if (after && (after->flags & RASD_NUMF_WORDS))
            nu = after; /* صواريخ ثلاثة, rare but written */
    }
    if (nu && not_a_count(l, nu))
        nu = cl_number_at(doc, w->tok_first, w->tok_first); /* dual */
    if (nu && cl_countable(doc, nu) && !not_a_count(l, nu)) {
        if (nu->flags & RASD_NUMF_VAGUE)
            return;
        mt->weapon_count = (int)nu->value;
        mt->count_span.start = nu->start;
        mt->count_span.end = nu->end;
        return;
    }
    /* A singular noun is one: not plural in form.  Not for a weapon whose
     * entry says count=stated: "a gunfight", "رصاصة" name the shooting,
     * not how many guns fired, and coders leave that count empty. */
    const char *cnt = rasd_entry_attr(w->entry, "count");
    int stated = cnt && !strcmp(cnt, "stated");
    const rasd_token *t = &doc->tokens[w->tok_first];
    const char *z = t->norm;
    size_t n = t->nnorm;
    int plural = 0;
    if (t->kind == RASD_TOK_LATIN) {
        plural = n > 2 && z[n - 1] == 's';
        /* "a drone", "a Turkish drone": the article may stand before
         * the actor whose weapon it is (not before an air strike, which
         * coders count only when the text does) */
        const char *ws = rasd_entry_attr(w->entry, "weapon");
        int air = ws && !strcmp(ws, "airstrike");
        for (uint32_t k = 1; !plural && k <= 3 && k <= w->tok_first; k++) {
            const rasd_token *p = &doc->tokens[w->tok_first - k];
            if (strcmp(p->norm, "a") && strcmp(p->norm, "an") &&
                strcmp(p->norm, "one")) {
                if (air || !actor_on(l, w->tok_first - k))
                    break;
                continue;
            }
            if (stated) {
                mt->weapon_one = 1;
                return;
            }
            mt->weapon_count = 1;
            mt->count_span.start = p->start;
            mt->count_span.end = t->end;
            break;
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
    if (!plural && stated) {
        mt->weapon_one = 1;
    } else if (!plural) {
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
        !cl_killed_passive(doc, cue))
        return NULL;
    for (int k = l->nactor; k-- > 0;) {
        const rasd_match *a = l->actor[k];
        if (a->tok_last >= cue->tok_first)
            continue;
        if (cue->tok_first - a->tok_last > 3 || a->tok_first < 4)
            return NULL;
        const rasd_number *nu =
            cl_number_at(doc, a->tok_first - 4, a->tok_first - 1);
        return nu && cl_countable(doc, nu) ? nu : NULL;
    }
    /* no actor: "لقي خمسة من جامعي الكمأة حتفهم", the number that opens
     * the subject, within six words and no punctuation before the word */
    const rasd_number *best = NULL;
    for (size_t i = 0; i < doc->nnumbers; i++) {
        const rasd_number *nu = &doc->numbers[i];
        if (nu->tok_last >= cue->tok_first)
            break;
        if (nu->tok_last + 6 < cue->tok_first || !cl_countable(doc, nu) ||
            (nu->flags & RASD_NUMF_VAGUE) ||
            doc->tokens[nu->tok_last].sent_end)
            continue; /* (the last word of the sentence before: a
                         dateline's "الصحراء 24") */
        int clean = 1;
        for (uint32_t t = nu->tok_last + 1; t < cue->tok_first && clean; t++)
            clean = doc->tokens[t].kind != RASD_TOK_PUNCT &&
                    !doc->tokens[t].sent_end;
        for (int k = 0; k < l->ncue && clean; k++)
            clean = !((l->ckind[k] == CK_KILLED || l->ckind[k] == CK_WOUNDED) &&
                      l->cue[k] != cue && l->cue[k]->tok_first > nu->tok_last &&
                      l->cue[k]->tok_first < cue->tok_first);
        if (clean)
            best = nu;
    }
    return best;
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

/* "لقي شاب مصرعه": a singular person noun (cue kind `person`) right
 * before a death noun whose pronoun is singular (cues of victim=1:
 * مصرعه, حتفها), or NULL. */
static const rasd_match *one_person_before(const rasd_doc *doc,
                                           const lists *l,
                                           const rasd_match *cue)
{
    const char *v = rasd_entry_attr(cue->entry, "victim");
    const rasd_token *w = &doc->tokens[cue->tok_last];
    size_t n = w->nnorm;
    if (!(v && !strcmp(v, "1")) || w->kind != RASD_TOK_AR || n < 4)
        return NULL;
    int his = !memcmp(w->norm + n - 2, "\xD9\x87", 2) &&          /* ه */
              memcmp(w->norm + n - 4, "\xD9\x85\xD9\x87", 4);     /* not مه */
    int hers = !memcmp(w->norm + n - 4, "\xD9\x87\xD8\xA7", 4);   /* ها */
    if (!his && !hers)
        return NULL;
    for (int i = 0; i < l->ncue; i++) {
        const rasd_match *p = l->cue[i];
        if (l->ckind[i] == CK_PERSON && p->tok_last + 1 == cue->tok_first &&
            p->tok_first == p->tok_last &&
            doc->tokens[p->tok_first].kind == RASD_TOK_AR)
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
    /* (one word more for reported speech's "had been") */
    uint32_t reach = !strcmp(aux, "been") && k >= 2 &&
                             !strcmp(doc->tokens[k - 2].norm, "had")
                         ? 8
                         : 7;
    const rasd_number *best = NULL;
    for (size_t i = 0; i < doc->nnumbers; i++) {
        const rasd_number *nu = &doc->numbers[i];
        if (nu->tok_last + 1 >= k)
            break;
        if (nu->tok_first + reach < k || !cl_countable(doc, nu))
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
        if (o->tok_last + 5 < k - 1 || !cl_countable(doc, o) ||
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
        /* ("وأحد المهاجمين": "one of" needs no من) */
        int one_of = o->value == 1 && o->tok_first == o->tok_last &&
                     t->kind == RASD_TOK_AR;
        if (!wa || !cl_countable(doc, o) || (o->flags & RASD_NUMF_VAGUE) ||
            next_to_other(l, cue, o->tok_first, o->tok_last) ||
            o->tok_last + 1 >= doc->ntokens ||
            (!one_of &&
             strcmp(doc->tokens[o->tok_last + 1].norm, "\xD9\x85\xD9\x86")))
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

/* Does a lower_bound cue ("ما لا يقل عن", "at least") fill the tokens
 * strictly between a and b? */
static int bound_between(const lists *l, uint32_t a, uint32_t b)
{
    for (int i = 0; i < l->ncue; i++)
        if (l->ckind[i] == CK_LOWER_BOUND && l->cue[i]->tok_first == a + 1 &&
            l->cue[i]->tok_last + 1 == b)
            return 1;
    return 0;
}

int cl_casualties(const rasd_doc *doc, const lists *l,
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
    /* "ما أدى إلى وفاته", "سقوط قتيل": one person, unless a number stands
     * right before the word or in it ("20 قتيلا", "قتيلين") */
    const char *single = rasd_entry_attr(cue->entry, "one");
    if (single && !strcmp(single, "1")) {
        for (size_t i = 0; i < doc->nnumbers; i++) {
            const rasd_number *nu = &doc->numbers[i];
            if (nu->tok_first > cue->tok_last)
                break;
            if ((nu->tok_last + 1 == cue->tok_first ||
                 (nu->tok_first <= cue->tok_last &&
                  nu->tok_last >= cue->tok_first)) &&
                cl_countable(doc, nu)) {
                span->start = nu->start;
                span->end = nu->end;
                return (nu->flags & RASD_NUMF_VAGUE) ? -1 : (int)nu->value;
            }
        }
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
    const rasd_number *nth = cl_number_at(doc, cue->tok_last + 1,
                                          cue->tok_last + 1);
    if (nth && (nth->flags & RASD_NUMF_ORDINAL) && nth->value >= 2 &&
        nth->value <= 10 && nth->tok_first == nth->tok_last) {
        span->start = nth->start;
        span->end = nth->end;
        return 1;
    }
    const char *cb = rasd_entry_attr(cue->entry, "count");
    int count_before = cb && !strcmp(cb, "before");
    const rasd_number *best = NULL;
    uint32_t bestd = 4;
    uint32_t lo = cue->tok_first > s->tok_first + 3 ? cue->tok_first - 3
                                                     : s->tok_first;
    uint32_t hi = cue->tok_last + 4;
    for (int i = 0; i < l->ncue; i++) /* (reaching past "ما لا يقل عن") */
        if (l->ckind[i] == CK_LOWER_BOUND &&
            l->cue[i]->tok_first == cue->tok_last + 1)
            hi = l->cue[i]->tok_last + 4;
    if (hi > s->tok_first + s->tok_count)
        hi = s->tok_first + s->tok_count;
    for (size_t i = 0; i < doc->nnumbers; i++) {
        const rasd_number *nu = &doc->numbers[i];
        if (nu->tok_last < lo)
            continue;
        if (nu->tok_first >= hi)
            break;
        if (!cl_countable(doc, nu) || duration(l, nu))
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
        /* "قتل ما لا يقل عن 85 شخصاً", "killed at least 85": the bound
         * is part of the number */
        if (nu->tok_first > cue->tok_last + 1 &&
            bound_between(l, cue->tok_last, nu->tok_first))
            d = 1;
        /* a tie goes to the number after: "مقتل اثنين", "killed five";
         * but a plural noun is counted before it ("ستة قتلى وأربعة
         * مصابين": cues of count=before) */
        if (d < bestd || (d == bestd && (nu->tok_first > cue->tok_last) !=
                                            count_before)) {
            bestd = d;
            best = nu;
        }
    }
    if (best == NULL)
        best = subject_count(doc, l, cue);
    if (best == NULL) {
        /* "بمقتل مقاتل", "killing a soldier": one person, no number;
         * "لقي شاب مصرعه": the one before a death noun of his own */
        const rasd_match *one = one_person_after(doc, l, cue);
        if (one == NULL)
            one = one_person_before(doc, l, cue);
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
int cl_number_in(const rasd_doc *doc, rasd_span sp)
{
    for (size_t i = 0; i < doc->nnumbers; i++)
        if (doc->numbers[i].start == sp.start && doc->numbers[i].end == sp.end)
            return !(doc->numbers[i].flags & RASD_NUMF_ORDINAL);
    return 0;
}
