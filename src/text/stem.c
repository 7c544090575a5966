/* stem.c - Snowball stems (libstemmer: Arabic and English) behind a cache.
 *
 * Snowball's Arabic stemmer runs at about 35 MB/s; words in news follow
 * Zipf's law, so a cache keyed by the normalised word makes the cost per
 * distinct word instead of per token.  The cache is a mutable part of a
 * const rasd_text_res: one res per thread.  When it holds MAX_ENTRIES it is
 * emptied and starts again (a ceiling, not an LRU: simple and bounded).
 *
 * Every word token is looked up, so the lookup is what counts:
 *
 *   slots [ . 3 . . 1 . 2 . ]   uint32: entry + 1, 0 = empty (open addressing)
 *              |     |   |
 *   entries [ e0 e1 e2 e3 ]     16 bytes each, in insertion order
 *              |
 *   strings "word\0stem\0word\0stem\0..."   chunks, in insertion order
 *
 * Frequent words come first in a text, so their entries and strings sit
 * together in a few cache lines; a slot holds 4 bytes, so the index of a
 * real vocabulary (10^5 words, 2^18 slots, 1 MiB) stays in the L2 cache.
 * The word is hashed eight bytes at a time (rasd_text_hash), and 32 bits
 * of the hash are compared before the word is.
 */
#include <libstemmer.h>
#include <string.h>

#include "text_int.h"

#define MAX_ENTRIES (1u << 20)
#define MAX_WORD 240
/* Room for 10^4 words before the first growth: a news stream reaches that
 * in its first megabyte. */
#define FIRST_ENTRIES (1u << 14)
/* Strings are copied into chunks of this size (a word and its stem take
 * at most 2 * MAX_WORD + 2 bytes; Snowball's stems are never longer than
 * the word). */
#define STR_CHUNK (64u * 1024u)

typedef struct entry {
    const char *word; /* word, NUL, stem, NUL (in a chunk) */
    uint32_t hash;    /* hash_word() of word and kind */
    uint8_t kind;     /* RASD_TOK_AR or RASD_TOK_LATIN */
    uint8_t nword;    /* <= MAX_WORD */
    uint16_t nstem;
} entry;

typedef struct chunk {
    struct chunk *prev;
    char data[STR_CHUNK];
} chunk;

struct rasd_stemcache {
    struct sb_stemmer *ar, *en;
    uint32_t *slots;   /* entry index + 1, 0 = empty; a power of two */
    size_t nslots;
    entry *e;
    size_t n, cap;
    chunk *chunks;     /* the newest, linked to the older ones */
    size_t used;       /* bytes used of the newest chunk */
};

/* The hash of a word and its kind: rasd_text_hash (text_int.h), the
 * hash of a token's norm, and the kind in its low bits. */
static uint32_t hash_word(const char *z, size_t n, int kind)
{
    return rasd_text_hash(z, n) ^ (uint32_t)kind;
}

/* memcmp(a, b, n) == 0 without a libc call for a word of a few bytes. */
static int same_bytes(const char *a, const char *b, size_t n)
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x, y;
        memcpy(&x, a + i, 8);
        memcpy(&y, b + i, 8);
        if (x != y)
            return 0;
    }
    return rasd_text_tail8(a, n) == rasd_text_tail8(b, n);
}

static void free_chunks(rasd_stemcache *c)
{
    chunk *k = c->chunks;
    while (k) {
        chunk *prev = k->prev;
        rasd_free(k);
        k = prev;
    }
    c->chunks = NULL;
    c->used = 0;
}

int rasd_stemcache_new(rasd_stemcache **out)
{
    rasd_stemcache *c = rasd_calloc(1, sizeof *c);
    *out = NULL;
    if (c == NULL)
        return RASD_ENOMEM;
    c->ar = sb_stemmer_new("arabic", "UTF_8");
    c->en = sb_stemmer_new("english", "UTF_8");
    c->cap = FIRST_ENTRIES;
    c->e = rasd_malloc(c->cap * sizeof *c->e);
    c->nslots = 2 * (size_t)FIRST_ENTRIES;
    c->slots = rasd_calloc(c->nslots, sizeof *c->slots);
    if (c->ar == NULL || c->en == NULL || c->e == NULL || c->slots == NULL) {
        rasd_stemcache_free(c);
        return RASD_ENOMEM;
    }
    *out = c;
    return 0;
}

