/* lex_int.h - private declarations of the lexicon module: the lexicon
 * object shared by the loader (lexicon.c), the token trie (trie.c) and the
 * matcher (match.c), one section per file.
 */
#ifndef RASD_LEX_INT_H
#define RASD_LEX_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "rasd/arena.h"
#include "rasd/lexicon.h"
#include "rasd/rasd.h"
#include "rasd/text.h"

/* Ceilings (every growable table has one, STYLE.md "Memory ownership").
 * A GeoNames extract of the whole Middle East is ~10^5 places with a few
 * aliases each; these leave two orders of magnitude of headroom. */
#define LEX_MAX_ENTRIES (1u << 24)  /* entries */
#define LEX_MAX_NODES (1u << 26)    /* trie nodes */
#define LEX_MAX_KEYS ((size_t)1 << 30) /* bytes of edge keys */
#define LEX_MAX_ALIAS_TOKENS 32     /* keys in one alias: bounds the walk */
#define LEX_MAX_FILE ((size_t)1 << 30) /* bytes in one data file */
#define LEX_MAX_WARNINGS 20000      /* lines kept; the rest are counted */

/* --- trie.c: the token trie -------------------------------------------
 *
 * Keys are interned: each distinct key string gets an id (1, 2, ...) in a
 * key table hashed on its bytes.  Nodes are numbered; node 0 is the root.
 * An edge is (parent node, key id) -> child, found through one
 * open-addressing table of edges hashed on the two integers; a slot holds
 * all three, so a probe compares integers in one cache line and never
 * touches key bytes.  The matcher maps a text reading to its key id once
 * (and caches it per word, match.c); a reading that is no key at all can
 * start or continue no walk and is dropped there.
 *
 *   aliases "قاعدة عين الأسد", "عين الأسد", "عين"  (keys: قاعده عين اسد)
 *
 *   key table:  قاعده -> 1   عين -> 2   اسد -> 3
 *
 *        [0 root]
 *        /       \
 *     1 [1]       2 [4]*  ------ edges live in one hash table:
 *        |          |             slot(h(0,1)) -> {0, 1, 1}
 *     2 [2]       3 [5]*          slot(h(1,2)) -> {1, 2, 2}
 *        |                        slot(h(2,3)) -> {2, 3, 3}
 *     3 [3]*                      slot(h(0,2)) -> {0, 2, 4} ...
 *
 *   * = accepting: the node lists the entries whose alias ends there.
 *
 * lex_trie_finish then derives what the matcher reads for every token,
 * small and side by side so that it stays in cache between articles:
 * kroot (the root's child along each key id: a walk's first step),
 * nflags (each node's flags, and whether it has children), bloom (a
 * filter of the edges below the root: most steps fail), accidx/accx
 * (each node's accepts, 4 bytes each) and cfilt (each node's children as
 * a small filter, which the word cache's summaries keep).
 */

/* Node flags, summarising its accept list for the scanner. */
#define NODE_PLAIN 0x01     /* a non-ambiguous alias ends here */
#define NODE_AMB 0x02       /* an ambiguous ("?") alias ends here */
#define NODE_CUE 0x04       /* a non-ambiguous place_cue alias ends here */
#define NODE_PLACE 0x08     /* a non-ambiguous place alias ends here */
#define NODE_AMB_PLACE 0x10 /* an ambiguous place alias ends here */
#define NODE_INNER 0x20     /* has children: a walk may go on (trie.nflags
                               only) */

/* What lex_trie_finish needs to know of each entry. */
#define ENTRY_CUE 0x01   /* a cue of kind place_cue */
#define ENTRY_PLACE 0x02 /* a place */

typedef struct lex_node {
    uint32_t parent; /* node id of the parent (root: 0) */
    uint32_t kid;    /* key id of the edge into this node */
    uint32_t acc;    /* first accept: list head while loading, index into
                        trie.acc after lex_trie_finish */
    uint32_t nacc;   /* accepts of this node (after finish) */
    uint8_t flags;   /* NODE_* */
    uint8_t depth;   /* keys from the root */
} lex_node;

