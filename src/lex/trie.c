/* trie.c - the token trie of the lexicon: nodes, one open-addressing table
 * of edges keyed by (parent node, key hash), and per-node accept lists.
 *
 * Written by hand: no Debian library matches dictionaries token by token
 * over our own keys (GLib, libdatrie, Aho-Corasick packages work on bytes
 * or code points, and would need the keys re-encoded).  The structure is
 * drawn in lex_int.h.  One flat table instead of per-node child lists keeps
 * a lookup to one or two cache lines whatever the fan-out (the root has one
 * child per distinct first word of ~10^5 place names).  Keys are interned
 * so that the table holds whole edges as integers: the matcher turns a
 * text reading into a key id once per distinct word (match.c), and every
 * step after that is an integer probe.
 */
#include <string.h>

#include "lex_int.h"

#define FIRST_NODES 1024u
#define FIRST_SLOTS 2048u /* edges and keys: powers of two */

int lex_trie_init(lex_trie *t)
{
    memset(t, 0, sizeof *t);
    t->nodes = rasd_calloc(FIRST_NODES, sizeof *t->nodes);
    t->slots = rasd_calloc(FIRST_SLOTS, sizeof *t->slots);
    t->kinfo = rasd_calloc(FIRST_NODES, sizeof *t->kinfo);
    t->kslots = rasd_calloc(FIRST_SLOTS, sizeof *t->kslots);
    if (t->nodes == NULL || t->slots == NULL || t->kinfo == NULL ||
        t->kslots == NULL) {
        lex_trie_fini(t);
        return RASD_ENOMEM;
    }
    t->capnodes = FIRST_NODES;
    t->capslots = FIRST_SLOTS;
    t->capkid = FIRST_NODES;
    t->capkslots = FIRST_SLOTS;
    t->nnodes = 1; /* the root, all zero */
    t->nkid = 1;   /* key id 0 means "no key" */
    return 0;
}

void lex_trie_fini(lex_trie *t)
{
    rasd_free(t->nodes);
    rasd_free(t->slots);
    rasd_free(t->kinfo);
    rasd_free(t->kslots);
    rasd_free(t->kroot);
    rasd_free(t->bloom);
    rasd_free(t->cfilt);
    rasd_free(t->nflags);
    rasd_free(t->keys);
    rasd_free(t->acc);
    rasd_free(t->accidx);
    rasd_free(t->accx);
    rasd_free(t->acc1);
    memset(t, 0, sizeof *t);
}

uint32_t lex_trie_key(const lex_trie *t, uint32_t h, const char *z, size_t n)
{
    uint32_t mask = t->capkslots - 1;
    for (uint32_t i = h & mask;; i = (i + 1) & mask) {
        uint32_t kid = t->kslots[i];
        if (kid == 0)
            return 0;
        const lex_key *k = &t->kinfo[kid];
        if (k->hash == h && k->n == n && memcmp(t->keys + k->off, z, n) == 0)
            return kid;
    }
}

/* Doubles the edge table and re-inserts every node but the root. */
static int grow_slots(lex_trie *t)
{
    uint32_t cap = t->capslots * 2;
    lex_slot *slots = rasd_calloc(cap, sizeof *slots);
    if (slots == NULL)
        return RASD_ENOMEM;
    for (uint32_t c = 1; c < t->nnodes; c++) {
        const lex_node *nd = &t->nodes[c];
        uint32_t i = lex_edge_hash(nd->parent, nd->kid) & (cap - 1);
        while (slots[i].child != 0)
            i = (i + 1) & (cap - 1);
        slots[i] = (lex_slot){nd->parent, nd->kid, c};
    }
    rasd_free(t->slots);
    t->slots = slots;
    t->capslots = cap;
    return 0;
}

/* Doubles the key table and re-inserts every key. */
static int grow_kslots(lex_trie *t)
{
    uint32_t cap = t->capkslots * 2;
    uint32_t *kslots = rasd_calloc(cap, sizeof *kslots);
    if (kslots == NULL)
        return RASD_ENOMEM;
    for (uint32_t kid = 1; kid < t->nkid; kid++) {
        uint32_t i = t->kinfo[kid].hash & (cap - 1);
        while (kslots[i] != 0)
            i = (i + 1) & (cap - 1);
        kslots[i] = kid;
    }
    rasd_free(t->kslots);
    t->kslots = kslots;
    t->capkslots = cap;
    return 0;
}

