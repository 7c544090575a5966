/* lex_int.h - private declarations of the lexicon module: the lexicon
 * object shared by the loader (lexicon.c), the token trie (trie.c) and the
 * matcher (match.c), one section per file.
 */
#ifndef RASD_LEX_INT_H
#define RASD_LEX_INT_H

#include <stddef.h>
#include <stdint.h>

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
 * Nodes are numbered; node 0 is the root.  An edge is (parent, key) ->
 * child, found through one open-addressing table of child ids hashed on
 * (parent id, hash of the key).  Each node stores the key of the edge that
 * enters it, so a probe is confirmed by comparing parent, hash and bytes.
 *
 *   aliases "قاعدة عين الأسد", "عين الأسد", "عين"  (keys: قاعده عين اسد)
 *
 *        [0 root]
 *        /       \
 *   قاعده [1]    عين [4]*  ------ edges live in one hash table:
 *        |          |              slot(h(0,"قاعده")) -> 1
 *    عين [2]     اسد [5]*          slot(h(1,"عين"))   -> 2
 *        |                         slot(h(2,"اسد"))   -> 3
 *    اسد [3]*                      slot(h(0,"عين"))   -> 4 ...
 *
 *   * = accepting: the node lists the entries whose alias ends there.
 */

/* Node flags, summarising its accept list for the scanner. */
#define NODE_PLAIN 0x01     /* a non-ambiguous alias ends here */
#define NODE_AMB 0x02       /* an ambiguous ("?") alias ends here */
#define NODE_CUE 0x04       /* a non-ambiguous place_cue alias ends here */
#define NODE_PLACE 0x08     /* a non-ambiguous place alias ends here */
#define NODE_AMB_PLACE 0x10 /* an ambiguous place alias ends here */

/* What lex_trie_finish needs to know of each entry. */
#define ENTRY_CUE 0x01   /* a cue of kind place_cue */
#define ENTRY_PLACE 0x02 /* a place */

typedef struct lex_node {
    uint32_t parent; /* node id of the parent (root: 0) */
    uint32_t hash;   /* hash of the key on the edge into this node */
    uint32_t key;    /* offset of that key in trie.keys */
    uint16_t nkey;   /* its length in bytes */
    uint8_t flags;   /* NODE_* */
    uint8_t depth;   /* keys from the root */
    uint32_t acc;    /* first accept: list head while loading, index into
                        trie.acc after lex_trie_finish */
    uint32_t nacc;   /* accepts of this node (after finish) */
} lex_node;

/* One alias reaching one entry. */
typedef struct lex_accept {
    uint32_t entry; /* index into lx->entries */
    uint32_t next;  /* next accept of the same node while loading (0 = end,
                       index + 1) */
    uint32_t file;  /* index into lx->files where the alias was given */
    uint32_t line;  /* and its line */
    uint8_t amb;    /* 1 when every occurrence was marked "?" */
} lex_accept;

/* One edge of the table: child and tag side by side, so that a probe
 * reads one cache line. */
typedef struct lex_slot {
    uint32_t child; /* node id, 0 = empty */
    uint32_t tag;   /* combined hash of (parent, key): skips most misses */
} lex_slot;

typedef struct lex_trie {
    lex_node *nodes;   /* nnodes of them, nodes[0] is the root */
    uint32_t nnodes, capnodes;
    lex_slot *slots;   /* the edges; capslots a power of two */
    uint32_t capslots;
    char *keys;        /* edge keys, back to back (no NULs) */
    size_t nkeys, capkeys;
    lex_accept *acc;   /* nacc of them */
    uint32_t nacc, capacc;
    uint32_t maxdepth; /* longest alias, in keys */
} lex_trie;

/* Hash of a key (FNV-1a, 32 bits); the scanner hashes text keys with it. */
uint32_t lex_key_hash(const char *z, size_t n);

int lex_trie_init(lex_trie *t);
void lex_trie_fini(lex_trie *t);
/* Child of parent along key (hash h = lex_key_hash(key)), or 0. */
uint32_t lex_trie_child(const lex_trie *t, uint32_t parent, uint32_t h,
                        const char *key, size_t nkey);
/* Child of parent along key, created when absent.  Returns 0 and sets
 * *child, or RASD_ENOMEM / RASD_ETOOBIG. */
int lex_trie_add_child(lex_trie *t, uint32_t parent, uint32_t h,
                       const char *key, size_t nkey, uint32_t *child);
/* Turns the accept lists into one contiguous range per node, in entry
 * order, and sets node flags; what[e] holds the ENTRY_* bits of entry e.
 * Returns 0 or RASD_ENOMEM. */
int lex_trie_finish(lex_trie *t, const uint8_t *what);

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
    int finished;          /* rasd_lexicon_finish ran; no more loading */
};

#endif
