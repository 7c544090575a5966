/* clean.c - marks the parts of an article that are not its news: copies of
 * a paragraph or line already seen in the article, boilerplate lines named
 * by data/text/boilerplate.tsv (newsletter boxes, share and follow lines,
 * "read more" lists, photo credits, copyright), and lines that many
 * articles of the same source share (clean.h).
 *
 * The text is never changed: cleaning only adds sorted, non-overlapping
 * skip ranges of whole lines (with their newline) to doc->skip, so every
 * later offset still points into the original (text.h).  Lines are
 * compared in a key form: normalised (text.h: NFKC, Arabic letter
 * variants, case), white space collapsed and trimmed; a copy also matches
 * when it lacks trailing punctuation or the leading conjunction و that
 * rewrites of a lede add or drop (both seen in ../shared/corpus/seeds).
 *
 *   line i:  "  وهذا هو الهجوم الثاني ...  ."    raw bytes [start, end)
 *   key:     "وهذا هو الهجوم الثاني ... ."       normalised, collapsed
 *   rkey:    "هذا هو الهجوم الثاني ..."          no trailing punct, no و
 *                       |
 *   hash(rkey) seen before in this article? -> skip [start, end + 1)
 *
 * Patterns only look at short lines (MAX_RULE_LINE): boilerplate is never
 * a long paragraph, and a long paragraph that starts with "Share" is news
 * about shares.  Lines longer than MAX_KEY_LINE are compared raw (white
 * space collapsed, not normalised) so a 40 MB line costs no 160 MB key.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

#include "fold.h"
#include "rasd/clean.h"
#include "rasd/utf8.h"
#include "text_int.h"

/* Lines longer than this (raw bytes) are never boilerplate by pattern. */
#define MAX_RULE_LINE 300
/* Lines longer than this are keyed raw: normalising needs 4x the bytes. */
#define MAX_KEY_LINE RASD_CLEAN_MAX_KEY_LINE
/* A repeat must have at least this many key bytes: "1" or "—" on a line
 * of its own repeats without being a copied paragraph. */
#define MIN_REPEAT 8
/* The conjunction و is dropped from the repeat key of lines this long. */
#define MIN_WAW_LINE 40
/* After a standalone "read more" header: at most this many short lines
 * (under MAX_LIST_ITEM bytes, not ending a sentence) are its list. */
#define MAX_LIST_LINES 8
#define MAX_LIST_ITEM 200
/* A pattern line of boilerplate.tsv is at most this long. */
#define MAX_TSV_LINE 1024
/* The cross-article table stops growing here (16M lines, 256 MiB). */
#define MAX_SEEN_LINES ((size_t)1 << 24)

/* --- keys -------------------------------------------------------------- */

static uint64_t fnv1a(const char *z, size_t n, uint64_t h)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)z[i];
        h *= 0x100000001b3ull;
    }
    return h;
}

#define FNV_BASIS 0xcbf29ce484222325ull

/* The hash of a line key.  Every byte of every line goes through it, so it
 * takes eight bytes a step (MurmurHash3's x64 block mix, one lane) where
 * byte-wise FNV-1a cost a multiply per byte.  Keys are compared by this
 * hash alone (64 bits: a collision within one source is out of reach).
 * The hasher is also fed byte by byte (raw_hash) and must then give the
 * same value for the same bytes: a long line keyed raw still matches an
 * equal short line, as before. */
typedef struct hasher {
    uint64_t h;
    uint64_t w; /* bytes of the current word, first byte lowest */
    size_t n;   /* bytes fed */
} hasher;

static uint64_t rotl64(uint64_t x, int r)
{
    return x << r | x >> (64 - r);
}

static uint64_t mix_word(uint64_t h, uint64_t k)
{
    k *= 0x87c37b91114253d5ull;
    k = rotl64(k, 31);
    k *= 0x4cf5ad432745937full;
    h ^= k;
    h = rotl64(h, 27);
    return h * 5 + 0x52dce729;
}

static uint64_t hash_final(uint64_t h, size_t n)
{
    h ^= (uint64_t)n;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

#define HASH_SEED 0x9E3779B97F4A7C15ull

static void hasher_put(hasher *hs, unsigned char c)
{
    hs->w |= (uint64_t)c << (8 * (hs->n & 7));
    if ((++hs->n & 7) == 0) {
        hs->h = mix_word(hs->h, hs->w);
        hs->w = 0;
    }
}

static uint64_t hasher_end(const hasher *hs)
{
    uint64_t h = hs->h;
    if (hs->n & 7)
        h = mix_word(h, hs->w);
    return hash_final(h, hs->n);
}

static uint64_t key_hash(const char *z, size_t n)
{
    uint64_t h = HASH_SEED;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, z + i, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        w = __builtin_bswap64(w); /* first byte lowest, as hasher_put */
#endif
        h = mix_word(h, w);
    }
    if (i < n) {
        uint64_t w = 0;
        for (size_t k = 0; i + k < n; k++)
            w |= (uint64_t)(unsigned char)z[i + k] << (8 * k);
        h = mix_word(h, w);
    }
    return hash_final(h, n);
}

/* Hash of a line's key for the repeats within one document (never
 * stored, never compared with key_hash's): four independent lanes of
 * mix_word, 32 bytes a step, and the last 8 bytes as one overlapping
 * word.  key_hash is one chain of multiplies over the whole line, a
 * serial wait of a few cycles every 8 bytes of every paragraph, where
 * this one waits a quarter as often.  n >= 8 (MIN_REPEAT). */
