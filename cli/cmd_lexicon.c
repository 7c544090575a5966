/* cmd_lexicon.c - placeholder until the lexicon command lands. */
#include <stdio.h>

#include "cli.h"

int cmd_lexicon(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "rasd: 'lexicon' is not implemented yet\n");
    return EXIT_INTERNAL;
}