/* One alias reaching one entry. */
typedef struct lex_accept {
    uint32_t entry; /* index into lx->entries */
    uint32_t next;  /* next accept of the same node while loading (0 = end,
                       index + 1) */
    uint32_t file;  /* index into lx->files where the alias was given */
    uint32_t line;  /* and its line */
    uint8_t amb;    /* 1 when every occurrence was marked "?" */
    uint8_t caps;   /* 1 when every occurrence was marked "=": the text
                       must write it in capitals ("=US", not "us") */
} lex_accept;

/* A packed accept (trie.accx): entry index, ambiguous, place. */
#define ACCX(entry, amb, place, caps)                                         \
    ((entry) << 3 | (uint32_t)(caps) << 2 | (uint32_t)(amb) << 1 | (place))
#define ACCX_ENTRY(x) ((x) >> 3)
#define ACCX_CAPS(x) (((x) >> 2) & 1u)
#define ACCX_AMB(x) (((x) >> 1) & 1u)
#define ACCX_PLACE(x) ((x) & 1u)
_Static_assert(LEX_MAX_ENTRIES <= (1u << 30), "entries fit in ACCX");

/* One interned key. */
typedef struct lex_key {
    uint32_t off;  /* of its bytes in trie.keys */
    uint32_t hash; /* lex_key_hash of them */
    uint32_t n;    /* their length */
} lex_key;

/* One edge of the table: the whole edge in 12 bytes, so that a probe
 * reads one cache line and compares integers only. */
typedef struct lex_slot {
    uint32_t parent; /* node id */
    uint32_t kid;    /* key id */
    uint32_t child;  /* node id, 0 = empty slot */
} lex_slot;

typedef struct lex_trie {
    lex_node *nodes;   /* nnodes of them, nodes[0] is the root */
    uint32_t nnodes, capnodes;
    lex_slot *slots;   /* the edges; capslots a power of two */
    uint32_t capslots;
    lex_key *kinfo;    /* nkid of them; kinfo[0] unused (0 = no key) */
    uint32_t nkid, capkid;
    uint32_t *kslots;  /* the key table: key id, 0 = empty; a power of
                          two, capkslots of them */
    uint32_t capkslots;
    uint32_t *kroot;   /* nkid of them: the root's child along each key
                          id, 0 = none (set by lex_trie_finish) */
    uint64_t *bloom;   /* the edges below the root, as bits: see
                          lex_trie_walk_step (set by finish) */
    uint32_t bloommask; /* its words less one, a power of two less one */
    uint64_t *cfilt;   /* nnodes (set by finish): each node's children as
                          a small filter of their key ids (lex_kid_bits),
                          for the word cache's summary of a walk's first
                          step (match.c, first_summary) */
    uint8_t *nflags;   /* nnodes of them: each node's flags and
                          NODE_INNER, side by side (set by finish): the
                          walk reads them for every node it reaches, and
                          51k bytes stay in cache where 51k nodes do not */
    char *keys;        /* bytes of the interned keys, back to back */
    size_t nkeys, capkeys;
    lex_accept *acc;   /* nacc of them */
    uint32_t nacc, capacc;
    uint32_t *accidx;  /* nnodes + 1 (set by finish): the accepts of node c
                          are accx[accidx[c] .. accidx[c + 1]) */
    uint32_t *accx;    /* nacc: what the matcher needs of each accept,
                          packed (ACCX_*) in 4 bytes where lex_accept
                          takes 24, beside its node's neighbours */
    uint32_t *acc1;    /* nnodes (set by finish): node c's only accept
                          (accx[accidx[c]]) when it has one, as most do,
                          else ACC1_MANY | accidx[c]: what the matcher
                          reads to take a match, one load where accidx
                          and accx were two misses */
    uint32_t maxdepth; /* longest alias, in keys */
} lex_trie;

#define ACC1_MANY (1u << 31) /* trie.acc1: none or several, see accidx */
_Static_assert(LEX_MAX_ENTRIES <= (1u << 27), "ACCX values are below ACC1_MANY");

/* Hash of a key, eight bytes at a time: the key table's (not stable
 * across versions: never store it).  The matcher hashes the readings of
 * each new word and every digit and punctuation token with it, hence
 * inline. */
