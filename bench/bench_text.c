/* bench_text.c - throughput and peak RSS of the text layer (clean,
 * normalise, tokenise, stem, sentences, numbers, dates) over the corpus of
 * bench/make_corpus.py, next to two baselines measured in the same run:
 * Snowball's stemmers alone over the whitespace tokens, and a plain byte
 * loop (the limit of anything that looks at every byte).
 *
 * The corpus is read into memory first (that read is timed and printed on
 * its own line); every case then runs over the same in-memory articles,
 * single-threaded, and prints one line: MB/s (of article text, 10^6 bytes),
 * words/s (whitespace words of the corpus, the same count for every case so
 * the columns compare), the best and median CPU seconds of --reps runs and
 * the wall seconds of the best, the peak RSS so far, and a checksum of its
 * output so that a fast wrong answer shows (SQLite test/speedtest1.c
 * --verify).  Cases that stem start each
 * run with a freshly loaded rasd_text_res: the stem cache is filled inside
 * the timing, once per run.
 *
 * Usage: bench_text [--data DIR] [--reps N] [--limit-mb X] [--cases LIST]
 *                   CORPUS.jsonl
 * LIST is comma-separated case names (default: all).  Not part of ctest:
 * `cmake --build B --target bench_text`, or bench/run.sh.
 */
#include <libstemmer.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

#include "rasd/article.h"
#include "rasd/rasd.h"
#include "rasd/text.h"

#ifndef RASD_DEFAULT_DATA_DIR
#define RASD_DEFAULT_DATA_DIR "data"
#endif

#define MAX_REPS 100

/* The articles, back to back in one buffer, each followed by a NUL. */
typedef struct corpus {
    char *buf;
    size_t nbuf, cap;        /* bytes used and allocated in buf */
    size_t *off, *len;       /* article i is buf[off[i]..off[i]+len[i]) */
    rasd_date_ymd *pub;
    size_t n, ncap;
    size_t text_bytes;       /* sum of len[] */
    size_t limit;            /* stop reading past this many text bytes */
} corpus;

typedef struct result {
    uint64_t sum;            /* checksum of the case's output */
    uint64_t units;          /* what the case counted (tokens, stems) */
} result;

typedef struct bench {
    const corpus *c;
    const char *textdir;     /* data/text */
    size_t words;            /* whitespace words of the corpus */
    struct sb_stemmer *sb_ar, *sb_en;
} bench;

static void die(const char *what)
{
    fprintf(stderr, "bench_text: %s\n", what);
    exit(1);
}

static double now(clockid_t clk)
{
    struct timespec ts;
    clock_gettime(clk, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double peak_rss_mb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_maxrss / 1024.0; /* Linux: KiB */
}

/* --- checksums: independent multiplies, one add chain, so the checksum
 * costs little next to the work it checks ------------------------------ */

static uint64_t fmix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 33;
    return x;
}

/* The first and last 8 bytes of p[0..n) and n, as one word.  Under eight
 * bytes (most stems) the bytes are the word's low bytes, first lowest.
 * On a little-endian machine, from four byte windows of four bytes (none
 * past p[n)) and masks from four bytes up: a byte loop of 1-7 turns, then
 * a branch on n >= 8, each cost a mispredicted branch a token (the
 * stems' checksum was a tenth of `rasd`); same value either way. */
static uint64_t load8(const char *p, size_t n)
{
    uint64_t x = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (n >= 4) {
        uint64_t m = 0 - (uint64_t)(n >= 8);
        uint32_t w0, w1, e0, e1;
        memcpy(&w0, p, 4);
        memcpy(&w1, p + (4 & m), 4);
        memcpy(&e0, p + ((n - 8) & m), 4);
        memcpy(&e1, p + n - 4, 4);
        /* n >= 8: the first eight bytes ^ the last eight * K */
        uint64_t big = (w0 | (uint64_t)w1 << 32) ^
                       (e0 | (uint64_t)e1 << 32) * 0x9e3779b97f4a7c15ull;
        /* 4-7: the bytes, from their first and last four */
        uint64_t small = w0 | (uint64_t)e1 << ((8 * (n - 4)) & 63);
        x = (big & m) | (small & ~m);
    } else if (n >= 2) {
        uint16_t lo, hi;
        memcpy(&lo, p, 2);
        memcpy(&hi, p + n - 2, 2);
        x = lo | (uint64_t)hi << (8 * (n - 2));
    } else if (n == 1) {
        x = (unsigned char)p[0];
    }
#else
    if (n >= 8) {
        uint64_t y;
        memcpy(&x, p, 8);
        memcpy(&y, p + n - 8, 8);
        x ^= y * 0x9e3779b97f4a7c15ull;
    } else {
        for (size_t i = 0; i < n; i++)
            x |= (uint64_t)(unsigned char)p[i] << (8 * i);
    }
#endif
    return x ^ ((uint64_t)n << 56);
}

