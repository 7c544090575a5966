/* sentence.c - splits a document's tokens into sentences and tags each
 * with its language.
 *
 * A sentence ends at . ! ? ؟ ؛ ; … or at a line break, and takes with it
 * the closing quotes and brackets that follow.  A full stop does not end a
 * sentence after an English abbreviation or a single capital (U.S., Gen.),
 * or before a lower-case Latin word, nor when a Latin word follows it
 * without a space ("example.com"; Arabic words do end one).  Digits with inner separators (2.5,
 * 15,000) are single tokens, so they never split; dates like 15-7-2024 use
 * hyphens, which are not terminators.
 */
#include <string.h>

#include "text_int.h"

/* Called for punctuation tokens only (one in nine).  A punctuation token
 * is one code point, so its norm's length tells which terminators it may
 * be: bytes compared, not four calls of strcmp for each Arabic comma. */
static int is_terminator(const rasd_token *t)
{
    const unsigned char *z = (const unsigned char *)t->norm;
    switch (t->nnorm) {
    case 1:
        return z[0] == '.' || z[0] == '!' || z[0] == '?' || z[0] == ';';
    case 2:
        return (z[0] == 0xD8 && (z[1] == 0x9F        /* ؟ */
                                 || z[1] == 0x9B))   /* ؛ */
               || (z[0] == 0xDB && z[1] == 0x94);    /* ۔ */
    case 3:
        return z[0] == 0xE2 && z[1] == 0x80 && z[2] == 0xA6; /* … */
    default:
        return 0;
    }
}

static int is_closer(const rasd_token *t)
{
    if (t->kind != RASD_TOK_PUNCT || t->nnorm != 1)
        return 0;
    char c = t->norm[0];
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}';
}

static const char *const abbrev[] = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "maj",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "no", "vs", "etc", "inc", "co", "corp", "jr", "sr", "prof",
    "gov", "sen", "rep", "adm", "brig", "u.s", NULL};

static int is_abbrev(const rasd_token *t)
{
    if (t->kind != RASD_TOK_LATIN)
        return 0;
    if (t->nnorm == 1)
        return 1; /* a single letter: U.S., J. Smith */
    for (size_t i = 0; abbrev[i]; i++)
        if (!strcmp(t->norm, abbrev[i]))
            return 1;
    return 0;
}

/* The language of a sentence of ar Arabic and latin Latin words. */
static uint8_t language(size_t ar, size_t latin)
{
    if (ar == 0 && latin == 0)
        return RASD_LANG_OTHER;
    if (latin * 10 <= ar)
        return RASD_LANG_AR;
    if (ar * 10 <= latin)
        return RASD_LANG_EN;
    return RASD_LANG_MIXED;
}

int rasd_text_sentences(rasd_doc *doc)
{
    rasd_token *t = doc->tokens;
    size_t n = doc->ntokens;
    size_t cap = n / 8 + 16, ns = 0;
    rasd_sentence *s = rasd_arena_alloc(doc->arena, cap * sizeof *s);
    if (s == NULL)
        return RASD_ENOMEM;
    size_t first = 0;
    /* words of each script since first: a sentence's closers after i are
     * punctuation, so its counts are those up to i */
    size_t ar = 0, latin = 0;
    for (size_t i = 0; i < n; i++) {
        int end = 0;
        size_t last = i;
        ar += t[i].kind == RASD_TOK_AR;
        latin += t[i].kind == RASD_TOK_LATIN;
        if (i + 1 == n) {
            end = 1;
        } else if (t[i + 1].flags & RASD_TOKF_LINE_START) {
            end = 1;
        } else if (t[i].kind == RASD_TOK_PUNCT && is_terminator(&t[i])) {
            end = 1;
            if (t[i].norm[0] == '.' && t[i].nnorm == 1) {
                if (i > first && is_abbrev(&t[i - 1]) &&
                    !(t[i].flags & RASD_TOKF_SPACE_BEFORE))
                    end = 0;
                if (t[i + 1].kind == RASD_TOK_LATIN &&
                    !(t[i + 1].flags & RASD_TOKF_UPPER))
                    end = 0;
                /* "u.s.", "example.com"; but Arabic has no such
                 * abbreviations, and pages scraped without their
                 * paragraph breaks run sentences together ("الزمن.وزارة") */
                if (!(t[i + 1].flags & RASD_TOKF_SPACE_BEFORE) &&
                    t[i + 1].kind != RASD_TOK_PUNCT &&
                    t[i + 1].kind != RASD_TOK_AR)
                    end = 0;
            }
            if (end) {
                while (last + 1 < n && is_closer(&t[last + 1]) &&
                       !(t[last + 1].flags & RASD_TOKF_LINE_START))
                    last++;
            }
        }
        if (!end)
            continue;
        if (ns == cap) {
            size_t ncap = cap * 2;
            rasd_sentence *a = rasd_arena_alloc(doc->arena, ncap * sizeof *a);
            if (a == NULL)
                return RASD_ENOMEM;
            memcpy(a, s, ns * sizeof *s);
            s = a;
            cap = ncap;
        }
        rasd_sentence *cur = &s[ns++];
        cur->tok_first = (uint32_t)first;
        cur->tok_count = (uint32_t)(last + 1 - first);
        cur->start = t[first].start;
        cur->end = t[last].end;
        cur->lang = language(ar, latin);
        t[last].sent_end = 1;
        i = last;
        first = last + 1;
        ar = latin = 0;
    }
    doc->sents = s;
    doc->nsents = ns;
    return 0;
}
