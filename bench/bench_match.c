/* bench_match.c - how much the lexicon matcher and the event extractor
 * add to the text layer: for each input (a file or folder the readers
 * accept), the throughput of rasd_doc_analyze alone, of rasd_doc_analyze +
 * rasd_match_scan, and of the whole of `rasd extract` (+ rasd_extract_doc),
 * their ratios to the text layer, articles per second, the lexicon load
 * time, the peak RSS and a checksum of the matches and events so that a
 * fast wrong answer shows (SQLite speedtest1 --verify).
 *
 * Usage: bench_match [--data DIR] [--min-seconds S] [--no-extract] [--cpu]
 *                    INPUT...
 * --cpu times CPU time instead of wall time.  --no-extract skips the
 * extraction passes (their columns then mean nothing, and the checksum
 * covers the matches alone): more rounds of the other two in the same
 * time, for comparing matchers.
 * Articles are read into memory first; passes of the text layer alone, of
 * text layer + matcher and of the whole extraction alternate for at least S seconds (default 1) and
 * the fastest of each is kept.  Not part of ctest: build with
 * `cmake --build B --target bench_match`.  On a shared machine, compare
 * builds by instructions instead (valgrind --tool=callgrind, STYLE.md).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "rasd/article.h"
#include "rasd/extract.h"
#include "rasd/lexicon.h"
#include "rasd/rasd.h"
#include "rasd/text.h"

#ifndef RASD_DEFAULT_DATA_DIR
#define RASD_DEFAULT_DATA_DIR "data"
#endif

typedef struct corpus {
    char **text;
    size_t *ntext;
    size_t n, cap;
    size_t bytes;
} corpus;

/* The clock of the timings: wall time, or with --cpu the process's CPU
 * time (on a shared machine, what one core delivered to this process). */
static clockid_t clock_used = CLOCK_MONOTONIC;

static double now(void)
{
    struct timespec ts;
    clock_gettime(clock_used, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void die(const char *what)
{
    fprintf(stderr, "bench_match: %s\n", what);
    exit(1);
}

static int on_article(const rasd_article *a, void *ud)
{
    corpus *c = ud;
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 256;
        c->text = realloc(c->text, c->cap * sizeof *c->text);
        c->ntext = realloc(c->ntext, c->cap * sizeof *c->ntext);
        if (c->text == NULL || c->ntext == NULL)
            die("out of memory");
    }
    c->text[c->n] = malloc(a->ntext + 1);
    if (c->text[c->n] == NULL)
        die("out of memory");
    memcpy(c->text[c->n], a->text, a->ntext);
    c->text[c->n][a->ntext] = '\0';
    c->ntext[c->n] = a->ntext;
    c->bytes += a->ntext;
    c->n++;
    return 0;
}

static void on_error(const char *message, void *ud)
{
    (void)ud;
    fprintf(stderr, "bench_match: %s\n", message);
}

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 1099511628211ull;
    }
    return h;
}

enum { TEXT_ONLY, MATCH, EXTRACT };

/* One pass over the corpus: the text layer, then (mode MATCH) the matcher
 * or (mode EXTRACT) matcher and extractor, folding their output into *sum.
 * Returns the number of matches or events. */
static size_t pass(const corpus *c, const rasd_text_res *res,
                   const rasd_lexicon *lx, int mode, uint64_t *sum)
{
    rasd_date_ymd none = {0, 0, 0};
    size_t total = 0;
    for (size_t i = 0; i < c->n; i++) {
        rasd_doc *doc = NULL;
        if (rasd_doc_analyze(&doc, res, c->text[i], c->ntext[i], none, 0))
            die("rasd_doc_analyze failed");
        if (mode != TEXT_ONLY) {
            rasd_match *m = NULL;
            size_t n = 0;
            if (rasd_match_scan(lx, doc, doc->arena, &m, &n))
                die("rasd_match_scan failed");
            for (size_t k = 0; mode == MATCH && k < n; k++) {
                uint32_t span[2] = {m[k].start, m[k].end};
                *sum = fnv(*sum, span, sizeof span);
                *sum = fnv(*sum, m[k].entry->name, strlen(m[k].entry->name));
            }
            if (mode == MATCH)
                total += n;
            if (mode == EXTRACT) {
                rasd_event *ev = NULL;
                size_t nev = 0;
                if (rasd_extract_doc(lx, doc, m, n, doc->arena, &ev, &nev))
                    die("rasd_extract_doc failed");
                for (size_t k = 0; k < nev; k++) {
                    *sum = fnv(*sum, ev[k].incident, strlen(ev[k].incident));
                    *sum = fnv(*sum, ev[k].sub_event_type,
                               strlen(ev[k].sub_event_type));
                }
                total += nev;
            }
        }
        rasd_doc_free(doc);
    }
    return total;
}

/* Fastest pass of text alone (*t_text) and of text + matcher (*t_both),
 * alternating the two for at least min_s seconds and 5 rounds: the
 * minimum is what survives the neighbours on a shared machine. */