/* --- reading ------------------------------------------------------------ */

static int on_article(const rasd_article *a, void *ud)
{
    corpus *c = ud;
    if (c->limit && c->text_bytes >= c->limit)
        return 1; /* enough */
    if (c->n == c->ncap) {
        c->ncap = c->ncap ? c->ncap * 2 : 1024;
        c->off = realloc(c->off, c->ncap * sizeof *c->off);
        c->len = realloc(c->len, c->ncap * sizeof *c->len);
        c->pub = realloc(c->pub, c->ncap * sizeof *c->pub);
        if (c->off == NULL || c->len == NULL || c->pub == NULL)
            die("out of memory");
    }
    if (c->nbuf + a->ntext + 1 > c->cap) {
        c->cap = (c->nbuf + a->ntext + 1) * 2;
        c->buf = realloc(c->buf, c->cap);
        if (c->buf == NULL)
            die("out of memory");
    }
    memcpy(c->buf + c->nbuf, a->text, a->ntext);
    c->buf[c->nbuf + a->ntext] = '\0';
    c->off[c->n] = c->nbuf;
    c->len[c->n] = a->ntext;
    c->pub[c->n] = a->published;
    c->nbuf += a->ntext + 1;
    c->text_bytes += a->ntext;
    c->n++;
    return 0;
}

static void on_error(const char *message, void *ud)
{
    (void)ud;
    fprintf(stderr, "bench_text: %s\n", message);
}

/* --- (a) the byte loop -------------------------------------------------- */

/* Byte classes: 1 white space (the separators of the Snowball case), 2
 * newline (also white space). */
static unsigned char byte_class[256];

static void init_classes(void)
{
    byte_class[' '] = byte_class['\t'] = byte_class['\r'] = 1;
    byte_class['\v'] = byte_class['\f'] = 1;
    byte_class['\n'] = 3;
}

/* One table lookup per byte: counts words (white space to non-space),
 * lines and a sum of the bytes.  The state carried from byte to byte keeps
 * the compiler from vectorising it away: this is the floor of a
 * table-driven tokeniser. */
static inline result byte_scan(const corpus *c)
{
    uint64_t words = 0, lines = 0, sum = 0;
    for (size_t i = 0; i < c->n; i++) {
        const unsigned char *s = (const unsigned char *)c->buf + c->off[i];
        size_t n = c->len[i];
        unsigned prev = 1;
        for (size_t k = 0; k < n; k++) {
            unsigned cl = byte_class[s[k]];
            words += (cl == 0) & (prev != 0);
            lines += cl >> 1;
            sum += s[k];
            prev = cl;
        }
    }
    result r = {fmix(words) ^ fmix(lines + (sum << 20)), words};
    return r;
}

__attribute__((noinline)) static result run_bytes(const bench *b)
{
    return byte_scan(b->c);
}

/* Number of whitespace words, as the Snowball case splits them (untimed,
 * and not inside run_bytes so that callgrind's --toggle-collect=run_bytes
 * counts the timed runs only). */
static size_t count_words(const corpus *c)
{
    return (size_t)byte_scan(c).units;
}

/* --- (b) Snowball alone ------------------------------------------------- */

/* Arabic-script (U+0600-U+06FF lead bytes D8-DB) or Latin, by the first
 * letter of the token; 0 when it has neither (numbers, punctuation). */
static int script_of(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned ch = s[i];
        if (ch >= 0xD8 && ch <= 0xDB)
            return RASD_TOK_AR;
        if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z')
            return RASD_TOK_LATIN;
    }
    return 0;
}

/* Splits every article at ASCII white space and stems each token with
 * Snowball (arabic or english by script, no cache, no normalisation).  The
 * split runs inside the timing; it costs about what the byte loop does. */
