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
