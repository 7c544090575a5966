/* stem.c - Snowball stems (libstemmer: Arabic and English) behind a cache.
 *
 * Snowball's Arabic stemmer runs at about 35 MB/s; words in news follow
 * Zipf's law, so a cache keyed by the normalised word makes the cost per
 * distinct word instead of per token.  The cache is a mutable part of a
 * const rasd_text_res: one res per thread.  When it holds MAX_ENTRIES it is
 * emptied and starts again (a ceiling, not an LRU: simple and bounded).
 *
 * Every word token is looked up, so the lookup is what counts: a hash of
 * the word's first and last eight bytes (all of a word of up to 16 bytes,
 * most of them) and its length (rasd_text_hash_ends), then one slot and
 * one entry, the word and its stem inside the entry:
 *
 *   slots [ . h|3 . . h|1 . h|2 . ]   uint64: hash << 32 | entry + 1, 0 =
 *                |      |     |       empty (open addressing)
 *   blocks -> [ e0 e1 e2 e3 ... e4095 ] [ e4096 ... ]   32 bytes each, in
 *                                                       insertion order
 *   entry: hash kind nword nstem "word\0stem\0" (24 bytes), or a pointer
 *          to them in a chunk of strings for the few that do not fit
 *
 * The slot holds the hash, so a probe that meets another word reads no
 * entry; the entry holds the strings, so a hit reads two lines where the
 * slot, entry and string chunk were three dependent loads.  Entries sit
 * in blocks that never move, so the stems returned stay put while the
 * cache grows.  Frequent words come first in a text, so their entries
 * share a few lines; 2^15 slots (256 KiB) and 2^14 entries (512 KiB) hold
 * a corpus vocabulary.
 */
#include <libstemmer.h>
#include <string.h>

#include "text_int.h"

#define MAX_ENTRIES (1u << 20)
#define MAX_WORD 240
/* Slots for 2^14 words before the first growth: a news stream reaches
 * that in its first megabytes. */
#define FIRST_SLOTS (1u << 15)
/* Entries are allocated in blocks of this many, and never move. */
#define BLOCK_BITS 12
#define BLOCK (1u << BLOCK_BITS)
#define NBLOCKS (MAX_ENTRIES / BLOCK)
/* Word, NUL, stem and NUL fit inside an entry up to this many bytes. */
#define INLINE 24
/* Longer strings are copied into chunks of this size (a word and its stem
 * take at most 2 * MAX_WORD + 2 bytes; Snowball's stems are never longer
 * than the word). */
#define STR_CHUNK (64u * 1024u)

typedef struct entry {
    uint32_t hash;     /* hash_word() of word and kind */
    uint8_t kind;      /* RASD_TOK_AR or RASD_TOK_LATIN */
    uint8_t nword;     /* <= MAX_WORD */
    uint16_t nstem;
    union {
        char in[INLINE];   /* word, NUL, stem, NUL when they fit */
        const char *out;   /* else the same in a chunk */
    } str;
} entry;

typedef struct chunk {
    struct chunk *prev;
    char data[STR_CHUNK];
} chunk;

struct rasd_stemcache {
    struct sb_stemmer *ar, *en;
    uint64_t *slots;   /* hash << 32 | entry index + 1, 0 = empty; a power
                          of two, at most half full */
    size_t nslots;
    entry *blocks[NBLOCKS]; /* entry i is blocks[i >> BLOCK_BITS][i % BLOCK] */
    size_t n;
    chunk *chunks;     /* the newest, linked to the older ones */
    size_t used;       /* bytes used of the newest chunk */
};

/* The hash of a word and its kind (text_int.h). */
static inline uint32_t hash_word(const char *z, size_t n, int kind)
{
    return rasd_text_hash_ends(z, n, (uint64_t)kind << 48);
}

static inline entry *entry_at(const rasd_stemcache *c, size_t i)
{
    return &c->blocks[i >> BLOCK_BITS][i & (BLOCK - 1)];
}

static inline const char *entry_str(const entry *e)
{
    return e->nword + e->nstem + 2u <= INLINE ? e->str.in : e->str.out;
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
    c->nslots = FIRST_SLOTS;
    c->slots = rasd_calloc(c->nslots, sizeof *c->slots);
    if (c->ar == NULL || c->en == NULL || c->slots == NULL) {
        rasd_stemcache_free(c);
        return RASD_ENOMEM;
    }
    *out = c;
    return 0;
}

