/* test_fast.c - the fast paths of the text layer against their definitions.
 *
 * The tokenizer folds a token by the normaliser's fast path, keeps what it
 * makes of each word in a cache, and computes the key directly
 * (src/text/token.c, wordcache.c, key.c); the definitions are simpler and
 * slower: a token's norm is rasd_text_normalize of its span, and its key
 * is the reading of rasd_text_key_variants with the most proclitics (x2)
 * plus a reduced suffix, the first on ties, never under three letters
 * unless it is the word itself.  These tests compare the two over every
 * short word of an alphabet of the letters the rules look at, and over
 * every token of the corpora that are at hand: ../shared/corpus (seeds,
 * dev, gsr), examples/, and bench/corpus/corpus.jsonl when it was made.
 * rasd_doc_analyze cleans and tokenises in one scan, keying each line from
 * its tokens (token.c); over the same texts, and over crafted lines that
 * must fall back to keying the text, it must give the tokens and skip
 * ranges of rasd_clean_mark followed by rasd_text_tokenize.  Clean's white
 * space test by fold class is checked against utf8proc's categories for
 * every code point.
 */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <libstemmer.h>

#include "rasd/text.h"
#include "rasd/utf8.h"
#include "text_int.h"

#ifndef RASD_DEFAULT_DATA_DIR
#define RASD_DEFAULT_DATA_DIR "data"
#endif

/* --- the definition of the key ------------------------------------------ */

static size_t count_chars(const char *z, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)z[i] & 0xC0u) != 0x80u;
    return c;
}

/* The greedy key as text.h defines it; returns its length. */
static size_t reference_key(const char *norm, size_t n, int kind, char *out,
                            uint8_t *clitics)
{
    static char buf[1024];
    rasd_keyvar var[RASD_KEYVAR_MAX];
    *clitics = 0;
    if (n == 0 || n > 240 || (kind != RASD_TOK_AR && kind != RASD_TOK_LATIN)) {
        memcpy(out, norm, n);
        return n;
    }
    size_t nv = rasd_text_key_variants(norm, n, kind, buf, sizeof buf, var,
                                       RASD_KEYVAR_MAX);
    size_t best = 0;
    int best_score = -1;
    for (size_t k = 0; k < nv; k++) {
        if (k != 0 && count_chars(var[k].p, var[k].n) < 3)
            continue;
        int c = 0;
        for (unsigned b = var[k].clitics; b; b &= b - 1)
            c++;
        int score = 2 * c + var[k].suffix;
        if (score > best_score) {
            best_score = score;
            best = k;
        }
    }
    memcpy(out, var[best].p, var[best].n);
    *clitics = var[best].clitics;
    return var[best].n;
}

/* Fails when rasd_text_key of norm differs from the definition. */
static void check_key(const char *norm, size_t n, int kind)
{
    char want[1024], got[1024];
    uint8_t cw, cg;
    size_t nw = reference_key(norm, n, kind, want, &cw);
    size_t ng = rasd_text_key(norm, n, kind, got, n + 1, &cg);
    if (nw != ng || memcmp(want, got, nw) != 0 || cw != cg)
        fail_msg("key of '%.*s' (kind %d): '%.*s' %#x, want '%.*s' %#x",
                 (int)n, norm, kind, (int)ng, got, cg, (int)nw, want, cw);
}

