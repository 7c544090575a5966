/* extract.c - the events of one article: each sentence into mentions,
 * mentions into one event per incident, then dates and background
 * (extract_int.h draws the pipeline). */
#include <string.h>

#include "extract_int.h"

int rasd_extract_doc(const rasd_lexicon *lx, const rasd_doc *doc,
                     const rasd_match *m, size_t nm, rasd_arena *a,
                     rasd_event **out, size_t *n)
{
    (void)lx;
    mention *ms = NULL;
    size_t nms = 0, cap = 0;
    size_t im = 0;
    *out = NULL;
    *n = 0;
    for (size_t si = 0; si < doc->nsents; si++) {
        const rasd_sentence *s = &doc->sents[si];
        while (im < nm && m[im].start < s->start)
            im++;
        size_t jm = im;
        while (jm < nm && m[jm].start < s->end)
            jm++;
        if (jm == im)
            continue;
        sentctx c = {doc, s, (uint32_t)si, m + im, jm - im};
        int rc = mention_find(&c, a, &ms, &nms, &cap);
        if (rc < 0)
            return rc;
        im = jm;
    }
    rasd_event *ev = NULL;
    size_t nev = 0;
    int rc = merge_mentions(doc, ms, nms, a, &ev, &nev);
    if (rc < 0)
        return rc;
    when_finish(doc, ev, nev, ms, nms);
    *out = ev;
    *n = nev;
    return 0;
}
