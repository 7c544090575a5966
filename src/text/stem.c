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
 *   slots [ . t|3 . . t|1 . t|2 . ]   uint32: tag << 21 | entry + 1, 0 =
 *                |      |     |       empty (open addressing, at most half
 *                |      |     |       full); tag: 11 more bits of the hash
 *   blocks -> [ e0 e1 e2 e3 ... e4095 ] [ e4096 ... ]   32 bytes each, in
 *                                                       insertion order
 *   entry: kind nword nstem "word\0stem\0" (28 bytes), or a pointer to
 *          them in a chunk of strings for the few that do not fit
 *
 * The tag spares reading the entry of another word; the entry holds the
 * strings, so a hit reads two lines where the slot, entry and string
 * chunk were three dependent loads.  Misses to L3 are what the lookup
 * costs (the article's analysis runs between two of its stem lookups), so
 * both are small: 2^15 slots (128 KiB) and 2^14 entries (512 KiB) hold a
 * corpus vocabulary, frequent words first.  Entries sit in blocks that
 * never move, so the stems returned stay put while the cache grows.
 */
#include <libstemmer.h>
#include <string.h>

#include "text_int.h"

#define MAX_ENTRIES (1u << 20)
#define MAX_WORD RASD_STEM_MAX_WORD
/* Slots for 2^14 words before the first growth: a news stream reaches
 * that in its first megabytes. */
#define FIRST_SLOTS (1u << 15)
/* A slot: the tag above this bit, the entry index + 1 (<= MAX_ENTRIES)
 * below. */
#define TAG_SHIFT 21
/* Entries are allocated in blocks of this many, and never move. */
#define BLOCK_BITS 12
#define BLOCK (1u << BLOCK_BITS)
#define NBLOCKS (MAX_ENTRIES / BLOCK)
/* Word, NUL, stem and NUL fit inside an entry up to this many bytes. */
#define INLINE 28
/* Longer strings are copied into chunks of this size (a word and its stem
 * take at most 2 * MAX_WORD + 2 bytes; Snowball's stems are never longer
 * than the word). */
#define STR_CHUNK (64u * 1024u)

typedef struct entry {
    uint8_t kind;      /* RASD_TOK_AR or RASD_TOK_LATIN */
    uint8_t nword;     /* <= MAX_WORD */
    uint16_t nstem;
    char in[INLINE];   /* word, NUL, stem, NUL when they fit; else a
                          pointer to the same in a chunk */
} entry;

typedef struct chunk {
    struct chunk *prev;
    char data[STR_CHUNK];
} chunk;

struct rasd_stemcache {
    struct sb_stemmer *ar, *en;
    uint32_t *slots;   /* see the top; a power of two */
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

/* Word, NUL, stem and NUL of e. */
static inline const char *entry_str(const entry *e)
{
    const char *p;
    if (e->nword + e->nstem + 2u <= INLINE)
        return e->in;
    memcpy(&p, e->in, sizeof p);
    return p;
}

/* The slot of entry index i of hash h. */
static inline uint32_t slot_of(size_t i, uint32_t h)
{
    return (h >> TAG_SHIFT << TAG_SHIFT) | (uint32_t)(i + 1);
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

/* Doubles the slots, hashing the entries' words again.  Returns 0 or
 * RASD_ENOMEM (the cache is unchanged then). */
static int grow(rasd_stemcache *c)
{
    size_t nslots = c->nslots * 2;
    uint32_t *slots = rasd_calloc(nslots, sizeof *slots);
    if (slots == NULL)
        return RASD_ENOMEM;
    for (size_t i = 0; i < c->n; i++) {
        const entry *e = entry_at(c, i);
        uint32_t h = hash_word(entry_str(e), e->nword, e->kind);
        size_t j = h & (nslots - 1);
        while (slots[j])
            j = (j + 1) & (nslots - 1);
        slots[j] = slot_of(i, h);
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
    char *w = e->in;
    if (n + ns + 2 > INLINE) {
        w = store(c, n + ns + 2);
        if (w == NULL)
            return norm;
        memcpy(e->in, &w, sizeof w);
    }
    memcpy(w, norm, n);
    w[n] = '\0';
    memcpy(w + n + 1, stem, ns);
    w[n + 1 + ns] = '\0';
    e->kind = (uint8_t)kind;
    e->nword = (uint8_t)n;
    e->nstem = (uint16_t)ns;
    size_t mask = c->nslots - 1;
    size_t j = h & mask;
    while (c->slots[j])
        j = (j + 1) & mask;
    c->slots[j] = slot_of(c->n, h);
    c->n++;
    *nstem = ns;
    return w + n + 1;
}

/* The entry of slot value v (not 0). */
static inline const entry *slot_entry(const rasd_stemcache *c, uint32_t v)
{
    return entry_at(c, (v & ((1u << TAG_SHIFT) - 1)) - 1);
}

/* The stem of norm[0..n) when the entry of slot value v holds it, else
 * NULL. */
static inline const char *stem_in(const rasd_stemcache *c, uint32_t v,
                                  const char *norm, size_t n, int kind,
                                  size_t *nstem)
{
    const entry *e = slot_entry(c, v);
    const char *w = entry_str(e);
    if (e->nword != n || e->kind != kind || !rasd_bytes_same(w, norm, n))
        return NULL;
    *nstem = e->nstem;
    return w + n + 1;
}

/* The lookup past the first slot (a collision or a new word): the probe
 * goes on from slot j; out of line, so that the common case, a hit at the
 * first slot, takes few registers. */
__attribute__((noinline)) static const char *
stem_probe(rasd_stemcache *c, const char *norm, size_t n, int kind,
           uint32_t h, size_t j, size_t *nstem)
{
    size_t mask = c->nslots - 1;
    uint32_t tag = h >> TAG_SHIFT;
    for (;; j = (j + 1) & mask) {
        uint32_t v = c->slots[j];
        if (v == 0)
            break;
        if (v >> TAG_SHIFT != tag)
            continue;
        const char *st = stem_in(c, v, norm, n, kind, nstem);
        if (st != NULL)
            return st;
    }
    return stem_miss(c, norm, n, kind, h, nstem);
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
    size_t j = h & (c->nslots - 1);
    uint32_t v = c->slots[j];
    if (v != 0 && v >> TAG_SHIFT == h >> TAG_SHIFT) {
        const char *st = stem_in(c, v, norm, n, kind, nstem);
        if (st != NULL)
            return st;
    }
    return stem_probe(c, norm, n, kind, h, j, nstem);
}
