/* arena.c - bump allocation in chained blocks, freed all at once.
 *
 *   arena -> [block 3 (newest, 4x)] -> [block 2 (2x)] -> [block 1] -> NULL
 *
 * A request larger than half a block gets a block of its own so that the
 * current block keeps serving small requests.
 */
#include <string.h>

#include "rasd/arena.h"
#include "rasd/rasd.h"

#define FIRST_BLOCK (64u * 1024u)
#define MAX_REQUEST ((size_t)1 << 30) /* one article never needs more */

typedef struct block {
    struct block *next;
    size_t cap;  /* bytes in data */
    size_t used; /* bytes handed out */
    _Alignas(16) unsigned char data[];
} block;

struct rasd_arena {
    block *head;
    size_t next_cap; /* size of the next block */
    size_t total;    /* bytes handed out */
};

rasd_arena *rasd_arena_new(void)
{
    rasd_arena *a = rasd_calloc(1, sizeof *a);
    if (a)
        a->next_cap = FIRST_BLOCK;
    return a;
}

void rasd_arena_free(rasd_arena *a)
{
    if (a == NULL)
        return;
    block *b = a->head;
    while (b) {
        block *next = b->next;
        rasd_free(b);
        b = next;
    }
    rasd_free(a);
}

void rasd_arena_reset(rasd_arena *a)
{
    if (a == NULL || a->head == NULL)
        return;
    /* Keep the oldest block (the last in the chain). */
    block *b = a->head;
    while (b->next) {
        block *next = b->next;
        rasd_free(b);
        b = next;
    }
    b->used = 0;
    a->head = b;
    a->total = 0;
}

static block *new_block(rasd_arena *a, size_t need)
{
    size_t cap = a->next_cap;
    if (need > cap / 2) {
        cap = need;
    } else if (a->next_cap < (64u << 20)) {
        a->next_cap *= 2;
    }
    block *b = rasd_malloc(sizeof(block) + cap);
    if (b == NULL)
        return NULL;
    b->cap = cap;
    b->used = 0;
    if (need == cap && a->head) {
        /* A dedicated block goes behind the current one. */
        b->next = a->head->next;
        a->head->next = b;
    } else {
        b->next = a->head;
        a->head = b;
    }
    return b;
}

void *rasd_arena_alloc(rasd_arena *a, size_t n)
{
    if (n > MAX_REQUEST)
        return NULL;
    n = (n + 7u) & ~(size_t)7u;
    if (n == 0)
        n = 8;
    block *b = a->head;
    if (b == NULL || b->cap - b->used < n) {
        b = new_block(a, n);
        if (b == NULL)
            return NULL;
    }
    void *p = b->data + b->used;
    b->used += n;
    a->total += n;
    return p;
}

void *rasd_arena_calloc(rasd_arena *a, size_t n)
{
    void *p = rasd_arena_alloc(a, n);
    if (p)
        memset(p, 0, n);
    return p;
}

char *rasd_arena_strndup(rasd_arena *a, const char *z, size_t n)
{
    char *p = rasd_arena_alloc(a, n + 1);
    if (p == NULL)
        return NULL;
    if (n)
        memcpy(p, z, n);
    p[n] = '\0';
    return p;
}

size_t rasd_arena_used(const rasd_arena *a)
{
    return a ? a->total : 0;
}
