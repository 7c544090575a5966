/* alloc.c - the one allocator of librasd, with fault injection.
 *
 * Tests call rasd_alloc_fail_after(n) to make the nth allocation fail and
 * check that every path returns RASD_ENOMEM cleanly without leaking (SQLite
 * do_faultsim_test).  The counters are process-wide and not thread-safe:
 * fault injection is a single-threaded test facility.
 */
#include <stdlib.h>
#include <string.h>

#include "rasd/rasd.h"

static size_t g_count;     /* allocations since the last fail_after call */
static size_t g_fail_at;   /* 0: never fail */

static int should_fail(void)
{
    g_count++;
    return g_fail_at != 0 && g_count >= g_fail_at;
}

size_t rasd_alloc_fail_after(size_t n)
{
    size_t was = g_count;
    g_count = 0;
    g_fail_at = n;
    return was;
}

void *rasd_malloc(size_t n)
{
    if (should_fail())
        return NULL;
    return malloc(n ? n : 1);
}

void *rasd_calloc(size_t count, size_t size)
{
    if (should_fail())
        return NULL;
    return calloc(count ? count : 1, size ? size : 1);
}

void *rasd_realloc(void *p, size_t n)
{
    if (should_fail())
        return NULL;
    return realloc(p, n ? n : 1);
}

void rasd_free(void *p)
{
    free(p);
}

char *rasd_strndup(const char *z, size_t n)
{
    char *p = rasd_malloc(n + 1);
    if (p == NULL)
        return NULL;
    if (n)
        memcpy(p, z, n);
    p[n] = '\0';
    return p;
}