__attribute__((noinline)) static result run_snowball(const bench *b)
{
    const corpus *c = b->c;
    uint64_t sum = 0, nstem = 0;
    for (size_t i = 0; i < c->n; i++) {
        const unsigned char *s = (const unsigned char *)c->buf + c->off[i];
        size_t n = c->len[i], k = 0;
        while (k < n) {
            while (k < n && byte_class[s[k]])
                k++;
            size_t start = k;
            while (k < n && !byte_class[s[k]])
                k++;
            if (k == start)
                break;
            int script = script_of(s + start, k - start);
            if (script == 0)
                continue;
            struct sb_stemmer *st =
                script == RASD_TOK_AR ? b->sb_ar : b->sb_en;
            const sb_symbol *stem =
                sb_stemmer_stem(st, s + start, (int)(k - start));
            if (stem == NULL)
                die("sb_stemmer_stem: out of memory");
            size_t ns = (size_t)sb_stemmer_length(st);
            sum += fmix(load8((const char *)stem, ns) ^ start);
            nstem++;
        }
    }
    result r = {sum, nstem};
    return r;
}

/* --- (c)-(f) the rasd text layer ---------------------------------------- */

/* STEM_DOC: the stems the doc carries (RASD_ANALYZE_STEMS, read by
 * rasd_doc_stem); STEM_LOOKUP: rasd_text_stem per token, a lookup in the
 * stem cache by norm; STEM_SNOWBALL: Snowball per token, no cache. */
enum stem_mode { STEM_NONE, STEM_DOC, STEM_LOOKUP, STEM_SNOWBALL };

/* Folds what the text layer found in doc into a checksum; with a stem
 * mode, stems every word token as it goes. */
static uint64_t fold_doc(const bench *b, const rasd_text_res *res,
                         const rasd_doc *doc, int mode, uint64_t *nstem)
{
    uint64_t sum = 0;
    for (size_t k = 0; k < doc->ntokens; k++) {
        const rasd_token *t = &doc->tokens[k];
        uint64_t x = (uint64_t)t->start | (uint64_t)t->end << 32;
        x ^= (uint64_t)t->kind << 60 ^ (uint64_t)t->sent_end << 58;
        const char *p = t->norm;
        size_t n = t->nnorm;
        if (mode != STEM_NONE &&
            (t->kind == RASD_TOK_AR || t->kind == RASD_TOK_LATIN)) {
            if (mode == STEM_DOC) {
                p = rasd_doc_stem(doc, res, k, &n);
            } else if (mode == STEM_LOOKUP) {
                p = rasd_text_stem(res, t->norm, t->nnorm, t->kind, &n);
            } else {
                struct sb_stemmer *st =
                    t->kind == RASD_TOK_AR ? b->sb_ar : b->sb_en;
                p = (const char *)sb_stemmer_stem(
                    st, (const sb_symbol *)t->norm, (int)t->nnorm);
                n = p ? (size_t)sb_stemmer_length(st) : 0;
            }
            if (p == NULL)
                die("stem failed");
            (*nstem)++;
        }
        sum += fmix(x) ^ fmix(load8(p, n) + k);
    }
    for (size_t k = 0; k < doc->nsents; k++) {
        const rasd_sentence *s = &doc->sents[k];
        sum += fmix((uint64_t)s->start | (uint64_t)s->end << 32 |
                    (uint64_t)s->lang << 62);
    }
    for (size_t k = 0; k < doc->nnumbers; k++) {
        const rasd_number *nu = &doc->numbers[k];
        uint64_t v;
        memcpy(&v, &nu->value, sizeof v);
        sum += fmix((uint64_t)nu->start | (uint64_t)nu->end << 32) ^
               fmix(v + nu->flags);
    }
    for (size_t k = 0; k < doc->ndates; k++) {
        const rasd_date *d = &doc->dates[k];
        sum += fmix((uint64_t)d->start | (uint64_t)d->end << 32) ^
               fmix((uint64_t)d->date.y << 16 ^ (uint64_t)d->date.m << 8 ^
                    (uint64_t)d->date.d ^ (uint64_t)d->precision << 40 ^
                    (uint64_t)d->flags << 48);
    }
    for (size_t k = 0; k < doc->nskip; k++)
        sum += fmix((uint64_t)doc->skip[k].start |
                    (uint64_t)doc->skip[k].end << 32 | 1ull << 63);
    return sum;
}

