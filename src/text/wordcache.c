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
#include <stdatomic.h>
#include <string.h>

#include "text_int.h"

/* The last rasd_wordcache.gen handed out: unique in the process, so that
 * ids of two caches (two threads' rasd_text_res) or of two fillings of
 * one never pass for each other. */
static atomic_uint_least64_t last_gen;

static uint64_t new_gen(void)
{
    return (uint64_t)atomic_fetch_add(&last_gen, 1) + 1;
}

/* Ceilings: 2^18 words is a year of news in two languages with their
 * clitic forms; about 44 bytes each, 12 MB when full.  The pool stays
 * below 2^22 units of 4 bytes (the slots' offsets). */
#define MAX_WORDS (1u << 18)
#define MAX_POOL (((size_t)1 << (RASD_WORDCACHE_TAG_SHIFT + 2)) - 4096)
/* Room for 8k words before the first growth: the vocabulary of a few
 * hundred articles. */
#define FIRST_WORDS 8192u
#define FIRST_POOL ((size_t)FIRST_WORDS * 48)
/* rasd_wcent_blk promises 32 readable bytes from a block's start and 16
 * past its end. */
#define POOL_SLACK 32

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
    c->gen = new_gen();
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

/* The bytes after the header of an entry (raw and tail). */
static size_t body_size(const rasd_wcent *e)
{
    return e->flags & RASD_WCENT_SAME ? e->nblk : (size_t)e->nraw + e->nblk;
}

/* Bytes of an entry, padded to 4. */
static size_t entry_size(const rasd_wcent *e)
{
    return (sizeof *e + body_size(e) + 3u) & ~(size_t)3u;
}

/* The slot value of the entry at pool offset off with hash h. */
static uint32_t slot_of(size_t off, uint32_t h)
{
    return (h >> RASD_WORDCACHE_TAG_SHIFT << RASD_WORDCACHE_TAG_SHIFT) |
           (uint32_t)(off / 4 + 1);
}

/* Puts slot value k of hash h into slots (cap of them, a power of two). */
static void slot_put(uint32_t *slots, uint32_t cap, uint32_t h, uint32_t k)
{
    uint32_t i = h & (cap - 1);
    while (slots[i] != 0)
        i = (i + 1) & (cap - 1);
    slots[i] = k;
}

/* Rebuilds the slots at twice the size, walking the pool (the hashes are
 * made again from the raw bytes). */
static int grow_slots(rasd_wordcache *c)
{
    uint32_t cap = c->capslots * 2;
    uint32_t *slots = rasd_calloc(cap, sizeof *slots);
    if (slots == NULL)
        return RASD_ENOMEM;
    for (size_t off = 0; off < c->npool;) {
        const rasd_wcent *e =
            (const rasd_wcent *)(const void *)(c->pool + off);
        uint32_t h = rasd_text_hash_ends(rasd_wcent_raw(e), e->nraw, 0);
        if (!(e->flags & RASD_WCENT_DEAD))
            slot_put(slots, cap, h, slot_of(off, h));
        off += entry_size(e);
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
    c->gen = new_gen();
}

uint32_t rasd_wordcache_add(rasd_wordcache *c, const char *z, uint32_t h,
                            const rasd_wcent *hdr, const char *blk,
                            const rasd_wcent *old)
{
    rasd_wcent e = *hdr;
    size_t n = e.nraw;
    /* old by its offset: growing the pool moves it */
    size_t oldoff = old ? (size_t)((const char *)old - c->pool) : 0;
    e.flags &= (uint8_t)~(RASD_WCENT_SAME | RASD_WCENT_DEAD);
    if (e.nnorm == n && memcmp(blk, z, n) == 0)
        e.flags |= RASD_WCENT_SAME;
    size_t size = entry_size(&e);
    if (c->n >= MAX_WORDS || c->npool + size > MAX_POOL) {
        clear(c);
        old = NULL;
    }
    if (c->npool + size > c->cappool) {
        size_t cap = c->cappool * 2;
        while (cap < c->npool + size)
            cap *= 2;
        char *p = rasd_realloc(c->pool, cap + POOL_SLACK);
        if (p == NULL)
            return RASD_WORD_NONE;
        c->pool = p;
        c->cappool = cap;
        memset(c->pool + cap, 0, POOL_SLACK);
    }
    if (old == NULL && (size_t)(c->n + 1) * 2 > c->capslots &&
        grow_slots(c) < 0)
        return RASD_WORD_NONE;
    /* old by its offset: the pool may have moved */
    e.wid = old ? ((const rasd_wcent *)(const void *)(c->pool + oldoff))->wid
                : RASD_WORD_BYTES + c->n; /* (ids below: single bytes) */
    char *p = c->pool + c->npool;
    memset(p, 0, size);
    memcpy(p, &e, sizeof e);
    memcpy(p + sizeof e, z, n);
    if (e.flags & RASD_WCENT_SAME) /* the block past the raw bytes */
        memcpy(p + sizeof e + n, blk + n, e.nblk - n);
    else
        memcpy(p + sizeof e + n, blk, e.nblk);
    if (old != NULL) {
        /* the new entry takes the old one's slot; the old one stays in
         * the pool, dead, until the cache is emptied */
        uint32_t mask = c->capslots - 1, k = slot_of(oldoff, h);
        uint32_t i = h & mask;
        while (c->slots[i] != k)
            i = (i + 1) & mask;
        c->slots[i] = slot_of(c->npool, h);
        ((rasd_wcent *)(void *)(c->pool + oldoff))->flags |=
            RASD_WCENT_DEAD;
    } else {
        slot_put(c->slots, c->capslots, h, slot_of(c->npool, h));
        c->n++;
    }
    c->npool += size;
    return e.wid;
}
