/* wordcache.c - the tokenizer's word cache: the norm, key, clitics and hash
 * of each distinct word, by the word's bytes in the text (text_int.h draws
 * it).
 *
 * Why: a token's norm, key and hash are functions of its bytes, and the
 * words of news repeat (Zipf), so the tokenizer computes them once per
 * distinct word and copies them afterwards.  The copy is what every token
 * must get anyway (its arena owns its strings), so nothing points into
 * the cache and it can be emptied at any time: at its ceiling it is (as
 * stem.c's: bounded and simple, not an LRU).
 */
#include <string.h>

#include "text_int.h"

/* Ceilings: 2^18 words is a year of news in two languages with their
 * clitic forms; about 48 bytes each, 12 MB when full. */
#define MAX_WORDS (1u << 18)
#define MAX_POOL ((size_t)1 << 24)
/* Room for 8k words before the first growth: the vocabulary of a few
 * hundred articles. */
#define FIRST_WORDS 8192u
#define FIRST_POOL ((size_t)FIRST_WORDS * 48)
/* rasd_wcent_blk promises 16 readable bytes past a block. */
#define POOL_SLACK 16

int rasd_wordcache_new(rasd_wordcache **out)
{
    rasd_wordcache *c = rasd_calloc(1, sizeof *c);
    *out = NULL;
    if (c == NULL)
        return RASD_ENOMEM;
    c->capslots = 2 * FIRST_WORDS;
    c->slots = rasd_calloc(c->capslots, sizeof *c->slots);
    c->cappool = FIRST_POOL;
    c->pool = rasd_malloc(c->cappool + POOL_SLACK);
    if (c->slots == NULL || c->pool == NULL) {
        rasd_wordcache_free(c);
        return RASD_ENOMEM;
    }
    memset(c->pool + c->cappool, 0, POOL_SLACK);
    *out = c;
    return 0;
}

void rasd_wordcache_free(rasd_wordcache *c)
{
    if (c == NULL)
        return;
    rasd_free(c->slots);
    rasd_free(c->pool);
    rasd_free(c);
}

/* Bytes of an entry: header, raw bytes and block, each padded to 8. */
static size_t entry_size(size_t nraw, size_t nblk)
{
    return sizeof(rasd_wcent) + ((nraw + 7u) & ~(size_t)7u) +
           ((nblk + 7u) & ~(size_t)7u);
}

/* Rebuilds the slots at twice the size, walking the pool. */
static int grow_slots(rasd_wordcache *c)
{
    uint32_t cap = c->capslots * 2;
    uint32_t *slots = rasd_calloc(cap, sizeof *slots);
    if (slots == NULL)
        return RASD_ENOMEM;
    for (size_t off = 0; off < c->npool;) {
        const rasd_wcent *e =
            (const rasd_wcent *)(const void *)(c->pool + off);
        uint32_t i = e->hash & (cap - 1);
        while (slots[i] != 0)
            i = (i + 1) & (cap - 1);
        slots[i] = (uint32_t)(off / 8 + 1);
        off += entry_size(e->nraw, e->nblk);
    }
    rasd_free(c->slots);
    c->slots = slots;
    c->capslots = cap;
    return 0;
}

/* Empties the cache (the ceiling is reached); keeps its memory. */
static void clear(rasd_wordcache *c)
{
    memset(c->slots, 0, c->capslots * sizeof *c->slots);
    c->n = 0;
    c->npool = 0;
}

int rasd_wordcache_add(rasd_wordcache *c, const char *z, const rasd_wcent *hdr,
                       const char *blk)
{
    size_t size = entry_size(hdr->nraw, hdr->nblk);
    if (c->n >= MAX_WORDS || c->npool + size > MAX_POOL)
        clear(c);
    if (c->npool + size > c->cappool) {
        size_t cap = c->cappool * 2;
        while (cap < c->npool + size)
            cap *= 2;
        char *p = rasd_realloc(c->pool, cap + POOL_SLACK);
        if (p == NULL)
            return RASD_ENOMEM;
        c->pool = p;
        c->cappool = cap;
        memset(c->pool + cap, 0, POOL_SLACK);
    }
    if ((size_t)(c->n + 1) * 2 > c->capslots && grow_slots(c) < 0)
        return RASD_ENOMEM;
    char *p = c->pool + c->npool;
    memset(p, 0, size);
    memcpy(p, hdr, sizeof *hdr);
    memcpy(p + sizeof *hdr, z, hdr->nraw);
    memcpy(p + sizeof *hdr + ((hdr->nraw + 7u) & ~7u), blk, hdr->nblk);
    uint32_t mask = c->capslots - 1;
    uint32_t i = hdr->hash & mask;
    while (c->slots[i] != 0)
        i = (i + 1) & mask;
    c->slots[i] = (uint32_t)(c->npool / 8 + 1);
    c->npool += size;
    c->n++;
    return 0;
}