/* Empties the cache (at MAX_ENTRIES): every stem returned so far goes.
 * The blocks are kept for the entries to come. */
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
    for (size_t b = 0; b < NBLOCKS; b++)
        rasd_free(c->blocks[b]);
    if (c->ar)
        sb_stemmer_delete(c->ar);
    if (c->en)
        sb_stemmer_delete(c->en);
    rasd_free(c);
}

/* Doubles the slots, from the hashes they hold.  Returns 0 or
 * RASD_ENOMEM (the cache is unchanged then). */
static int grow(rasd_stemcache *c)
{
    size_t nslots = c->nslots * 2;
    uint64_t *slots = rasd_calloc(nslots, sizeof *slots);
    if (slots == NULL)
        return RASD_ENOMEM;
    for (size_t i = 0; i < c->nslots; i++) {
        uint64_t s = c->slots[i];
        if (s == 0)
            continue;
        size_t j = (s >> 32) & (nslots - 1);
        while (slots[j])
            j = (j + 1) & (nslots - 1);
        slots[j] = s;
    }
    rasd_free(c->slots);
    c->slots = slots;
    c->nslots = nslots;
    return 0;
}

/* need bytes for a word and its stem in the newest chunk; NULL when out
 * of memory. */
static char *store(rasd_stemcache *c, size_t need)
{
    if (c->chunks == NULL || STR_CHUNK - c->used < need) {
        chunk *k = rasd_malloc(sizeof *k);
        if (k == NULL)
            return NULL;
        k->prev = c->chunks;
        c->chunks = k;
        c->used = 0;
    }
    char *w = c->chunks->data + c->used;
    c->used += need;
    return w;
}

/* A miss: Snowball, then remember the stem.  When that fails (out of
 * memory) the word is its own stem, as Snowball's buffer only lives until
 * its next call.  Out of line: the lookup stays small. */
__attribute__((noinline)) static const char *
stem_miss(rasd_stemcache *c, const char *norm, size_t n, int kind,
          uint32_t h, size_t *nstem)
{
    struct sb_stemmer *st = kind == RASD_TOK_AR ? c->ar : c->en;
    const sb_symbol *stem = sb_stemmer_stem(st, (const sb_symbol *)norm,
                                            (int)n);
    *nstem = n;
    if (stem == NULL)
        return norm;
    size_t ns = (size_t)sb_stemmer_length(st);
    if (ns > UINT16_MAX) /* Snowball never lengthens a word */
        return norm;
    if (c->n >= MAX_ENTRIES)
        clear(c);
    if ((c->n + 1) * 2 > c->nslots && grow(c) < 0)
        return norm;
    size_t b = c->n >> BLOCK_BITS;
    if (c->blocks[b] == NULL) {
        c->blocks[b] = rasd_malloc(BLOCK * sizeof(entry));
        if (c->blocks[b] == NULL)
            return norm;
    }
    entry *e = entry_at(c, c->n);
    char *w = e->str.in;
    if (n + ns + 2 > INLINE) {
        w = store(c, n + ns + 2);
        if (w == NULL)
            return norm;
        e->str.out = w;
    }
    memcpy(w, norm, n);
    w[n] = '\0';
    memcpy(w + n + 1, stem, ns);
    w[n + 1 + ns] = '\0';
    e->hash = h;
    e->kind = (uint8_t)kind;
    e->nword = (uint8_t)n;
    e->nstem = (uint16_t)ns;
    size_t mask = c->nslots - 1;
    size_t j = h & mask;
    while (c->slots[j])
        j = (j + 1) & mask;
    c->slots[j] = (uint64_t)h << 32 | (uint64_t)(c->n + 1);
    c->n++;
    *nstem = ns;
    return w + n + 1;
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
    for (size_t j = h & mask;; j = (j + 1) & mask) {
        uint64_t s = c->slots[j];
        if (s == 0)
            break;
        if ((uint32_t)(s >> 32) != h)
            continue;
        const entry *e = entry_at(c, (size_t)(uint32_t)s - 1);
        const char *w = entry_str(e);
        if (e->nword == n && e->kind == kind && rasd_text_same(w, norm, n)) {
            *nstem = e->nstem;
            return w + n + 1;
        }
    }
    return stem_miss(c, norm, n, kind, h, nstem);
}
