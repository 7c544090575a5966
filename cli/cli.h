/* cli.h - what the subcommands of the rasd executable share: exit codes,
 * where data lives, loading resources, and feeding inputs to readers.
 * The CLI includes only the public headers (include/rasd/). */
#ifndef RASD_CLI_H
#define RASD_CLI_H

#include <stdio.h>

#include "rasd/article.h"
#include "rasd/lexicon.h"
#include "rasd/text.h"

/* Exit codes, listed by `rasd --help` (jq src/main.c). */
enum rasd_exit {
    EXIT_OK = 0,       /* everything read and processed */
    EXIT_PARTIAL = 1,  /* some input was bad: reported, skipped or repaired */
    EXIT_USAGE = 2,    /* bad command line */
    EXIT_DATA = 3,     /* a data file (lexicon, text tables) is invalid */
    EXIT_INPUT = 4,    /* no input could be read, or output failed */
    EXIT_INTERNAL = 5  /* out of memory or another internal failure */
};

/* Text printed for `--help` at the end of every command's help. */
extern const char *const cli_exit_help;

/* The data directory: --data, else $RASD_DATA_DIR, else the build's
 * default (the source tree's data/). */
const char *cli_data_dir(const char *opt);

/* Load the text tables from <data>/text; prints "rasd: file:line: ..." and
 * returns NULL on failure. */
rasd_text_res *cli_load_text_res(const char *data_dir);

/* Load <data>/lexicon and <data>/gazetteer and build the matcher; prints
 * errors and returns NULL on failure. */
rasd_lexicon *cli_load_lexicon(const char *data_dir);

/* Prints a reader error on stderr as "rasd: MESSAGE". */
void cli_print_error(const char *message, void *ud);

/* Reads each input (file, folder, "-") or, with corpus != NULL, the corpus
 * folder; r->on_article does the work.  No inputs means stdin.  Returns an
 * exit code: EXIT_OK, EXIT_PARTIAL when r->n_errors > 0, EXIT_INPUT when
 * nothing at all was read, EXIT_INTERNAL on out-of-memory. */
int cli_read_inputs(rasd_reader *r, const char *corpus, int ninputs,
                    char **inputs);

/* Cross-article boilerplate (rasd/clean.h): reads the inputs once more,
 * silently, counting the short lines each source repeats, and returns the
 * table (NULL for stdin, which cannot be read twice, or when out of
 * memory: cleaning then works from its patterns alone).  Before analysing
 * an article call rasd_clean_use_lineseen(res, ls, a->source). */
struct rasd_lineseen *cli_lineseen_prepass(const char *corpus, int ninputs,
                                           char **inputs);

/* The options the reading commands share: --published, --corpus,
 * --data. */
typedef struct cli_common {
    rasd_date_ymd published; /* y == 0: none */
    const char *corpus;      /* or NULL */
    const char *data;        /* or NULL: cli_data_dir's default */
} cli_common;

/* Handles getopt's opt ('p', 'c', 'd') for the shared options.  Returns
 * 1 when it took the option, 0 when opt is not one of them, and -1 (with a
 * message on stderr) when its argument is bad. */
int cli_common_option(int opt, const char *arg, cli_common *c);

/* Parses YYYY-MM-DD for --published; returns 0 or -1. */
int cli_parse_date(const char *z, rasd_date_ymd *out);

/* Subcommands: argv[0] is the subcommand name. */
int cmd_analyze(int argc, char **argv);
int cmd_lexicon(int argc, char **argv);
int cmd_match(int argc, char **argv);
int cmd_extract(int argc, char **argv);

#endif