static void test_key_examples(void **state)
{
    (void)state;
    static const struct {
        const char *norm, *key;
        int kind;
        uint8_t clitics;
    } ex[] = {
        /* the greedy key over-strips: readings, not stems (key.c) */
        {"والقوات", "قوه", RASD_TOK_AR, RASD_CLITIC_WA | RASD_CLITIC_AL},
        {"للقوات", "قوه", RASD_TOK_AR, RASD_CLITIC_LI | RASD_CLITIC_AL},
        {"وبالطايرتين", "طايره", RASD_TOK_AR,
         RASD_CLITIC_WA | RASD_CLITIC_BI | RASD_CLITIC_AL},
        {"بقاعده", "قاعده", RASD_TOK_AR, RASD_CLITIC_BI},
        {"بغداد", "غداد", RASD_TOK_AR, RASD_CLITIC_BI},
        {"الصواريخ", "صواريخ", RASD_TOK_AR, RASD_CLITIC_AL},
        {"طايرتين", "طايره", RASD_TOK_AR, 0},
        {"مسيرات", "مسيره", RASD_TOK_AR, 0},
        {"صاروخين", "صاروخ", RASD_TOK_AR, 0},
        {"هجوما", "هجوم", RASD_TOK_AR, 0},
        {"في", "في", RASD_TOK_AR, 0},
        {"rockets", "rocket", RASD_TOK_LATIN, 0},
        {"iraq's", "iraq", RASD_TOK_LATIN, 0},
        {"it's", "it's", RASD_TOK_LATIN, 0},
        {"boxes", "box", RASD_TOK_LATIN, 0},
        {"militias", "militia", RASD_TOK_LATIN, 0},
        {"gas", "gas", RASD_TOK_LATIN, 0},
        {"2024", "2024", RASD_TOK_DIGITS, 0},
    };
    for (size_t i = 0; i < sizeof ex / sizeof ex[0]; i++) {
        char out[256];
        uint8_t c;
        size_t n = rasd_text_key(ex[i].norm, strlen(ex[i].norm), ex[i].kind,
                                 out, sizeof out, &c);
        out[n] = '\0';
        assert_string_equal(out, ex[i].key);
        assert_int_equal(c, ex[i].clitics);
        check_key(ex[i].norm, strlen(ex[i].norm), ex[i].kind);
    }
}

/* Every word of 1-5 letters over the letters the rules test, one other
 * Arabic letter, a one-byte and a three-byte code point (nchars counts
 * code points, the rules test bytes), and longer random words: the direct
 * path of words up to 42 bytes and the fallback past it. */
static void test_key_exhaustive(void **state)
{
    (void)state;
    static const char *const alpha[] = {"و", "ف", "ب", "ك", "ل", "ا", "ت",
                                        "ي", "ن", "ه", "م", "a", "ࢠ"};
    const size_t na = sizeof alpha / sizeof alpha[0];
    char w[512];
    size_t idx[5];
    for (size_t len = 1; len <= 5; len++) {
        memset(idx, 0, sizeof idx);
        for (;;) {
            size_t n = 0;
            for (size_t i = 0; i < len; i++) {
                size_t l = strlen(alpha[idx[i]]);
                memcpy(w + n, alpha[idx[i]], l);
                n += l;
            }
            check_key(w, n, RASD_TOK_AR);
            size_t i = 0;
            while (i < len && ++idx[i] == na)
                idx[i++] = 0;
            if (i == len)
                break;
        }
    }
    uint64_t x = 88172645463325252ull; /* xorshift64 */
    for (int t = 0; t < 200000; t++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        size_t len = 1 + x % 60, n = 0;
        for (size_t i = 0; i < len; i++) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            const char *a = alpha[x % (i % 3 ? 11 : na)];
            size_t l = strlen(a);
            if (n + l > 240)
                break;
            memcpy(w + n, a, l);
            n += l;
        }
        check_key(w, n, RASD_TOK_AR);
    }
    static const char lat[] = "siuehxy'ab";
    for (size_t len = 1; len <= 6; len++) {
        size_t total = 1;
        for (size_t i = 0; i < len; i++)
            total *= 10;
        for (size_t t = 0; t < total; t++) {
            size_t v = t;
            for (size_t i = 0; i < len; i++, v /= 10)
                w[i] = lat[v % 10];
            check_key(w, len, RASD_TOK_LATIN);
        }
    }
}

/* --- every token of the corpora ----------------------------------------- */

/* Words already compared (norm and kind): the corpora repeat them. */
typedef struct wordset {
    char **a;
    size_t cap, n;
} wordset;

static uint64_t word_hash(const char *z, size_t n, int kind)
{
    uint64_t h = 1469598103934665603ull ^ (uint64_t)kind;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)z[i];
        h *= 1099511628211ull;
    }
    return h;
}