static result analyze_all(const bench *b, const rasd_text_res *res,
                          unsigned flags, int mode)
{
    const corpus *c = b->c;
    uint64_t sum = 0, nstem = 0;
    for (size_t i = 0; i < c->n; i++) {
        rasd_doc *doc = NULL;
        int rc = rasd_doc_analyze(&doc, res, c->buf + c->off[i], c->len[i],
                                  c->pub[i],
                                  flags | (mode == STEM_DOC
                                               ? RASD_ANALYZE_STEMS
                                               : 0u));
        if (rc < 0) {
            fprintf(stderr, "bench_text: article %zu: %s\n", i,
                    rasd_strerror(rc));
            exit(1);
        }
        sum += fold_doc(b, res, doc, mode, &nstem) * (2 * i + 1);
        rasd_doc_free(doc);
    }
    result r = {sum, nstem};
    return r;
}

/* (c) everything: clean + normalise + tokenise + sentences + numbers +
 * dates, and the stem (cached Snowball) of every word token, which the
 * tokens carry (RASD_ANALYZE_STEMS, rasd_doc_stem). */
__attribute__((noinline)) static result run_rasd(const bench *b,
                                                 const rasd_text_res *res)
{
    return analyze_all(b, res, 0, STEM_DOC);
}

/* (c') as (c), each stem looked up by its norm (rasd_text_stem): the
 * stems as they were got before RASD_ANALYZE_STEMS. */
__attribute__((noinline)) static result
run_rasd_stemlookup(const bench *b, const rasd_text_res *res)
{
    return analyze_all(b, res, 0, STEM_LOOKUP);
}

/* (d) as (c) without stems. */
__attribute__((noinline)) static result
run_rasd_nostem(const bench *b, const rasd_text_res *res)
{
    return analyze_all(b, res, 0, STEM_NONE);
}

/* (e) tokens and sentences only: no cleaning, numbers, dates or stems. */
__attribute__((noinline)) static result
run_rasd_tokens(const bench *b, const rasd_text_res *res)
{
    return analyze_all(b, res,
                       RASD_ANALYZE_NO_CLEAN | RASD_ANALYZE_NO_NUMBERS |
                           RASD_ANALYZE_NO_DATES,
                       STEM_NONE);
}

/* (f) as (c) but Snowball on every word token, no cache: the bound for a
 * vocabulary that never repeats. */
__attribute__((noinline)) static result
run_rasd_uncached(const bench *b, const rasd_text_res *res)
{
    return analyze_all(b, res, 0, STEM_SNOWBALL);
}

/* (g) rasd_text_normalize over each whole article: the normaliser's own
 * speed, without tokens. */
__attribute__((noinline)) static result run_normalize(const bench *b)
{
    const corpus *c = b->c;
    size_t cap = 0;
    char *out = NULL;
    uint64_t sum = 0, bytes = 0;
    for (size_t i = 0; i < c->n; i++) {
        size_t need = 4 * c->len[i] + 4;
        if (need > cap) {
            cap = need * 2;
            free(out);
            out = malloc(cap);
            if (out == NULL)
                die("out of memory");
        }
        long n = rasd_text_normalize(c->buf + c->off[i], c->len[i], out,
                                     cap);
        if (n < 0)
            die("rasd_text_normalize failed");
        sum += fmix(load8(out, (size_t)n) + i);
        bytes += (uint64_t)n;
    }
    free(out);
    result r = {sum ^ fmix(bytes), bytes};
    return r;
}

/* --- the driver --------------------------------------------------------- */

typedef struct bcase {
    const char *name;
    const char *what;
    int uses_res;   /* 1: fresh rasd_text_res per run */
    result (*fn)(const bench *);
    result (*fn_res)(const bench *, const rasd_text_res *);
} bcase;