/* Empties the cache (at MAX_ENTRIES): every stem returned so far goes. */
static void clear(rasd_stemcache *c)
{
    memset(c->slots, 0, c->nslots * sizeof *c->slots);
    c->n = 0;
    free_chunks(c);
}

void rasd_stemcache_free(rasd_stemcache *c)
{
    if (c == NULL)
        return;
    free_chunks(c);
    rasd_free(c->slots);
    rasd_free(c->e);
    if (c->ar)
        sb_stemmer_delete(c->ar);
    if (c->en)
        sb_stemmer_delete(c->en);
    rasd_free(c);
}

/* Doubles the entries and the slots.  Returns 0 or RASD_ENOMEM (the cache
 * is unchanged then). */
static int grow(rasd_stemcache *c)
{
    size_t cap = c->cap * 2, nslots = c->nslots * 2;
    uint32_t *slots = rasd_calloc(nslots, sizeof *slots);
    entry *e = rasd_realloc(c->e, cap * sizeof *e);
    if (e != NULL)
        c->e = e;
    if (slots == NULL || e == NULL) {
        rasd_free(slots);
        return RASD_ENOMEM;
    }
    for (size_t i = 0; i < c->n; i++) {
        size_t j = c->e[i].hash & (nslots - 1);
        while (slots[j])
            j = (j + 1) & (nslots - 1);
        slots[j] = (uint32_t)i + 1;
    }
    rasd_free(c->slots);
    c->slots = slots;
    c->nslots = nslots;
    c->cap = cap;
    return 0;
}

/* Copies word and stem into the newest chunk; NULL when out of memory. */
static char *store(rasd_stemcache *c, const char *word, size_t n,
                   const char *stem, size_t ns)
{
    size_t need = n + ns + 2;
    if (c->chunks == NULL || STR_CHUNK - c->used < need) {
        chunk *k = rasd_malloc(sizeof *k);
        if (k == NULL)
            return NULL;
        k->prev = c->chunks;
        c->chunks = k;
        c->used = 0;
    }
    char *w = c->chunks->data + c->used;
    memcpy(w, word, n);
    w[n] = '\0';
    memcpy(w + n + 1, stem, ns);
    w[n + 1 + ns] = '\0';
    c->used += need;
    return w;
}

const char *rasd_text_stem(const rasd_text_res *res, const char *norm,
                           size_t n, int kind, size_t *nstem)
{
    rasd_stemcache *c = res ? res->stems : NULL;
    if (c == NULL || n == 0 || n > MAX_WORD ||
        (kind != RASD_TOK_AR && kind != RASD_TOK_LATIN)) {
        *nstem = n;
        return norm;
    }
    uint32_t h = hash_word(norm, n, kind);
    size_t mask = c->nslots - 1;
    size_t j = h & mask;
    for (uint32_t s = c->slots[j]; s != 0; s = c->slots[j]) {
        const entry *e = &c->e[s - 1];
        if (e->hash == h && e->nword == n && e->kind == kind &&
            same_bytes(e->word, norm, n)) {
            *nstem = e->nstem;
            return e->word + n + 1;
        }
        j = (j + 1) & mask;
    }
    /* A miss: Snowball, then remember the stem.  When that fails (out of
     * memory) the word is its own stem, as Snowball's buffer only lives
     * until its next call. */
    struct sb_stemmer *st = kind == RASD_TOK_AR ? c->ar : c->en;
    const sb_symbol *stem = sb_stemmer_stem(st, (const sb_symbol *)norm,
                                            (int)n);
    if (stem == NULL) {
        *nstem = n;
        return norm;
    }
    size_t ns = (size_t)sb_stemmer_length(st);
    if (ns > UINT16_MAX) { /* Snowball never lengthens a word */
        *nstem = n;
        return norm;
    }
    if (c->n >= MAX_ENTRIES)
        clear(c);
    if (c->n == c->cap) {
        if (grow(c) < 0) {
            *nstem = n;
            return norm;
        }
        mask = c->nslots - 1;
        j = h & mask;
        while (c->slots[j])
            j = (j + 1) & mask;
    }
    char *w = store(c, norm, n, (const char *)stem, ns);
    if (w == NULL) {
        *nstem = n;
        return norm;
    }
    c->e[c->n].word = w;
    c->e[c->n].hash = h;
    c->e[c->n].kind = (uint8_t)kind;
    c->e[c->n].nword = (uint8_t)n;
    c->e[c->n].nstem = (uint16_t)ns;
    c->slots[j] = (uint32_t)++c->n;
    *nstem = ns;
    return w + n + 1;
}
