/* token.c - splits text into word, number and punctuation tokens with byte
 * spans into the original, skipping cleaned ranges, and gives each token
 * its normalised form and match key (text.h).
 *
 * Hand-written rather than ICU/utf8proc word breaking: UAX #29 splits
 * Arabic the same way but knows nothing of our needs (digits with inner
 * separators, apostrophes in transliterated names, a cap on token length,
 * skip ranges), and a table-driven loop is what the 200 MB/s budget allows.
 *
 * A token's norm is rasd_text_normalize of its span (text.h), folded code
 * point by code point by the normaliser's fast path (append); a token
 * holding a composing mark, an invalid byte or a sequence cut by a skip
 * range is normalised whole.  Its norm, key and hash depend on its bytes
 * alone, and news repeats its words: they are made once per distinct word
 * and kept in the word cache of the rasd_text_res (wordcache.c), so that
 * the scan itself only finds where tokens end -- the inside of an Arabic
 * word sixteen bytes a step -- and copies what the cache holds, a few
 * tokens after it found them, so that the cache's lines are fetched in
 * the meantime (words()).
 * With RASD_ANALYZE_STEMS the block the cache keeps, and the token copies,
 * also holds the word's Snowball stem (put_stem; rasd_doc_stem reads it).
 * tests/unit/text/test_fast.c compares the norms and keys with their
 * definitions, and the tokens of rasd_doc_analyze (which has the cache)
 * with those of rasd_text_tokenize (which has none), over the corpora.
 */
#include <pthread.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

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
/* A token's norm, NUL, key (never longer than the norm), NUL, with stems
 * the stem's length in two bytes, the stem (Snowball's are never longer
 * than the word; put_stem checks) and NUL, and the 16 bytes a copy of 16
 * bytes a step may write past them (finish_found). */
#define STEM_CAP RASD_STEM_MAX_WORD
#define TOKEN_ROOM (2 * NORM_CAP + 2 + (2 + STEM_CAP + 1) + 16)
/* Norms and keys of an article are written back to back into chunks of
 * this size taken from the arena: one allocation per chunk, not two per
 * token, and no copy from a scratch buffer. */
#define STR_CHUNK (32u * 1024u)

/* A growing list of token indices in the arena. */
typedef struct idxlist {
    uint32_t *a;
    size_t n, cap;
} idxlist;

typedef struct tokbuf {
    rasd_token *a;
    size_t n, cap;
    rasd_arena *arena;
    int rc;
    char *str;         /* current string chunk */
    size_t nstr;       /* bytes of it used */
    size_t capstr;
    size_t nnorm;      /* fold_span: bytes folded into str + nstr */
    size_t nchar;      /* code points among them (the key counts letters) */
    int slow;          /* fold_span: normalise the token whole instead */
    int unplain;       /* since the line began: a token normalised whole or
                          a fold holding white space (see judge) */
    rasd_wordcache *wc; /* the words seen before, or NULL */
    char *lkey;        /* with lines: the line's key so far (see judge) */
    size_t nlkey;      /* its bytes */
    uint8_t lsep;      /* RASD_TOKF_SPACE_BEFORE once the line has a
                          token: white space before the next is a space */
    int lover;         /* the key outgrew its buffer */
    rasd_tokinfo *info; /* per token (cap of them), or NULL */
    uint32_t *wid;      /* per token with info: rasd_doc.word_id */
    idxlist num, date;  /* rasd_wordinfo's lists */
    const rasd_numtab *num_t;  /* the tables info is of (may be NULL) */
    const rasd_datetab *date_t;
    const rasd_text_res *res;  /* its stem cache, with stems */
    unsigned stems;    /* RASD_WCENT_STEM when word tokens get their
                          stems (put_stem), else 0 */
} tokbuf;

static rasd_token *push(tokbuf *tb)
{
    if (tb->n == tb->cap) {
        size_t cap = tb->cap * 2;
        rasd_token *a = rasd_arena_alloc(tb->arena, cap * sizeof *a);
        rasd_tokinfo *x = NULL;
        uint32_t *w = NULL;
        if (a != NULL && tb->info != NULL) {
            x = rasd_arena_alloc(tb->arena, cap * sizeof *x);
            w = rasd_arena_alloc(tb->arena, cap * sizeof *w);
            if (x != NULL && w != NULL) {
                memcpy(x, tb->info, tb->n * sizeof *x);
                memcpy(w, tb->wid, tb->n * sizeof *w);
            }
        }
        if (a == NULL || (tb->info != NULL && (x == NULL || w == NULL))) {
            tb->rc = RASD_ENOMEM;
            return NULL;
        }
        if (tb->n)
            memcpy(a, tb->a, tb->n * sizeof *a);
        tb->a = a;
        tb->info = x;
        tb->wid = w;
        tb->cap = cap;
    }
    rasd_token *t = &tb->a[tb->n++];
    memset(t, 0, sizeof *t);
    return t;
}

/* push() for scan()'s fast path, which sets every field itself
 * (finish_span all but start, end, kind, flags, clitics of punctuation
 * and sent_end): no memset. */