/* Adds the word; returns 0 when it was there already. */
static int wordset_add(wordset *s, const char *z, size_t n, int kind)
{
    if (2 * (s->n + 1) > s->cap) {
        wordset g = {calloc(s->cap ? 2 * s->cap : 4096, sizeof(char *)),
                     s->cap ? 2 * s->cap : 4096, s->n};
        assert_non_null(g.a);
        for (size_t i = 0; i < s->cap; i++) {
            if (s->a[i] == NULL)
                continue;
            const char *e = s->a[i];
            size_t j = word_hash(e + 1, strlen(e + 1), e[0]) & (g.cap - 1);
            while (g.a[j])
                j = (j + 1) & (g.cap - 1);
            g.a[j] = s->a[i];
        }
        free(s->a);
        *s = g;
    }
    size_t j = word_hash(z, n, kind) & (s->cap - 1);
    for (; s->a[j]; j = (j + 1) & (s->cap - 1))
        if (s->a[j][0] == kind && strlen(s->a[j] + 1) == n &&
            memcmp(s->a[j] + 1, z, n) == 0)
            return 0;
    char *e = malloc(n + 2);
    assert_non_null(e);
    e[0] = (char)kind;
    memcpy(e + 1, z, n);
    e[n + 1] = '\0';
    s->a[j] = e;
    s->n++;
    return 1;
}

static void wordset_free(wordset *s)
{
    for (size_t i = 0; i < s->cap; i++)
        free(s->a[i]);
    free(s->a);
}

typedef struct tally {
    wordset seen;
    size_t files, bytes, tokens, words, skips;
} tally;

/* --- one scan against two (clean, then tokenize) ---------------------- */

static rasd_text_res *g_res; /* data/text, loaded by setup */

static int setup(void **state)
{
    (void)state;
    char dir[1024], file[1024] = "";
    rasd_parse_err err = {0, NULL, 0};
    const char *env = getenv("RASD_DATA_DIR");
    snprintf(dir, sizeof dir, "%s/text",
             env && *env ? env : RASD_DEFAULT_DATA_DIR);
    int rc = rasd_text_res_load(&g_res, dir, &err, file, sizeof file);
    if (rc != 0)
        fprintf(stderr, "%s:%zu: %s (%d)\n", file, err.pos,
                err.msg ? err.msg : "?", rc);
    return rc;
}

static int teardown(void **state)
{
    (void)state;
    rasd_text_res_free(g_res);
    return 0;
}

/* Fails unless every token of d (analysed with RASD_ANALYZE_STEMS) has
 * for rasd_doc_stem the stem rasd_text_stem gives its norm and kind. */
static void check_doc_stems(const rasd_doc *d)
{
    assert_int_equal(d->stems, 1);
    for (size_t i = 0; i < d->ntokens; i++) {
        const rasd_token *t = &d->tokens[i];
        size_t ng = 0, nw = 0;
        const char *got = rasd_doc_stem(d, NULL, i, &ng);
        const char *want = rasd_text_stem(g_res, t->norm, t->nnorm, t->kind,
                                          &nw);
        if (ng != nw || memcmp(got, want, nw) || got[ng] != '\0')
            fail_msg("stem of token %zu '%s': '%.*s', want '%.*s'", i,
                     t->norm, (int)ng, got, (int)nw, want);
    }
}

/* Fails unless, within one filling of the word cache (rasd_doc.word_gen),
 * every word id stands for one word: one norm and kind, in this doc and
 * those before it. */
static void check_word_ids(const rasd_doc *d)
{
    static uint64_t gen, *sig;
    enum { NSIG = 1 << 20 };
    assert_non_null(d->word_id); /* a res, and no emptying in these */
    if (sig == NULL) {
        sig = calloc(NSIG, sizeof *sig);
        assert_non_null(sig);
    }
    if (d->word_gen != gen) {
        memset(sig, 0, NSIG * sizeof *sig);
        gen = d->word_gen;
    }
    for (size_t i = 0; i < d->ntokens; i++) {
        const rasd_token *t = &d->tokens[i];
        uint32_t w = d->word_id[i];
        if (w == RASD_WORD_NONE)
            continue;
        assert_true(w < NSIG);
        uint64_t h = 1469598103934665603ull ^ t->kind;
        for (size_t k = 0; k < t->nnorm; k++)
            h = (h ^ (unsigned char)t->norm[k]) * 1099511628211ull;
        h |= 1; /* 0: not seen */
        if (sig[w] == 0)
            sig[w] = h;
        else if (sig[w] != h)
            fail_msg("word id %u: '%s' differs from the word before", w,
                     t->norm);
    }
}