static uint64_t repeat_hash(const char *z, size_t n)
{
    uint64_t h0 = HASH_SEED, h1 = HASH_SEED ^ 1, h2 = HASH_SEED ^ 2,
             h3 = HASH_SEED ^ 3, w0, w1, w2, w3;
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        memcpy(&w0, z + i, 8);
        memcpy(&w1, z + i + 8, 8);
        memcpy(&w2, z + i + 16, 8);
        memcpy(&w3, z + i + 24, 8);
        h0 = mix_word(h0, w0);
        h1 = mix_word(h1, w1);
        h2 = mix_word(h2, w2);
        h3 = mix_word(h3, w3);
    }
    for (; i + 8 <= n; i += 8) {
        memcpy(&w0, z + i, 8);
        h0 = mix_word(h0, w0);
    }
    memcpy(&w1, z + n - 8, 8);
    h1 = mix_word(h1, w1);
    return hash_final(h0 ^ rotl64(h1, 17) ^ rotl64(h2, 31) ^ rotl64(h3, 47),
                      n);
}

/* Code point classes the keys care about. */
enum { CP_OTHER = 0, CP_WORD, CP_PUNCT, CP_SPACE };

static int cp_class(uint32_t cp)
{
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return CP_WORD;
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS: case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
        return CP_PUNCT;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_CC:
        return CP_SPACE;
    default:
        return CP_OTHER;
    }
}

/* Class of the code point starting at z[i] (n bytes in all). */
static int class_at(const char *z, size_t n, size_t i)
{
    uint32_t cp;
    size_t len = rasd_utf8_decode((const unsigned char *)z + i, n - i, &cp);
    return len ? cp_class(cp) : CP_OTHER;
}

/* Start of the code point that ends just before z[i] (i > 0). */
static size_t prev_cp(const char *z, size_t i)
{
    do
        i--;
    while (i > 0 && ((unsigned char)z[i] & 0xC0) == 0x80);
    return i;
}

/* Drops trailing punctuation and white space of k[0..*n). */
static void trim_punct(const char *k, size_t *n)
{
    while (*n > 0) {
        size_t p = prev_cp(k, *n);
        int c = class_at(k, *n, p);
        if (c != CP_PUNCT && c != CP_SPACE)
            break;
        *n = p;
    }
}

/* Scratch for keys, allocated once per call. */
typedef struct keybuf {
    char *p;    /* 4 * MAX_KEY_LINE + 8 bytes (+ RASD_CLEAN_KEY_SLACK) */
    int rc;
} keybuf;

static int keybuf_init(keybuf *kb)
{
    kb->rc = 0;
    kb->p = rasd_malloc(4 * MAX_KEY_LINE + 8 + RASD_CLEAN_KEY_SLACK);
    return kb->p ? 0 : RASD_ENOMEM;
}

static void keybuf_fini(keybuf *kb)
{
    rasd_free(kb->p);
    kb->p = NULL;
}

/* Collapses runs of white space of k[0..n) into one ASCII space, trims
 * both ends; returns the new length. */
static size_t collapse(char *k, size_t n)
{
    size_t i = 0, o = 0;
    int space = 0;
    while (i < n) {
        unsigned char c = (unsigned char)k[i];
        size_t len = 1;
        int ws;
        if (c < 0x80) {
            ws = c == ' ' || c == '\t' || c == '\r' || c == '\n' ||
                 c == '\f' || c == '\v';
        } else {
            uint32_t cp;
            len = rasd_utf8_decode((const unsigned char *)k + i, n - i, &cp);
            if (len == 0)
                len = 1;
            ws = len > 1 && cp_class(cp) == CP_SPACE;
        }
        if (ws) {
            space = o > 0;
        } else {
            if (space)
                k[o++] = ' ';
            space = 0;
            memmove(k + o, k + i, len);
            o += len;
        }
        i += len;
    }
    return o;
}

/* White space for collapse(), by fold class: Zs, Zl, Zp and Cc are exactly
 * the classes SPACE, NEWLINE and OTHER of tools/gen_fold.c (checked over
 * every code point by tests/unit/text/test_clean.c). */
static int space_class(unsigned cls)
{
    return cls == FOLD_SPACE || cls == FOLD_NEWLINE || cls == FOLD_OTHER;
}

uint32_t rasd_clean_space_mismatch(void)
{
    for (uint32_t cp = 0x80; cp < 0x110000; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue; /* never decoded */
        int want = cp_class(cp) == CP_SPACE;
        int got = space_class(fold_lookup_class(cp) & 0x7Fu);
        if (want != got)
            return cp;
    }
    return 0;
}

static int ascii_space(unsigned c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
           c == '\v';
}

/* Appends the folded string f[0..nf) (valid UTF-8 from the fold pool) to
 * the key at out[*o], collapsing white space as collapse() does. */
static void put_folded(char *out, size_t *o, int *space, const char *f,
                       size_t nf)
{
    const unsigned char *u = (const unsigned char *)f;
    size_t i = 0;
    while (i < nf) {
        uint32_t cp = 0;
        size_t len = rasd_utf8_decode(u + i, nf - i, &cp);
        if (len == 0) /* not in the generated pool; stay in bounds */
            len = 1;
        int ws = len == 1 ? ascii_space(cp)
                          : space_class(fold_lookup_class(cp) & 0x7Fu);
        if (ws) {
            *space = *o > 0;
        } else {
            if (*space)
                out[(*o)++] = ' ';
            *space = 0;
            memcpy(out + *o, f + i, len);
            *o += len;
        }
        i += len;
    }
}