static inline rasd_token *push_word(tokbuf *tb)
{
    if (tb->n == tb->cap)
        return push(tb);
    return &tb->a[tb->n++];
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
 * of rasd_text_normalize, per code point).  raw is its class with the
 * composing-mark bit; bad: an invalid or cut sequence.  Either sends the
 * token to rasd_text_normalize in make(). */
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

/* Folds the code points of z[start..end) into the norm at the end of the
 * string chunk, as append() defines it: tb->nnorm, nchar and slow. */
static void fold_span(tokbuf *tb, const char *z, size_t start, size_t end)
{
    const unsigned char *s = (const unsigned char *)z;
    tb->nnorm = 0;
    tb->nchar = 0;
    tb->slow = 0;
    for (size_t i = start; i < end && !tb->slow;) {
        uint32_t cp;
        size_t len = 1;
        int bad = 0;
        if (s[i] < 0x80) {
            cp = s[i];
        } else {
            /* Decoded within the span: a sequence cut by its end (a skip
             * range) fails here as the scan marked it bad. */
            len = rasd_utf8_decode(s + i, end - i, &cp);
            if (len == 0) {
                cp = 0xFFFD;
                len = 1;
                bad = 1;
            }
        }
        append(tb, s + i, len, cp, fold_lookup_class(cp), bad);
        i += len;
    }
}

/* Two-byte code points (U+0080-07FF, lead bytes C2-DF) that continue a
 * word, by the rule of the scan loop: bit (second byte & 0x3F) of
 * cont2[k][lead - 0xC2] is set when the code point's class (composing
 * bit aside) is FOLD_MARK, FOLD_IGNORE, or the word's own: FOLD_AR (k 0)
 * or FOLD_LETTER (k 1).  Derived once from the generated tables: one load
 * and a bit test per letter instead of a decoding and three loads. */
static uint64_t cont2[2][30];
/* The same for the code points that start such a word: class FOLD_AR
 * (k 0) or FOLD_LETTER (k 1) exactly, no composing bit (scan()'s fast
 * path). */
static uint64_t start2[2][30];
/* Punctuation that is a token of its own for words(): ASCII bytes and
 * two-byte code points of class FOLD_PUNCT exactly (no composing bit),
 * as scan() makes them. */
static uint8_t punct1[128];
static uint64_t punct2[30];
/* Two-byte code points before which a run of ASCII digits surely ends
 * (by scan()'s rule: neither a digit of any script nor the Arabic
 * decimal and thousands separators U+066B, U+066C): words() takes such a
 * number whole and leaves the others to scan(). */
static uint64_t dend2[30];
/* 1 when every code point U+0620-065F continues an Arabic word (checked
 * against the tables, see four_ar) on a little-endian machine. */
static int swar_ar;
/* 1 when a word ends before every ASCII byte but a letter and the
 * apostrophe (no ASCII code point is of class MARK, IGNORE or AR, and
 * only letters are FOLD_LETTER) and before an invalid byte (U+FFFD is
 * FOLD_PUNCT): then scan()'s fast path ends a word where word_run stops
 * before such a byte or a two-byte code point. */
static int fast_end;
static pthread_once_t cont2_once = PTHREAD_ONCE_INIT;

static void cont2_init(void)
{
    int all = 1;
    for (uint32_t cp = 0x80; cp < 0x800; cp++) {
        unsigned raw = rasd_fold_class[fold_index(cp)];
        unsigned cls = raw & 0x7Fu;
        unsigned lead = 0xC0u | (cp >> 6);
        for (unsigned k = 0; k < 2; k++) {
            unsigned own = k ? FOLD_LETTER : FOLD_AR;
            int cont = cls == own || cls == FOLD_MARK || cls == FOLD_IGNORE;
            if (cp >= 0x620 && cp < 0x660 && !k && !cont)
                all = 0;
            if (lead < 0xC2u) /* C0, C1: overlong, never decoded */
                continue;
            if (cont)
                cont2[k][lead - 0xC2u] |= (uint64_t)1 << (cp & 0x3Fu);
            if (raw == own)
                start2[k][lead - 0xC2u] |= (uint64_t)1 << (cp & 0x3Fu);
        }
        if (lead >= 0xC2u && raw == FOLD_PUNCT)
            punct2[lead - 0xC2u] |= (uint64_t)1 << (cp & 0x3Fu);
        if (lead >= 0xC2u && cls != FOLD_DIGIT && cp != 0x066B &&
            cp != 0x066C)
            dend2[lead - 0xC2u] |= (uint64_t)1 << (cp & 0x3Fu);
    }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    swar_ar = all;
#else
    (void)all;
#endif
    int ends = fold_lookup_class(0xFFFD) == FOLD_PUNCT;
    for (uint32_t cp = 0; cp < 0x80; cp++) {
        unsigned cls = fold_lookup_class(cp) & 0x7Fu;
        int letter = (cp | 32u) - 'a' < 26u;
        punct1[cp] = fold_lookup_class(cp) == FOLD_PUNCT && !letter &&
                     cp - '0' >= 10u;
        if (cls == FOLD_MARK || cls == FOLD_IGNORE || cls == FOLD_AR ||
            (cls == FOLD_LETTER && !letter))
            ends = 0;
    }
    fast_end = ends;
}