/* Fails unless rasd_doc_analyze's one scan gives z[0..n) the skip ranges
 * and tokens of rasd_clean_mark then rasd_text_tokenize; returns the
 * number of skip ranges.  Every other call asks for stems too, so that
 * word cache entries made with and without them meet both kinds of
 * analysis (an entry without is made again with its stem). */
static size_t check_scan(const char *z, size_t n)
{
    static unsigned calls;
    rasd_date_ymd none = {0, 0, 0};
    rasd_doc *d1 = NULL;
    unsigned stems = calls++ % 2 ? RASD_ANALYZE_STEMS : 0;
    assert_int_equal(rasd_doc_analyze(&d1, g_res, z, n, none,
                                      RASD_ANALYZE_NO_NUMBERS |
                                          RASD_ANALYZE_NO_DATES | stems),
                     0);
    if (stems)
        check_doc_stems(d1);
    if (d1->word_gen == g_res->words->gen) /* not emptied on the way */
        check_word_ids(d1);
    rasd_arena *a = rasd_arena_new();
    assert_non_null(a);
    rasd_doc *d2 = rasd_arena_calloc(a, sizeof *d2);
    assert_non_null(d2);
    d2->arena = a;
    d2->text = z;
    d2->ntext = n;
    assert_int_equal(rasd_clean_mark(d2, g_res->clean), 0);
    assert_int_equal(rasd_text_tokenize(z, n, d2->skip, d2->nskip, a,
                                        &d2->tokens, &d2->ntokens),
                     0);
    if (d1->nskip != d2->nskip)
        fail_msg("%zu skip ranges, want %zu, in [%.*s]", d1->nskip,
                 d2->nskip, (int)(n < 300 ? n : 300), z);
    for (size_t i = 0; i < d1->nskip; i++) {
        assert_int_equal(d1->skip[i].start, d2->skip[i].start);
        assert_int_equal(d1->skip[i].end, d2->skip[i].end);
    }
    assert_int_equal(d1->ntokens, d2->ntokens);
    for (size_t i = 0; i < d1->ntokens; i++) {
        const rasd_token *t1 = &d1->tokens[i], *t2 = &d2->tokens[i];
        if (t1->start != t2->start || t1->end != t2->end ||
            t1->kind != t2->kind || t1->flags != t2->flags ||
            t1->clitics != t2->clitics || t1->nnorm != t2->nnorm ||
            t1->nkey != t2->nkey || strcmp(t1->norm, t2->norm) ||
            strcmp(t1->key, t2->key))
            fail_msg("token %zu [%.*s] differs", i, (int)(t2->end - t2->start),
                     z + t2->start);
    }
    size_t nskip = d1->nskip;
    rasd_doc_free(d1);
    rasd_arena_free(a);
    return nskip;
}

/* Lines that must be keyed from their text, each repeated (so that the
 * repeat decides on their keys) next to near copies and plain lines. */
static void test_scan_hostile(void **state)
{
    (void)state;
    static const char *const line[] = {
        "قتل ثلاثة أشخاص في هجوم بطائرة مسيرة على الطريق",
        "قتل ثلاثة أشخاص في هجوم\x01 بطائرة مسيرة على الطريق",
        "قتل ثلاثة أشخاص في\xC2\x85هجوم بطائرة مسيرة على الطريق",
        "قتل ثلاثة أشخاص في هجوم بطائرة \xD9\x8Eمسيرة على الطريق",
        "قتل ثلاثة أشخاص في هجوم\xE2\x81\xA0 بطائرة مسيرة على الطريق",
        "قتل ثلاثة أشخاص ﷺ في هجوم بطائرة مسيرة على الطريق",
        "Three people killed \xCD\xBA in a drone strike on the road",
        "Three people killed in a drone strike on the road\r",
        "Three  people\xC2\xA0killed in a drone\xE2\x80\xA8strike on the road",
        "Three people killed in a drone strike on the road \xCC\x81x",
        "Three people killed in a drone strike on the road \xFF\xFE",
        "Three people killed in a drone strike on the road\xE2\x80",
        "  Three people killed in a drone strike on the road.  ",
        "وقتل ثلاثة أشخاص في هجوم بطائرة مسيرة على الطريق.",
        "Share this article", "Read more:", "اقرأ أيضا", "",
        "ـــــ", "\xEF\xB7\xBA\xEF\xB7\xBA\xEF\xB7\xBA\xEF\xB7\xBA",
    };
    const size_t nl = sizeof line / sizeof line[0];
    char buf[8192];
    uint64_t x = 2463534242u;
    size_t skips = 0;
    for (int round = 0; round < 400; round++) {
        size_t n = 0;
        int lines = 2 + round % 12;
        for (int k = 0; k < lines; k++) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            const char *l = line[x % nl];
            size_t len = strlen(l);
            memcpy(buf + n, l, len);
            n += len;
            if (k + 1 < lines || round % 3)
                buf[n++] = '\n';
        }
        skips += check_scan(buf, n);
    }
    assert_true(skips > 100); /* the repeats did decide */
}