/* The key of line z[0..n) in one pass: folded as rasd_text_normalize's fast
 * path folds it, with white space collapsed and trimmed as collapse() does
 * it on that output.  Returns the key's length (out holds 4n + 4 bytes),
 * or -1 for a line with an invalid byte or a composing mark: line_key then
 * takes the two steps, which is what this pass computes for the others. */
static long key_fast(const char *z, size_t n, char *out)
{
    const unsigned char *s = (const unsigned char *)z;
    size_t i = 0, o = 0;
    int space = 0; /* white space seen since the last key byte */
    while (i < n) {
        unsigned c = s[i];
        if (c - 0xC2u < 0x1Eu && i + 1 < n && (s[i + 1] & 0xC0u) == 0x80u) {
            /* Two bytes (all of Arabic): most fold to themselves and are
             * no white space (classes AR..PUNCT, without the mark bit). */
            uint32_t cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
            unsigned x = fold_index(cp);
            if ((rasd_fold_entry[x] & 1u) &&
                rasd_fold_class[x] - (unsigned)FOLD_AR <=
                    (unsigned)(FOLD_PUNCT - FOLD_AR)) {
                if (space)
                    out[o++] = ' ';
                space = 0;
                out[o] = (char)c;
                out[o + 1] = (char)s[i + 1];
                o += 2;
                i += 2;
                continue;
            }
        }
        if (c < 0x80) {
            if (ascii_space(c)) {
                space = o > 0;
            } else {
                if (space)
                    out[o++] = ' ';
                space = 0;
                out[o++] = (char)(c - 'A' < 26u ? c + 32 : c);
            }
            i++;
            continue;
        }
        uint32_t cp;
        size_t len = rasd_utf8_decode(s + i, n - i, &cp);
        if (len == 0)
            return -1;
        unsigned cls = FOLD_LETTER; /* above the BMP: a letter, kept */
        uint32_t e = 1u;
        if (cp < 0x10000) {
            unsigned x = fold_index(cp);
            cls = rasd_fold_class[x];
            if (cls & 0x80u)
                return -1;
            e = rasd_fold_entry[x];
        }
        if (!(e & 1u)) {
            put_folded(out, &o, &space, rasd_fold_pool + (e >> 8),
                       (e >> 1) & 0x7Fu);
        } else if (space_class(cls)) {
            space = o > 0;
        } else {
            if (space)
                out[o++] = ' ';
            space = 0;
            o += fold_put(e, s + i, len, out + o);
        }
        i += len;
    }
    return (long)o;
}

/* The key of line z[0..n) (n <= MAX_KEY_LINE) in kb->p: normalised,
 * collapsed, trimmed.  Returns its length, or a negative code. */
static long line_key(keybuf *kb, const char *z, size_t n)
{
    long nk = key_fast(z, n, kb->p);
    if (nk >= 0)
        return nk;
    nk = rasd_text_normalize(z, n, kb->p, 4 * MAX_KEY_LINE + 8);
    if (nk < 0)
        return nk;
    return (long)collapse(kb->p, (size_t)nk);
}

/* The repeat key within key k[0..rk), whose trailing punctuation the
 * caller has trimmed (trim_punct): less a leading conjunction و on a long
 * line. */
static void repeat_key(const char *k, size_t rk, size_t *a, size_t *b)
{
    *a = 0;
    *b = rk;
    if (*b >= MIN_WAW_LINE && (unsigned char)k[0] == 0xD9 &&
        (unsigned char)k[1] == 0x88 && class_at(k, *b, 2) == CP_WORD)
        *a = 2;
}

/* Hash of a long line, raw: white space runs count as one space and the
 * ends are trimmed, as collapse() would. */
static uint64_t raw_hash(const char *z, size_t n)
{
    hasher hs = {HASH_SEED, 0, 0};
    int space = 0, any = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)z[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            space = any;
            continue;
        }
        if (space)
            hasher_put(&hs, ' ');
        space = 0;
        any = 1;
        hasher_put(&hs, c);
    }
    return hasher_end(&hs);
}

/* --- a set of 64-bit hashes -------------------------------------------- */

typedef struct hset {
    uint64_t *a; /* 0 = empty */
    size_t cap, n;
} hset;

/* Adds h; returns 1 when it was there already, 0 when added, or
 * RASD_ENOMEM. */
static int hset_add(hset *s, uint64_t h)
{
    if (h == 0)
        h = 1;
    if (2 * (s->n + 1) > s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 256;
        uint64_t *a = rasd_calloc(cap, sizeof *a);
        if (a == NULL)
            return RASD_ENOMEM;
        for (size_t i = 0; i < s->cap; i++) {
            if (s->a[i] == 0)
                continue;
            size_t j = (size_t)(s->a[i] * 0x9E3779B97F4A7C15ull) & (cap - 1);
            while (a[j])
                j = (j + 1) & (cap - 1);
            a[j] = s->a[i];
        }
        rasd_free(s->a);
        s->a = a;
        s->cap = cap;
    }
    size_t j = (size_t)(h * 0x9E3779B97F4A7C15ull) & (s->cap - 1);
    while (s->a[j]) {
        if (s->a[j] == h)
            return 1;
        j = (j + 1) & (s->cap - 1);
    }
    s->a[j] = h;
    s->n++;
    return 0;
}

/* --- cross-article lines (clean.h) ------------------------------------- */

typedef struct seen_ent {
    uint64_t key;  /* 0 = empty */
    uint32_t count; /* articles holding the line */
    uint32_t last;  /* the article that counted it last */
} seen_ent;