static inline uint32_t lex_key_hash(const char *z, size_t n)
{
    /* Multiply-xorshift of each 64-bit word, then a final mix; FNV-1a
     * took a multiply per byte.  Most keys are under 16 bytes (an Arabic
     * letter takes two), so the tail matters: it is read as one
     * overlapping word, or as two overlapping halves, never byte by
     * byte. */
    uint64_t h = 0x9E3779B97F4A7C15ull ^ ((uint64_t)n << 8);
    uint64_t w;
    size_t i = 0;
    if (n >= 8) {
        for (; i + 8 <= n; i += 8) {
            memcpy(&w, z + i, 8);
            h = (h ^ w) * 0xff51afd7ed558ccdull;
            h ^= h >> 29;
        }
        if (i < n) { /* the last 8 bytes, overlapping the word before */
            memcpy(&w, z + n - 8, 8);
            h = (h ^ w) * 0xff51afd7ed558ccdull;
        }
    } else if (n >= 4) { /* z[0..4) and z[n-4..n), overlapping */
        uint32_t lo, hi;
        memcpy(&lo, z, 4);
        memcpy(&hi, z + n - 4, 4);
        h = (h ^ ((uint64_t)hi << 32 | lo)) * 0xff51afd7ed558ccdull;
    } else if (n > 0) { /* first, middle, last byte */
        w = (uint64_t)(unsigned char)z[0] |
            (uint64_t)(unsigned char)z[n / 2] << 8 |
            (uint64_t)(unsigned char)z[n - 1] << 16;
        h = (h ^ w) * 0xff51afd7ed558ccdull;
    }
    h ^= h >> 32;
    h *= 0xc4ceb9fe1a85ec53ull;
    return (uint32_t)(h >> 32);
}

int lex_trie_init(lex_trie *t);
void lex_trie_fini(lex_trie *t);
/* Id of the key z[0..n) (h = lex_key_hash(z, n)), or 0 when no alias has
 * that key. */
uint32_t lex_trie_key(const lex_trie *t, uint32_t h, const char *z,
                      size_t n);
/* Child of parent along key (hash h = lex_key_hash(key)), created when
 * absent.  Returns 0 and sets *child, or RASD_ENOMEM / RASD_ETOOBIG. */
int lex_trie_add_child(lex_trie *t, uint32_t parent, uint32_t h,
                       const char *key, size_t nkey, uint32_t *child);
/* Turns the accept lists into one contiguous range per node, in entry
 * order, sets node flags, and builds the matcher's arrays (kroot, bloom,
 * cfilt, nflags, accidx, accx); what[e] holds the ENTRY_* bits of entry e.
 * Returns 0 or RASD_ENOMEM (the trie unchanged). */
int lex_trie_finish(lex_trie *t, const uint8_t *what);

/* Slot of the edge (parent, kid) to start probing at: the two ids mixed
 * (murmur3 fmix), so that consecutive ids spread over the table. */
static inline uint32_t lex_edge_hash(uint32_t parent, uint32_t kid)
{
    uint32_t x = kid * 0xcc9e2d51u ^ parent * 0x9e3779b1u;
    x ^= x >> 16;
    x *= 0x85ebca6bu;
    x ^= x >> 13;
    x *= 0xc2b2ae35u;
    x ^= x >> 16;
    return x;
}

/* Child of parent along key id kid (x = lex_edge_hash(parent, kid)), or
 * 0. */
static inline uint32_t lex_trie_probe(const lex_trie *t, uint32_t parent,
                                      uint32_t kid, uint32_t x)
{
    uint32_t mask = t->capslots - 1;
    for (uint32_t i = x & mask;; i = (i + 1) & mask) {
        const lex_slot *sl = &t->slots[i];
        if (sl->child == 0)
            return 0;
        if (sl->parent == parent && sl->kid == kid)
            return sl->child;
    }
}

static inline uint32_t lex_trie_step(const lex_trie *t, uint32_t parent,
                                     uint32_t kid)
{
    return lex_trie_probe(t, parent, kid, lex_edge_hash(parent, kid));
}

/* The Bloom bits of an edge: three of the 64 bits of one word, from the
 * low 18 bits of its hash (the word comes from the high bits). */
static inline uint64_t lex_bloom_bits(uint32_t x)
{
    return (1ull << (x & 63)) | (1ull << ((x >> 6) & 63)) |
           (1ull << ((x >> 12) & 63));
}