/* --- the stem cache ----------------------------------------------------- */

/* Fails unless rasd_text_stem gives Snowball's stem of norm[0..n) (kind
 * AR or LATIN), NUL-terminated. */
static void check_stem(const char *norm, size_t n, int kind)
{
    static struct sb_stemmer *ar, *en;
    if (ar == NULL) {
        ar = sb_stemmer_new("arabic", "UTF_8");
        en = sb_stemmer_new("english", "UTF_8");
        assert_non_null(ar);
        assert_non_null(en);
    }
    struct sb_stemmer *st = kind == RASD_TOK_AR ? ar : en;
    size_t ns = 0;
    const char *got = rasd_text_stem(g_res, norm, n, kind, &ns);
    const sb_symbol *want = sb_stemmer_stem(st, (const sb_symbol *)norm,
                                            (int)n);
    assert_non_null(want);
    size_t nw = (size_t)sb_stemmer_length(st);
    if (ns != nw || memcmp(got, want, nw) || got[ns] != '\0')
        fail_msg("stem of '%.*s': '%.*s', want '%.*s'", (int)n, norm,
                 (int)ns, got, (int)nw, (const char *)want);
}

/* Tokenises z[0..n) and checks each token's norm and key (and the key and
 * stem of each distinct word through the public rasd_text_key and
 * rasd_text_stem, twice: first sight and cached). */
static void check_text(tally *ty, const char *z, size_t n)
{
    rasd_arena *a = rasd_arena_new();
    rasd_token *t = NULL;
    size_t nt = 0;
    assert_non_null(a);
    assert_int_equal(rasd_text_tokenize(z, n, NULL, 0, a, &t, &nt), 0);
    static char norm[4 * 240 + 8];
    for (size_t i = 0; i < nt; i++) {
        long nn = rasd_text_normalize(z + t[i].start, t[i].end - t[i].start,
                                      norm, sizeof norm);
        assert_true(nn >= 0);
        if ((size_t)nn != t[i].nnorm || memcmp(norm, t[i].norm, t[i].nnorm) ||
            t[i].norm[nn] != '\0')
            fail_msg("norm of '%.*s': '%s', want '%.*s'",
                     (int)(t[i].end - t[i].start), z + t[i].start, t[i].norm,
                     (int)nn, norm);
        char want[1024];
        uint8_t cw;
        size_t nw = reference_key(t[i].norm, t[i].nnorm, t[i].kind, want, &cw);
        if (nw != t[i].nkey || memcmp(want, t[i].key, nw) ||
            t[i].key[nw] != '\0' || cw != t[i].clitics)
            fail_msg("token key of '%s': '%s' %#x, want '%.*s' %#x",
                     t[i].norm, t[i].key, t[i].clitics, (int)nw, want, cw);
        if (wordset_add(&ty->seen, t[i].norm, t[i].nnorm, t[i].kind)) {
            check_key(t[i].norm, t[i].nnorm, t[i].kind);
            if (t[i].kind == RASD_TOK_AR || t[i].kind == RASD_TOK_LATIN) {
                check_stem(t[i].norm, t[i].nnorm, t[i].kind);
                check_stem(t[i].norm, t[i].nnorm, t[i].kind);
            }
            ty->words++;
        }
    }
    ty->tokens += nt;
    ty->bytes += n;
    rasd_arena_free(a);
}