struct rasd_lineseen {
    seen_ent *a;
    size_t cap, n;
    uint32_t article; /* number of the article being added */
    unsigned min;     /* threshold */
};

static uint64_t source_hash(const char *source)
{
    return fnv1a(source, strlen(source), FNV_BASIS) | 1;
}

static uint64_t seen_key(uint64_t line, uint64_t src)
{
    uint64_t k = line ^ (src * 0x9E3779B97F4A7C15ull);
    return k ? k : 1;
}

static seen_ent *seen_find(const rasd_lineseen *ls, uint64_t key)
{
    if (ls->cap == 0)
        return NULL;
    size_t j = (size_t)(key * 0xff51afd7ed558ccdull) & (ls->cap - 1);
    while (ls->a[j].key) {
        if (ls->a[j].key == key)
            return &ls->a[j];
        j = (j + 1) & (ls->cap - 1);
    }
    return &ls->a[j]; /* the empty slot where it would go */
}

static int seen_grow(rasd_lineseen *ls)
{
    size_t cap = ls->cap ? 2 * ls->cap : 1024;
    seen_ent *a = rasd_calloc(cap, sizeof *a);
    if (a == NULL)
        return RASD_ENOMEM;
    seen_ent *old = ls->a;
    size_t ocap = ls->cap;
    ls->a = a;
    ls->cap = cap;
    for (size_t i = 0; i < ocap; i++)
        if (old[i].key)
            *seen_find(ls, old[i].key) = old[i];
    rasd_free(old);
    return 0;
}

int rasd_lineseen_new(rasd_lineseen **out, unsigned min_articles)
{
    rasd_lineseen *ls = rasd_calloc(1, sizeof *ls);
    *out = NULL;
    if (ls == NULL)
        return RASD_ENOMEM;
    ls->min = min_articles ? min_articles : RASD_LINESEEN_MIN_ARTICLES;
    *out = ls;
    return 0;
}

void rasd_lineseen_free(rasd_lineseen *ls)
{
    if (ls == NULL)
        return;
    rasd_free(ls->a);
    rasd_free(ls);
}

/* The hash under which a short line is counted: its key without trailing
 * punctuation.  Returns 0 and sets *h, 1 for a line that is not counted
 * (blank or too long), or a negative code.  *h is 0 unless 0 is returned
 * (set first: -O3 cannot see that callers read it only after a 0). */
static int seen_line_hash(keybuf *kb, const char *z, size_t n, uint64_t *h)
{
    *h = 0;
    if (n >= RASD_LINESEEN_MAX_LINE)
        return 1;
    long nk = line_key(kb, z, n);
    if (nk < 0)
        return (int)nk;
    size_t b = (size_t)nk;
    trim_punct(kb->p, &b);
    if (b == 0)
        return 1;
    *h = key_hash(kb->p, b);
    return 0;
}

int rasd_lineseen_add(rasd_lineseen *ls, const char *source,
                      const char *text, size_t ntext)
{
    int rc = 0;
    keybuf kb;
    if (ls == NULL || text == NULL)
        return RASD_EINVAL;
    if (source == NULL || *source == '\0')
        return 0;
    uint64_t src = source_hash(source);
    rc = keybuf_init(&kb);
    if (rc < 0)
        return rc;
    ls->article++;
    size_t i = 0;
    while (i < ntext) {
        const char *nl = memchr(text + i, '\n', ntext - i);
        size_t e = nl ? (size_t)(nl - text) : ntext;
        uint64_t h;
        int got = seen_line_hash(&kb, text + i, e - i, &h);
        i = e + 1;
        if (got < 0) {
            rc = got;
            break;
        }
        if (got > 0)
            continue;
        if (2 * (ls->n + 1) > ls->cap) {
            if (ls->n >= MAX_SEEN_LINES) {
                rc = RASD_ETOOBIG;
                break;
            }
            rc = seen_grow(ls);
            if (rc < 0)
                break;
        }
        seen_ent *e2 = seen_find(ls, seen_key(h, src));
        if (e2->key == 0) {
            e2->key = seen_key(h, src);
            ls->n++;
        } else if (e2->last == ls->article) {
            continue; /* once per article */
        }
        e2->count++;
        e2->last = ls->article;
    }
    keybuf_fini(&kb);
    return rc;
}

static size_t seen_count_hash(const rasd_lineseen *ls, uint64_t src,
                              uint64_t h)
{
    const seen_ent *e = seen_find(ls, seen_key(h, src));
    return e && e->key ? e->count : 0;
}

size_t rasd_lineseen_count(const rasd_lineseen *ls, const char *source,
                           const char *z, size_t n)
{
    keybuf kb;
    uint64_t h;
    size_t count = 0;
    if (ls == NULL || source == NULL || *source == '\0' ||
        keybuf_init(&kb) < 0)
        return 0;
    if (seen_line_hash(&kb, z, n, &h) == 0)
        count = seen_count_hash(ls, source_hash(source), h);
    keybuf_fini(&kb);
    return count;
}

int rasd_lineseen_is_boilerplate(const rasd_lineseen *ls, const char *source,
                                 const char *z, size_t n)
{
    return ls && rasd_lineseen_count(ls, source, z, n) >= ls->min;
}

/* --- patterns (data/text/boilerplate.tsv) ------------------------------ */

enum rule_kind {
    K_LINE = 1,  /* the whole line, trailing punctuation aside */
    K_PREFIX,    /* the line starts with the text */
    K_SUFFIX,    /* the line ends with the text (a final '.' aside) */
    K_CONTAINS,  /* the line holds the text */
    K_LIST       /* a "read more" header and the short lines after it */
};