/* Id of key (hash h), interned when new.  Returns 0 and sets *kid, or
 * RASD_ENOMEM / RASD_ETOOBIG. */
static int intern(lex_trie *t, uint32_t h, const char *key, size_t nkey,
                  uint32_t *kid)
{
    *kid = lex_trie_key(t, h, key, nkey);
    if (*kid != 0)
        return 0;
    /* No more keys than nodes: each new key comes with a new node. */
    if (t->nkid >= LEX_MAX_NODES || t->nkeys + nkey > LEX_MAX_KEYS)
        return RASD_ETOOBIG;
    if (t->nkid == t->capkid) {
        uint32_t cap = t->capkid * 2;
        lex_key *p = rasd_realloc(t->kinfo, cap * sizeof *p);
        if (p == NULL)
            return RASD_ENOMEM;
        t->kinfo = p;
        t->capkid = cap;
    }
    if (t->nkeys + nkey > t->capkeys) {
        size_t cap = t->capkeys ? t->capkeys : 4096;
        while (cap < t->nkeys + nkey)
            cap *= 2;
        char *p = rasd_realloc(t->keys, cap);
        if (p == NULL)
            return RASD_ENOMEM;
        t->keys = p;
        t->capkeys = cap;
    }
    /* Keep the key table at most 2/3 full. */
    if ((uint64_t)t->nkid * 3 >= (uint64_t)t->capkslots * 2) {
        int rc = grow_kslots(t);
        if (rc < 0)
            return rc;
    }
    uint32_t id = t->nkid++;
    t->kinfo[id] = (lex_key){(uint32_t)t->nkeys, h, (uint32_t)nkey};
    memcpy(t->keys + t->nkeys, key, nkey);
    t->nkeys += nkey;
    uint32_t mask = t->capkslots - 1;
    uint32_t i = h & mask;
    while (t->kslots[i] != 0)
        i = (i + 1) & mask;
    t->kslots[i] = id;
    *kid = id;
    return 0;
}

/* Makes room for one more node. */
static int reserve(lex_trie *t)
{
    if (t->nnodes >= LEX_MAX_NODES)
        return RASD_ETOOBIG;
    if (t->nnodes == t->capnodes) {
        uint32_t cap = t->capnodes * 2;
        lex_node *p = rasd_realloc(t->nodes, cap * sizeof *p);
        if (p == NULL)
            return RASD_ENOMEM;
        t->nodes = p;
        t->capnodes = cap;
    }
    /* Keep the edge table at most 2/3 full. */
    if ((uint64_t)t->nnodes * 3 >= (uint64_t)t->capslots * 2)
        return grow_slots(t);
    return 0;
}

int lex_trie_add_child(lex_trie *t, uint32_t parent, uint32_t h,
                       const char *key, size_t nkey, uint32_t *child)
{
    uint32_t kid;
    if (nkey > UINT16_MAX)
        return RASD_ETOOBIG;
    /* A key interned for an edge that then fails to be added stays: it
     * leads nowhere, so the matcher's walks are not changed by it. */
    int rc = intern(t, h, key, nkey, &kid);
    if (rc < 0)
        return rc;
    uint32_t c = lex_trie_step(t, parent, kid);
    if (c != 0) {
        *child = c;
        return 0;
    }
    rc = reserve(t);
    if (rc < 0)
        return rc;
    c = t->nnodes++;
    lex_node *nd = &t->nodes[c];
    memset(nd, 0, sizeof *nd);
    nd->parent = parent;
    nd->kid = kid;
    nd->depth = (uint8_t)(t->nodes[parent].depth + 1);
    if (nd->depth > t->maxdepth)
        t->maxdepth = nd->depth;
    uint32_t mask = t->capslots - 1;
    uint32_t i = lex_edge_hash(parent, kid) & mask;
    while (t->slots[i].child != 0)
        i = (i + 1) & mask;
    t->slots[i] = (lex_slot){parent, kid, c};
    *child = c;
    return 0;
}