/* A whole article: the one scan against the two passes. */
static void check_article(tally *ty, const char *z, size_t n)
{
    ty->skips += check_scan(z, n);
}

static int hex4(const char *z, uint32_t *v)
{
    *v = 0;
    for (int k = 0; k < 4; k++) {
        char c = z[k];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return 0;
        *v = *v << 4 | (uint32_t)d;
    }
    return 1;
}

/* The "text" string of a JSONL line, unescaped into out (n + 1 bytes);
 * returns its length, or 0 without one.  Enough JSON for our corpora. */
static size_t json_text(const char *z, size_t n, char *out)
{
    const char *p = NULL;
    for (size_t i = 0; i + 8 <= n; i++)
        if (memcmp(z + i, "\"text\":", 7) == 0) {
            p = z + i + 7;
            break;
        }
    if (p == NULL)
        return 0;
    const char *e = z + n;
    while (p < e && *p == ' ')
        p++;
    if (p >= e || *p++ != '"')
        return 0;
    size_t o = 0;
    while (p < e && *p != '"') {
        if (*p != '\\') {
            out[o++] = *p++;
            continue;
        }
        if (++p >= e)
            break;
        char c = *p++;
        uint32_t cp = 0, lo;
        switch (c) {
        case 'n': out[o++] = '\n'; break;
        case 't': out[o++] = '\t'; break;
        case 'r': out[o++] = '\r'; break;
        case 'b': out[o++] = '\b'; break;
        case 'f': out[o++] = '\f'; break;
        case 'u':
            if (e - p < 4 || !hex4(p, &cp))
                return o;
            p += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && e - p >= 6 && p[0] == '\\' &&
                p[1] == 'u' && hex4(p + 2, &lo) && lo >= 0xDC00 &&
                lo < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                p += 6;
            }
            if (cp == 0 || (cp >= 0xD800 && cp < 0xE000))
                cp = '?'; /* what the reader's repair would leave */
            o += rasd_utf8_encode(cp, out + o);
            break;
        default: out[o++] = c; break; /* " \\ / */
        }
    }
    return o;
}

static void check_file(tally *ty, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    assert_non_null(buf);
    for (;;) {
        if (n == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
            assert_non_null(buf);
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        if (got == 0)
            break;
        n += got;
    }
    fclose(f);
    /* A text file is an article; a JSONL corpus is one article per line
     * (a line is a JSON string, escapes and all: its words are words all
     * the same, and its lines are one line). */
    size_t plen = strlen(path);
    if (plen > 4 && strcmp(path + plen - 4, ".txt") == 0)
        check_article(ty, buf, n);
    size_t i = 0;
    while (i < n) {
        char *nl = memchr(buf + i, '\n', n - i);
        size_t e = nl ? (size_t)(nl - buf) : n;
        check_text(ty, buf + i, e - i);
        if (plen <= 4 || strcmp(path + plen - 4, ".txt") != 0) {
            char *text = malloc(e - i + 1);
            assert_non_null(text);
            size_t nt = json_text(buf + i, e - i, text);
            if (nt > 0) {
                check_text(ty, text, nt);
                check_article(ty, text, nt);
            }
            free(text);
        }
        i = e + 1;
    }
    free(buf);
    ty->files++;
}

static void check_dir(tally *ty, const char *dir)
{
    DIR *d = opendir(dir);
    if (d == NULL)
        return;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        size_t l = strlen(de->d_name);
        if (l < 5 || (strcmp(de->d_name + l - 4, ".txt") &&
                      strcmp(de->d_name + l - 6, ".jsonl")))
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        check_file(ty, path);
    }
    closedir(d);
}