/* For each two-byte lane of the eight bytes w (first byte lowest): is it a
 * code point U+0620-065F, a lead D8 with a second byte A0-BF or D9 with
 * 80-9F?  These are the Arabic letters ء-ي, tatweel and harakat, nearly
 * all of an Arabic text, and all of them continue an Arabic word
 * (cont2_init checks it).  Returns bit 15 of each lane that is not: 0
 * when all four are. */
static inline uint64_t not_ar4(uint64_t w)
{
    const uint64_t lo = 0x00FF00FF00FF00FFull, one = 0x0001000100010001ull;
    uint64_t lead = w & lo, trail = (w >> 8) & lo;
    /* per lane, zero when: the lead is D8 or D9 (D8 | 1 == D9); the
     * second byte is 10xxxxxx; its bit 5 is set after D8, clear after
     * D9 */
    uint64_t x = ((lead | one) ^ 0x00D900D900D900D9ull) |
                 ((trail & 0x00C000C000C000C0ull) ^ 0x0080008000800080ull) |
                 (((trail >> 5) ^ lead ^ one) & one);
    /* lanes are at most 0xFF: adding 0x7FFF sets bit 15 of the nonzero
     * ones without a carry into the next lane */
    return (x + 0x7FFF7FFF7FFF7FFFull) & 0x8000800080008000ull;
}

/* not_ar4 for the sixteen bytes at s, eight lanes of two bytes: returns
 * how many lanes from the first are such letters (0-8).  GCC's vector
 * extension: SSE2 on x86-64, NEON on ARM, plain words elsewhere, and half
 * the instructions per letter of not_ar4 (most words end in the first
 * sixteen bytes). */
typedef uint16_t v8u16 __attribute__((vector_size(16)));
static inline unsigned ar_lanes(const unsigned char *s)
{
    v8u16 w;
    memcpy(&w, s, 16);
    v8u16 lead = w & 0xFF, trail = w >> 8;
    v8u16 ok = ((lead | 1) == 0xD9) & ((trail & 0xC0) == 0x80) &
               ((((trail >> 5) ^ lead) & 1) == 1);
    /* lanes are 0xFFFF where ok: the first that is not */
#ifdef __SSE2__
    /* from the bytes' top bits, without a branch on which half holds it
     * (one that went either way: a word ends in its first four letters
     * about as often as not) */
    unsigned m = (unsigned)_mm_movemask_epi8((__m128i)ok);
    return (unsigned)__builtin_ctz(~m | 0x10000u) >> 1;
#else
    uint64_t lo, hi;
    memcpy(&lo, &ok, 8);
    memcpy(&hi, (const char *)&ok + 8, 8);
    if (~lo)
        return (unsigned)__builtin_ctzll(~lo) >> 4;
    if (~hi)
        return 4 + ((unsigned)__builtin_ctzll(~hi) >> 4);
    return 8;
#endif
}

/* The letters U+0620-065F (ar_lanes, not_ar4) from s[i] up to lim:
 * sixteen bytes a step, then eight.  Returns where they stop. */
static inline size_t ar_run(const unsigned char *restrict s, size_t i,
                            size_t lim)
{
    while (i + 16 <= lim) {
        unsigned k = ar_lanes(s + i);
        i += 2 * k;
        if (k < 8)
            return i;
    }
    while (i + 8 <= lim) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t bad = not_ar4(w);
        if (bad) /* bit 15 of lane k is bit 16k + 15 */
            return i + 2 * ((size_t)__builtin_ctzll(bad) >> 4);
        i += 8;
    }
    return i;
}

/* The inside of a word, the bulk of the text: from s[i], skips the code
 * points that continue a word of class cls (FOLD_AR or FOLD_LETTER) and
 * are ASCII letters or two-byte, up to lim.  Returns where it stopped;
 * the scan loop handles what follows (other code points, the token's
 * end).  Nothing is folded here: finish_span() takes the word's norm from
 * the word cache, or folds its span.  Arabic goes sixteen bytes a step
 * (ar_run), the rest a code point a step. */
static inline size_t word_run(const unsigned char *restrict s, size_t i,
                              size_t lim, unsigned cls)
{
    const uint64_t *cont = cont2[cls == FOLD_LETTER];
    if (cls == FOLD_AR && swar_ar)
        i = ar_run(s, i, lim);
    for (;;) {
        if (cls == FOLD_LETTER) {
            while (i < lim && (s[i] | 32u) - 'a' < 26u)
                i++;
        }
        while (i + 2 <= lim) {
            unsigned c = s[i], c2 = s[i + 1];
            if (c - 0xC2u >= 0x1Eu || (c2 & 0xC0u) != 0x80u ||
                !((cont[c - 0xC2u] >> (c2 & 0x3Fu)) & 1u))
                break;
            i += 2;
        }
        if (cls != FOLD_LETTER || i >= lim || (s[i] | 32u) - 'a' >= 26u)
            break;
    }
    return i;
}

/* Writes the stem of token t (norm, nnorm and kind set) at dst as
 * rasd_doc_stem reads it: its length in two bytes (low first), the stem
 * and NUL.  Returns the bytes written: 0 for a token that is its own stem
 * (no word, or longer than RASD_STEM_MAX_WORD), which rasd_doc_stem does
 * not look for; or a negative code. */