static const bcase cases[] = {
    {"bytes", "byte loop: class table, words, lines, sum (the limit)", 0,
     run_bytes, NULL},
    {"snowball", "Snowball alone: whitespace tokens, ar/en by script", 0,
     run_snowball, NULL},
    {"rasd", "text layer: clean+norm+tokens+sents+numbers+dates+stems", 1,
     NULL, run_rasd},
    {"rasd-stemlookup", "text layer, stems by rasd_text_stem per token", 1,
     NULL, run_rasd_stemlookup},
    {"rasd-nostem", "text layer without stems", 1, NULL, run_rasd_nostem},
    {"rasd-tokens", "normalise+tokenise+sentences only", 1, NULL,
     run_rasd_tokens},
    {"rasd-uncached", "text layer, Snowball on every word (no cache)", 1,
     NULL, run_rasd_uncached},
    {"normalize", "rasd_text_normalize over whole articles", 0,
     run_normalize, NULL},
};
#define NCASES (sizeof cases / sizeof cases[0])

static rasd_text_res *load_res(const char *dir)
{
    rasd_text_res *res = NULL;
    rasd_parse_err err = {0};
    char file[512] = "";
    int rc = rasd_text_res_load(&res, dir, &err, file, sizeof file);
    if (rc < 0) {
        fprintf(stderr, "bench_text: %s/%s:%zu: %s\n", dir, file, err.pos,
                err.msg ? err.msg : rasd_strerror(rc));
        exit(1);
    }
    return res;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

typedef struct timing {
    double cpu;       /* best CPU seconds of the process over the reps */
    double wall;      /* wall seconds of that same run */
    double median;    /* median CPU seconds */
    double share;     /* CPU / wall over all reps: 1 when nobody competed */
    result r;
} timing;

/* Runs a case reps times.  The figures come from CPU time: on a shared
 * machine wall time also counts the time spent waiting for a core, and
 * this process is single-threaded, so its CPU time is what one core
 * delivered.  Wall time is kept to show the difference. */
static timing measure(const bench *b, const bcase *bc, int reps)
{
    double cpu[MAX_REPS], sorted[MAX_REPS], wall[MAX_REPS];
    double sum_cpu = 0, sum_wall = 0;
    timing out = {0};
    for (int k = 0; k < reps; k++) {
        rasd_text_res *res = bc->uses_res ? load_res(b->textdir) : NULL;
        double c0 = now(CLOCK_PROCESS_CPUTIME_ID);
        double t0 = now(CLOCK_MONOTONIC);
        result r = bc->uses_res ? bc->fn_res(b, res) : bc->fn(b);
        wall[k] = now(CLOCK_MONOTONIC) - t0;
        cpu[k] = now(CLOCK_PROCESS_CPUTIME_ID) - c0;
        sum_cpu += cpu[k];
        sum_wall += wall[k];
        rasd_text_res_free(res);
        if (k > 0 && (r.sum != out.r.sum || r.units != out.r.units)) {
            fprintf(stderr, "bench_text: %s: checksum differs between "
                            "runs\n", bc->name);
            exit(1);
        }
        out.r = r;
    }
    int best = 0;
    for (int k = 1; k < reps; k++)
        if (cpu[k] < cpu[best])
            best = k;
    memcpy(sorted, cpu, (size_t)reps * sizeof cpu[0]);
    qsort(sorted, (size_t)reps, sizeof sorted[0], cmp_double);
    out.cpu = cpu[best];
    out.wall = wall[best];
    out.median = sorted[reps / 2];
    out.share = sum_wall > 0 ? sum_cpu / sum_wall : 1;
    return out;
}

static int wanted(const char *list, const char *name)
{
    if (list == NULL)
        return 1;
    size_t n = strlen(name);
    for (const char *p = list; *p;) {
        const char *e = strchr(p, ',');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len == n && !memcmp(p, name, n))
            return 1;
        p += len + (e != NULL);
    }
    return 0;
}

/* Untimed pass: what the text layer produces over the corpus, and how
 * many distinct word forms the stem cache will hold. */
