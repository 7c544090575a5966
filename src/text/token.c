/* token.c - splits text into word, number and punctuation tokens with byte
 * spans into the original, skipping cleaned ranges, and gives each token
 * its normalised form and match key (text.h).
 *
 * Hand-written rather than ICU/utf8proc word breaking: UAX #29 splits
 * Arabic the same way but knows nothing of our needs (digits with inner
 * separators, apostrophes in transliterated names, a cap on token length,
 * skip ranges), and a table-driven loop is what the 200 MB/s budget allows.
 */
#include <string.h>

#include "fold.h"
#include "rasd/utf8.h"
#include "text_int.h"

/* A "word" longer than this is not a word (base64, a 200 MB line of one
 * letter): it is cut into tokens of at most this many bytes. */
#define MAX_TOKEN_BYTES 240

typedef struct tokbuf {
    rasd_token *a;
    size_t n, cap;
    rasd_arena *arena;
    int rc;
} tokbuf;

static rasd_token *push(tokbuf *tb)
{
    if (tb->n == tb->cap) {
        size_t cap = tb->cap ? tb->cap * 2 : 256;
        rasd_token *a = rasd_arena_alloc(tb->arena, cap * sizeof *a);
        if (a == NULL) {
            tb->rc = RASD_ENOMEM;
            return NULL;
        }
        if (tb->n)
            memcpy(a, tb->a, tb->n * sizeof *a);
        tb->a = a;
        tb->cap = cap;
    }
    rasd_token *t = &tb->a[tb->n++];
    memset(t, 0, sizeof *t);
    return t;
}

/* Fills norm and key of t from z[t->start..t->end). */
static int finish(tokbuf *tb, rasd_token *t, const char *z)
{
    char scratch[4 * MAX_TOKEN_BYTES + 8];
    size_t n = t->end - t->start;
    long nn = rasd_text_normalize(z + t->start, n, scratch, sizeof scratch);
    if (nn < 0)
        return (int)nn;
    char *norm = rasd_arena_alloc(tb->arena, 2 * (size_t)nn + 2);
    if (norm == NULL)
        return RASD_ENOMEM;
    memcpy(norm, scratch, (size_t)nn);
    norm[nn] = '\0';
    t->norm = norm;
    t->nnorm = (uint32_t)nn;
    /* The key shares the allocation: it is never longer than norm. */
    char *key = norm + nn + 1;
    size_t nk = rasd_text_key(norm, (size_t)nn, t->kind, key, (size_t)nn + 1,
                              &t->clitics);
    key[nk] = '\0';
    t->key = key;
    t->nkey = (uint32_t)nk;
    return 0;
}

static int is_apostrophe(uint32_t cp)
{
    return cp == '\'' || cp == 0x2019;
}