static long put_stem(tokbuf *tb, const rasd_token *t, char *dst)
{
    if ((t->kind != RASD_TOK_AR && t->kind != RASD_TOK_LATIN) ||
        t->nnorm - 1u >= RASD_STEM_MAX_WORD)
        return 0;
    size_t ns;
    const char *st = rasd_text_stem(tb->res, t->norm, t->nnorm, t->kind,
                                    &ns);
    if (ns > STEM_CAP) /* TOKEN_ROOM counted on no longer stem */
        return RASD_ETOOBIG;
    dst[0] = (char)(ns & 0xFFu);
    dst[1] = (char)(ns >> 8);
    memcpy(dst + 2, st, ns);
    dst[2 + ns] = '\0';
    return (long)ns + 3;
}

/* Makes token t's norm (folded from its span, or by rasd_text_normalize
 * over it), hash and key at the end of the string chunk, the key pointing
 * into the norm when it is a suffix of it: the definition, for a word not
 * in the cache. */
static int make(tokbuf *tb, rasd_token *t, const char *z)
{
    char *norm = tb->str + tb->nstr;
    fold_span(tb, z, t->start, t->end);
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
    if (tb->stems) {
        long r = put_stem(tb, t, norm + used);
        if (r < 0)
            return (int)r;
        used += (size_t)r;
    }
    tb->nstr += used;
    return 0;
}

/* Adds token index i to list l (out of line: one token in twenty).
 * Returns 0 or RASD_ENOMEM. */
__attribute__((noinline)) static int add_idx(rasd_arena *arena, idxlist *l,
                                             size_t i)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 256;
        uint32_t *a = rasd_arena_alloc(arena, cap * sizeof *a);
        if (a == NULL)
            return RASD_ENOMEM;
        if (l->n)
            memcpy(a, l->a, l->n * sizeof *a);
        l->a = a;
        l->cap = cap;
    }
    l->a[l->n++] = (uint32_t)i;
    return 0;
}

/* Drops the indices from i on. */
static void idx_cut(idxlist *l, size_t i)
{
    while (l->n > 0 && l->a[l->n - 1] >= i)
        l->n--;
}

/* Stores the rasd_tokinfo and word id of token i, and i in the lists of
 * rasd_wordinfo that flags (RASD_WCENT_NUM, RASD_WCENT_DATE) name.
 * Returns 0 or RASD_ENOMEM. */
static inline int put_info(tokbuf *tb, size_t i, uint32_t num,
                           uint32_t date, uint8_t dstart, unsigned flags,
                           uint32_t wid)
{
    rasd_tokinfo *x = &tb->info[i];
    tb->wid[i] = wid;
    x->num = num;
    x->date = date;
    x->dstart = dstart;
    int rc = 0;
    if (flags & RASD_WCENT_NUM)
        rc = add_idx(tb->arena, &tb->num, i);
    if ((flags & RASD_WCENT_DATE) && rc == 0)
        rc = add_idx(tb->arena, &tb->date, i);
    return rc;
}

/* The lists (RASD_WCENT_NUM, RASD_WCENT_DATE) a token of kind with the
 * readings num and dstart goes to: as rasd_numbers_find and
 * rasd_dates_find try tokens. */
static unsigned cand_flags(const tokbuf *tb, int kind, uint32_t num,
                           uint8_t dstart)
{
    if (kind == RASD_TOK_DIGITS)
        return RASD_WCENT_NUM | RASD_WCENT_DATE;
    return (num != RASD_WORDTAB_NONE && rasd_numbers_starts(tb->num_t, num)
                ? RASD_WCENT_NUM
                : 0u) |
           (dstart ? RASD_WCENT_DATE : 0u);
}

/* Sets the rasd_tokinfo and word id wid of token t (made), when info is
 * wanted.  No table has punctuation. */
static int set_info(tokbuf *tb, const rasd_token *t, uint32_t wid)
{
    size_t i = (size_t)(t - tb->a);
    if (tb->info == NULL)
        return 0;
    if (t->kind == RASD_TOK_PUNCT)
        return put_info(tb, i, RASD_WORDTAB_NONE, RASD_WORDTAB_NONE, 0, 0,
                        wid);
    uint32_t num = rasd_numbers_first(tb->num_t, t);
    uint32_t date = rasd_dates_first(tb->date_t, t);
    uint8_t dstart = (uint8_t)rasd_dates_starts(tb->date_t, date);
    return put_info(tb, i, num, date, dstart,
                    cand_flags(tb, t->kind, num, dstart), wid);
}

/* make() for a word of n <= RASD_WORDCACHE_MAX_RAW bytes (hash h) that
 * is not in the cache (or is in entry old, made without the stem that
 * this one wants), then adds it (in old's place). */