static const struct {
    const char *name;
    int kind;
} kinds[] = {
    {"line", K_LINE},
    {"line_prefix", K_PREFIX},
    {"line_suffix", K_SUFFIX},
    {"line_contains", K_CONTAINS},
    {"list_header", K_LIST},
};

typedef struct rule {
    int kind;    /* enum rule_kind */
    char *text;  /* key form, rasd_malloc'd */
    size_t n;
    int word_a;  /* text starts with a letter or digit: needs a boundary */
    int word_z;  /* text ends with one */
    unsigned ord; /* K_CONTAINS: its place among the contains rules */
} rule;

/* The contains rules are looked for in one pass over a line rather than
 * one pass per rule (each was a loop over every byte of every short
 * line): a filter of the hashes of their first four bytes says at which
 * positions any of them may start.  Used when there are at most
 * MAX_FAST_CONTAINS of them and each has four bytes or more. */
#define MAX_FAST_CONTAINS 64
#define CFILTER_LOG 16 /* 8 KiB of bits for a dozen rules */
#define PFX2_BITS 4096 /* rasd_cleantab.pfx2: for some sixty prefixes */

/* The bit of the two bytes a, b in rasd_cleantab.pfx2. */
static unsigned pfx2_bit(unsigned char a, unsigned char b)
{
    return ((unsigned)a * 0x9E3779B1u ^ (unsigned)b * 0x85EBCA6Bu) >> 20 &
           (PFX2_BITS - 1);
}

static void bit_set(uint64_t *f, unsigned b)
{
    f[b >> 6] |= (uint64_t)1 << (b & 63);
}

static int bit_has(const uint64_t *f, unsigned b)
{
    return (int)((f[b >> 6] >> (b & 63)) & 1u);
}

struct rasd_cleantab {
    rule *rules;
    size_t nrules, cap;
    const rasd_lineseen *seen; /* cross-article hook, or NULL (clean.h) */
    uint64_t seen_source;      /* source hash for seen */
    unsigned ncontains;        /* contains rules */
    int cslow;                 /* one of them is shorter than four bytes */
    uint64_t cfilter[(1u << CFILTER_LOG) / 64]; /* see MAX_FAST_CONTAINS */
    /* What a line must have for a rule of each other kind to match it
     * (rule_may): a line rule's length, a prefix or list header's first
     * byte (pfx1, for rules of one byte) or first two (pfx2, hashed), a
     * suffix rule's last byte.  Most lines match no rule, and trying the
     * hundred rules one by one was most of the judging of a short line. */
    uint64_t lens[MAX_RULE_LINE / 64 + 1];
    uint64_t pfx1[4], pfx2[PFX2_BITS / 64], sfx1[4];
};

/* The filter bit of the four bytes at z. */
static unsigned cfilter_bit(const char *z)
{
    uint32_t w;
    memcpy(&w, z, 4);
    return (w * 0x9E3779B1u) >> (32 - CFILTER_LOG);
}

void rasd_cleantab_free(rasd_cleantab *t)
{
    if (t == NULL)
        return;
    for (size_t i = 0; i < t->nrules; i++)
        rasd_free(t->rules[i].text);
    rasd_free(t->rules);
    rasd_free(t);
}

/* Sets the error of a bad line and returns RASD_EFORMAT. */
static int bad_line(rasd_parse_err *err, size_t line, const char *msg)
{
    if (err) {
        err->code = RASD_EFORMAT;
        err->msg = msg;
        err->pos = line;
    }
    return RASD_EFORMAT;
}

/* Parses one line of the file (no newline).  Returns 0, RASD_EFORMAT with
 * *err set, or RASD_ENOMEM. */
static int load_line(rasd_cleantab *t, keybuf *kb, char *z, size_t n,
                     size_t lineno, rasd_parse_err *err)
{
    while (n > 0 && (z[n - 1] == '\r' || z[n - 1] == ' '))
        n--;
    if (n == 0 || z[0] == '#')
        return 0;
    if (rasd_utf8_check(z, n) != n)
        return bad_line(err, lineno, "invalid UTF-8");
    char *tab = memchr(z, '\t', n);
    if (tab == NULL)
        return bad_line(err, lineno, "expected KIND<TAB>TEXT");
    size_t nkind = (size_t)(tab - z);
    int kind = 0;
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (strlen(kinds[i].name) == nkind &&
            memcmp(z, kinds[i].name, nkind) == 0)
            kind = kinds[i].kind;
    if (kind == 0)
        return bad_line(err, lineno,
                        "unknown kind (line, line_prefix, line_suffix, "
                        "line_contains, list_header)");
    const char *text = tab + 1;
    size_t ntext = n - nkind - 1;
    const char *tab2 = memchr(text, '\t', ntext);
    if (tab2) /* a third column is a comment */
        ntext = (size_t)(tab2 - text);
    long nk = line_key(kb, text, ntext);
    if (nk < 0)
        return (int)nk;
    size_t k = (size_t)nk;
    if (kind == K_LINE)
        trim_punct(kb->p, &k);
    if (k == 0)
        return bad_line(err, lineno, "empty pattern");
    if (k > MAX_RULE_LINE)
        return bad_line(err, lineno, "pattern longer than 300 bytes");
    if (t->nrules == t->cap) {
        size_t cap = t->cap ? 2 * t->cap : 64;
        rule *a = rasd_realloc(t->rules, cap * sizeof *a);
        if (a == NULL)
            return RASD_ENOMEM;
        t->rules = a;
        t->cap = cap;
    }
    rule *r = &t->rules[t->nrules];
    r->text = rasd_strndup(kb->p, k);
    if (r->text == NULL)
        return RASD_ENOMEM;
    r->kind = kind;
    r->n = k;
    r->word_a = class_at(r->text, k, 0) == CP_WORD;
    r->word_z = class_at(r->text, k, prev_cp(r->text, k)) == CP_WORD;
    r->ord = 0;
    if (kind == K_LINE)
        bit_set(t->lens, (unsigned)k);
    if (kind == K_PREFIX || kind == K_LIST) {
        if (k < 2)
            bit_set(t->pfx1, (unsigned char)r->text[0]);
        else
            bit_set(t->pfx2, pfx2_bit((unsigned char)r->text[0],
                                      (unsigned char)r->text[1]));
    }
    if (kind == K_SUFFIX)
        bit_set(t->sfx1, (unsigned char)r->text[k - 1]);
    if (kind == K_CONTAINS) {
        r->ord = t->ncontains++;
        if (k < 4)
            t->cslow = 1;
        else
            t->cfilter[cfilter_bit(r->text) >> 6] |=
                (uint64_t)1 << (cfilter_bit(r->text) & 63);
    }
    t->nrules++;
    return 0;
}

