/* doc.c - runs the text layer over one article: clean, tokenise, split
 * sentences, find numbers and dates (text.h). */
#include "text_int.h"

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
    if (!(flags & RASD_ANALYZE_NO_CLEAN) && res && res->clean) {
        rc = rasd_clean_mark(doc, res->clean);
        if (rc < 0)
            goto out;
    }
    rc = rasd_text_tokenize(text, ntext, doc->skip, doc->nskip, a,
                            &doc->tokens, &doc->ntokens);
    if (rc < 0)
        goto out;
    rc = rasd_text_sentences(doc);
    if (rc < 0)
        goto out;
    if (!(flags & RASD_ANALYZE_NO_NUMBERS) && res && res->num) {
        rc = rasd_numbers_find(doc, res->num);
        if (rc < 0)
            goto out;
    }
    if (!(flags & RASD_ANALYZE_NO_DATES) && res && res->date) {
        rc = rasd_dates_find(doc, res->date);
        if (rc < 0)
            goto out;
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
