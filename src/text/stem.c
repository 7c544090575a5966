/* stem.c - Snowball stems (libstemmer: Arabic and English) behind a cache.
 *
 * Snowball's Arabic stemmer runs at about 35 MB/s; words in news follow
 * Zipf's law, so a cache keyed by the normalised word makes the cost per
 * distinct word instead of per token.  The cache is a mutable part of a
 * const rasd_text_res: one res per thread.  When it holds MAX_ENTRIES it is
 * emptied and starts again (a ceiling, not an LRU: simple and bounded).
 */
#include <libstemmer.h>
#include <string.h>

#include "text_int.h"

#define MAX_ENTRIES (1u << 20)
#define MAX_WORD 240

typedef struct slot {
    uint64_t hash; /* 0 = empty */
    char *word;    /* word, NUL, stem, NUL (one allocation) */
    uint32_t nword, nstem;
} slot;

struct rasd_stemcache {
    struct sb_stemmer *ar, *en;
    slot *slots;
    size_t cap, used;
};

static uint64_t hash_bytes(const char *z, size_t n)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)z[i];
        h *= 1099511628211ull;
    }
    return h ? h : 1;
}

int rasd_stemcache_new(rasd_stemcache **out)
{
    rasd_stemcache *c = rasd_calloc(1, sizeof *c);
    *out = NULL;
    if (c == NULL)
        return RASD_ENOMEM;
    c->ar = sb_stemmer_new("arabic", "UTF_8");
    c->en = sb_stemmer_new("english", "UTF_8");
    c->cap = 4096;
    c->slots = rasd_calloc(c->cap, sizeof *c->slots);
    if (c->ar == NULL || c->en == NULL || c->slots == NULL) {
        rasd_stemcache_free(c);
        return RASD_ENOMEM;
    }
    *out = c;
    return 0;
}

static void clear(rasd_stemcache *c)
{
    for (size_t i = 0; i < c->cap; i++) {
        rasd_free(c->slots[i].word);
        c->slots[i].word = NULL;
        c->slots[i].hash = 0;
    }
    c->used = 0;
}

void rasd_stemcache_free(rasd_stemcache *c)
{
    if (c == NULL)
        return;
    if (c->slots)
        clear(c);
    rasd_free(c->slots);
    if (c->ar)
        sb_stemmer_delete(c->ar);
    if (c->en)
        sb_stemmer_delete(c->en);
    rasd_free(c);
}

static int grow(rasd_stemcache *c)
{
    size_t cap = c->cap * 2;
    slot *s = rasd_calloc(cap, sizeof *s);
    if (s == NULL)
        return RASD_ENOMEM;
    for (size_t i = 0; i < c->cap; i++) {
        if (!c->slots[i].hash)
            continue;
        size_t j = c->slots[i].hash & (cap - 1);
        while (s[j].hash)
            j = (j + 1) & (cap - 1);
        s[j] = c->slots[i];
    }
    rasd_free(c->slots);
    c->slots = s;
    c->cap = cap;
    return 0;
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
    uint64_t h = hash_bytes(norm, n) ^ (uint64_t)kind;
    h = h ? h : 1;
    size_t j = h & (c->cap - 1);
    while (c->slots[j].hash) {
        slot *s = &c->slots[j];
        if (s->hash == h && s->nword == n && !memcmp(s->word, norm, n)) {
            *nstem = s->nstem;
            return s->word + s->nword + 1;
        }
        j = (j + 1) & (c->cap - 1);
    }
    struct sb_stemmer *st = kind == RASD_TOK_AR ? c->ar : c->en;
    const sb_symbol *stem = sb_stemmer_stem(st, (const sb_symbol *)norm,
                                            (int)n);
    if (stem == NULL) {
        *nstem = n;
        return norm;
    }
    size_t ns = (size_t)sb_stemmer_length(st);
    if (c->used >= MAX_ENTRIES)
        clear(c);
    if ((c->used + 1) * 2 > c->cap) {
        if (grow(c) < 0) {
            *nstem = n;
            return norm;
        }
        j = h & (c->cap - 1);
        while (c->slots[j].hash)
            j = (j + 1) & (c->cap - 1);
    }
    char *w = rasd_malloc(n + ns + 2);
    if (w == NULL) {
        *nstem = n;
        return norm;
    }
    memcpy(w, norm, n);
    w[n] = '\0';
    memcpy(w + n + 1, stem, ns);
    w[n + 1 + ns] = '\0';
    c->slots[j].hash = h;
    c->slots[j].word = w;
    c->slots[j].nword = (uint32_t)n;
    c->slots[j].nstem = (uint32_t)ns;
    c->used++;
    *nstem = ns;
    return w + n + 1;
}
