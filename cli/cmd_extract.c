/* cmd_extract.c - placeholder until the extract command lands. */
#include <stdio.h>

#include "cli.h"

int cmd_extract(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "rasd: 'extract' is not implemented yet\n");
    return EXIT_INTERNAL;
}