static void describe(const bench *b)
{
    const corpus *c = b->c;
    rasd_text_res *res = load_res(b->textdir);
    size_t nkind[5] = {0}, nsent = 0, nnum = 0, ndate = 0, nskip = 0;
    size_t cap = 1u << 16, used = 0;
    uint64_t *set = calloc(cap, sizeof *set);
    if (set == NULL)
        die("out of memory");
    for (size_t i = 0; i < c->n; i++) {
        rasd_doc *doc = NULL;
        if (rasd_doc_analyze(&doc, res, c->buf + c->off[i], c->len[i],
                             c->pub[i], 0) < 0)
            die("rasd_doc_analyze failed");
        nsent += doc->nsents;
        nnum += doc->nnumbers;
        ndate += doc->ndates;
        nskip += doc->nskip;
        for (size_t k = 0; k < doc->ntokens; k++) {
            const rasd_token *t = &doc->tokens[k];
            nkind[t->kind < 5 ? t->kind : 0]++;
            if (t->kind != RASD_TOK_AR && t->kind != RASD_TOK_LATIN)
                continue;
            /* 64-bit hashes of the norm: collisions are negligible for a
             * count of this size. */
            uint64_t h = 1469598103934665603ull;
            for (uint32_t j = 0; j < t->nnorm; j++) {
                h ^= (unsigned char)t->norm[j];
                h *= 1099511628211ull;
            }
            h = (h ^ t->kind) | 1;
            size_t j = h & (cap - 1);
            while (set[j] && set[j] != h)
                j = (j + 1) & (cap - 1);
            if (set[j])
                continue;
            set[j] = h;
            if (++used * 2 > cap) {
                size_t ncap = cap * 2;
                uint64_t *ns = calloc(ncap, sizeof *ns);
                if (ns == NULL)
                    die("out of memory");
                for (size_t m = 0; m < cap; m++) {
                    if (!set[m])
                        continue;
                    size_t q = set[m] & (ncap - 1);
                    while (ns[q])
                        q = (q + 1) & (ncap - 1);
                    ns[q] = set[m];
                }
                free(set);
                set = ns;
                cap = ncap;
            }
        }
        rasd_doc_free(doc);
    }
    size_t nword = nkind[RASD_TOK_AR] + nkind[RASD_TOK_LATIN];
    printf("# text layer finds: %zu tokens (%zu ar, %zu latin, %zu digits, "
           "%zu punct), %zu sentences, %zu numbers, %zu dates, %zu skip "
           "ranges\n",
           nkind[1] + nkind[2] + nkind[3] + nkind[4], nkind[RASD_TOK_AR],
           nkind[RASD_TOK_LATIN], nkind[RASD_TOK_DIGITS],
           nkind[RASD_TOK_PUNCT], nsent, nnum, ndate, nskip);
    printf("# distinct word norms (stem cache entries): %zu, i.e. one "
           "Snowball call per %.0f word tokens\n",
           used, used ? (double)nword / (double)used : 0.0);
    free(set);
    rasd_text_res_free(res);
}

