/* common.c - what every subcommand needs: the data directory, loading the
 * text tables, reading inputs through the readers, reporting errors. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "rasd/clean.h"
#include "rasd/rasd.h"

#ifndef RASD_DEFAULT_DATA_DIR
#define RASD_DEFAULT_DATA_DIR "data"
#endif

const char *cli_data_dir(const char *opt)
{
    if (opt && *opt)
        return opt;
    const char *env = getenv("RASD_DATA_DIR");
    if (env && *env)
        return env;
    return RASD_DEFAULT_DATA_DIR;
}

rasd_text_res *cli_load_text_res(const char *data_dir)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/text", data_dir);
    rasd_text_res *res = NULL;
    rasd_parse_err err = {0};
    char file[512] = "";
    int rc = rasd_text_res_load(&res, dir, &err, file, sizeof file);
    if (rc < 0) {
        if (rc == RASD_EFORMAT)
            fprintf(stderr, "rasd: %s:%zu: %s\n", file, err.pos,
                    err.msg ? err.msg : "malformed line");
        else
            fprintf(stderr, "rasd: %s: %s\n", file[0] ? file : dir,
                    rasd_strerror(rc));
        return NULL;
    }
    return res;
}

void cli_print_error(const char *message, void *ud)
{
    (void)ud;
    fprintf(stderr, "rasd: %s\n", message);
}

int cli_parse_date(const char *z, rasd_date_ymd *out)
{
    return rasd_date_parse(z, out) == 0 && out->d > 0 ? 0 : -1;
}

int cli_common_option(int opt, const char *arg, cli_common *c)
{
    switch (opt) {
    case 'p':
        if (cli_parse_date(arg, &c->published) < 0) {
            fprintf(stderr, "rasd: --published wants YYYY-MM-DD, got '%s'\n",
                    arg);
            return -1;
        }
        return 1;
    case 'c':
        c->corpus = arg;
        return 1;
    case 'd':
        c->data = arg;
        return 1;
    default:
        return 0;
    }
}

int cli_read_inputs(rasd_reader *r, const char *corpus, int ninputs,
                    char **inputs)
{
    int rc = 0;
    if (r->on_error == NULL)
        r->on_error = cli_print_error;
    if (corpus) {
        rc = rasd_read_corpus(r, corpus);
    } else if (ninputs == 0) {
        rc = rasd_read_path(r, "-");
    } else {
        for (int i = 0; i < ninputs && rc >= 0; i++) {
            int one = rasd_read_path(r, inputs[i]);
            if (one != 0)
                rc = one;
            if (one > 0) /* the callback asked to stop */
                break;
        }
    }
    if (rc == RASD_ENOMEM) {
        fprintf(stderr, "rasd: out of memory\n");
        return EXIT_INTERNAL;
    }
    if (rc > 0)
        return rc; /* the callback's own exit code */
    if (r->n_articles == 0 && r->n_errors > 0)
        return EXIT_INPUT;
    if (rc < 0 || r->n_errors > 0)
        return EXIT_PARTIAL;
    return EXIT_OK;
}

static int count_lines(const rasd_article *a, void *ud)
{
    rasd_lineseen *ls = ud;
    if (a->source && *a->source)
        return rasd_lineseen_add(ls, a->source, a->text, a->ntext) ==
                       RASD_ENOMEM
                   ? EXIT_INTERNAL
                   : 0;
    return 0;
}

static void quiet(const char *message, void *ud)
{
    (void)message;
    (void)ud; /* the second pass reports */
}

struct rasd_lineseen *cli_lineseen_prepass(const char *corpus, int ninputs,
                                           char **inputs)
{
    if (corpus == NULL && ninputs == 0)
        return NULL; /* stdin */
    for (int i = 0; i < ninputs; i++)
        if (!strcmp(inputs[i], "-"))
            return NULL;
    rasd_lineseen *ls = NULL;
    if (rasd_lineseen_new(&ls, 0) < 0)
        return NULL;
    rasd_reader r;
    memset(&r, 0, sizeof r);
    r.on_article = count_lines;
    r.on_error = quiet;
    r.ud = ls;
    int rc = corpus ? rasd_read_corpus(&r, corpus) : 0;
    for (int i = 0; !corpus && i < ninputs && rc == 0; i++)
        rc = rasd_read_path(&r, inputs[i]);
    if (rc == EXIT_INTERNAL || rc == RASD_ENOMEM) {
        rasd_lineseen_free(ls);
        return NULL;
    }
    return ls;
}
