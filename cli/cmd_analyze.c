/* cmd_analyze.c - placeholder until the analyze command lands. */
#include <stdio.h>

#include "cli.h"

int cmd_analyze(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return EXIT_INTERNAL;
}