int rasd_cleantab_load(rasd_cleantab **out, const char *dir,
                       rasd_parse_err *err, char *file, size_t nfile)
{
    int rc = 0;
    char path[4096];
    char line[MAX_TSV_LINE + 2];
    size_t lineno = 0;
    FILE *f = NULL;
    keybuf kb = {NULL, 0};
    rasd_cleantab *t = rasd_calloc(1, sizeof *t);
    *out = NULL;
    if (t == NULL)
        return RASD_ENOMEM;
    snprintf(path, sizeof path, "%s/boilerplate.tsv", dir ? dir : ".");
    if (file && nfile)
        snprintf(file, nfile, "%s", path);
    rc = keybuf_init(&kb);
    if (rc < 0)
        goto out;
    f = fopen(path, "rb");
    if (f == NULL) {
        rc = errno ? -errno : RASD_EIO;
        goto out;
    }
    while (fgets(line, sizeof line, f)) {
        size_t n = strlen(line);
        lineno++;
        if (n > 0 && line[n - 1] == '\n') {
            n--;
        } else if (!feof(f)) {
            rc = bad_line(err, lineno, "line longer than 1024 bytes");
            goto out;
        }
        if (memchr(line, '\0', n) != NULL) {
            rc = bad_line(err, lineno, "NUL byte");
            goto out;
        }
        rc = load_line(t, &kb, line, n, lineno, err);
        if (rc < 0)
            goto out;
    }
    if (ferror(f))
        rc = RASD_EIO;
out:
    if (f)
        fclose(f);
    keybuf_fini(&kb);
    if (rc < 0) {
        rasd_cleantab_free(t);
        return rc;
    }
    *out = t;
    return 0;
}

/* True when a word boundary is at k[i] looking forward (i == n or no
 * letter/digit starts there). */
static int bound_fwd(const char *k, size_t n, size_t i)
{
    return i >= n || class_at(k, n, i) != CP_WORD;
}

/* True when a word boundary is at k[i] looking back. */
static int bound_back(const char *k, size_t n, size_t i)
{
    return i == 0 || class_at(k, n, prev_cp(k, i)) != CP_WORD;
}

/* True when contains rule r is in k[0..n) at j, boundaries included. */
static int contains_at(const rule *r, const char *k, size_t n, size_t j)
{
    return k[j] == r->text[0] && (r->n < 2 || k[j + 1] == r->text[1]) &&
           memcmp(k + j, r->text, r->n) == 0 &&
           (!r->word_a || bound_back(k, n, j)) &&
           (!r->word_z || bound_fwd(k, n, j + r->n));
}

/* Bit r->ord of each contains rule r found in k[0..n), in one pass: at
 * each position the filter lets through, every rule is tried.  A rule of
 * r->n >= 4 bytes starting at j needs j + 4 <= n and passes the filter
 * there, so the set is that of a pass per rule. */
static uint64_t contains_all(const rasd_cleantab *t, const char *k, size_t n)
{
    uint64_t found = 0;
    for (size_t j = 0; j + 4 <= n; j++) {
        unsigned b = cfilter_bit(k + j);
        if (!((t->cfilter[b >> 6] >> (b & 63)) & 1u))
            continue;
        for (size_t i = 0; i < t->nrules; i++) {
            const rule *r = &t->rules[i];
            if (r->kind == K_CONTAINS && j + r->n <= n &&
                contains_at(r, k, n, j))
                found |= (uint64_t)1 << r->ord;
        }
    }
    return found;
}

/* Matches key k[0..n) (rk = its length without trailing punctuation)
 * against the rules; returns the matching kind or 0, and *rest = 1 when a
 * list header has nothing but punctuation after it. */
