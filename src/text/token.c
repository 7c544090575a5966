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
#include <pthread.h>
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
    size_t nchar;      /* code points among them (the key counts letters) */
    int slow;          /* current token: fold it with rasd_text_normalize */
    int unplain;       /* since the line began: a token normalised whole or
                          a fold holding white space (see judge) */
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
    tb->nchar = 0;
    tb->slow = 0;
    return 0;
}

/* Code points in the fold of entry e (not an identity), and whether one
 * of them is white space as clean.c's line keys see it (ASCII white space,
 * or a code point of class SPACE, NEWLINE or OTHER): a line holding such a
 * fold (a compatibility ligature with a space: U+FDFA, U+037A) is keyed
 * from its text, not from its tokens.  The fold pool is valid UTF-8. */
static size_t fold_chars(tokbuf *tb, uint32_t e)
{
    const unsigned char *p = (const unsigned char *)rasd_fold_pool + (e >> 8);
    size_t flen = (e >> 1) & 0x7Fu, c = 0;
    for (size_t k = 0; k < flen;) {
        uint32_t cp = 0;
        size_t len = rasd_utf8_decode(p + k, flen - k, &cp);
        if (len == 0)
            len = 1;
        unsigned cls = fold_lookup_class(cp) & 0x7Fu;
        if (cp == ' ' || cp - '\t' < 5u || cls == FOLD_SPACE ||
            cls == FOLD_NEWLINE || cls == FOLD_OTHER)
            tb->unplain = 1;
        c++;
        k += len;
    }
    return c;
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
        tb->nchar++;
    } else if (bad || (raw & 0x80u)) {
        tb->slow = 1;
    } else {
        uint32_t e = cp < 0x10000 ? rasd_fold_entry[fold_index(cp)] : 1u;
        tb->nnorm += fold_put(e, src, len, out);
        tb->nchar += e & 1u ? 1 : fold_chars(tb, e);
    }
}

/* Two-byte code points (U+0080-07FF, lead bytes C2-DF) that fold to
 * themselves, by class: bit (second byte & 0x3F) of plain2[k][lead - 0xC2]
 * is set when the code point is of class FOLD_AR (k 0) or FOLD_LETTER
 * (k 1) without the composing-mark bit, and its fold entry is identity.
 * Derived once from the generated tables: one load and a bit test per
 * letter instead of three dependent loads. */
static uint64_t plain2[2][30];
static pthread_once_t plain2_once = PTHREAD_ONCE_INIT;

static void plain2_init(void)
{
    for (uint32_t cp = 0x80; cp < 0x800; cp++) {
        unsigned x = fold_index(cp);
        unsigned cls = rasd_fold_class[x];
        if (!(rasd_fold_entry[x] & 1u) ||
            (cls != FOLD_AR && cls != FOLD_LETTER))
            continue;
        unsigned lead = 0xC0u | (cp >> 6);
        if (lead < 0xC2u)
            continue; /* C0, C1: overlong, never decoded */
        plain2[cls == FOLD_LETTER][lead - 0xC2u] |= (uint64_t)1
                                                  << (cp & 0x3Fu);
    }
}

/* The inside of a word, the bulk of the text: from s[i], takes the code
 * points of class cls (FOLD_AR or FOLD_LETTER) that are two-byte letters
 * (all of Arabic) or ASCII letters, up to lim, and folds them into the
 * token's norm as append() would.  Returns where it stopped; the scan
 * loop handles what follows (marks, other classes, the token's end). */
