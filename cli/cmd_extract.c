/* cmd_extract.c - `rasd extract`: conflict events of every article, as
 * JSON Lines in the shape of gold.jsonl or as a table for people. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "rasd/buf.h"
#include "rasd/clean.h"
#include "rasd/extract.h"
#include "rasd/rasd.h"

static const char *const usage_text =
    "Usage: rasd extract [OPTIONS] [--corpus DIR | INPUT...]\n"
    "\n"
    "Finds conflict events (ACLED event and sub-event types) in each article\n"
    "and fills every field of SCHEMA.md: date and precision, place with\n"
    "coordinates, actors, weapon and count, outcome, fatalities, wounded,\n"
    "sources, background, and an incident key; each field carries the byte\n"
    "spans of the text that supports it.  Inputs are files, folders or -\n"
    "(plain text, JSON Lines, HTML, RSS/Atom); none means stdin.\n"
    "\n"
    "Options:\n"
    "  --format table|jsonl    table (default) is one line per event for\n"
    "                          people; jsonl is one line per article:\n"
    "                          {\"doc\":ID,\"events\":[...]}, articles with no\n"
    "                          event included\n"
    "  --corpus DIR            read DIR/docs.jsonl and DIR/<doc>.txt\n"
    "  --published YYYY-MM-DD  publication date for articles that have none\n"
    "  --data DIR              data directory (default: $RASD_DATA_DIR or\n"
    "                          the build's data/)\n"
    "  -h, --help              this help\n\n";

typedef struct ctx {
    const rasd_text_res *res;
    const rasd_lexicon *lx;
    rasd_date_ymd published;
    int jsonl;
    rasd_buf out;
    struct rasd_lineseen *lines; /* cross-article boilerplate, or NULL */
    size_t nevents;
    int failed;
} ctx;

static void put_table_row(rasd_buf *b, const rasd_article *a,
                          const rasd_event *ev)
{
    char date[16] = "-";
    if (ev->date.y && (ev->time_precision == 3 || ev->date.d == 0))
        snprintf(date, sizeof date, "%04d-%02d", ev->date.y, ev->date.m);
    else if (ev->date.y)
        snprintf(date, sizeof date, "%04d-%02d-%02d", ev->date.y, ev->date.m,
                 ev->date.d);
    rasd_buf_printf(b, "%-24.24s %-10s p%d  %-34.34s %-28.28s", a->id, date,
                    ev->time_precision, ev->sub_event_type,
                    ev->place ? ev->place->name
                              : ev->country ? ev->country : "-");
    rasd_buf_printf(b, " %s -> %s", ev->actor1 ? ev->actor1 : "?",
                    ev->actor2 ? ev->actor2 : "?");
    if (ev->weapon) {
        rasd_buf_printf(b, "  %s", ev->weapon);
        if (ev->weapon_count >= 0)
            rasd_buf_printf(b, " x%d", ev->weapon_count);
    }
    rasd_buf_printf(b, "  %s", ev->outcome);
    if (ev->fatalities >= 0 || ev->wounded >= 0) {
        rasd_buf_puts(b, "  killed ");
        if (ev->fatalities >= 0)
            rasd_buf_printf(b, "%d", ev->fatalities);
        else
            rasd_buf_putc(b, '?');
        rasd_buf_puts(b, " wounded ");
        if (ev->wounded >= 0)
            rasd_buf_printf(b, "%d", ev->wounded);
        else
            rasd_buf_putc(b, '?');
    }
    if (ev->background)
        rasd_buf_puts(b, "  [background]");
    if (ev->nsources) {
        rasd_buf_puts(b, "  per ");
        for (int i = 0; i < ev->nsources; i++)
            rasd_buf_printf(b, "%s%s", i ? ", " : "", ev->sources[i]);
    }
    rasd_buf_putc(b, '\n');
}