int rasd_text_tokenize(const char *z, size_t n, const rasd_span *skip,
                       size_t nskip, rasd_arena *a, rasd_token **out,
                       size_t *ntok)
{
    const unsigned char *s = (const unsigned char *)z;
    tokbuf tb = {NULL, 0, 0, a, 0};
    size_t i = 0, iskip = 0;
    uint8_t pending = RASD_TOKF_PARA_START | RASD_TOKF_LINE_START;
    int newlines = 0; /* newlines since the last token */
    rasd_token *cur = NULL;  /* word or number being built */
    unsigned cur_cls = 0;

#define END_CURRENT()                                                        \
    do {                                                                     \
        if (cur) {                                                           \
            int frc = finish(&tb, cur, z);                                   \
            if (frc)                                                         \
                return frc;                                                  \
            cur = NULL;                                                      \
        }                                                                    \
    } while (0)

    while (i < n) {
        if (iskip < nskip && i >= skip[iskip].start) {
            if (i < skip[iskip].end) {
                END_CURRENT();
                i = skip[iskip].end;
                pending |= RASD_TOKF_PARA_START | RASD_TOKF_LINE_START;
            }
            iskip++;
            continue;
        }
        size_t next_skip = iskip < nskip ? skip[iskip].start : n;
        uint32_t cp;
        size_t len;
        unsigned c = s[i];
        if (c < 0x80) {
            cp = c;
            len = 1;
        } else {
            len = rasd_utf8_decode(s + i, n - i, &cp);
            if (len == 0) { /* invalid byte: treat as a symbol */
                cp = 0xFFFD;
                len = 1;
            }
        }
        if (i + len > next_skip)
            len = next_skip - i;
        unsigned cls = fold_lookup_class(cp) & 0x7Fu;
        if (cp < 0x80) {
            /* fast ASCII classes */
            if ((cp | 32u) - 'a' < 26u)
                cls = FOLD_LETTER;
            else if (cp - '0' < 10u)
                cls = FOLD_DIGIT;
        }

        /* Continue the current token? */
        if (cur) {
            size_t tlen = i + len - cur->start;
            int cont = 0;
            if (tlen > MAX_TOKEN_BYTES) {
                cont = 0;
            } else if (cur_cls == FOLD_DIGIT) {
                if (cls == FOLD_DIGIT) {
                    cont = 1;
                } else if ((cp == '.' || cp == ',' || cp == 0x066B ||
                            cp == 0x066C) && i + len < n) {
                    /* inner separator: only when a digit follows */
                    uint32_t nx;
                    size_t nl = s[i + len] < 0x80
                                    ? (nx = s[i + len], 1)
                                    : rasd_utf8_decode(s + i + len,
                                                       n - i - len, &nx);
                    if (nl && (fold_lookup_class(nx) & 0x7Fu) == FOLD_DIGIT &&
                        i + len < next_skip) {
                        cont = 1;
                    }
                }
            } else { /* a word */
                if (cls == FOLD_MARK || cls == FOLD_IGNORE)
                    cont = 1;
                else if (cls == cur_cls)
                    cont = 1;
                else if (cur_cls == FOLD_LETTER && is_apostrophe(cp) &&
                         i + len < n && i + len < next_skip &&
                         ((s[i + len] | 32u) - 'a' < 26u))
                    cont = 1;
            }
            if (cont) {
                i += len;
                cur->end = (uint32_t)i;
                continue;
            }
            END_CURRENT();
        }

        switch (cls) {
        case FOLD_NEWLINE:
            if (cp == '\n' || cp != '\r')
                newlines++;
            pending |= RASD_TOKF_LINE_START | RASD_TOKF_SPACE_BEFORE;
            if (newlines >= 2)
                pending |= RASD_TOKF_PARA_START;
            break;
        case FOLD_SPACE:
            pending |= RASD_TOKF_SPACE_BEFORE;
            break;
        case FOLD_OTHER:
        case FOLD_IGNORE:
        case FOLD_MARK:
            break; /* invisible outside a word */
        case FOLD_AR:
        case FOLD_LETTER:
        case FOLD_DIGIT:
        case FOLD_PUNCT: {
            rasd_token *t = push(&tb);
            if (t == NULL)
                return tb.rc;
            t->start = (uint32_t)i;
            t->end = (uint32_t)(i + len);
            t->flags = pending;
            if (cls == FOLD_LETTER && cp - 'A' < 26u)
                t->flags |= RASD_TOKF_UPPER;
            else if (cls == FOLD_LETTER && cp >= 0x80 && cp < 0x250) {
                /* Latin-1 capitals: a cheap check is enough for names */
                if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7))
                    t->flags |= RASD_TOKF_UPPER;
            }
            pending = 0;
            newlines = 0;
            t->kind = cls == FOLD_AR       ? RASD_TOK_AR
                      : cls == FOLD_LETTER ? RASD_TOK_LATIN
                      : cls == FOLD_DIGIT  ? RASD_TOK_DIGITS
                                           : RASD_TOK_PUNCT;
            if (cls == FOLD_PUNCT) {
                int frc = finish(&tb, t, z);
                if (frc)
                    return frc;
            } else {
                cur = t;
                cur_cls = cls;
            }
            break;
        }
        default:
            break;
        }
        i += len;
    }
    END_CURRENT();
#undef END_CURRENT
    *out = tb.a;
    *ntok = tb.n;
    return 0;
}