int lex_trie_finish(lex_trie *t, const uint8_t *what)
{
    lex_accept *flat = NULL;
    uint32_t pos = 0;
    /* Bloom words: a power of two, at least a quarter of the edges below
     * the root (16 bits an edge) */
    uint32_t ninner = 0, nbloom = 64;
    for (uint32_t c = 1; c < t->nnodes; c++)
        ninner += t->nodes[c].parent != 0;
    while (nbloom < ninner / 4)
        nbloom *= 2;
    uint32_t *kroot = rasd_calloc(t->nkid, sizeof *kroot);
    uint8_t *nflags = rasd_calloc(t->nnodes, 1);
    uint64_t *bloom = rasd_calloc(nbloom, sizeof *bloom);
    uint64_t *cfilt = rasd_calloc(t->nnodes, sizeof *cfilt);
    uint32_t *accidx = rasd_calloc((size_t)t->nnodes + 1, sizeof *accidx);
    uint32_t *accx = rasd_malloc(((size_t)t->nacc + 1) * sizeof *accx);
    uint32_t *acc1 = rasd_malloc((size_t)t->nnodes * sizeof *acc1);
    if (t->nacc > 0)
        flat = rasd_malloc((size_t)t->nacc * sizeof *flat);
    if (kroot == NULL || nflags == NULL || bloom == NULL || cfilt == NULL ||
        accidx == NULL || accx == NULL || acc1 == NULL ||
        (t->nacc > 0 && flat == NULL)) {
        rasd_free(acc1);
        rasd_free(kroot);
        rasd_free(nflags);
        rasd_free(bloom);
        rasd_free(cfilt);
        rasd_free(accidx);
        rasd_free(accx);
        rasd_free(flat);
        return RASD_ENOMEM;
    }
    /* Every walk starts at the root: its children by key id, so that the
     * first step is an array read instead of a probe.  Three nodes in four
     * are leaves: the walk probes no edge from them. */
    for (uint32_t c = 1; c < t->nnodes; c++) {
        const lex_node *nd = &t->nodes[c];
        if (nd->parent == 0) {
            kroot[nd->kid] = c;
        } else {
            uint32_t x = lex_edge_hash(nd->parent, nd->kid);
            bloom[(x >> 18) & (nbloom - 1)] |= lex_bloom_bits(x);
        }
        nflags[nd->parent] = NODE_INNER;
        cfilt[nd->parent] |= lex_kid_bits(nd->kid);
    }
    rasd_free(t->kroot);
    t->kroot = kroot;
    rasd_free(t->bloom);
    t->bloom = bloom;
    t->bloommask = nbloom - 1;
    rasd_free(t->cfilt);
    t->cfilt = cfilt;
    for (uint32_t c = 1; c < t->nnodes; c++) {
        lex_node *nd = &t->nodes[c];
        uint32_t first = pos;
        uint8_t flags = 0;
        for (uint32_t a = nd->acc; a != 0; a = t->acc[a - 1].next) {
            lex_accept x = t->acc[a - 1];
            x.next = 0;
            /* Insertion sort by entry: lists are short and were built
             * newest first. */
            uint32_t j = pos++;
            while (j > first && flat[j - 1].entry > x.entry) {
                flat[j] = flat[j - 1];
                j--;
            }
            flat[j] = x;
            if (x.amb) {
                flags |= NODE_AMB;
                if (what[x.entry] & ENTRY_PLACE)
                    flags |= NODE_AMB_PLACE;
            } else {
                flags |= NODE_PLAIN;
                if (what[x.entry] & ENTRY_CUE)
                    flags |= NODE_CUE;
                if (what[x.entry] & ENTRY_PLACE)
                    flags |= NODE_PLACE;
            }
        }
        nd->acc = first;
        nd->nacc = pos - first;
        nd->flags = flags;
        nflags[c] |= flags;
        accidx[c] = first;
        for (uint32_t a = first; a < pos; a++)
            accx[a] = ACCX(flat[a].entry, flat[a].amb != 0,
                           (what[flat[a].entry] & ENTRY_PLACE) != 0,
                           flat[a].caps != 0);
        acc1[c] = pos - first == 1 ? accx[first] : ACC1_MANY | first;
    }
    acc1[0] = ACC1_MANY; /* the root accepts nothing */
    /* node c's accepts end where node c + 1's begin (the root has none) */
    accidx[t->nnodes] = pos;
    rasd_free(t->accidx);
    t->accidx = accidx;
    rasd_free(t->accx);
    t->accx = accx;
    rasd_free(t->acc1);
    t->acc1 = acc1;
    rasd_free(t->nflags);
    t->nflags = nflags;
    rasd_free(t->acc);
    t->acc = flat;
    t->capacc = t->nacc;
    return 0;
}