/* The bits of key id kid in a node's child filter (trie.cfilt): two of
 * 64, from a multiplicative hash of the id.  Two bits: most nodes that a
 * walk's second step leaves have up to 16 children, where two bits a key
 * reject about five steps in six that lead nowhere. */
static inline uint64_t lex_kid_bits(uint32_t kid)
{
    uint32_t x = kid * 0x9E3779B1u;
    return (1ull << (x >> 26)) | (1ull << ((x >> 20) & 63));
}

/* lex_trie_step for a walk below the root, after lex_trie_finish.  Most
 * such steps fail, and the edge table (1.5 MB for 50k nodes) does not stay
 * in cache; the Bloom filter of the edges below the root (16 bits each,
 * one word per edge: under 1% false positives on the bench corpus) does,
 * and answers most of them without a probe. */
static inline uint32_t lex_trie_walk_step(const lex_trie *t, uint32_t parent,
                                          uint32_t kid)
{
    uint32_t x = lex_edge_hash(parent, kid);
    uint64_t bits = lex_bloom_bits(x);
    if ((t->bloom[(x >> 18) & t->bloommask] & bits) != bits)
        return 0;
    return lex_trie_probe(t, parent, kid, x);
}

/* --- match.c and lexicon.c: punctuation inside names ----------------- */

/* A connector is punctuation that joins the parts of one name, or that
 * news puts inside one: the hyphen of "K-1" and "al-Asad", the dots of
 * "U.S.", the slash of "Tower 22/T-4", the underscore and backquote of
 * transliterations, and quotes, which often wrap part of a name
 * («المقاومة الإسلامية» في العراق; the text layer folds « » “ ” to ").
 * (The apostrophe of "Kata'ib" stays inside the word token.)  Aliases
 * drop connectors from their key sequences and the scanner steps over
 * them, so "K-1", "K 1" and "K - 1" are one name.  Other punctuation
 * (commas, brackets, colons) is kept as a key: it must stand in the text
 * as in the alias, so in practice it ends a match. */
static inline int lex_tok_connector(const rasd_token *t)
{
    if (t->kind != RASD_TOK_PUNCT || t->nnorm != 1)
        return 0;
    switch (t->norm[0]) {
    case '-': case '\'': case '.': case '/': case '_': case '`': case '"':
        return 1;
    default:
        return 0;
    }
}

/* --- match.c: the matcher's word cache ------------------------------- */

/* Readings of the words seen so far, as key ids, and the scratch of a
 * scan; drawn in match.c.  Mutable state of a const lexicon, taken by one
 * scan at a time. */
typedef struct lex_cache lex_cache;

/* An empty cache (its tables come with the first scan).  Returns 0 or
 * RASD_ENOMEM (*out NULL). */
int lex_cache_new(lex_cache **out);
void lex_cache_free(lex_cache *c);
/* Takes c for one scan: 1 when it was free (and is now held), 0 when
 * another scan holds it.  lex_cache_give hands it back.  (Tests hold it to
 * run a scan the way a second thread would.) */
int lex_cache_take(lex_cache *c);
void lex_cache_give(lex_cache *c);

/* --- lexicon.c: the loader -------------------------------------------- */

struct rasd_lexicon {
    rasd_arena *strings;   /* names, attributes, file names: stable */
    rasd_arena *scratch;   /* tokens of one alias, reset per line */
    rasd_entry *entries;   /* nentries, in load order */
    uint32_t nentries, capentries;
    uint32_t *names;       /* name index: entry + 1 per slot, 0 empty */
    uint32_t capnames;     /* power of two */
    uint32_t *namehash;    /* per entry: hash of (class, name) */
    uint32_t count[RASD_CLASS__COUNT];
    const char **files;    /* every file loaded, in order */
    uint32_t nfiles, capfiles;
    char **warnings;       /* one line each, rasd_malloc'd */
    size_t nwarnings, capwarnings;
    size_t dropped;        /* warnings past LEX_MAX_WARNINGS */
    lex_trie trie;
    lex_cache *cache;      /* the matcher's (match.c); set by finish */
    int finished;          /* rasd_lexicon_finish ran; no more loading */
};

#endif
