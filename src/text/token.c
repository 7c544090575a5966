/* token.c - splits text into word, number and punctuation tokens with byte
 * spans into the original, skipping cleaned ranges, and gives each token
 * its normalised form and match key (text.h).
 *
 * Hand-written rather than ICU/utf8proc word breaking: UAX #29 splits
 * Arabic the same way but knows nothing of our needs (digits with inner
 * separators, apostrophes in transliterated names, a cap on token length,
 * skip ranges), and a table-driven loop is what the 200 MB/s budget allows.
 *
 * A token's norm is rasd_text_normalize of its span (text.h), but it is
 * folded while the span is scanned, from the code point and class the scan
 * has already decoded: a second pass per token cost a third of the layer.
 * A token holding a composing mark, an invalid byte or a sequence cut by a
 * skip range is normalised from its span instead, exactly as before.
 * tests/unit/text/test_fast.c compares both over the corpora.
 */
#include <string.h>

#include "fold.h"
#include "rasd/utf8.h"
#include "text_int.h"

/* A "word" longer than this is not a word (base64, a 200 MB line of one
 * letter): it is cut into tokens of at most this many bytes. */
#define MAX_TOKEN_BYTES 240
/* Room for one norm: rasd_text_normalize wants 4n + 4 bytes, and its
 * utf8proc path stops short of cap - 16, so every token gets the same cap
 * (that of the scratch buffer this replaced) and the same output. */
#define NORM_CAP (4 * MAX_TOKEN_BYTES + 8)
/* A token's norm, NUL, key (never longer than the norm), NUL. */
#define TOKEN_ROOM (2 * NORM_CAP + 2)
/* Norms and keys of an article are written back to back into chunks of
 * this size taken from the arena: one allocation per chunk, not two per
 * token, and no copy from a scratch buffer. */
#define STR_CHUNK (32u * 1024u)

typedef struct tokbuf {
    rasd_token *a;
    size_t n, cap;
    rasd_arena *arena;
    int rc;
    char *str;         /* current string chunk */
    size_t nstr;       /* bytes of it used */
    size_t capstr;
    size_t nnorm;      /* bytes folded into str + nstr for the current token */
    int slow;          /* current token: fold it with rasd_text_normalize */
} tokbuf;

static rasd_token *push(tokbuf *tb)
{
    if (tb->n == tb->cap) {
        size_t cap = tb->cap * 2;
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

/* Starts the norm of a new token: makes sure the string chunk has room for
 * one more token.  Returns 0 or RASD_ENOMEM. */
static int begin(tokbuf *tb)
{
    if (tb->capstr - tb->nstr < TOKEN_ROOM) {
        char *p = rasd_arena_alloc(tb->arena, STR_CHUNK);
        if (p == NULL)
            return RASD_ENOMEM;
        tb->str = p;
        tb->nstr = 0;
        tb->capstr = STR_CHUNK;
    }
    tb->nnorm = 0;
    tb->slow = 0;
    return 0;
}

/* Folds one code point of the current token into its norm (the fast path
 * of rasd_text_normalize, per code point as the token grows).  raw is its
 * class with the composing-mark bit; bad: an invalid or cut sequence.
 * Either sends the token to rasd_text_normalize in finish(). */
static inline void append(tokbuf *tb, const unsigned char *src, size_t len,
                          uint32_t cp, unsigned raw, int bad)
{
    char *out = tb->str + tb->nstr + tb->nnorm;
    if (tb->slow)
        return;
    if (cp < 0x80 && !bad) {
        *out = (char)(cp - 'A' < 26u ? cp + 32 : cp);
        tb->nnorm++;
    } else if (bad || (raw & 0x80u)) {
        tb->slow = 1;
    } else {
        uint32_t e = cp < 0x10000 ? rasd_fold_entry[fold_index(cp)] : 1u;
        tb->nnorm += fold_put(e, src, len, out);
    }
}

/* Ends token t: its norm (already folded, or by rasd_text_normalize over
 * z[t->start..t->end)), then its key, which points into the norm when it
 * is a suffix of it. */
static int finish(tokbuf *tb, rasd_token *t, const char *z)
{
    char *norm = tb->str + tb->nstr;
    size_t nn = tb->nnorm;
    if (tb->slow) {
        long r = rasd_text_normalize(z + t->start, t->end - t->start, norm,
                                     NORM_CAP);
        if (r < 0)
            return (int)r;
        nn = (size_t)r;
    }
    norm[nn] = '\0';
    t->norm = norm;
    t->nnorm = (uint32_t)nn;
    char *out = norm + nn + 1;
    const char *key;
    size_t nk = rasd_text_key_ref(norm, nn, t->kind, out, &key, &t->clitics);
    size_t used = nn + 1;
    if (key == out) {
        out[nk] = '\0';
        used += nk + 1;
    }
    t->key = key;
    t->nkey = (uint32_t)nk;
    tb->nstr += used;
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
    tokbuf tb;
    memset(&tb, 0, sizeof tb);
    tb.arena = a;
    /* About one token per 6-10 bytes of news: start near the count and
     * double from there. */
    tb.cap = n / 8 + 16;
    tb.a = rasd_arena_alloc(a, tb.cap * sizeof *tb.a);
    if (tb.a == NULL)
        return RASD_ENOMEM;
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
        int bad = 0; /* invalid or cut: the token is normalised whole */
        unsigned c = s[i];
        if (c < 0x80) {
            cp = c;
            len = 1;
        } else {
            len = rasd_utf8_decode(s + i, n - i, &cp);
            if (len == 0) { /* invalid byte: treat as a symbol */
                cp = 0xFFFD;
                len = 1;
                bad = 1;
            }
        }
        if (i + len > next_skip) {
            len = next_skip - i;
            bad = 1;
        }
        unsigned raw = fold_lookup_class(cp);
        unsigned cls = raw & 0x7Fu;
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
                append(&tb, s + i, len, cp, raw, bad);
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
            int brc = begin(&tb);
            if (brc)
                return brc;
            append(&tb, s + i, len, cp, raw, bad);
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
