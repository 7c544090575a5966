/* cmd_analyze.c - `rasd analyze`: the window into the text layer.  Prints
 * one JSON object per sentence: spans, language, tokens (normalised form
 * and Snowball stem), numbers and dates. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "rasd/buf.h"
#include "rasd/clean.h"
#include "rasd/rasd.h"

static const char *const usage_text =
    "Usage: rasd analyze [OPTIONS] [FILE|DIR|-]...\n"
    "\n"
    "Runs the text layer (cleaning, normalisation, tokens, stems, sentences,\n"
    "numbers, dates) and prints JSON Lines, one sentence per line:\n"
    "  {\"doc\":ID,\"start\":B,\"end\":B,\"lang\":\"ar|en|mixed|other\",\n"
    "   \"tokens\":[{\"start\":B,\"end\":B,\"norm\":..,\"stem\":..}],\n"
    "   \"numbers\":[{\"start\":B,\"end\":B,\"value\":N,\"lower_bound\":"
    "false}],\n"
    "   \"dates\":[{\"start\":B,\"end\":B,\"date\":\"YYYY-MM-DD\","
    "\"precision\":1}]}\n"
    "Offsets are bytes into the original article text.  A date is\n"
    "\"YYYY-MM\" at precision 3 and null when relative without a publication\n"
    "date.  With no input, reads stdin.\n"
    "\n"
    "Options:\n"
    "  --published YYYY-MM-DD  publication date for articles that have none\n"
    "  --corpus DIR            read DIR/docs.jsonl and DIR/<doc>.txt\n"
    "  --data DIR              data directory (default: $RASD_DATA_DIR or\n"
    "                          the build's data/)\n"
    "  --no-clean              keep repeated paragraphs and boilerplate\n"
    "  -h, --help              this help\n\n";

typedef struct ctx {
    const rasd_text_res *res;
    rasd_date_ymd published;
    unsigned flags;
    rasd_buf out;
    struct rasd_lineseen *lines; /* cross-article boilerplate, or NULL */
    int failed; /* exit code of a fatal error */
} ctx;

static const char *lang_name(int lang)
{
    switch (lang) {
    case RASD_LANG_AR: return "ar";
    case RASD_LANG_EN: return "en";
    case RASD_LANG_MIXED: return "mixed";
    default: return "other";
    }
}

static void put_date(rasd_buf *b, const rasd_date *d)
{
    if (d->date.y == 0) {
        rasd_buf_puts(b, "null");
    } else if (d->precision == 3 || d->date.d == 0) {
        rasd_buf_printf(b, "\"%04d-%02d\"", d->date.y, d->date.m);
    } else {
        rasd_buf_printf(b, "\"%04d-%02d-%02d\"", d->date.y, d->date.m,
                        d->date.d);
    }
}