static int make_cached(tokbuf *tb, rasd_token *t, const char *z,
                       uint32_t h, const rasd_wcent *old)
{
    size_t before = tb->nstr;
    int unplain = tb->unplain;
    tb->unplain = 0;
    int rc = make(tb, t, z);
    if (rc < 0)
        return rc;
    rasd_wcent e;
    memset(&e, 0, sizeof e);
    e.nhash = t->hash;
    e.nnorm = (uint16_t)t->nnorm;
    e.keyoff = (uint16_t)(t->key - t->norm);
    e.nkey = (uint16_t)t->nkey;
    e.nblk = (uint16_t)(tb->nstr - before);
    e.nraw = (uint8_t)(t->end - t->start);
    e.clitics = t->clitics;
    e.flags = (uint8_t)((tb->unplain ? RASD_WCENT_UNPLAIN : 0) |
                        tb->stems);
    tb->unplain |= unplain;
    e.num = rasd_numbers_first(tb->num_t, t);
    e.date = rasd_dates_first(tb->date_t, t);
    e.dstart = (uint8_t)rasd_dates_starts(tb->date_t, e.date);
    e.flags |= (uint8_t)cand_flags(tb, t->kind, e.num, e.dstart);
    /* Out of memory here loses only the caching: the token is made. */
    uint32_t wid =
        rasd_wordcache_add(tb->wc, z + t->start, h, &e, t->norm, old);
    return tb->info ? put_info(tb, (size_t)(t - tb->a), e.num, e.date,
                               e.dstart, e.flags, wid)
                    : 0;
}

/* Takes a new string chunk when the current one has no room for a token.
 * Returns 0 or RASD_ENOMEM. */
static inline int room(tokbuf *tb)
{
    if (tb->capstr - tb->nstr >= TOKEN_ROOM)
        return 0;
    char *p = rasd_arena_alloc(tb->arena, STR_CHUNK);
    if (p == NULL)
        return RASD_ENOMEM;
    tb->str = p;
    tb->nstr = 0;
    tb->capstr = STR_CHUNK;
    return 0;
}

/* Room of the line key (clean.c's keybuf, less its slack). */
#define LKEY_CAP (4 * RASD_CLEAN_MAX_KEY_LINE + 8)

/* Appends finished token t, whose norm is also at src (with 16 readable
 * bytes past it), to the line's key: its norm, after a space when white
 * space comes before it and it is not the line's first token -- what
 * judge() wants, built while the norms are at hand rather than read back
 * from the tokens at the line's end.  The copy goes 16 bytes a step:
 * the key buffer has RASD_CLEAN_KEY_SLACK bytes past LKEY_CAP. */
static inline void key_add(tokbuf *tb, const rasd_token *t, const char *src)
{
    if (tb->lkey == NULL)
        return;
    size_t o = tb->nlkey, n = t->nnorm;
    if (o + n + 1 > LKEY_CAP) {
        tb->lover = 1;
        return;
    }
    /* the space, kept only when wanted: the norm overwrites it else */
    tb->lkey[o] = ' ';
    o += (size_t)(tb->lsep & t->flags) / RASD_TOKF_SPACE_BEFORE;
    tb->lsep = RASD_TOKF_SPACE_BEFORE;
    memcpy(tb->lkey + o, src, 16);
    for (size_t j = 16; j < n; j += 16)
        memcpy(tb->lkey + o + j, src + j, 16);
    tb->nlkey = o + n;
}

static int make_other(tokbuf *tb, rasd_token *t, const char *z, uint32_t h,
                      const rasd_wcent *old);

/* finish_span() but for a word in the cache (one not in it, a single ASCII
 * byte, no cache; or in it without the stem wanted: entry old): out of
 * line, to keep finish_span() small where it is inlined. */
__attribute__((noinline)) static int finish_other(tokbuf *tb, rasd_token *t,
                                                  const char *z, uint32_t h,
                                                  const rasd_wcent *old)
{
    int rc = make_other(tb, t, z, h, old);
    if (rc == 0)
        key_add(tb, t, t->norm);
    return rc;
}

/* finish_other() but the line key. */
static int make_other(tokbuf *tb, rasd_token *t, const char *z, uint32_t h,
                      const rasd_wcent *old)
{
    const char *w = z + t->start;
    size_t n = t->end - t->start;
    char *dst = tb->str + tb->nstr;
    if (n == 1 && (unsigned char)w[0] < 0x80) {
        /* its own norm and key (append() lowers a capital) */
        unsigned c = (unsigned char)w[0];
        dst[0] = (char)(c - 'A' < 26u ? c + 32 : c);
        dst[1] = '\0';
        t->norm = t->key = dst;
        t->nnorm = t->nkey = 1;
        t->clitics = 0;
        t->hash = rasd_text_hash(dst, 1);
        tb->nstr += 2;
        if (tb->stems) {
            long r = put_stem(tb, t, dst + 2);
            if (r < 0)
                return (int)r;
            tb->nstr += (size_t)r;
        }
        return set_info(tb, t, c); /* the byte is its id */
    }
    if (tb->wc == NULL || n > RASD_WORDCACHE_MAX_RAW) {
        int rc = make(tb, t, z);
        return rc < 0 ? rc : set_info(tb, t, RASD_WORD_NONE);
    }
    return make_cached(tb, t, z, h, old);
}