static void timed(const corpus *c, const rasd_text_res *res,
                  const rasd_lexicon *lx, double min_s, double *t_text,
                  double *t_both, double *t_extract, uint64_t *sum,
                  size_t *nmatch, size_t *nevents, int extract)
{
    double start = now();
    *t_text = *t_both = *t_extract = 1e30;
    for (int round = 0; round < 5 || now() - start < min_s; round++) {
        uint64_t s = 1469598103934665603ull, unused = 0;
        double t0 = now();
        pass(c, res, lx, TEXT_ONLY, &unused);
        double t1 = now();
        *nmatch = pass(c, res, lx, MATCH, &s);
        double t2 = now();
        *nevents = extract ? pass(c, res, lx, EXTRACT, &s) : 0;
        double t3 = extract ? now() : t2;
        *sum = s;
        if (t1 - t0 < *t_text)
            *t_text = t1 - t0;
        if (t2 - t1 < *t_both)
            *t_both = t2 - t1;
        if (t3 - t2 < *t_extract)
            *t_extract = t3 - t2;
    }
}

int main(int argc, char **argv)
{
    const char *data = getenv("RASD_DATA_DIR");
    double min_s = 1.0;
    int first = 1, extract = 1;
    if (data == NULL || *data == '\0')
        data = RASD_DEFAULT_DATA_DIR;
    while (first < argc && argv[first][0] == '-' && argv[first][1] == '-') {
        if (!strcmp(argv[first], "--no-extract")) {
            extract = 0;
            first++;
            continue;
        }
        if (!strcmp(argv[first], "--cpu")) {
            clock_used = CLOCK_PROCESS_CPUTIME_ID;
            first++;
            continue;
        }
        if (!strcmp(argv[first], "--data") && first + 1 < argc) {
            data = argv[first + 1];
        } else if (!strcmp(argv[first], "--min-seconds") &&
                   first + 1 < argc) {
            min_s = strtod(argv[first + 1], NULL);
        } else {
            die("usage: bench_match [--data DIR] [--min-seconds S] "
                "[--no-extract] [--cpu] INPUT...");
        }
        first += 2;
    }
    if (first >= argc)
        die("usage: bench_match [--data DIR] [--min-seconds S] "
            "[--no-extract] [--cpu] INPUT...");

    char dir[4096];
    rasd_text_res *res = NULL;
    rasd_parse_err perr = {0};
    char file[512] = "";
    snprintf(dir, sizeof dir, "%s/text", data);
    if (rasd_text_res_load(&res, dir, &perr, file, sizeof file))
        die("cannot load data/text");

    double t0 = now();
    rasd_lexicon *lx = NULL;
    rasd_lexicon_err err;
    static const char *const sub[] = {"lexicon", "gazetteer"};
    if (rasd_lexicon_new(&lx))
        die("out of memory");
    for (int i = 0; i < 2; i++) {
        snprintf(dir, sizeof dir, "%s/%s", data, sub[i]);
        int rc = rasd_lexicon_load_dir(lx, dir, &err);
        if (rc) {
            fprintf(stderr, "bench_match: %s:%u: %s\n", err.file, err.line,
                    err.msg);
            return 1;
        }
    }
    if (rasd_lexicon_finish(lx))
        die("rasd_lexicon_finish failed");
    double load_ms = (now() - t0) * 1e3;
    size_t nentries;
    rasd_lexicon_entries(lx, &nentries);

    printf("# lexicon: %zu entries, loaded in %.1f ms\n", nentries, load_ms);
    printf("# %-28s %6s %9s %10s %11s %6s %13s %6s %9s %8s %7s %9s %16s\n",
           "input", "docs", "bytes", "text MB/s", "+match MB/s", "ratio",
           "+extract MB/s", "ratio", "extract/s", "matches", "events",
           "rss MB", "checksum");
    for (int i = first; i < argc; i++) {
        corpus c = {0};
        rasd_reader r;
        memset(&r, 0, sizeof r);
        r.on_article = on_article;
        r.on_error = on_error;
        r.ud = &c;
        if (rasd_read_path(&r, argv[i]) < 0 || c.n == 0)
            die("cannot read input");
        uint64_t sum = 0;
        size_t nmatch = 0, nevents = 0;
        double t_text, t_both, t_extract;
        timed(&c, res, lx, min_s, &t_text, &t_both, &t_extract, &sum, &nmatch,
              &nevents, extract);
        struct rusage ru;
        getrusage(RUSAGE_SELF, &ru);
        const char *name = strrchr(argv[i], '/');
        name = name && name[1] ? name + 1 : argv[i];
        printf("%-30s %6zu %9zu %10.1f %11.1f %6.2f %13.1f %6.2f %9.0f "
               "%8zu %7zu %9.1f %016llx\n",
               name, c.n, c.bytes, (double)c.bytes / t_text / 1e6,
               (double)c.bytes / t_both / 1e6, t_both / t_text,
               (double)c.bytes / t_extract / 1e6, t_extract / t_text,
               (double)c.n / t_extract, nmatch, nevents,
               (double)ru.ru_maxrss / 1024.0, (unsigned long long)sum);
        for (size_t k = 0; k < c.n; k++)
            free(c.text[k]);
        free(c.text);
        free(c.ntext);
    }
    printf("# load %.1f ms\n", load_ms);
    rasd_lexicon_free(lx);
    rasd_text_res_free(res);
    return 0;
}
