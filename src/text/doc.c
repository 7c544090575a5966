/* doc.c - runs the text layer over one article: clean, tokenise, split
 * sentences, find numbers and dates (text.h). */
#include "text_int.h"

/* Sentences from the top in which a stated day can be the article's
 * own (headline, dateline, lead), and the longest line further down that
 * is a stamp (an embedded post's "— name (@handle) December 8, 2023"): a
 * day told in a sentence further down is most often an earlier
 * incident's ("وكانت البلدة قد شهدت في السابع من كانون الثاني 2009",
 * "years after the attack of 4 October 2017"). */
#define DATELINE_SENTENCES 4
#define STAMP_TOKENS 12

/* Is date d where a text without a publication date states its own day? */
static int own_day(const rasd_doc *doc, const rasd_date *d)
{
    for (size_t s = 0; s < doc->nsents; s++) {
        const rasd_sentence *x = &doc->sents[s];
        if (d->tok_first < x->tok_first ||
            d->tok_first >= x->tok_first + x->tok_count)
            continue;
        return s < DATELINE_SENTENCES || x->tok_count <= STAMP_TOKENS;
    }
    return 0;
}

/* Sets doc->published to the latest absolute day the text states as its
 * own (own_day), if any; returns 1 when it did. */
static int infer_published(rasd_doc *doc)
{
    rasd_date_ymd best = {0, 0, 0};
    for (size_t i = 0; i < doc->ndates; i++) {
        const rasd_date *d = &doc->dates[i];
        if (!own_day(doc, d))
            continue;
        if ((d->flags & (RASD_DATEF_RELATIVE | RASD_DATEF_UNRESOLVED)) ||
            d->precision != 1 || d->date.y == 0 || d->date.d == 0)
            continue;
        if (best.y == 0 ||
            rasd_days_from_civil(d->date.y, d->date.m, d->date.d) >
                rasd_days_from_civil(best.y, best.m, best.d))
            best = d->date;
    }
    if (best.y == 0)
        return 0;
    doc->published = best;
    doc->published_inferred = 1;
    return 1;
}

int rasd_doc_analyze(rasd_doc **out, const rasd_text_res *res,
                     const char *text, size_t ntext,
                     rasd_date_ymd published, unsigned flags)
{
    int rc;
    rasd_doc *doc = NULL;
    rasd_arena *a = rasd_arena_new();
    *out = NULL;
    if (a == NULL)
        return RASD_ENOMEM;
    doc = rasd_arena_calloc(a, sizeof *doc);
    if (doc == NULL) {
        rasd_arena_free(a);
        return RASD_ENOMEM;
    }
    doc->arena = a;
    doc->text = text;
    doc->ntext = ntext;
    doc->published = published;
    if (ntext > UINT32_MAX) {
        rc = RASD_ETOOBIG; /* spans are 32-bit */
        goto out;
    }
    /* What the word tables make of each token, from the word cache. */
    rasd_wordinfo wi = {NULL, NULL, NULL, 0, 0, NULL, 0};
    /* stems come with the tokens, from the word cache (res has it) */
    int stems = (flags & RASD_ANALYZE_STEMS) && res != NULL;
    if (!(flags & RASD_ANALYZE_NO_CLEAN) && res && res->clean) {
        /* Cleaning and tokens in one scan (token.c): the same skip ranges
         * and tokens as rasd_clean_mark then rasd_text_tokenize. */
        rasd_cleaner *cl = NULL;
        rc = rasd_cleaner_new(&cl, res->clean);
        if (rc < 0)
            goto out;
        rc = rasd_text_tokenize_clean(doc, cl, res, &wi, stems);
        rasd_cleaner_free(cl);
    } else {
        rc = rasd_text_tokenize_res(text, ntext, doc->skip, doc->nskip, a,
                                    res, &doc->tokens, &doc->ntokens, &wi,
                                    stems);
    }
    if (rc < 0)
        goto out;
    doc->stems = (uint8_t)stems;
    doc->word_id = wi.wid;
    doc->word_gen = wi.gen;
    rc = rasd_text_sentences(doc);
    if (rc < 0)
        goto out;
    if (!(flags & RASD_ANALYZE_NO_NUMBERS) && res && res->num) {
        rc = rasd_numbers_find(doc, res->num, wi.tok ? &wi : NULL);
        if (rc < 0)
            goto out;
    }
    if (!(flags & RASD_ANALYZE_NO_DATES) && res && res->date) {
        rc = rasd_dates_find(doc, res->date, wi.tok ? &wi : NULL);
        if (rc < 0)
            goto out;
        if ((flags & RASD_ANALYZE_INFER_PUBLISHED) && published.y == 0 &&
            infer_published(doc)) {
            rc = rasd_dates_find(doc, res->date, wi.tok ? &wi : NULL); /* again, anchored */
            if (rc < 0)
                goto out;
        }
    }
out:
    if (rc < 0) {
        rasd_arena_free(a);
        return rc;
    }
    *out = doc;
    return 0;
}

void rasd_doc_free(rasd_doc *doc)
{
    if (doc)
        rasd_arena_free(doc->arena); /* doc itself lives in its arena */
}