/* Ends token k from entry e of the word cache: its norm, hash, key and
 * clitics, copied -- the bytes the token takes in the string chunk, 32
 * at once, then 16 a step: the pool and the chunk (room() was called)
 * both have room.  Most blocks are 10-30 bytes (with a stem, more than
 * 16): a first copy of 16 bytes left a branch on the length that went
 * either way. */
__attribute__((always_inline)) static inline int
finish_found(tokbuf *tb, size_t k, const rasd_wcent *e)
{
    rasd_token *t = &tb->a[k];
    char *dst = tb->str + tb->nstr;
    const char *blk = rasd_wcent_blk(e);
    size_t nblk = e->nblk;
    memcpy(dst, blk, 32);
    for (size_t j = 32; j < nblk; j += 16)
        memcpy(dst + j, blk + j, 16);
    t->norm = dst;
    t->nnorm = e->nnorm;
    t->hash = e->nhash;
    t->key = dst + e->keyoff;
    t->nkey = e->nkey;
    t->clitics = e->clitics;
    key_add(tb, t, blk);
    tb->unplain |= e->flags & RASD_WCENT_UNPLAIN;
    tb->nstr += nblk;
    return tb->info ? put_info(tb, k, e->num, e->date, e->dstart, e->flags,
                               e->wid)
                    : 0;
}

/* Ends token k (start, end and kind set), z[start..start+n) in the text:
 * from the word cache, else made (finish_other).  h is the hash of its
 * bytes (rasd_text_hash_ends) when it has 2 to RASD_WORDCACHE_MAX_RAW of
 * them and there is a cache.  Always inlined: as a call, saving and
 * restoring the registers of the scan cost a tenth of it. */
__attribute__((always_inline)) static inline int
finish_span(tokbuf *tb, size_t k, const char *z, size_t start, size_t n,
            uint32_t h)
{
    int rc = room(tb);
    if (rc < 0)
        return rc;
    if (tb->wc != NULL && n >= 2 && n <= RASD_WORDCACHE_MAX_RAW) {
        const rasd_wcent *e = rasd_wordcache_find(tb->wc, z + start, n, h);
        /* with stems, an entry made without them is made again (once) */
        if (e != NULL && (tb->stems & ~(unsigned)e->flags) == 0)
            return finish_found(tb, k, e);
        return finish_other(tb, &tb->a[k], z, h, e);
    }
    return finish_other(tb, &tb->a[k], z, 0, NULL);
}

/* The hash finish_span wants for z[start..end). */
static inline uint32_t word_hash(const char *z, size_t start, size_t end)
{
    size_t n = end - start;
    return n >= 2 && n <= RASD_WORDCACHE_MAX_RAW
               ? rasd_text_hash_ends(z + start, n, 0)
               : 0;
}