static int match_rules(const rasd_cleantab *t, const char *k, size_t n,
                       size_t rk, int *rest)
{
    /* the contains rules' matches, found at the first contains rule */
    int cfast = !t->cslow && t->ncontains <= MAX_FAST_CONTAINS, cdone = 0;
    uint64_t cfound = 0;
    *rest = 0;
    /* Can any rule match?  (The filters let through every line a rule
     * matches; the rules then decide, first match first, as always.) */
    const unsigned char *u = (const unsigned char *)k;
    int may = (rk <= MAX_RULE_LINE && bit_has(t->lens, (unsigned)rk)) ||
              bit_has(t->pfx1, u[0]) ||
              (n >= 2 && bit_has(t->pfx2, pfx2_bit(u[0], u[1]))) ||
              bit_has(t->sfx1, u[n - 1]) ||
              (n >= 2 && u[n - 1] == '.' && bit_has(t->sfx1, u[n - 2]));
    if (t->ncontains > 0) {
        if (cfast) {
            cfound = contains_all(t, k, n);
            cdone = 1;
            may |= cfound != 0;
        } else {
            may = 1;
        }
    }
    if (!may)
        return 0;
    for (size_t i = 0; i < t->nrules; i++) {
        const rule *r = &t->rules[i];
        switch (r->kind) {
        case K_LINE:
            if (rk == r->n && memcmp(k, r->text, rk) == 0)
                return K_LINE;
            break;
        case K_PREFIX:
        case K_LIST:
            /* Two bytes first: most lines share no prefix with a rule,
             * and a memcmp call per rule and line added up. */
            if (n >= r->n && k[0] == r->text[0] &&
                (r->n < 2 || k[1] == r->text[1]) &&
                memcmp(k, r->text, r->n) == 0 &&
                (!r->word_z || bound_fwd(k, n, r->n))) {
                if (r->kind == K_LIST) {
                    /* "Read more: headline" or a header alone, never
                     * "Related groups denied ...": words may follow only
                     * after punctuation. */
                    size_t p = r->n;
                    if (p < n && k[p] == ' ')
                        p++;
                    if (p < n && class_at(k, n, p) != CP_PUNCT)
                        break;
                    size_t m = n - r->n;
                    const char *after = k + r->n;
                    trim_punct(after, &m);
                    /* what is left after trimming: only punctuation? */
                    size_t j = 0;
                    while (j < m && class_at(after, m, j) != CP_WORD)
                        j++;
                    *rest = j == m;
                }
                return r->kind;
            }
            break;
        case K_SUFFIX: {
            size_t m = n;
            for (int pass = 0; pass < 2; pass++) {
                if (m >= r->n && k[m - 1] == r->text[r->n - 1] &&
                    memcmp(k + m - r->n, r->text, r->n) == 0 &&
                    (!r->word_a || bound_back(k, n, m - r->n)))
                    return K_SUFFIX;
                if (m == 0 || k[m - 1] != '.')
                    break;
                m--;
            }
            break;
        }
        case K_CONTAINS:
            if (cfast) {
                if (!cdone) {
                    cfound = contains_all(t, k, n);
                    cdone = 1;
                }
                if ((cfound >> r->ord) & 1u)
                    return K_CONTAINS;
                break;
            }
            /* Two bytes before memcmp: in Arabic every other byte is a
             * lead byte D8 or D9, so the first one alone tells little. */
            for (size_t j = 0; j + r->n <= n; j++)
                if (contains_at(r, k, n, j))
                    return K_CONTAINS;
            break;
        }
    }
    return 0;
}

/* --- marking ----------------------------------------------------------- */

typedef struct spans {
    rasd_span *a;
    size_t n, cap;
} spans;

/* Adds [s, e), merging with the last span when they touch. */
static int span_add(spans *sp, size_t s, size_t e)
{
    if (sp->n && sp->a[sp->n - 1].end >= s) {
        if (e > sp->a[sp->n - 1].end)
            sp->a[sp->n - 1].end = (uint32_t)e;
        return 0;
    }
    if (sp->n == sp->cap) {
        size_t cap = sp->cap ? 2 * sp->cap : 32;
        rasd_span *a = rasd_realloc(sp->a, cap * sizeof *a);
        if (a == NULL)
            return RASD_ENOMEM;
        sp->a = a;
        sp->cap = cap;
    }
    sp->a[sp->n].start = (uint32_t)s;
    sp->a[sp->n].end = (uint32_t)e;
    sp->n++;
    return 0;
}

/* True when key k[0..n) ends a sentence: the last code point is '.', '!',
 * '?', '؟' or '۔' (list items are headlines, which do not). */
static int ends_sentence(const char *k, size_t n)
{
    if (n == 0)
        return 0;
    char c = k[n - 1];
    if (c == '.' || c == '!' || c == '?')
        return 1;
    return (n >= 2 && memcmp(k + n - 2, "\xD8\x9F", 2) == 0) ||
           (n >= 2 && memcmp(k + n - 2, "\xDB\x94", 2) == 0);
}

/* Copies the spans into the arena and merges them with what doc->skip
 * already holds. */
static int store(rasd_doc *doc, const spans *sp)
{
    size_t total = doc->nskip + sp->n;
    if (sp->n == 0)
        return 0;
    rasd_span *a = rasd_arena_alloc(doc->arena, total * sizeof *a);
    if (a == NULL)
        return RASD_ENOMEM;
    size_t i = 0, j = 0, o = 0;
    while (i < doc->nskip || j < sp->n) {
        rasd_span s;
        if (j >= sp->n ||
            (i < doc->nskip && doc->skip[i].start <= sp->a[j].start))
            s = doc->skip[i++];
        else
            s = sp->a[j++];
        if (o && a[o - 1].end >= s.start) {
            if (s.end > a[o - 1].end)
                a[o - 1].end = s.end;
        } else {
            a[o++] = s;
        }
    }
    doc->skip = a;
    doc->nskip = o;
    return 0;
}

