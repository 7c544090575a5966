/* trie.c - the token trie of the lexicon: nodes, one open-addressing table
 * of edges keyed by (parent node, key hash), and per-node accept lists.
 *
 * Written by hand: no Debian library matches dictionaries token by token
 * over our own keys (GLib, libdatrie, Aho-Corasick packages work on bytes
 * or code points, and would need the keys re-encoded).  The structure is
 * drawn in lex_int.h.  One flat table instead of per-node child lists keeps
 * a lookup to one or two cache lines whatever the fan-out (the root has one
 * child per distinct first word of ~10^5 place names).
 */
#include <string.h>

#include "lex_int.h"

#define FIRST_NODES 1024u
#define FIRST_SLOTS 2048u

uint32_t lex_key_hash(const char *z, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)z[i];
        h *= 16777619u;
    }
    return h;
}

/* Combined hash of an edge: parent id and key hash, mixed (murmur3 fmix)
 * so that consecutive parent ids spread over the table. */
static uint32_t edge_hash(uint32_t parent, uint32_t h)
{
    uint32_t x = h ^ (parent * 0x9e3779b1u);
    x ^= x >> 16;
    x *= 0x85ebca6bu;
    x ^= x >> 13;
    x *= 0xc2b2ae35u;
    x ^= x >> 16;
    return x;
}

int lex_trie_init(lex_trie *t)
{
    memset(t, 0, sizeof *t);
    t->nodes = rasd_calloc(FIRST_NODES, sizeof *t->nodes);
    t->slots = rasd_calloc(FIRST_SLOTS, sizeof *t->slots);
    if (t->nodes == NULL || t->slots == NULL) {
        lex_trie_fini(t);
        return RASD_ENOMEM;
    }
    t->capnodes = FIRST_NODES;
    t->capslots = FIRST_SLOTS;
    t->nnodes = 1; /* the root, all zero */
    return 0;
}

void lex_trie_fini(lex_trie *t)
{
    rasd_free(t->nodes);
    rasd_free(t->slots);
    rasd_free(t->keys);
    rasd_free(t->acc);
    memset(t, 0, sizeof *t);
}

uint32_t lex_trie_child(const lex_trie *t, uint32_t parent, uint32_t h,
                        const char *key, size_t nkey)
{
    uint32_t tag = edge_hash(parent, h);
    uint32_t mask = t->capslots - 1;
    for (uint32_t i = tag & mask;; i = (i + 1) & mask) {
        uint32_t c = t->slots[i].child;
        if (c == 0)
            return 0;
        if (t->slots[i].tag != tag)
            continue;
        const lex_node *nd = &t->nodes[c];
        if (nd->parent == parent && nd->hash == h && nd->nkey == nkey &&
            memcmp(t->keys + nd->key, key, nkey) == 0)
            return c;
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
        uint32_t tag = edge_hash(t->nodes[c].parent, t->nodes[c].hash);
        uint32_t i = tag & (cap - 1);
        while (slots[i].child != 0)
            i = (i + 1) & (cap - 1);
        slots[i] = (lex_slot){c, tag};
    }
    rasd_free(t->slots);
    t->slots = slots;
    t->capslots = cap;
    return 0;
}

/* Makes room for one more node and nkey more key bytes. */
static int reserve(lex_trie *t, size_t nkey)
{
    if (t->nnodes >= LEX_MAX_NODES || t->nkeys + nkey > LEX_MAX_KEYS)
        return RASD_ETOOBIG;
    if (t->nnodes == t->capnodes) {
        uint32_t cap = t->capnodes * 2;
        lex_node *p = rasd_realloc(t->nodes, cap * sizeof *p);
        if (p == NULL)
            return RASD_ENOMEM;
        t->nodes = p;
        t->capnodes = cap;
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
    /* Keep the edge table at most 2/3 full. */
    if ((uint64_t)t->nnodes * 3 >= (uint64_t)t->capslots * 2)
        return grow_slots(t);
    return 0;
}

int lex_trie_add_child(lex_trie *t, uint32_t parent, uint32_t h,
                       const char *key, size_t nkey, uint32_t *child)
{
    uint32_t c = lex_trie_child(t, parent, h, key, nkey);
    if (c != 0) {
        *child = c;
        return 0;
    }
    if (nkey > UINT16_MAX)
        return RASD_ETOOBIG;
    int rc = reserve(t, nkey);
    if (rc < 0)
        return rc;
    c = t->nnodes++;
    lex_node *nd = &t->nodes[c];
    memset(nd, 0, sizeof *nd);
    nd->parent = parent;
    nd->hash = h;
    nd->key = (uint32_t)t->nkeys;
    nd->nkey = (uint16_t)nkey;
    nd->depth = (uint8_t)(t->nodes[parent].depth + 1);
    if (nd->depth > t->maxdepth)
        t->maxdepth = nd->depth;
    memcpy(t->keys + t->nkeys, key, nkey);
    t->nkeys += nkey;
    uint32_t tag = edge_hash(parent, h);
    uint32_t mask = t->capslots - 1;
    uint32_t i = tag & mask;
    while (t->slots[i].child != 0)
        i = (i + 1) & mask;
    t->slots[i] = (lex_slot){c, tag};
    *child = c;
    return 0;
}

int lex_trie_finish(lex_trie *t, const uint8_t *what)
{
    lex_accept *flat = NULL;
    uint32_t pos = 0;
    if (t->nacc > 0) {
        flat = rasd_malloc((size_t)t->nacc * sizeof *flat);
        if (flat == NULL)
            return RASD_ENOMEM;
    }
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
    }
    rasd_free(t->acc);
    t->acc = flat;
    t->capacc = t->nacc;
    return 0;
}
