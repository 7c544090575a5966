/* main.c - the rasd executable: dispatches to one subcommand. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "rasd/rasd.h"

const char *const cli_exit_help =
    "Exit codes:\n"
    "  0  everything was read and processed\n"
    "  1  some input was bad (invalid UTF-8, NUL, broken JSON/HTML,\n"
    "     unreadable file): reported on stderr, skipped or repaired,\n"
    "     and the rest was processed\n"
    "  2  bad command line\n"
    "  3  a data file (lexicon, gazetteer, text tables) is invalid\n"
    "  4  no input could be read, or the output could not be written\n"
    "  5  out of memory or another internal failure\n";

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} command;

static const command commands[] = {
    {"analyze", cmd_analyze, "text layer: sentences, tokens, numbers, dates"},
    {"lexicon", cmd_lexicon, "check the lexicon and gazetteer files"},
    {"match", cmd_match, "find places, actors, weapons, triggers, cues"},
    {"extract", cmd_extract, "find conflict events (ACLED-style)"},
};

static void usage(FILE *out)
{
    fprintf(out, "rasd %s - Arabic and English news to conflict events\n\n"
                 "Usage: rasd COMMAND [OPTIONS] [INPUT...]\n\nCommands:\n",
            RASD_VERSION);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %-9s %s\n", commands[i].name, commands[i].summary);
    fprintf(out, "\n`rasd COMMAND --help` describes each command.\n"
                 "Inputs: files, folders (read recursively), or - for "
                 "stdin;\nplain text, JSON Lines, HTML, RSS/Atom.\n\n%s",
            cli_exit_help);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") ||
        !strcmp(argv[1], "help")) {
        usage(stdout);
        return EXIT_OK;
    }
    if (!strcmp(argv[1], "--version")) {
        printf("rasd %s\n", RASD_VERSION);
        return EXIT_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        if (!strcmp(argv[1], commands[i].name))
            return commands[i].run(argc - 1, argv + 1);
    }
    fprintf(stderr, "rasd: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return EXIT_USAGE;
}