/* Ends token t. */
__attribute__((always_inline)) static inline int
finish(tokbuf *tb, rasd_token *t, const char *z)
{
    return finish_span(tb, (size_t)(t - tb->a), z, t->start,
                       t->end - t->start, word_hash(z, t->start, t->end));
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

/* Does a number of ASCII digits end before s[i] (i < lim), by scan()'s
 * rules, whatever follows?  Not before '.' and ',' (separators when a
 * digit follows), a digit of another script, U+066B and U+066C, nor
 * before what words() does not read (three-byte code points, invalid
 * bytes): scan() decides those. */
static inline int digits_end(const unsigned char *s, size_t i, size_t lim)
{
    unsigned c = s[i];
    if (c < 0x80)
        return c != '.' && c != ',';
    return c - 0xC2u < 0x1Eu && i + 2 <= lim && (s[i + 1] & 0xC0u) == 0x80u &&
           ((dend2[c - 0xC2u] >> (s[i + 1] & 0x3Fu)) & 1u);
}

/* A token of words() waits for WAIT tokens after it before it is
 * finished; its entry in the word cache is fetched after WAIT_ENTRY (its
 * slot was fetched when it ended).  Longer waits (3/1, 4/2, 6/3) were no
 * faster on the bench corpus. */
#define WAIT 2
#define WAIT_ENTRY 1

/* Finishes word k of words(), whose hash waits in its hash field (see
 * there).  Returns 0 or a negative code. */
__attribute__((always_inline)) static inline int
finish_pending(tokbuf *tb, size_t k, const char *z)
{
    const rasd_token *t = &tb->a[k];
    return finish_span(tb, k, z, t->start, t->end - t->start, t->hash);
}

/* The fast path of scan(): words, punctuation and the single spaces
 * between them, the bulk of a text, by scan()'s rules without their
 * general steps, from s[i] (i < next_skip) on.  Punctuation (an ASCII byte
 * or a two-byte code point of class FOLD_PUNCT) is a token of one code
 * point.  A word starts at an ASCII letter or a two-byte letter (class
 * exactly FOLD_AR or FOLD_LETTER; neither has anything for lc->plain to
 * see) within the skip range, and ends for sure before a byte
 * that continues no word (fast_end) or a two-byte code point word_run did
 * not take; else scan()'s rules decide (a three-byte joiner, an
 * apostrophe, the length cap, a skip range) and it is left in *cur.
 *
 * A word's lookup in the word cache is spread over the next two words
 * (misses to L2 and beyond were a third of the scan's time): its slot is
 * fetched when it ends, its entry after the next word is found, and it is
 * finished after the one after.  The words in between are the last two
 * tokens, and the hash of each waits in its hash field (finish_span
 * replaces it with that of its norm).
 *
 * Returns where it stopped; sets *took when it made a token, updates
 * *pending (scan's flags for the next token), and tb->rc on failure. */
static size_t words(tokbuf *tb, const char *z, size_t i, size_t next_skip,
                    uint8_t *pending, int *took, rasd_token **cur,
                    unsigned *cur_cls)
{
    const unsigned char *s = (const unsigned char *)z;
    const rasd_wordcache *wc = tb->wc;
    uint8_t flags = *pending;
    size_t npend = 0; /* the last npend tokens are tokens that wait */
    int rc = 0;
    size_t k = 0; /* the newest token */
    for (;;) {
        unsigned c = s[i], wcls = 0;
        size_t len = 1;
        uint8_t up = 0;
        if ((c | 32u) - 'a' < 26u) {
            wcls = FOLD_LETTER;
            up = c - 'A' < 26u ? RASD_TOKF_UPPER : 0;
        } else if (c - 0xC2u < 0x1Eu && i + 2 <= next_skip &&
                   (s[i + 1] & 0xC0u) == 0x80u) {
            unsigned bit = s[i + 1] & 0x3Fu;
            len = 2;
            if ((start2[0][c - 0xC2u] >> bit) & 1u) {
                wcls = FOLD_AR;
            } else if ((start2[1][c - 0xC2u] >> bit) & 1u) {
                /* Latin-1 capitals, as scan() */
                uint32_t cp = ((c & 0x1Fu) << 6) | bit;
                wcls = FOLD_LETTER;
                up = cp >= 0xC0 && cp <= 0xDE && cp != 0xD7
                         ? RASD_TOKF_UPPER
                         : 0;
            }
        } else if (c - '0' < 10u) {
            /* a number: half the returns to scan() were at one, and
             * each cost the pipeline of pending words */
            wcls = FOLD_DIGIT;
        }
        if (wcls == 0) {
            /* punctuation, a token of one code point, as scan() */
            if (c < 0x80 ? !punct1[c]
                         : len != 2 ||
                               !((punct2[c - 0xC2u] >> (s[i + 1] & 0x3Fu)) &
                                 1u))
                break;
        }
        *took = 1;
        rasd_token *t = push_word(tb);
        if (t == NULL)
            return i;
        k = tb->n - 1;
        t->start = (uint32_t)i;
        t->flags = flags | up;
        t->sent_end = 0;
        flags = 0;
        if (wcls == 0) {
            t->kind = RASD_TOK_PUNCT;
            t->clitics = 0;
            i += len;
        } else if (wcls == FOLD_DIGIT) {
            t->kind = RASD_TOK_DIGITS;
            size_t lim = i + MAX_TOKEN_BYTES;
            if (lim > next_skip)
                lim = next_skip;
            for (i++; i < lim && (unsigned)s[i] - '0' < 10u;)
                i++;
            if (i >= lim || !digits_end(s, i, lim)) {
                /* scan()'s rules go on from here, as for a word */
                t->end = (uint32_t)i;
                *cur = t;
                *cur_cls = FOLD_DIGIT;
                k--;
                break;
            }
        } else {
            t->kind = wcls == FOLD_AR ? RASD_TOK_AR : RASD_TOK_LATIN;
            size_t lim = i + MAX_TOKEN_BYTES;
            if (lim > next_skip)
                lim = next_skip;
            i = word_run(s, i + len, lim, wcls);
            if (!fast_end || i >= lim || s[i] >= 0xE0u ||
                (wcls == FOLD_LETTER && s[i] == '\'')) {
                t->end = (uint32_t)i;
                *cur = t;
                *cur_cls = wcls;
                k--; /* the waiting words are those before it */
                break;
            }
        }
        t->end = (uint32_t)i;
        uint32_t h = word_hash(z, t->start, i);
        t->hash = h;
        __builtin_prefetch(&wc->slots[h & (wc->capslots - 1)]);
        if (npend >= WAIT_ENTRY) {
            uint32_t e = wc->slots[tb->a[k - WAIT_ENTRY].hash &
                                   (wc->capslots - 1)];
            if (e != 0)
                __builtin_prefetch(rasd_wordcache_at(wc, e));
        }
        if (npend == WAIT) {
            rc = finish_pending(tb, k - WAIT, z);
            if (rc)
                break;
        } else {
            npend++;
        }
        if (i >= next_skip)
            break;
        /* the one space between two words, as scan(); taken without a
         * branch, which went either way (punctuation follows a word one
         * time in seven) */
        unsigned sp = s[i] == ' ';
        flags |= (uint8_t)(sp * RASD_TOKF_SPACE_BEFORE);
        i += sp;
        if (i >= next_skip)
            break;
    }
    /* the last npend words up to token k, in order */
    for (size_t j = npend; rc == 0 && j > 0; j--)
        rc = finish_pending(tb, k + 1 - j, z);
    if (rc)
        tb->rc = rc;
    *pending = flags;
    return i;
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
    /* the key was joined in the cleaner's buffer as the line's tokens
     * were finished (key_add) */
    if (lc->plain && !tb->unplain && !tb->lover &&
        end - lc->start <= RASD_CLEAN_MAX_KEY_LINE)
        nk = (long)tb->nlkey;
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
    tb->nlkey = 0;
    tb->lsep = 0;
    tb->lover = 0;
}

/* The scan of rasd_text_tokenize; with lc, no skip ranges, and each line
 * is judged by the cleaner at its end: a dropped line loses its tokens and
 * the scan goes on as rasd_text_tokenize would after a skip range there
 * (the flags pending at the line's start, plus a paragraph start). */
static int scan(const char *z, size_t n, const rasd_span *skip, size_t nskip,
                int stems, lines *lc, rasd_arena *a, const rasd_text_res *res,
                rasd_token **out, size_t *ntok, rasd_wordinfo *wi)
{
    const unsigned char *s = (const unsigned char *)z;
    tokbuf tb;
    pthread_once(&cont2_once, cont2_init);
    memset(&tb, 0, sizeof tb);
    tb.arena = a;
    /* About one token per 6-10 bytes of news: start near the count and
     * double from there. */
    tb.cap = n / 8 + 16;
    tb.a = rasd_arena_alloc(a, tb.cap * sizeof *tb.a);
    if (tb.a == NULL)
        return RASD_ENOMEM;
    if (res != NULL) {
        tb.wc = res->words;
        tb.res = res;
        tb.stems = stems ? RASD_WCENT_STEM : 0;
        tb.num_t = res->num;
        tb.date_t = res->date;
        tb.info = rasd_arena_alloc(a, tb.cap * sizeof *tb.info);
        tb.wid = rasd_arena_alloc(a, tb.cap * sizeof *tb.wid);
        if (tb.info == NULL || tb.wid == NULL)
            return RASD_ENOMEM;
    }
    /* the word ids are of this filling of the cache; one emptied on the
     * way leaves the doc without them */
    uint64_t gen = tb.wc ? tb.wc->gen : 0;
    size_t i = 0, iskip = 0;
    uint8_t pending = RASD_TOKF_PARA_START | RASD_TOKF_LINE_START;
    int newlines = 0; /* newlines since the last token */
    rasd_token *cur = NULL;  /* word or number being built */
    unsigned cur_cls = 0;
    if (lc) {
        tb.lkey = rasd_cleaner_keybuf(lc->cl);
        line_begin(lc, &tb, 0, pending, newlines);
    }

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
        if (cur && cur_cls != FOLD_DIGIT) {
            size_t lim = cur->start + MAX_TOKEN_BYTES;
            size_t j = word_run(s, i, lim < next_skip ? lim : next_skip,
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
        if (cur == NULL && tb.wc != NULL) {
            int took = 0;
            i = words(&tb, z, i, next_skip, &pending, &took, &cur, &cur_cls);
            if (tb.rc)
                return tb.rc;
            if (took) {
                newlines = 0;
                continue;
            }
        }
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
        /* A sequence cut by a skip range: the token ends with it, and
         * fold_span finds it invalid within the token's span (an invalid
         * byte as well): rasd_text_normalize then makes its norm. */
        if (i + len > next_skip)
            len = next_skip - i;
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
                    idx_cut(&tb.num, tb.n);
                    idx_cut(&tb.date, tb.n);
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
        if (d) {
            tb.n = lc->tok;
            idx_cut(&tb.num, tb.n);
            idx_cut(&tb.date, tb.n);
        }
    }
    *out = tb.a;
    *ntok = tb.n;
    if (wi) {
        wi->tok = tb.info;
        wi->num = tb.num.a;
        wi->nnum = tb.num.n;
        wi->date = tb.date.a;
        wi->ndate = tb.date.n;
        wi->wid = tb.wc && tb.wc->gen == gen ? tb.wid : NULL;
        wi->gen = gen;
    }
    return 0;
}

int rasd_text_tokenize(const char *z, size_t n, const rasd_span *skip,
                       size_t nskip, rasd_arena *a, rasd_token **out,
                       size_t *ntok)
{
    return scan(z, n, skip, nskip, 0, NULL, a, NULL, out, ntok, NULL);
}

int rasd_text_tokenize_res(const char *z, size_t n, const rasd_span *skip,
                           size_t nskip, rasd_arena *a,
                           const rasd_text_res *res, rasd_token **out,
                           size_t *ntok, rasd_wordinfo *wi, int stems)
{
    return scan(z, n, skip, nskip, stems, NULL, a, res, out, ntok, wi);
}

int rasd_text_tokenize_clean(rasd_doc *doc, rasd_cleaner *cl,
                             const rasd_text_res *res, rasd_wordinfo *wi,
                             int stems)
{
    lines lc;
    memset(&lc, 0, sizeof lc);
    lc.cl = cl;
    int rc = scan(doc->text, doc->ntext, NULL, 0, stems, &lc, doc->arena,
                  res,
                  &doc->tokens, &doc->ntokens, wi);
    if (rc < 0)
        return rc;
    return rasd_cleaner_store(cl, doc);
}