int main(int argc, char **argv)
{
    const char *data = getenv("RASD_DATA_DIR");
    const char *list = NULL, *path = NULL;
    int reps = 3;
    double limit_mb = 0;
    if (data == NULL || *data == '\0')
        data = RASD_DEFAULT_DATA_DIR;
    for (int i = 1; i < argc; i++) {
        int more = i + 1 < argc;
        if (!strcmp(argv[i], "--data") && more) {
            data = argv[++i];
        } else if (!strcmp(argv[i], "--reps") && more) {
            reps = (int)strtol(argv[++i], NULL, 10);
        } else if (!strcmp(argv[i], "--limit-mb") && more) {
            limit_mb = strtod(argv[++i], NULL);
        } else if (!strcmp(argv[i], "--cases") && more) {
            list = argv[++i];
        } else if (argv[i][0] != '-' && path == NULL) {
            path = argv[i];
        } else {
            path = NULL;
            break;
        }
    }
    if (path == NULL || reps < 1 || reps > MAX_REPS) {
        fprintf(stderr, "usage: bench_text [--data DIR] [--reps N] "
                        "[--limit-mb X] [--cases a,b,..] CORPUS.jsonl\n"
                        "cases:");
        for (size_t k = 0; k < NCASES; k++)
            fprintf(stderr, " %s", cases[k].name);
        fprintf(stderr, "\n");
        return 2;
    }
    init_classes();
    char textdir[4096];
    snprintf(textdir, sizeof textdir, "%s/text", data);

    /* Read: the JSONL reader into one buffer sized from the file. */
    corpus c = {0};
    struct stat st;
    if (stat(path, &st) < 0)
        die("cannot stat the corpus (run bench/make_corpus.py)");
    c.cap = (size_t)st.st_size + 1;
    c.buf = malloc(c.cap);
    if (c.buf == NULL)
        die("out of memory");
    c.limit = (size_t)(limit_mb * 1e6);
    rasd_reader r;
    memset(&r, 0, sizeof r);
    r.on_article = on_article;
    r.on_error = on_error;
    r.ud = &c;
    double c0 = now(CLOCK_PROCESS_CPUTIME_ID);
    double t0 = now(CLOCK_MONOTONIC);
    int rc = rasd_read_path(&r, path);
    double t_read = now(CLOCK_MONOTONIC) - t0;
    double c_read = now(CLOCK_PROCESS_CPUTIME_ID) - c0;
    if (rc < 0 || c.n == 0)
        die("cannot read the corpus");

    bench b = {.c = &c, .textdir = textdir};
    b.words = count_words(&c);
    b.sb_ar = sb_stemmer_new("arabic", "UTF_8");
    b.sb_en = sb_stemmer_new("english", "UTF_8");
    if (b.sb_ar == NULL || b.sb_en == NULL)
        die("sb_stemmer_new failed");

    double mb = (double)c.text_bytes / 1e6;
    printf("# corpus: %s: %zu articles, %.1f MB of text, %zu whitespace "
           "words, %zu reader errors\n",
           path, c.n, mb, b.words, r.n_errors);
    printf("# data: %s; reps: %d (MB/s and words/s from the best CPU "
           "time of the reps)\n",
           textdir, reps);
    printf("# rss after load: %.1f MB\n", peak_rss_mb());
    if (wanted(list, "rasd") || wanted(list, "rasd-uncached"))
        describe(&b);
    printf("#%-13s %9s %12s %8s %8s %8s %8s %16s %s\n", "case", "MB/s",
           "words/s", "cpu_s", "med_s", "wall_s", "rss_MB", "checksum",
           "units");
    /* The read is not repeated: the page cache makes a second read a
     * different measurement.  MB/s of article text, like the rest. */
    printf("%-14s %9.1f %12.0f %8.3f %8.3f %8.3f %8.1f %16s %zu\n",
           "read", mb / c_read, (double)b.words / c_read, c_read, c_read,
           t_read, peak_rss_mb(), "-", c.n);

    double mbs[NCASES] = {0};
    for (size_t k = 0; k < NCASES; k++) {
        if (!wanted(list, cases[k].name))
            continue;
        timing tm = measure(&b, &cases[k], reps);
        mbs[k] = mb / tm.cpu;
        printf("%-14s %9.1f %12.0f %8.3f %8.3f %8.3f %8.1f %016llx %llu\n",
               cases[k].name, mbs[k], (double)b.words / tm.cpu, tm.cpu,
               tm.median, tm.wall, peak_rss_mb(),
               (unsigned long long)tm.r.sum, (unsigned long long)tm.r.units);
        if (tm.share < 0.9)
            printf("# warning: %s got %.0f%% of a core (other processes "
                   "ran): CPU-time figures, wall time is longer\n",
                   cases[k].name, 100 * tm.share);
        fflush(stdout);
    }
    for (size_t k = 0; k < NCASES; k++)
        printf("# %-13s %s\n", cases[k].name, cases[k].what);
    /* cases[] order: 0 bytes, 1 snowball, 2 rasd. */
    if (mbs[2] > 0 && mbs[1] > 0)
        printf("# ratio rasd/snowball: %.2fx (target >= 5x)\n",
               mbs[2] / mbs[1]);
    if (mbs[2] > 0 && mbs[0] > 0)
        printf("# ratio rasd/bytes: %.3f (byte loop is %.1fx faster)\n",
               mbs[2] / mbs[0], mbs[0] / mbs[2]);
    if (mbs[2] > 0)
        printf("# target rasd >= 200 MB/s: %s (%.1f MB/s)\n",
               mbs[2] >= 200 ? "met" : "NOT met", mbs[2]);
    printf("# peak rss: %.1f MB (of which the corpus in memory: %.1f MB)\n",
           peak_rss_mb(), (double)c.nbuf / 1048576.0);

    sb_stemmer_delete(b.sb_ar);
    sb_stemmer_delete(b.sb_en);
    free(c.buf);
    free(c.off);
    free(c.len);
    free(c.pub);
    return 0;
}