static int on_article(const rasd_article *a, void *ud)
{
    ctx *c = ud;
    rasd_doc *doc = NULL;
    rasd_match *m = NULL;
    rasd_event *ev = NULL;
    size_t nm = 0, nev = 0;
    rasd_date_ymd pub = a->published.y ? a->published : c->published;
    if (c->lines)
        rasd_clean_use_lineseen(c->res, c->lines, a->source);
    int rc = rasd_doc_analyze(&doc, c->res, a->text, a->ntext, pub,
                              RASD_ANALYZE_INFER_PUBLISHED);
    if (rc == 0)
        rc = rasd_match_scan(c->lx, doc, doc->arena, &m, &nm);
    if (rc == 0)
        rc = rasd_extract_doc(c->lx, doc, m, nm, doc->arena, &ev, &nev);
    if (rc < 0) {
        fprintf(stderr, "rasd: %s: %s\n", a->id, rasd_strerror(rc));
        rasd_doc_free(doc);
        if (rc == RASD_ENOMEM) {
            c->failed = EXIT_INTERNAL;
            return EXIT_INTERNAL;
        }
        return 0;
    }
    rasd_buf_reset(&c->out);
    if (c->jsonl) {
        rasd_buf_puts(&c->out, "{\"doc\":");
        rasd_buf_put_json_str(&c->out, a->id, strlen(a->id));
        rasd_buf_puts(&c->out, ",\"events\":[");
        for (size_t i = 0; i < nev; i++) {
            if (i)
                rasd_buf_putc(&c->out, ',');
            rasd_event_to_json(&c->out, &ev[i]);
        }
        rasd_buf_puts(&c->out, "]}\n");
    } else {
        for (size_t i = 0; i < nev; i++)
            put_table_row(&c->out, a, &ev[i]);
    }
    c->nevents += nev;
    rasd_doc_free(doc);
    if (c->out.rc) {
        fprintf(stderr, "rasd: %s: %s\n", a->id, rasd_strerror(c->out.rc));
        return 0;
    }
    if (c->out.n && fwrite(c->out.p, 1, c->out.n, stdout) != c->out.n) {
        c->failed = EXIT_INPUT;
        return EXIT_INPUT;
    }
    return 0;
}

int cmd_extract(int argc, char **argv)
{
    static const struct option opts[] = {
        {"format", required_argument, NULL, 'f'},
        {"published", required_argument, NULL, 'p'},
        {"corpus", required_argument, NULL, 'c'},
        {"data", required_argument, NULL, 'd'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    cli_common common;
    memset(&common, 0, sizeof common);
    ctx c;
    memset(&c, 0, sizeof c);
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        int took = cli_common_option(opt, optarg, &common);
        if (took < 0)
            return EXIT_USAGE;
        if (took)
            continue;
        switch (opt) {
        case 'f':
            if (!strcmp(optarg, "jsonl")) {
                c.jsonl = 1;
            } else if (strcmp(optarg, "table")) {
                fprintf(stderr, "rasd: --format is table or jsonl\n");
                return EXIT_USAGE;
            }
            break;
        case 'h':
            printf("%s%s", usage_text, cli_exit_help);
            return EXIT_OK;
        default:
            fprintf(stderr, "%s", usage_text);
            return EXIT_USAGE;
        }
    }
    c.published = common.published;
    const char *dir = cli_data_dir(common.data);
    rasd_text_res *res = cli_load_text_res(dir);
    if (res == NULL)
        return EXIT_DATA;
    rasd_lexicon *lx = cli_load_lexicon(dir);
    if (lx == NULL) {
        rasd_text_res_free(res);
        return EXIT_DATA;
    }
    c.res = res;
    c.lx = lx;
    rasd_buf_init(&c.out, 0);
    rasd_reader r;
    memset(&r, 0, sizeof r);
    r.on_article = on_article;
    r.ud = &c;
    c.lines = cli_lineseen_prepass(common.corpus, argc - optind,
                                   argv + optind);
    if (!c.jsonl)
        printf("%-24s %-10s %-3s %-34s %-28s %s\n", "doc", "date", "tp",
               "sub-event type", "location",
               "actor1 -> actor2  weapon xN  outcome  casualties  sources");
    int rc =
        cli_read_inputs(&r, common.corpus, argc - optind, argv + optind);
    rasd_buf_fini(&c.out);
    if (c.lines)
        rasd_clean_use_lineseen(res, NULL, NULL);
    rasd_lineseen_free(c.lines);
    rasd_lexicon_free(lx);
    rasd_text_res_free(res);
    if (fflush(stdout) != 0)
        return EXIT_INPUT;
    return c.failed ? c.failed : rc;
}
