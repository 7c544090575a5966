/* cmd_match.c - placeholder until the match command lands. */
#include <stdio.h>

#include "cli.h"

int cmd_match(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "rasd: 'match' is not implemented yet\n");
    return EXIT_INTERNAL;
}