static void test_key_corpus(void **state)
{
    (void)state;
    tally ty;
    memset(&ty, 0, sizeof ty);
    const char *shared = getenv("RASD_SHARED");
    const char *data = getenv("RASD_DATA_DIR");
    char path[4096];
    if (shared) {
        static const char *const sub[] = {"corpus/seeds", "corpus/dev",
                                          "corpus/gsr"};
        for (size_t i = 0; i < 3; i++) {
            snprintf(path, sizeof path, "%s/%s", shared, sub[i]);
            check_dir(&ty, path);
        }
    }
    if (data) { /* the source tree: data/.. */
        snprintf(path, sizeof path, "%s/../examples/articles", data);
        check_dir(&ty, path);
        snprintf(path, sizeof path, "%s/../examples/corpus", data);
        check_dir(&ty, path);
        snprintf(path, sizeof path, "%s/../bench/corpus/corpus.jsonl", data);
        check_file(&ty, path);
    }
    fprintf(stderr, "test_key_corpus: %zu files, %zu bytes, %zu tokens, "
                    "%zu distinct words: norms and keys as defined; one "
                    "scan = clean + tokenize (%zu skip ranges)\n",
            ty.files, ty.bytes, ty.tokens, ty.words, ty.skips);
    wordset_free(&ty.seen);
    if (ty.files == 0)
        skip(); /* no corpus at hand: the exhaustive test still ran */
}

/* --- the word cache ----------------------------------------------------- */

/* Writes the Arabic word number k (k < 30^4: four letters of the 28 and
 * ة and أ, which fold, so that words fold now and then) into out; returns
 * its bytes.  Distinct k give distinct bytes. */
static size_t nth_word(size_t k, char *out)
{
    static const char *const letter[] = {
        "ا", "ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر",
        "ز", "س", "ش", "ص", "ض", "ط", "ظ", "ع", "غ", "ف",
        "ق", "ك", "ل", "م", "ن", "ه", "و", "ي", "ة", "أ"};
    size_t n = 0;
    for (int j = 0; j < 4; j++, k /= 30) {
        memcpy(out + n, letter[k % 30], 2);
        n += 2;
    }
    return n;
}

/* More distinct words than the word cache keeps (2^18): it is emptied on
 * the way, and words seen before and after that give the tokens of
 * rasd_text_tokenize, which has no cache. */
static void test_word_cache_ceiling(void **state)
{
    (void)state;
    enum { WORDS = 20000, LINE = 12 };
    char *buf = malloc(WORDS * 10);
    assert_non_null(buf);
    for (size_t doc = 0; doc < 16; doc++) {
        /* the last article repeats the first: cached again after the
         * cache was emptied */
        size_t base = doc == 15 ? 0 : doc * WORDS, n = 0;
        for (size_t k = 0; k < WORDS; k++) {
            n += nth_word(base + k, buf + n);
            buf[n++] = (k + 1) % LINE ? ' ' : '\n';
        }
        check_scan(buf, n);
    }
    free(buf);
}

/* More distinct words than the stem cache keeps (2^20), long and short:
 * it is emptied on the way, and every stem, of a word seen before or
 * after that, is Snowball's. */
static void test_stem_cache_ceiling(void **state)
{
    (void)state;
    char w[64];
    const size_t words = (1u << 20) + 50000;
    for (size_t k = 0; k < words; k++) {
        /* the first words again at the end, after the emptying */
        size_t id = k < (1u << 20) ? k : k - (1u << 20);
        size_t n = nth_word(id, w);
        n += nth_word(id / 810000 + 7, w + n); /* 30^4: eight letters */
        if (id % 97 == 0) { /* longer than an entry holds inline */
            memcpy(w + n, w, n);
            n *= 2;
        }
        check_stem(w, n, RASD_TOK_AR);
        if (k % 1000 == 0) { /* and an English word */
            n = (size_t)snprintf(w, sizeof w, "attackings%zu", id);
            check_stem(w, n, RASD_TOK_LATIN);
        }
    }
}

/* --- clean.c's white space by fold class -------------------------------- */

static void test_space_classes(void **state)
{
    (void)state;
    assert_int_equal(rasd_clean_space_mismatch(), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_key_examples),
        cmocka_unit_test(test_key_exhaustive),
        cmocka_unit_test(test_key_corpus),
        cmocka_unit_test(test_scan_hostile),
        cmocka_unit_test(test_word_cache_ceiling),
        cmocka_unit_test(test_stem_cache_ceiling),
        cmocka_unit_test(test_space_classes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
