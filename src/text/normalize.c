/* normalize.c - the normalised form of a span of text (text.h).
 *
 * Two paths: the fast one folds code point by code point through the
 * generated table (NFKC + case folding + rasd's Arabic rules, precomputed
 * by tools/gen_fold.c); a span holding a composing mark that NFKC would
 * merge with its neighbour (decomposed Latin, Hangul jamo) goes through
 * utf8proc_map whole and then through the table, so the result is the same
 * as full NFKC either way.
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "fold.h"
#include "rasd/utf8.h"
#include "text_int.h"

/* Table fold of z[0..n) into out; returns bytes written or -1 when a
 * composing mark needs the full path.  out must hold 4*n + 4 bytes (one
 * code point of 2-3 bytes folds to at most 4 code points of 3 bytes). */
static long fold_fast(const char *z, size_t n, char *out)
{
    const unsigned char *s = (const unsigned char *)z;
    size_t i = 0, o = 0;
    while (i < n) {
        unsigned c = s[i];
        if (c < 0x80) {
            out[o++] = (char)(c - 'A' < 26u ? c + 32 : c);
            i++;
            continue;
        }
        uint32_t cp;
        size_t len = rasd_utf8_decode(s + i, n - i, &cp);
        if (len == 0) { /* invalid byte: keep it, the reader reported it */
            out[o++] = (char)c;
            i++;
            continue;
        }
        uint32_t e = 1u; /* above the BMP: kept as it is */
        if (cp < 0x10000) {
            unsigned x = fold_index(cp);
            if (rasd_fold_class[x] & 0x80u)
                return -1;
            e = rasd_fold_entry[x];
        }
        o += fold_put(e, s + i, len, out + o);
        i += len;
    }
    return (long)o;
}

long rasd_text_normalize(const char *z, size_t n, char *out, size_t cap)
{
    if (cap < 4 * n + 4)
        return RASD_EINVAL;
    long o = fold_fast(z, n, out);
    if (o >= 0) {
        out[o] = '\0';
        return o;
    }
    utf8proc_uint8_t *dst = NULL;
    utf8proc_ssize_t nd = utf8proc_map((const utf8proc_uint8_t *)z,
                                       (utf8proc_ssize_t)n, &dst,
                                       UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                           UTF8PROC_COMPAT |
                                           UTF8PROC_CASEFOLD);
    if (nd == UTF8PROC_ERROR_NOMEM)
        return RASD_ENOMEM;
    if (nd < 0) {
        /* Invalid UTF-8 cannot reach here from the readers; fold what we
         * can and drop the marks. */
        size_t k = 0;
        for (size_t i = 0; i < n && k < cap - 1; i++)
            out[k++] = z[i];
        out[k] = '\0';
        return (long)k;
    }
    /* The composed text has no composing marks left that the table would
     * refuse, except ones NFKC keeps apart: drop those. */
    size_t i = 0;
    o = 0;
    while (i < (size_t)nd && (size_t)o + 16 < cap) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(dst + i, nd - (utf8proc_ssize_t)i,
                                              &cp);
        if (k <= 0)
            break;
        uint32_t e = fold_lookup_entry((uint32_t)cp);
        if (e & 1u) {
            memcpy(out + o, dst + i, (size_t)k);
            o += k;
        } else {
            size_t flen = (e >> 1) & 0x7Fu;
            memcpy(out + o, rasd_fold_pool + (e >> 8), flen);
            o += (long)flen;
        }
        i += (size_t)k;
    }
    free(dst); /* utf8proc allocates with malloc */
    out[o] = '\0';
    return o;
}
