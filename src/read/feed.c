/* feed.c - RSS and Atom; first cut: feeds are not read yet. */
#include "read_int.h"

int rasd_read_feed(rasd_reader *r, const char *name, char *data, size_t n)
{
    (void)data; (void)n;
    rasd_read_error(r, "%s: feeds are not supported yet", name);
    return 0;
}
