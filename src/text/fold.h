/* fold.h - per-code-point folding and classes, from the generated table.
 *
 * rasd_fold_entry: bit 0 set = the code point folds to itself; otherwise
 * (offset << 8) | (length << 1) into rasd_fold_pool, length 0 = deleted.
 * rasd_fold_class: low 7 bits a FOLD_* class, bit 7 = a composing mark that
 * needs full NFKC of its token (rare outside decomposed Latin).
 */
#ifndef RASD_FOLD_H
#define RASD_FOLD_H

#include <stdint.h>
#include <string.h>

#include "fold_table.h"

enum {
    FOLD_OTHER = 0, /* controls, unassigned: dropped */
    FOLD_SPACE,
    FOLD_NEWLINE,
    FOLD_AR,        /* Arabic-script letter */
    FOLD_LETTER,    /* any other letter */
    FOLD_DIGIT,     /* decimal digit, any script */
    FOLD_MARK,      /* combining mark: stays in its word */
    FOLD_IGNORE,    /* format character: invisible, joins words */
    FOLD_PUNCT      /* punctuation and symbols */
};

/* Slot of a BMP code point in rasd_fold_class and rasd_fold_entry: one
 * index serves both. */
static inline unsigned fold_index(uint32_t cp)
{
    return (unsigned)rasd_fold_stage1[cp >> 8] * 256u + (cp & 255u);
}

/* Writes the fold of one code point (fold entry e, its len bytes at src)
 * to out and returns the bytes written (at most 16).  Byte stores rather
 * than memcpy: a libc call per code point was 9 % of the text layer. */
static inline size_t fold_put(uint32_t e, const unsigned char *src,
                              size_t len, char *out)
{
    if (e & 1u) { /* folds to itself: 1-4 bytes */
        out[0] = (char)src[0];
        if (len > 1) {
            out[1] = (char)src[1];
            if (len > 2) {
                out[2] = (char)src[2];
                if (len > 3)
                    out[3] = (char)src[3];
            }
        }
        return len;
    }
    size_t flen = (e >> 1) & 0x7Fu;
    const char *p = rasd_fold_pool + (e >> 8);
    switch (flen) {
    case 4:
        out[3] = p[3];
        /* fall through */
    case 3:
        out[2] = p[2];
        /* fall through */
    case 2:
        out[1] = p[1];
        /* fall through */
    case 1:
        out[0] = p[0];
        /* fall through */
    case 0:
        break;
    default:
        memcpy(out, p, flen);
    }
    return flen;
}

static inline unsigned fold_lookup_class(uint32_t cp)
{
    if (cp >= 0x10000)
        return FOLD_LETTER; /* emoji and rare scripts: kept as letters */
    return rasd_fold_class[(unsigned)rasd_fold_stage1[cp >> 8] * 256u +
                           (cp & 255u)];
}

static inline uint32_t fold_lookup_entry(uint32_t cp)
{
    if (cp >= 0x10000)
        return 1u;
    return rasd_fold_entry[(unsigned)rasd_fold_stage1[cp >> 8] * 256u +
                           (cp & 255u)];
}

#endif