static size_t word_run(tokbuf *tb, const unsigned char *restrict s,
                       size_t i, size_t lim, unsigned cls)
{
    /* restrict: the norm never overlaps the text, so a store to it does
     * not make the compiler load the text again. */
    char *restrict out = tb->str + tb->nstr + tb->nnorm;
    const uint64_t *plain = plain2[cls == FOLD_LETTER];
    size_t o = 0, nch = 0;
    for (;;) {
        /* The common cases alone in small loops (the rare cases below
         * would take their registers): ASCII letters in a Latin word,
         * two-byte letters that fold to themselves. */
        if (cls == FOLD_LETTER) {
            while (i < lim && (s[i] | 32u) - 'a' < 26u) {
                out[o++] = (char)(s[i] | 32u); /* lower case */
                nch++;
                i++;
            }
        }
        while (i + 2 <= lim) {
            unsigned c = s[i], c2 = s[i + 1];
            if (c - 0xC2u >= 0x1Eu || (c2 & 0xC0u) != 0x80u ||
                !((plain[c - 0xC2u] >> (c2 & 0x3Fu)) & 1u))
                break;
            out[o] = (char)c;
            out[o + 1] = (char)c2;
            o += 2;
            nch++;
            i += 2;
        }
        if (i >= lim)
            break;
        unsigned c = s[i];
        if (c - 0xC2u < 0x1Eu && i + 2 <= lim &&
            (s[i + 1] & 0xC0u) == 0x80u) { /* a letter that folds */
            uint32_t cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
            unsigned x = fold_index(cp);
            if (rasd_fold_class[x] != cls) /* also a composing mark */
                break;
            uint32_t e = rasd_fold_entry[x];
            o += fold_put(e, s + i, 2, out + o);
            nch += fold_chars(tb, e);
            i += 2;
            continue;
        }
        if (c >= 0x80 || cls != FOLD_LETTER || (c | 32u) - 'a' >= 26u)
            break;
    }
    tb->nnorm += o;
    tb->nchar += nch;
    return i;
}

/* Ends token t: its norm (already folded, or by rasd_text_normalize over
 * z[t->start..t->end)), then its key, which points into the norm when it
 * is a suffix of it. */