/* The cleaning of one article, a line at a time (text_int.h).  The
 * tokenizer feeds it the lines as it reaches their ends, with the key it
 * joined from their tokens (token.c); rasd_clean_mark feeds it every line
 * without a key.  Either way each line gets the same verdict. */
struct rasd_cleaner {
    const rasd_cleantab *t;
    keybuf kb;
    hset seen;      /* repeat keys of the article so far */
    spans sp;       /* lines dropped */
    int list_left;  /* lines still droppable after a list header */
};

int rasd_cleaner_new(rasd_cleaner **out, const rasd_cleantab *t)
{
    rasd_cleaner *c = rasd_calloc(1, sizeof *c);
    *out = NULL;
    if (c == NULL)
        return RASD_ENOMEM;
    c->t = t;
    if (keybuf_init(&c->kb) < 0) {
        rasd_free(c);
        return RASD_ENOMEM;
    }
    *out = c;
    return 0;
}

void rasd_cleaner_free(rasd_cleaner *c)
{
    if (c == NULL)
        return;
    keybuf_fini(&c->kb);
    rasd_free(c->seen.a);
    rasd_free(c->sp.a);
    rasd_free(c);
}

char *rasd_cleaner_keybuf(rasd_cleaner *c)
{
    return c->kb.p;
}

int rasd_cleaner_line(rasd_cleaner *c, const char *text, size_t start,
                      size_t end, size_t next, long nkey)
{
    const rasd_cleantab *t = c->t;
    const char *z = text + start;
    size_t len = end - start;
    int drop = 0, rc;
    uint64_t h = 0; /* (set on every path that reads it) */
    if (len > MAX_KEY_LINE) {
        c->list_left = 0;
        h = raw_hash(z, len);
        rc = hset_add(&c->seen, h);
        if (rc < 0)
            return rc;
        drop = rc == 1;
    } else {
        if (nkey < 0) {
            nkey = line_key(&c->kb, z, len);
            if (nkey < 0)
                return (int)nkey;
        }
        const char *k = c->kb.p;
        size_t kn = (size_t)nkey;
        if (kn == 0) /* blank: lists go on over blank lines */
            return 0;
        size_t rk = kn;
        trim_punct(k, &rk);
        if (c->list_left > 0) {
            if (len < MAX_LIST_ITEM && !ends_sentence(k, kn)) {
                drop = 1;
                c->list_left--;
            } else {
                c->list_left = 0;
            }
        }
        if (!drop && t && t->nrules && len <= MAX_RULE_LINE) {
            int rest = 0;
            int kind = match_rules(t, k, kn, rk, &rest);
            if (kind) {
                drop = 1;
                if (kind == K_LIST && rest)
                    c->list_left = MAX_LIST_LINES;
            }
        }
        int hashed = 0; /* h is key_hash(k, rk) */
        if (!drop && t && t->seen && len < RASD_LINESEEN_MAX_LINE &&
            rk > 0) {
            h = key_hash(k, rk);
            hashed = 1;
            drop = seen_count_hash(t->seen, t->seen_source, h) >=
                   t->seen->min;
        }
        size_t a, b;
        repeat_key(k, rk, &a, &b);
        if (b - a >= MIN_REPEAT) {
            /* with a seen-lines table, key_hash: the same bytes as above
             * for most lines, hashed once (a serial chain over the whole
             * line); else repeat_hash, shorter waits.  One function for
             * all the lines of a document (t->seen is the same for all
             * of them). */
            if (!(t && t->seen))
                h = repeat_hash(k + a, b - a);
            else if (!(hashed && a == 0 && b == rk))
                h = key_hash(k + a, b - a);
            rc = hset_add(&c->seen, h);
            if (rc < 0)
                return rc;
            if (rc == 1)
                drop = 1;
        }
    }
    if (drop) {
        rc = span_add(&c->sp, start, next);
        if (rc < 0)
            return rc;
    }
    return drop;
}

int rasd_cleaner_store(rasd_cleaner *c, rasd_doc *doc)
{
    return store(doc, &c->sp);
}

int rasd_clean_mark(rasd_doc *doc, const rasd_cleantab *t)
{
    rasd_cleaner *c = NULL;
    const char *z = doc->text;
    size_t n = doc->ntext;
    if (n > UINT32_MAX)
        return RASD_ETOOBIG; /* spans are 32-bit */
    int rc = rasd_cleaner_new(&c, t);
    if (rc < 0)
        return rc;
    size_t i = 0;
    while (i < n) {
        const char *nl = memchr(z + i, '\n', n - i);
        size_t e = nl ? (size_t)(nl - z) : n;
        size_t next = nl ? e + 1 : n;
        rc = rasd_cleaner_line(c, z, i, e, next, -1);
        if (rc < 0)
            goto out;
        i = next;
    }
    rc = rasd_cleaner_store(c, doc);
out:
    rasd_cleaner_free(c);
    return rc < 0 ? rc : 0;
}

int rasd_text_clean(rasd_doc *doc, const rasd_text_res *res)
{
    return rasd_clean_mark(doc, res ? res->clean : NULL);
}

int rasd_clean_use_lineseen(const rasd_text_res *res, const rasd_lineseen *ls,
                            const char *source)
{
    if (res == NULL || res->clean == NULL)
        return RASD_EINVAL;
    rasd_cleantab *t = res->clean; /* mutable behind a const res, as the
                                      stem cache is (text_int.h) */
    if (ls == NULL || source == NULL || *source == '\0') {
        t->seen = NULL;
        t->seen_source = 0;
        return 0;
    }
    t->seen = ls;
    t->seen_source = source_hash(source);
    return 0;
}
