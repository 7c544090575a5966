/* cmd_match.c - `rasd match`: the window into the matcher.  Runs the text
 * layer and the lexicon scan over each article and prints one JSON object
 * per match, so that a lexicon change can be seen on real text before it
 * reaches the extractor. */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "rasd/buf.h"
#include "rasd/rasd.h"

static const char *const usage_text =
    "Usage: rasd match [OPTIONS] [FILE|DIR|-]...\n"
    "\n"
    "Finds the places, actors, weapons, triggers, sources and cues of the\n"
    "lexicon (data/lexicon, data/gazetteer) in each article and prints JSON\n"
    "Lines, one match per line:\n"
    "  {\"doc\":ID,\"start\":B,\"end\":B,\"text\":..,\"class\":\"place|actor|"
    "weapon|\n"
    "   trigger|source|cue\",\"name\":CANONICAL, ...}\n"
    "with, by class: places \"kind\", \"latitude\", \"longitude\", "
    "\"admin1\",\n"
    "\"country\", \"geo_precision\"; actors \"kind\", \"inter\"; weapons "
    "\"weapon\",\n"
    "\"sub\"; triggers \"kind\", \"event\", \"sub\"; sources and cues "
    "\"kind\".\n"
    "An ambiguous alias (\"?\" in the lexicon) is printed only after a place\n"
    "cue, with \"cued\":true.  Offsets are bytes into the article text.  The\n"
    "longest match wins across classes; see src/lex/match.c.  With no input,\n"
    "reads stdin.\n"
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
    const rasd_lexicon *lx;
    rasd_date_ymd published;
    unsigned flags;
    rasd_buf out;
    int failed; /* exit code of a fatal error */
} ctx;

/* ,"key":"value" or ,"key":null when z is NULL or empty. */
static void put_field(rasd_buf *b, const char *key, const char *z)
{
    rasd_buf_printf(b, ",\"%s\":", key);
    if (z == NULL || *z == '\0')
        rasd_buf_puts(b, "null");
    else
        rasd_buf_put_json_str(b, z, strlen(z));
}

static void put_num(rasd_buf *b, const char *key, double v)
{
    rasd_buf_printf(b, ",\"%s\":", key);
    if (isnan(v))
        rasd_buf_puts(b, "null");
    else
        rasd_buf_put_json_num(b, v);
}

static void print_match(rasd_buf *b, const rasd_article *a, const char *text,
                        const rasd_match *m)
{
    const rasd_entry *e = m->entry;
    rasd_buf_puts(b, "{\"doc\":");
    rasd_buf_put_json_str(b, a->id, strlen(a->id));
    rasd_buf_printf(b, ",\"start\":%u,\"end\":%u,\"text\":", m->start,
                    m->end);
    rasd_buf_put_json_str(b, text + m->start, m->end - m->start);
    rasd_buf_printf(b, ",\"class\":\"%s\"", rasd_class_name(e->cls));
    put_field(b, "name", e->name);
    switch (e->cls) {
    case RASD_CLASS_PLACE:
        put_field(b, "kind", e->kind);
        put_num(b, "latitude", e->lat);
        put_num(b, "longitude", e->lon);
        put_field(b, "admin1", e->admin1);
        put_field(b, "country", e->country);
        rasd_buf_printf(b, ",\"geo_precision\":%d", e->geo_precision);
        break;
    case RASD_CLASS_ACTOR:
        put_field(b, "kind", e->kind);
        put_field(b, "inter", rasd_entry_attr(e, "inter"));
        break;
    case RASD_CLASS_WEAPON:
        put_field(b, "weapon", rasd_entry_attr(e, "weapon"));
        put_field(b, "sub", rasd_entry_attr(e, "sub"));
        break;
    case RASD_CLASS_TRIGGER:
        put_field(b, "kind", e->kind);
        put_field(b, "event", rasd_entry_attr(e, "event"));
        put_field(b, "sub", rasd_entry_attr(e, "sub"));
        break;
    default:
        put_field(b, "kind", e->kind);
        break;
    }
    if (m->flags & RASD_MATCHF_CUED)
        rasd_buf_puts(b, ",\"cued\":true");
    rasd_buf_puts(b, "}\n");
}

static int on_article(const rasd_article *a, void *ud)
{
    ctx *c = ud;
    rasd_doc *doc = NULL;
    rasd_match *m = NULL;
    size_t n = 0;
    rasd_date_ymd pub = a->published.y ? a->published : c->published;
    int rc = rasd_doc_analyze(&doc, c->res, a->text, a->ntext, pub, c->flags);
    if (rc == 0)
        rc = rasd_match_scan(c->lx, doc, doc->arena, &m, &n);
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
    for (size_t i = 0; i < n; i++)
        print_match(&c->out, a, a->text, &m[i]);
    rasd_doc_free(doc);
    if (c->out.rc) {
        fprintf(stderr, "rasd: %s: %s\n", a->id, rasd_strerror(c->out.rc));
        if (c->out.rc == RASD_ENOMEM) {
            c->failed = EXIT_INTERNAL;
            return EXIT_INTERNAL;
        }
        return 0;
    }
    /* an article with no match leaves the buffer unallocated: fwrite
     * must not be given its null pointer, even for zero bytes */
    if (c->out.n && fwrite(c->out.p, 1, c->out.n, stdout) != c->out.n) {
        c->failed = EXIT_INPUT;
        return EXIT_INPUT;
    }
    return 0;
}

int cmd_match(int argc, char **argv)
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
    rasd_text_res *res = NULL;
    rasd_lexicon *lx = NULL;
    ctx c;
    int rc, opt;
    memset(&c, 0, sizeof c);
    /* Numbers and dates play no part in matching. */
    c.flags = RASD_ANALYZE_NO_NUMBERS | RASD_ANALYZE_NO_DATES;
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
    const char *dir = cli_data_dir(common.data);
    res = cli_load_text_res(dir);
    if (res == NULL)
        return EXIT_DATA;
    lx = cli_load_lexicon(dir);
    if (lx == NULL) {
        rc = EXIT_DATA;
        goto out;
    }
    c.res = res;
    c.lx = lx;
    rasd_buf_init(&c.out, 0);
    rasd_reader r;
    memset(&r, 0, sizeof r);
    r.on_article = on_article;
    r.ud = &c;
    rc = cli_read_inputs(&r, common.corpus, argc - optind, argv + optind);
    rasd_buf_fini(&c.out);
    if (fflush(stdout) != 0)
        rc = EXIT_INPUT;
    else if (c.failed)
        rc = c.failed;
out:
    rasd_lexicon_free(lx);
    rasd_text_res_free(res);
    return rc;
}