static void print_sentence(ctx *c, const rasd_article *a, const rasd_doc *doc,
                           const rasd_sentence *s, size_t *inum, size_t *idate)
{
    rasd_buf *b = &c->out;
    rasd_buf_puts(b, "{\"doc\":");
    rasd_buf_put_json_str(b, a->id, strlen(a->id));
    rasd_buf_printf(b, ",\"start\":%u,\"end\":%u,\"lang\":\"%s\",\"tokens\":[",
                    s->start, s->end, lang_name(s->lang));
    for (uint32_t k = 0; k < s->tok_count; k++) {
        const rasd_token *t = &doc->tokens[s->tok_first + k];
        size_t nstem;
        const char *stem = rasd_doc_stem(doc, c->res, s->tok_first + k,
                                         &nstem);
        rasd_buf_printf(b, "%s{\"start\":%u,\"end\":%u,\"norm\":", k ? "," : "",
                        t->start, t->end);
        rasd_buf_put_json_str(b, t->norm, t->nnorm);
        rasd_buf_puts(b, ",\"stem\":");
        rasd_buf_put_json_str(b, stem, nstem);
        rasd_buf_putc(b, '}');
    }
    rasd_buf_puts(b, "],\"numbers\":[");
    int first = 1;
    while (*inum < doc->nnumbers && doc->numbers[*inum].start < s->end) {
        const rasd_number *nu = &doc->numbers[(*inum)++];
        if (nu->start < s->start)
            continue;
        rasd_buf_printf(b, "%s{\"start\":%u,\"end\":%u,\"value\":",
                        first ? "" : ",", nu->start, nu->end);
        if (nu->flags & RASD_NUMF_VAGUE)
            rasd_buf_puts(b, "null");
        else
            rasd_buf_put_json_num(b, nu->value);
        rasd_buf_printf(b, ",\"lower_bound\":%s",
                        nu->flags & RASD_NUMF_LOWER_BOUND ? "true" : "false");
        if (nu->flags & RASD_NUMF_VAGUE)
            rasd_buf_puts(b, ",\"vague\":true");
        if (nu->flags & RASD_NUMF_DUAL)
            rasd_buf_puts(b, ",\"dual\":true");
        if (nu->flags & RASD_NUMF_ORDINAL)
            rasd_buf_puts(b, ",\"ordinal\":true");
        rasd_buf_putc(b, '}');
        first = 0;
    }
    rasd_buf_puts(b, "],\"dates\":[");
    first = 1;
    while (*idate < doc->ndates && doc->dates[*idate].start < s->end) {
        const rasd_date *d = &doc->dates[(*idate)++];
        if (d->start < s->start)
            continue;
        rasd_buf_printf(b, "%s{\"start\":%u,\"end\":%u,\"date\":",
                        first ? "" : ",", d->start, d->end);
        put_date(b, d);
        rasd_buf_printf(b, ",\"precision\":%u", d->precision);
        if (d->flags & RASD_DATEF_RELATIVE)
            rasd_buf_puts(b, ",\"relative\":true");
        if (d->flags & RASD_DATEF_UNRESOLVED)
            rasd_buf_puts(b, ",\"unresolved\":true");
        rasd_buf_putc(b, '}');
        first = 0;
    }
    rasd_buf_puts(b, "]}\n");
}

static int on_article(const rasd_article *a, void *ud)
{
    ctx *c = ud;
    rasd_doc *doc = NULL;
    rasd_date_ymd pub = a->published.y ? a->published : c->published;
    if (c->lines)
        rasd_clean_use_lineseen(c->res, c->lines, a->source);
    /* every token is printed with its stem: the doc brings them */
    int rc = rasd_doc_analyze(&doc, c->res, a->text, a->ntext, pub,
                              c->flags | RASD_ANALYZE_STEMS);
    if (rc < 0) {
        fprintf(stderr, "rasd: %s: %s\n", a->id, rasd_strerror(rc));
        if (rc == RASD_ENOMEM) {
            c->failed = EXIT_INTERNAL;
            return EXIT_INTERNAL;
        }
        return 0;
    }
    size_t inum = 0, idate = 0;
    rasd_buf_reset(&c->out);
    for (size_t i = 0; i < doc->nsents; i++)
        print_sentence(c, a, doc, &doc->sents[i], &inum, &idate);
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

int cmd_analyze(int argc, char **argv)
{
    static const struct option opts[] = {
        {"published", required_argument, NULL, 'p'},
        {"corpus", required_argument, NULL, 'c'},
        {"data", required_argument, NULL, 'd'},
        {"no-clean", no_argument, NULL, 'n'},
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
        case 'n': c.flags |= RASD_ANALYZE_NO_CLEAN; break;
        case 'h':
            printf("%s%s", usage_text, cli_exit_help);
            return EXIT_OK;
        default:
            fprintf(stderr, "%s", usage_text);
            return EXIT_USAGE;
        }
    }
    c.published = common.published;
    rasd_text_res *res = cli_load_text_res(cli_data_dir(common.data));
    if (res == NULL)
        return EXIT_DATA;
    c.res = res;
    rasd_buf_init(&c.out, 0);
    rasd_reader r;
    memset(&r, 0, sizeof r);
    r.on_article = on_article;
    r.ud = &c;
    c.lines = cli_lineseen_prepass(common.corpus, argc - optind,
                                   argv + optind);
    int rc =
        cli_read_inputs(&r, common.corpus, argc - optind, argv + optind);
    rasd_buf_fini(&c.out);
    if (c.lines)
        rasd_clean_use_lineseen(res, NULL, NULL);
    rasd_lineseen_free(c.lines);
    rasd_text_res_free(res);
    if (fflush(stdout) != 0)
        return EXIT_INPUT;
    return c.failed ? c.failed : rc;
}
