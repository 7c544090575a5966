/* cmd_lexicon.c - `rasd lexicon check`: loads and validates every lexicon
 * and gazetteer file the way the matcher will, and prints what was loaded
 * (entries by class, places with an Arabic alias by country) and every
 * warning with its file:line, so that curators see a bad line before the
 * extractor does. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "rasd/rasd.h"

static const char *const usage_text =
    "Usage: rasd lexicon check [OPTIONS]\n"
    "\n"
    "Loads DATA/lexicon and DATA/gazetteer (every *.tsv below them, see\n"
    "docs/lexicon-format.md), builds the matcher, and prints the number of\n"
    "entries per class, the places per country (with at least one Arabic\n"
    "alias / all), the load time, and every warning as FILE:LINE: MESSAGE\n"
    "(an alias shared by two entries of different meaning, a name defined\n"
    "twice with other attributes, a weapon or inter value outside the\n"
    "vocabulary).  The first error (a bad line) is printed on stderr as\n"
    "rasd: FILE:LINE: MESSAGE and the exit code is 3.  Warnings do not\n"
    "change the exit code.\n"
    "\n"
    "Options:\n"
    "  --data DIR      data directory (default: $RASD_DATA_DIR or the\n"
    "                  build's data/)\n"
    "  -q, --quiet     print the number of warnings, not the warnings\n"
    "  -h, --help      this help\n\n";

typedef struct country_count {
    const char *country; /* borrowed from the lexicon */
    size_t arabic;       /* places with an Arabic alias */
    size_t all;
} country_count;

static int cmp_country_name(const void *a, const void *b)
{
    const rasd_entry *x = *(const rasd_entry *const *)a;
    const rasd_entry *y = *(const rasd_entry *const *)b;
    return strcmp(x->country, y->country);
}

static int cmp_count(const void *a, const void *b)
{
    const country_count *x = a, *y = b;
    if (x->arabic != y->arabic)
        return x->arabic < y->arabic ? 1 : -1;
    if (x->all != y->all)
        return x->all < y->all ? 1 : -1;
    return strcmp(x->country, y->country);
}

/* Prints places by country; returns 0 or EXIT_INTERNAL (out of memory). */
static int print_countries(const rasd_lexicon *lx)
{
    size_t n, np = 0, nc = 0;
    const rasd_entry *e = rasd_lexicon_entries(lx, &n);
    const rasd_entry **places = malloc((n ? n : 1) * sizeof *places);
    country_count *cc = malloc((n ? n : 1) * sizeof *cc);
    if (places == NULL || cc == NULL) {
        free(places);
        free(cc);
        fprintf(stderr, "rasd: out of memory\n");
        return EXIT_INTERNAL;
    }
    for (size_t i = 0; i < n; i++) {
        if (e[i].cls == RASD_CLASS_PLACE)
            places[np++] = &e[i];
    }
    qsort(places, np, sizeof *places, cmp_country_name);
    for (size_t i = 0; i < np; i++) {
        if (nc == 0 || strcmp(cc[nc - 1].country, places[i]->country) != 0)
            cc[nc++] = (country_count){places[i]->country, 0, 0};
        cc[nc - 1].all++;
        cc[nc - 1].arabic += (places[i]->scripts & RASD_SCRIPT_AR) != 0;
    }
    qsort(cc, nc, sizeof *cc, cmp_count);
    printf("places by country (with an Arabic alias / all):\n");
    for (size_t i = 0; i < nc; i++)
        printf("  %-28s %7zu / %zu\n",
               cc[i].country[0] ? cc[i].country : "(no country)",
               cc[i].arabic, cc[i].all);
    free(places);
    free(cc);
    return 0;
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

int cmd_lexicon(int argc, char **argv)
{
    static const struct option opts[] = {
        {"data", required_argument, NULL, 'd'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *data = NULL;
    int quiet = 0, opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "hq", opts, NULL)) != -1) {
        switch (opt) {
        case 'd': data = optarg; break;
        case 'q': quiet = 1; break;
        case 'h':
            printf("%s%s", usage_text, cli_exit_help);
            return EXIT_OK;
        default:
            fprintf(stderr, "%s", usage_text);
            return EXIT_USAGE;
        }
    }
    if (optind >= argc || strcmp(argv[optind], "check") != 0 ||
        optind + 1 != argc) {
        fprintf(stderr, "%s", usage_text);
        return EXIT_USAGE;
    }
    const char *dir = cli_data_dir(data);
    double t0 = now_ms();
    rasd_lexicon *lx = cli_load_lexicon(dir);
    double ms = now_ms() - t0;
    if (lx == NULL)
        return EXIT_DATA;
    printf("lexicon %s: loaded in %.0f ms\n", dir, ms);
    for (int cls = 0; cls < RASD_CLASS__COUNT; cls++)
        printf("  %-8s %7zu\n", rasd_class_name(cls),
               rasd_lexicon_count(lx, cls));
    int rc = print_countries(lx);
    const char *const *w;
    size_t nw = rasd_lexicon_warnings(lx, &w);
    printf("warnings: %zu\n", nw);
    for (size_t i = 0; !quiet && i < nw; i++)
        printf("%s\n", w[i]);
    rasd_lexicon_free(lx);
    if (fflush(stdout) != 0)
        return EXIT_INPUT;
    return rc;
}