static int finish(tokbuf *tb, rasd_token *t, const char *z)
{
    char *norm = tb->str + tb->nstr;
    size_t nn = tb->nnorm;
    if (tb->slow) {
        tb->unplain = 1;
        long r = rasd_text_normalize(z + t->start, t->end - t->start, norm,
                                     NORM_CAP);
        if (r < 0)
            return (int)r;
        nn = (size_t)r;
    }
    norm[nn] = '\0';
    t->norm = norm;
    t->nnorm = (uint32_t)nn;
    t->hash = rasd_text_hash(norm, nn);
    char *out = norm + nn + 1;
    const char *key;
    size_t nk = rasd_text_key_ref(norm, nn, t->kind,
                                  tb->slow ? SIZE_MAX : tb->nchar, out, &key,
                                  &t->clitics);
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

/* True when cp is deleted by normalisation (harakat, joiners). */
static int folds_to_nothing(uint32_t cp)
{
    if (cp >= 0x10000)
        return 0;
    uint32_t e = rasd_fold_entry[fold_index(cp)];
    return !(e & 1u) && ((e >> 1) & 0x7Fu) == 0;
}

static int is_apostrophe(uint32_t cp)
{
    return cp == '\'' || cp == 0x2019;
}

/* Cleaning during the scan (rasd_text_tokenize_clean): the line being
 * scanned, and the state to go back to when it is dropped. */
typedef struct lines {
    rasd_cleaner *cl;
    size_t start;      /* its first byte */
    size_t tok;        /* its first token */
    uint8_t pending;   /* flags pending at its start */
    int newlines;      /* newlines since the last token, at its start */
    int plain;         /* its key is its tokens' norms joined (see below) */
} lines;

/* Judges the line lc->start..end (newline up to next) with its key joined
 * from its tokens when the line is plain: then the text between tokens is
 * white space or code points that fold to nothing, no fold inside a token
 * holds white space, and no token was normalised whole, so the joined key
 * (a space where white space was) is what clean.c's line_key computes from
 * the text.  Returns 1 when the line is dropped, 0 or a negative code. */
static int judge(lines *lc, tokbuf *tb, const char *z, size_t end,
                 size_t next)
{
    long nk = -1;
    if (lc->plain && !tb->unplain &&
        end - lc->start <= RASD_CLEAN_MAX_KEY_LINE) {
        char *k = rasd_cleaner_keybuf(lc->cl);
        size_t o = 0;
        for (size_t t = lc->tok; t < tb->n; t++) {
            const rasd_token *tk = &tb->a[t];
            if (t > lc->tok && (tk->flags & RASD_TOKF_SPACE_BEFORE))
                k[o++] = ' ';
            /* Eight bytes a step, no libc call: a norm is followed by the
             * room of its token in the string chunk, and the key buffer
             * has RASD_CLEAN_KEY_SLACK bytes past its end. */
            for (size_t j = 0; j < tk->nnorm; j += 8)
                memcpy(k + o + j, tk->norm + j, 8);
            o += tk->nnorm;
        }
        nk = (long)o;
    }
    return rasd_cleaner_line(lc->cl, z, lc->start, end, next, nk);
}

static void line_begin(lines *lc, tokbuf *tb, size_t start, uint8_t pending,
                       int newlines)
{
    lc->start = start;
    lc->tok = tb->n;
    lc->pending = pending;
    lc->newlines = newlines;
    lc->plain = 1;
    tb->unplain = 0;
}

/* The scan of rasd_text_tokenize; with lc, no skip ranges, and each line
 * is judged by the cleaner at its end: a dropped line loses its tokens and
 * the scan goes on as rasd_text_tokenize would after a skip range there
 * (the flags pending at the line's start, plus a paragraph start). */
static int scan(const char *z, size_t n, const rasd_span *skip, size_t nskip,
                lines *lc, rasd_arena *a, rasd_token **out, size_t *ntok)
{
    const unsigned char *s = (const unsigned char *)z;
    tokbuf tb;
    pthread_once(&plain2_once, plain2_init);
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
    if (lc)
        line_begin(lc, &tb, 0, pending, newlines);

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
        if (cur && cur_cls != FOLD_DIGIT && !tb.slow) {
            size_t lim = cur->start + MAX_TOKEN_BYTES;
            size_t j = word_run(&tb, s, i, lim < next_skip ? lim : next_skip,
                                cur_cls);
            if (j > i) {
                i = j;
                cur->end = (uint32_t)i;
                if (i >= next_skip)
                    continue;
            }
        }
        if (s[i] == ' ') { /* the commonest separator, as below */
            END_CURRENT();
            pending |= RASD_TOKF_SPACE_BEFORE;
            i++;
            continue;
        }
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

        if (lc) {
            if (cp == '\n') {
                int d = judge(lc, &tb, z, i, i + 1);
                if (d < 0)
                    return d;
                if (d) {
                    tb.n = lc->tok;
                    pending = lc->pending | RASD_TOKF_PARA_START |
                              RASD_TOKF_LINE_START;
                    newlines = lc->newlines;
                } else {
                    newlines++;
                    pending |= RASD_TOKF_LINE_START | RASD_TOKF_SPACE_BEFORE;
                    if (newlines >= 2)
                        pending |= RASD_TOKF_PARA_START;
                }
                i++;
                line_begin(lc, &tb, i, pending, newlines);
                continue;
            }
            /* Outside a token: what the tokens will not show must fold to
             * nothing for the line to stay plain (see judge). */
            if (cls == FOLD_OTHER || (raw & 0x80u) ||
                ((cls == FOLD_MARK || cls == FOLD_IGNORE) &&
                 !folds_to_nothing(cp)))
                lc->plain = 0;
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
    if (lc && lc->start < n) { /* the last line, without a newline */
        int d = judge(lc, &tb, z, n, n);
        if (d < 0)
            return d;
        if (d)
            tb.n = lc->tok;
    }
    *out = tb.a;
    *ntok = tb.n;
    return 0;
}

int rasd_text_tokenize(const char *z, size_t n, const rasd_span *skip,
                       size_t nskip, rasd_arena *a, rasd_token **out,
                       size_t *ntok)
{
    return scan(z, n, skip, nskip, NULL, a, out, ntok);
}

int rasd_text_tokenize_clean(rasd_doc *doc, rasd_cleaner *cl)
{
    lines lc;
    memset(&lc, 0, sizeof lc);
    lc.cl = cl;
    int rc = scan(doc->text, doc->ntext, NULL, 0, &lc, doc->arena,
                  &doc->tokens, &doc->ntokens);
    if (rc < 0)
        return rc;
    return rasd_cleaner_store(cl, doc);
}
