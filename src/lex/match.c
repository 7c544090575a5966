/* match.c - finds every lexicon entry in a document in one left-to-right
 * pass over its tokens, walking the token trie of trie.c on match keys.
 *
 * Written by hand: no Debian library does token-level dictionary matching
 * over custom keys (Aho-Corasick and trie libraries match bytes or code
 * points; our unit is the text layer's key, which strips clitics and light
 * suffixes, so "بطائرتين مسيرتين" meets the alias "طائرة مسيرة").
 *
 * Aliases are stored under rasd_text_alias_key (the word less ال); a text
 * word offers all its readings (rasd_text_key_variants: ببغداد -> ببغداد,
 * بغداد; والقوات -> والقوات, القوات, قوات, قوه), so a walk follows every
 * reading that has an edge and keeps a small set of live nodes, each with
 * a cost (letters stripped so far; the least stripped reading wins when
 * two readings accept at the same token).
 *
 *   start j:   t[j]        t[j+1]       t[j+2]
 *              readings    readings     readings
 *   {root} --> {n1, n1'} --> {n2*} ----> {}        * accepting: keep (j, k)
 *
 *   1. From every start j, walk as far as the trie allows and keep the
 *      deepest accepting node that has something to report: a plain alias,
 *      or an ambiguous ("?") one when the start is cued.  Along the way,
 *      mark every token where a place_cue alias or a place ends.
 *   2. Select left to right: take the match at the first start that has
 *      one, continue after its last token (leftmost-longest).  All entries
 *      sharing the chosen alias are reported with the same span.
 *
 * Walks from all starts make step 2's choice independent of step 1's order
 * and let a cue inside another match still cue.  Each walk is bounded by
 * the longest alias (trie.maxdepth keys), so the scan is linear in the
 * text and independent of the dictionary size.
 *
 * How it is done fast (the matcher runs on every token of every article,
 * between two runs of the text layer that push its tables out of cache):
 * the readings of a word, as trie key ids, come from a cache of the words
 * seen so far ("the word cache" below: an array read by the word's id in
 * the text layer's word cache, rasd_doc.word_id, else one lookup by the
 * tokenizer's hash); only a token with a reading that is a child of the
 * root starts a walk (two in five); a walk's first step takes the root's
 * children from the word cache, and a Bloom filter answers most later
 * steps (lex_int.h).  Readings are made a
 * chunk of tokens at a time, and the walks and selections they complete
 * follow at once, while those tokens are still in L1.
 *
 * Rules (docs/lexicon-format.md leaves them to the matcher):
 * - A walk never crosses a sentence end (a token with sent_end) nor a
 *   paragraph start: no name spans two sentences.
 * - Connector punctuation (lex_int.h: - ' . / _ ` and quotes) is stepped
 *   over, at most MAX_CONNECTORS in a row, never at the start or end of a
 *   match: «المقاومة الإسلامية» في العراق is the actor.
 * - Classes compete: the longest match at the leftmost start wins across
 *   all classes, and shorter matches inside it, or overlapping it, are not
 *   reported.  "المقاومة الإسلامية في العراق" is one actor, not an actor
 *   with a place "العراق" in it; "قاعدة عين الأسد" is one place, not a
 *   cue "قاعدة" and a place.  A cue swallowed this way still cues (1.).
 * - An ambiguous alias is cued when a non-ambiguous place_cue alias ends
 *   on the token right before it, in the same sentence: "في حديثة",
 *   "بمدينة حديثة" (the cue token may carry its own proclitic, since cues
 *   match on keys), unless the alias's first word carries the conjunction
 *   و ("في واحد" is "in one", not a town الأحد).  It is also cued when a
 *   place ends on the token before
 *   and the alias's first word carries the conjunction و: places listed
 *   after one cue ("قاعدتي عين الأسد وحرير", "محافظة بابل والقائم"; one
 *   comma may stand between: "بمحافظة الأنبار، والحرير").  A
 *   proclitic ب on the ambiguous word itself ("بحديثة") is *not* a cue:
 *   ة and ه fold together, so بحديثة is also بحديثه, "in his talk".  The
 *   same rule serves every class; only place cues exist.
 */
#include <assert.h>
#include <stdatomic.h>
#include <string.h>

#include "lex_int.h"
#include "rasd/bytes.h"

#define MAX_CONNECTORS 3 /* "U.S.-led": the most a name has in a row */
#define MAX_STATES 16    /* live trie nodes in one walk; readings of a word
                            are at most RASD_KEYVAR_MAX and few survive */
#define CHUNK 64         /* tokens read before the walks they complete */

/* A reduced suffix costs more than any run of clitics, and marks the
 * path: places take no dual or plural ending, so a path that reduced one
 * (نيسان -> نيس) never names a place. */
#define SUFFIX_COST 256u

/* A reading of a text word that is a key of the trie (the others can
 * take no step anywhere and are dropped, see lex_int.h), packed in 32
 * bits: key id, suffix bit, clitic count (a popcount of the 8-bit
 * clitics, so at most 8).  Key ids are below LEX_MAX_NODES.  Readings stay
 * packed in the word cache and in the scan; a walk unpacks the few it
 * uses. */
_Static_assert(LEX_MAX_NODES <= (1u << 27), "key ids fit in 27 bits");
#define PACK(kid, sfx, ncl) ((kid) << 5 | (uint32_t)(sfx) << 4 | (ncl))
#define UNPACK_KID(r) ((r) >> 5)
#define UNPACK_COST(r) (((r) & 15u) + ((r) & 16u ? SUFFIX_COST : 0))

/* A node and its trie.nflags in 32 bits (node << 6 | flags): what a walk
 * reads of a node it reaches, so that the first step of a walk, whose
 * nodes the word cache keeps for each reading (the root's children),
 * reads neither trie.kroot nor trie.nflags. */
_Static_assert(LEX_MAX_NODES <= (1u << 26) && NODE_INNER < 64,
               "a node and its flags fit in 32 bits");
#define NF(node, fl) ((node) << 6 | (fl))
#define NF_NODE(x) ((x) >> 6)
#define NF_FLAGS(x) ((x) & 63u)

/* A live node of a walk. */
typedef struct state {
    uint32_t nf;   /* NF(node, its flags) */
    uint32_t cost; /* of the cheapest path to it */
} state;

/* A token where a walk starts (one of its readings is a child of the
 * root), and what the walk found there. */
typedef struct start {
    uint32_t tok;  /* token index */
    uint32_t node; /* deepest reportable node reached, 0 = none */
    uint32_t end;  /* ... on this token */
    uint32_t one;  /* ... its trie.acc1, or ACC1_UNREAD */
    uint8_t sfx;   /* ... along a reduced suffix */
} start;

/* start.one when the walk found its node past the first step: take reads
 * trie.acc1 then.  No acc1 value: an accept is below 2^30 (ACCX, entries
 * below 2^27), ACC1_MANY values have the top bit. */
#define ACC1_UNREAD (1u << 30)
_Static_assert(LEX_MAX_ENTRIES <= (1u << 27), "ACCX values are below 2^30");

/* What the scan keeps of each token's readings (scan.ref): where they
 * are, not a copy of them.  Most tokens are words of the word cache, and
 * their readings stay in the word's entry (the pool offset / 4 + 1 in the
 * low bits); the readings of other tokens (digits, punctuation, long
 * words, any word when another scan holds the cache) are made into
 * scan.v (REF_SCRATCH: their index there).  No position and no
 * REF_SCRATCH (!REF_READS) = no reading is a key.  REF_ROOT marks a
 * start, so the loop over the tokens reads no entry: only the walks do,
 * for the tokens they reach.  The same value, with
 * REF_EMPTY for a word without any reading, is what bywid keeps.  A walk
 * goes from token to token by their refs alone: REF_BREAK and REF_CONN
 * say where it must stop and what it steps over, so that it reads no
 * token (40 bytes each, out of L1 by then: testing sent_end and flags
 * where the walks step was a ninth of the scan's L1 misses).  REF_CONN
 * is set where the token is read anyway (connectors have no word id),
 * REF_BREAK once a sentence (mark_breaks). */
#define REF_ROOT (1u << 31)    /* a reading is a child of the root */
#define REF_EMPTY (1u << 30)   /* (bywid) looked up: no reading is a key */
#define REF_BREAK (1u << 30)   /* (scan.ref, where REF_EMPTY is cleared)
                                  the token before ends a sentence, or
                                  this one starts a paragraph: no walk
                                  reaches it */
#define REF_SCRATCH (1u << 29) /* in scan.v, else in the cache's pool */
#define REF_CONN (1u << 28)    /* (scan.ref) a connector: walks step over
                                  it (no readings) */
#define REF_POS(x) ((x) & (REF_CONN - 1))
/* has the token with ref x readings? */
#define REF_READS(x) (((x) & (REF_SCRATCH | (REF_CONN - 1))) != 0)
_Static_assert(((size_t)1 << 24) / 4 + 1 < REF_CONN,
               "pool offsets fit below the flags");

/* Scratch of one scan, sized by its document and kept by the cache
 * between scans (a scan without the cache frees its own). */
typedef struct scan {
    uint32_t *ref;   /* per token: REF_* (above) */
    size_t capref;
    uint32_t *v;     /* readings not in the pool: for each such token its
                        count n, n packed readings, their n NF() root
                        children and, for a start, the summary of its
                        first step (SUM_WORDS), as in the pool */
    size_t nv, capv;
    uint8_t *mark;   /* MARK_* of each token */
    size_t capmark;
    start *st;       /* the starts, in token order */
    size_t nst, capst;
    uint32_t *found; /* indices in st of the starts walked in one round
                        that found something (rasd_match_scan) */
    size_t capfound;
    size_t ready;    /* tokens whose readings are in (ref[0..ready)) */
    rasd_match *m;   /* the matches taken so far (step 2), in the
                        caller's arena: taken where the caller gets them,
                        not copied there at the end */
    size_t nm, capm;
    rasd_arena *arena; /* that arena */
    size_t next;     /* step 2: first token after the last match taken */
} scan;

/* --- the word cache -------------------------------------------------------
 *
 * Computing the readings of a word (rasd_text_key_variants: up to 24
 * strings, de-duplicated) and looking each up in the key table was most
 * of the matcher's cost, and news repeats its words (Zipf: a few thousand
 * distinct words make most tokens).  So the readings of each distinct
 * (normalised word, kind) are computed once and kept, as key ids with
 * their cost.
 *
 * Between two scans the text layer runs over a whole article and pushes
 * the cache out of L1 and part of L2, so what counts is how much of it
 * stays in L2: entries are packed back to back, 4-byte aligned, about 24
 * bytes a word (a third of the tokens have no reading that is a key, most
 * of the others one), and a lookup reads a slot and one or two lines.
 *
 *   slots [ . 9 . . 1 . 4 . ]     uint32: offset in pool / 4 + 1, 0 = empty
 *              |     |   |        (open addressing, at most half full)
 *   pool  [ hdr r r c c word.. | hdr word... | hdr r c word.. | ...
 *           0                    8             13  (units of 4 bytes)
 *     hdr:  hash  nword kind nread root     8 bytes
 *     r:    reading packed in 4 bytes: key id << 5 | suffix << 4 | clitics
 *     c:    the root's child along each reading and its flags, NF(), or 0:
 *           a walk's first step, without a read of the trie
 *     word: nword bytes, padded to 4
 *
 * Words go into the pool in the order they are first seen, so frequent
 * words share lines near its start.
 *
 *   bywid [ 1 9 4 0 0 6 ... ]   uint32 by the text layer's word id: the
 *                                entry's offset / 4 + 1, 0 = not yet
 *
 * A doc analysed with a rasd_text_res gives each token the id of its word
 * in that res's word cache (rasd_doc.word_id), ids being ranks in one
 * filling of that cache (rasd_doc.word_gen).  bywid belongs to one
 * filling: a doc of another (another res, or the cache emptied) empties
 * it first.  A token's entry is then one read of a dense array (frequent
 * words have small ids) where the slots were a probe by hash and a
 * comparison of bytes; the slots stay for the first sight of an id (two
 * spellings of one norm are two ids for one entry) and for docs without
 * ids.  A token of one ASCII byte (a comma, a full stop, a digit) has
 * the byte as its id (RASD_WORD_BYTES), and bywid keeps its REF_* too,
 * REF_CONN for a connector: one token in eight, which took the token
 * loop's slow path (a mispredicted branch) every time.
 *
 * The cache belongs to the lexicon, but a const lexicon may be scanned by
 * several threads at once (lexicon.h): a scan takes the cache with an
 * atomic flag, and a scan that finds it taken computes every reading
 * itself, with its own scratch.  The answer is the same either way.  When
 * a ceiling is reached the cache is emptied and starts again (as
 * src/text/stem.c: bounded and simple, not an LRU).  Digits and
 * punctuation have no word id; their only reading is the token itself
 * (rasd_text_key_variants), one probe of the key table.  Those of at most
 * SHORT_MAX bytes (punctuation, small numbers) are cached all the same and
 * found by their bytes (lex_cache.shorts); longer numbers bypass the
 * cache, which they would fill with words seen once. */

/* Ceilings: 2^18 words is a year of news in two languages with their
 * clitic forms; about 24 + 8 bytes each, 8 MB when full. */
#define CACHE_MAX_WORDS (1u << 18)
#define CACHE_MAX_POOL ((size_t)1 << 24) /* bytes of the pool */
#define CACHE_FIRST_WORDS 4096u
#define CACHE_WORD 240 /* bytes; a longer word is computed each time */

/* The header of a word in the pool, followed by its nread packed
 * readings, their nread root children (NF), when one of them is a child
 * of the root the first step's summary (SUM_WORDS, see first_summary),
 * and its nword bytes. */
typedef struct wentry {
    uint32_t hash; /* the tokenizer's hash of the word */
    uint8_t nword; /* bytes, <= CACHE_WORD */
    uint8_t kind;  /* enum rasd_tok_kind */
    uint8_t nread; /* readings that are keys, <= RASD_KEYVAR_MAX */
    uint8_t root;  /* 1 when one of them is a child of the root */
} wentry;

/* What a walk's first step finds, the same every time the word starts
 * one (first_summary): uint32 words after the root children of a word
 * that has one. */
#define SUM_WORDS 8

/* Bytes of an entry in the pool: header, readings, root children, summary,
 * word, padded to 4. */
static size_t wentry_size(size_t nread, int root, size_t nword)
{
    return (sizeof(wentry) + 8 * nread + (root ? 4 * SUM_WORDS : 0) + nword +
            3) & ~(size_t)3;
}

/* Short tokens without a word id: a comma or a full stop is one token in
 * ten, and looking its key up in the trie's key table each time (a hash,
 * a probe, a comparison of bytes) cost more than reading the word cache.
 * Those of at most SHORT_MAX bytes go into the cache's pool as words do,
 * and a slot of lex_cache.shorts finds them by their bytes. */
#define SHORT_MAX 3
#define SHORT_SLOTS 64 /* a power of two */

/* The bytes and kind of token tk (1..SHORT_MAX bytes, none of them NUL,
 * and the NUL after them) in 32 bits, never 0. */
static inline uint32_t short_key(const rasd_token *tk)
{
    /* Without a branch on the length (a comma is one byte, an Arabic
     * comma two: the test went either way): the norm's NUL stands for
     * the bytes it lacks, and z[2] is read only past a second byte. */
    const unsigned char *z = (const unsigned char *)tk->norm;
    return (uint32_t)tk->kind << 24 | z[0] | (uint32_t)z[1] << 8 |
           (uint32_t)z[1 + (tk->nnorm > 1)] << 16;
}

static inline uint32_t short_slot(uint32_t key)
{
    return (key * 0x9E3779B1u) >> 26;
}
_Static_assert(SHORT_SLOTS == 64, "short_slot takes 6 bits");

struct lex_cache {
    atomic_flag busy;  /* held by the scan that uses all of the below */
    uint32_t *slots;   /* capslots of them, a power of two (or 0) */
    uint32_t capslots;
    uint32_t ne;       /* words in the pool */
    char *pool;        /* the entries, npool bytes (4-byte aligned) */
    size_t npool, cappool;
    uint32_t *bywid;   /* by the text layer's word id (rasd_doc.word_id):
                          offset / 4 + 1 of the word's entry, 0 = not
                          looked up yet in this filling (see
                          rasd_match_scan) */
    size_t capbywid;
    size_t nbywid;     /* bywid[nbywid..] are all 0 */
    uint64_t gen;      /* the rasd_doc.word_gen of the ids in bywid */
    struct {           /* short tokens without a word id (punctuation,
                          digits) by their bytes and kind (short_key), as
                          bywid keeps words; direct-mapped */
        uint32_t key, ref;
    } shorts[SHORT_SLOTS];
    scan s;            /* scratch of the scan, kept between scans */
};

int lex_cache_new(lex_cache **out)
{
    lex_cache *c = rasd_calloc(1, sizeof *c);
    *out = c;
    if (c == NULL)
        return RASD_ENOMEM;
    atomic_flag_clear(&c->busy);
    return 0;
}

int lex_cache_take(lex_cache *c)
{
    return !atomic_flag_test_and_set_explicit(&c->busy, memory_order_acquire);
}

void lex_cache_give(lex_cache *c)
{
    atomic_flag_clear_explicit(&c->busy, memory_order_release);
}

static void scan_fini(scan *s)
{
    rasd_free(s->ref);
    rasd_free(s->v);
    rasd_free(s->mark);
    rasd_free(s->st);
    rasd_free(s->found);
}

void lex_cache_free(lex_cache *c)
{
    if (c == NULL)
        return;
    rasd_free(c->slots);
    rasd_free(c->pool);
    rasd_free(c->bywid);
    scan_fini(&c->s);
    rasd_free(c);
}

/* Grows *p (elements of size sz, *cap of them) to hold need, doubling from
 * first.  Returns 0 or RASD_ENOMEM (*p unchanged). */
static int grow_to(void **p, size_t *cap, size_t need, size_t first,
                   size_t sz)
{
    size_t n = *cap ? *cap : first;
    while (n < need)
        n *= 2;
    void *q = rasd_realloc(*p, n * sz);
    if (q == NULL)
        return RASD_ENOMEM;
    *p = q;
    *cap = n;
    return 0;
}

/* grow_to when need is over *cap: the check is inline, as buffers kept
 * between scans are nearly always big enough. */
static inline int grow(void **p, size_t *cap, size_t need, size_t first,
                       size_t sz)
{
    return need <= *cap ? 0 : grow_to(p, cap, need, first, sz);
}


/* Readings of the word norm[0..n) of kind that are keys of t, in the
 * order of rasd_text_key_variants (the walk's tie-breaks follow it),
 * packed (PACK); writes at most RASD_KEYVAR_MAX into out and returns how
 * many. */
static size_t key_readings(const lex_trie *t, const char *norm, size_t n,
                           int kind, uint32_t *out)
{
    char buf[2048];
    rasd_keyvar kv[RASD_KEYVAR_MAX];
    size_t nk = rasd_text_key_variants(norm, n, kind, buf, sizeof buf, kv,
                                       RASD_KEYVAR_MAX);
    size_t nr = 0;
    for (size_t i = 0; i < nk; i++) {
        uint32_t kid = lex_trie_key(t, lex_key_hash(kv[i].p, kv[i].n),
                                    kv[i].p, kv[i].n);
        /* the English possessive is a clitic, not a plural: "Cairo's"
         * names Cairo, though a reduced suffix names no place */
        int possessive = kind == RASD_TOK_LATIN && (size_t)kv[i].n + 2 == n &&
                         norm[n - 2] == '\'' && norm[n - 1] == 's';
        if (kid != 0)
            out[nr++] = PACK(kid, kv[i].suffix != 0 && !possessive,
                             (uint32_t)__builtin_popcount(kv[i].clitics));
    }
    return nr;
}

/* Forgets the entries of the word ids (their filling is over, or the
 * entries are gone). */
static void bywid_clear(lex_cache *c)
{
    if (c->nbywid)
        memset(c->bywid, 0, c->nbywid * sizeof *c->bywid);
    c->nbywid = 0;
}

/* Empties the cache (the ceiling is reached); keeps its memory. */
static void cache_clear(lex_cache *c)
{
    if (c->capslots)
        memset(c->slots, 0, c->capslots * sizeof *c->slots);
    c->ne = 0;
    c->npool = 0;
    memset(c->shorts, 0, sizeof c->shorts);
    bywid_clear(c);
}

/* Is the cache at a ceiling, so that the next word would empty it?  (The
 * scan asks before adding one: its tokens may still point into the pool,
 * see unpool.) */
static int cache_full(const lex_cache *c)
{
    return c->ne >= CACHE_MAX_WORDS ||
           c->npool + wentry_size(RASD_KEYVAR_MAX, 1, CACHE_WORD) >
               CACHE_MAX_POOL;
}

/* Rebuilds the slot table at twice the size (or the first size), walking
 * the pool entry by entry. */
static int grow_slots(lex_cache *c)
{
    uint32_t cap = c->capslots ? c->capslots * 2 : 2 * CACHE_FIRST_WORDS;
    uint32_t *slots = rasd_calloc(cap, sizeof *slots);
    if (slots == NULL)
        return RASD_ENOMEM;
    for (size_t off = 0; off < c->npool;) {
        const wentry *e = (const wentry *)(const void *)(c->pool + off);
        uint32_t i = e->hash & (cap - 1);
        while (slots[i] != 0)
            i = (i + 1) & (cap - 1);
        slots[i] = (uint32_t)(off / 4 + 1);
        off += wentry_size(e->nread, e->root, e->nword);
    }
    rasd_free(c->slots);
    c->slots = slots;
    c->capslots = cap;
    return 0;
}

/* Adds the word z[0..n) (hash h, n <= CACHE_WORD) with its nr packed
 * readings r, their root children rt and, when one of those is a child of
 * the root (a walk starts there), the first step's summary sum (else
 * NULL), and sets *out to its entry.  Returns 0 or RASD_ENOMEM; on failure the
 * cache is as it was. */
static int cache_put(lex_cache *c, uint32_t h, const char *z, size_t n,
                     int kind, const uint32_t *r, const uint32_t *rt,
                     size_t nr, const uint32_t *sum, const wentry **out)
{
    int root = sum != NULL;
    size_t size = wentry_size(nr, root, n);
    if (cache_full(c))
        cache_clear(c);
    int rc = grow((void **)&c->pool, &c->cappool, c->npool + size,
                  32 * CACHE_FIRST_WORDS, 1);
    /* at most half full: most lookups of a word seen before take one
     * probe */
    if (rc == 0 && ((size_t)c->ne + 1) * 2 > c->capslots)
        rc = grow_slots(c);
    if (rc < 0)
        return rc;
    char *p = c->pool + c->npool;
    memset(p, 0, size);
    wentry *e = (wentry *)(void *)p;
    e->hash = h;
    e->nword = (uint8_t)n;
    e->kind = (uint8_t)kind;
    e->nread = (uint8_t)nr;
    e->root = (uint8_t)root;
    if (nr) {
        memcpy(p + sizeof *e, r, 4 * nr);
        memcpy(p + sizeof *e + 4 * nr, rt, 4 * nr);
    }
    if (root)
        memcpy(p + sizeof *e + 8 * nr, sum, 4 * SUM_WORDS);
    memcpy(p + sizeof *e + 8 * nr + (root ? 4 * SUM_WORDS : 0), z, n);
    uint32_t mask = c->capslots - 1;
    uint32_t i = h & mask;
    while (c->slots[i] != 0)
        i = (i + 1) & mask;
    c->slots[i] = (uint32_t)(c->npool / 4 + 1);
    c->npool += size;
    c->ne++;
    *out = e;
    return 0;
}

/* The entry of word token tk in the cache, or NULL.  The tokenizer's hash
 * of the norm is the key: a word is found by its bytes and kind, so any
 * hash that is the same for the same word in one process will do. */
static inline const wentry *cache_find(const lex_cache *c,
                                       const rasd_token *tk)
{
    uint32_t h = tk->hash;
    uint32_t mask = c->capslots - 1;
    for (uint32_t i = h & mask; c->capslots; i = (i + 1) & mask) {
        uint32_t k = c->slots[i];
        if (k == 0)
            break;
        const char *p = c->pool + (size_t)(k - 1) * 4;
        const wentry *e = (const wentry *)(const void *)p;
        if (e->hash == h && e->nword == tk->nnorm && e->kind == tk->kind &&
            rasd_bytes_same(p + sizeof *e + 8 * e->nread +
                                (e->root ? 4 * SUM_WORDS : 0),
                            tk->norm, tk->nnorm))
            return e;
    }
    return NULL;
}

/* How far ahead of the token being read the word cache is fetched: the
 * slot of the token PREFETCH_SLOT ahead, the entry of the one
 * PREFETCH_ENTRY ahead (its slot fetched earlier).  The tokens are all
 * known, and waiting for the slot and then the entry of each word, one
 * token after the other, was most of the matcher's time. */
#define PREFETCH_SLOT 8
#define PREFETCH_ENTRY 4

/* Fetches the word cache's lines that the tokens ahead of i will read
 * (c has slots).  Always inlined: GCC finds a function that only
 * prefetches free of effects and drops its calls. */
__attribute__((always_inline)) static inline void prefetch_ahead(const lex_cache *c, const rasd_token *tk,
                                  size_t nt, size_t i)
{
    uint32_t mask = c->capslots - 1;
    if (i + PREFETCH_SLOT < nt)
        __builtin_prefetch(&c->slots[tk[i + PREFETCH_SLOT].hash & mask]);
    if (i + PREFETCH_ENTRY < nt) {
        uint32_t k = c->slots[tk[i + PREFETCH_ENTRY].hash & mask];
        if (k != 0)
            __builtin_prefetch(c->pool + (size_t)(k - 1) * 4);
    }
}

/* Word ids a cache notes at most (the text layer's word cache holds 2^18
 * words): 4 MiB of bywid. */
#define CACHE_MAX_WID (1u << 20)

/* The REF_* value of cached entry e (at its offset in c's pool) as
 * bywid keeps it: REF_EMPTY for a word without readings. */
static inline uint32_t entry_ref(const lex_cache *c, const wentry *e)
{
    if (e->nread == 0)
        return REF_EMPTY;
    return (uint32_t)(((const char *)e - c->pool) / 4 + 1) |
           (e->root ? REF_ROOT : 0u);
}

/* Notes that word id w (not RASD_WORD_NONE) has the REF_* value ref (as
 * bywid keeps it), or (bywid_put) entry e.  Out of memory, or past
 * CACHE_MAX_WID, it is just not noted: the lookup by the word's bytes
 * stays. */
static void bywid_set(lex_cache *c, uint32_t w, uint32_t ref)
{
    if (w >= CACHE_MAX_WID)
        return;
    if (w >= c->capbywid) {
        size_t old = c->capbywid;
        if (grow((void **)&c->bywid, &c->capbywid, (size_t)w + 1, 4096,
                 sizeof *c->bywid) < 0)
            return;
        memset(c->bywid + old, 0, (c->capbywid - old) * sizeof *c->bywid);
    }
    c->bywid[w] = ref;
    if (w >= c->nbywid)
        c->nbywid = (size_t)w + 1;
}

static void bywid_put(lex_cache *c, uint32_t w, const wentry *e)
{
    bywid_set(c, w, entry_ref(c, e));
}

/* The packed readings of entry e, then their root children. */
static inline const uint32_t *wentry_reads(const wentry *e)
{
    return (const uint32_t *)(const void *)((const char *)e + sizeof *e);
}

/* The readings of a token with REF_* value ref (not 0), then their root
 * children; sets *n to how many.  pool: the cache's (unused when there is
 * none: every ref is then REF_SCRATCH). */
static inline const uint32_t *ref_reads(const char *pool, const uint32_t *v,
                                        uint32_t ref, uint32_t *n)
{
    if (ref & REF_SCRATCH) {
        const uint32_t *p = v + REF_POS(ref);
        *n = p[0];
        return p + 1;
    }
    const wentry *e =
        (const wentry *)(const void *)(pool + (size_t)(REF_POS(ref) - 1) * 4);
    *n = e->nread;
    return wentry_reads(e);
}

/* Copies the readings of tokens lo..hi-1 that are in the pool into s->v
 * (which has room for them), pointing their refs there: the cache is about
 * to be emptied, and walks still to come will read them. */
static void unpool(const lex_cache *c, scan *s, size_t lo, size_t hi)
{
    for (size_t i = lo; i < hi; i++) {
        uint32_t k = s->ref[i];
        if (!REF_READS(k) || (k & REF_SCRATCH))
            continue;
        uint32_t nr;
        const uint32_t *rd = ref_reads(c->pool, s->v, k, &nr);
        size_t nw = 2 * (size_t)nr + (k & REF_ROOT ? SUM_WORDS : 0);
        assert(s->nv + 1 + nw <= s->capv);
        s->v[s->nv] = nr;
        memcpy(s->v + s->nv + 1, rd, nw * sizeof *rd);
        s->ref[i] = REF_SCRATCH | (uint32_t)s->nv |
                    (k & (REF_ROOT | REF_BREAK | REF_CONN));
        s->nv += 1 + nw;
    }
}

/* The root's child along each of the nr packed readings r, as NF(), or 0,
 * into rt; returns 1 when there is one (a walk starts there). */
static int root_children(const lex_trie *t, const uint32_t *r, size_t nr,
                         uint32_t *rt)
{
    int root = 0;
    for (size_t j = 0; j < nr; j++) {
        uint32_t c = t->kroot[UNPACK_KID(r[j])];
        rt[j] = c ? NF(c, (uint32_t)t->nflags[c]) : 0;
        root |= c != 0;
    }
    return root;
}

static void first_summary(const lex_trie *t, const uint32_t *r,
                          const uint32_t *rt, size_t nr, uint32_t *sum);
static size_t plain_readings(const lex_trie *t, const rasd_token *tk,
                             uint32_t *out, uint32_t *rt, int *root,
                             uint32_t *sum);

/* Computes the readings of token tk (a word, or a short token: see
 * SHORT_MAX) and adds it to the cache; sets *out to its entry.  Returns 0
 * or RASD_ENOMEM. */
static int cache_add(const lex_trie *t, lex_cache *c, const rasd_token *tk,
                     const wentry **out)
{
    uint32_t r[RASD_KEYVAR_MAX], rt[RASD_KEYVAR_MAX], sum[SUM_WORDS];
    int root;
    size_t nr = plain_readings(t, tk, r, rt, &root, sum);
    return cache_put(c, tk->hash, tk->norm, tk->nnorm, tk->kind, r, rt, nr,
                     root ? sum : NULL, out);
}

/* The readings of token tk: digits and punctuation (their only reading
 * is the token itself, key.c: one probe of the key table) and words
 * (key_readings).  Without the cache for long numbers and words, and for
 * every token when another scan holds the cache.
 * Writes at most RASD_KEYVAR_MAX into out and their root children into
 * rt, returns how many, and sets *root when one of them is a child of the
 * root, and then the first step's summary into sum. */
static size_t plain_readings(const lex_trie *t, const rasd_token *tk,
                             uint32_t *out, uint32_t *rt, int *root,
                             uint32_t *sum)
{
    size_t nr = 0;
    if (tk->kind != RASD_TOK_AR && tk->kind != RASD_TOK_LATIN) {
        uint32_t kid = lex_trie_key(t, lex_key_hash(tk->norm, tk->nnorm),
                                    tk->norm, tk->nnorm);
        if (kid != 0)
            out[nr++] = PACK(kid, 0, 0);
    } else {
        nr = key_readings(t, tk->norm, tk->nnorm, tk->kind, out);
    }
    *root = root_children(t, out, nr, rt);
    if (*root)
        first_summary(t, out, rt, nr, sum);
    return nr;
}

/* Sets REF_BREAK on the refs of tokens i0..i1-1 that start a sentence
 * (see REF_BREAK), sentences sent.. of doc being those not reached yet;
 * returns the first sentence starting at or after i1.  A sentence starts
 * right after a token with sent_end, and a paragraph starts a line, so a
 * sentence (rasd_text_sentences): marking the sentences' first tokens is
 * marking, once a sentence, what the walks tested at every step.  A doc
 * without sentences has its tokens' flags read. */
static size_t mark_breaks(const rasd_doc *doc, uint32_t *ref, size_t i0,
                          size_t i1, size_t sent)
{
    if (doc->nsents == 0) {
        const rasd_token *tk = doc->tokens;
        for (size_t i = i0 > 0 ? i0 : 1; i < i1; i++)
            if (tk[i - 1].sent_end || (tk[i].flags & RASD_TOKF_PARA_START))
                ref[i] |= REF_BREAK;
        return 0;
    }
    for (; sent < doc->nsents && doc->sents[sent].tok_first < i1; sent++)
        ref[doc->sents[sent].tok_first] |= REF_BREAK;
    return sent;
}

/* Adds node nf (NF()) to the state set, keeping the cheaper of two paths
 * to one node; when the set is full, a cheaper path replaces the
 * dearest. */
static void add_state(state *set, size_t *n, uint32_t nf, uint32_t cost)
{
    size_t worst = 0;
    for (size_t i = 0; i < *n; i++) {
        if (set[i].nf == nf) {
            if (cost < set[i].cost)
                set[i].cost = cost;
            return;
        }
        if (set[i].cost > set[worst].cost)
            worst = i;
    }
    if (*n < MAX_STATES) {
        set[(*n)++] = (state){nf, cost};
    } else if (cost < set[worst].cost) {
        set[worst] = (state){nf, cost};
    }
}

/* Marks on tokens, set by the walks (a walk from j reads those of j-1,
 * set by walks from starts before j). */
#define MARK_CUE_END 0x01   /* a place_cue alias ends on this token */
#define MARK_PLACE_END 0x02 /* a place reportable from some start ends here */
#define MARK_CUED 0x04      /* the start at this token is cued */

#define AR_WAW0 '\xD9' /* و in UTF-8 */
#define AR_WAW1 '\x88'

static int is_comma(const rasd_token *t)
{
    return t->kind == RASD_TOK_PUNCT &&
           (strcmp(t->norm, ",") == 0 || strcmp(t->norm, "\xD8\x8C") == 0);
}

/* 1 when the start at token j is cued (see the top comment): a place cue
 * ends on the token before, or a place does and token j is joined to it
 * by the conjunction و ("قاعدتي عين الأسد وحرير"). */
static int is_cued(const rasd_token *tk, const uint8_t *mark, size_t j)
{
    if (j == 0 || tk[j - 1].sent_end)
        return 0;
    /* (a conjunction after a place cue is no name behind it: "في واحد
     * من" is "in one of", not "في" + و + الأحد) */
    if (mark[j - 1] & MARK_CUE_END)
        return !(tk[j].clitics & RASD_CLITIC_WA);
    /* و + at least three letters: "وفي" (and in) is no place */
    if (!(tk[j].kind == RASD_TOK_AR && tk[j].nnorm >= 8 &&
          tk[j].norm[0] == AR_WAW0 && tk[j].norm[1] == AR_WAW1))
        return 0;
    if (mark[j - 1] & MARK_PLACE_END)
        return 1;
    /* "بمحافظة الأنبار، والحرير": one comma may stand between. */
    return j >= 2 && is_comma(&tk[j - 1]) && !tk[j - 2].sent_end &&
           (mark[j - 2] & MARK_PLACE_END);
}

/* Are the letters of doc->text[start, end) all capitals ("US", "U.S.")?
 * An alias marked "=" matches only so. */
static int in_capitals(const rasd_doc *doc, uint32_t from, uint32_t to)
{
    for (uint32_t i = from; i < to; i++)
        if (doc->text[i] >= 'a' && doc->text[i] <= 'z')
            return 0;
    return 1;
}

/* English writes place names with a capital: "storage tank" is not Tank
 * (Pakistan), "hit" is not Hit (Iraq).  Arabic has no case to go by. */
static int lower_latin_place(uint32_t x, const rasd_token *first,
                             size_t nleft)
{
    if (!ACCX_PLACE(x) ||
        first->kind != RASD_TOK_LATIN || (first->flags & RASD_TOKF_UPPER))
        return 0;
    /* the Arabic article keeps its small letter: "al-Qaim", "el-Arish" */
    static const char *const article[] = {"al", "el", "ad", "ar", "as",
                                          "at", "az", "an", "ash", NULL};
    for (size_t i = 0; article[i]; i++) {
        if (strcmp(first->norm, article[i]))
            continue;
        for (size_t k = 1; k < nleft && k <= 2; k++)
            if (first[k].kind == RASD_TOK_LATIN)
                return !(first[k].flags & RASD_TOKF_UPPER);
    }
    return 1;
}

/* Does node accept anything but places? */
static int has_nonplace(const lex_trie *t, uint32_t node)
{
    for (uint32_t a = t->accidx[node]; a < t->accidx[node + 1]; a++)
        if (!ACCX_PLACE(t->accx[a]))
            return 1;
    return 0;
}

/* What the nodes cur[0..ncur) reached on token k report (step 1 of the
 * top comment), the start being cued or not: the best (cheapest) node with
 * something to report, 0 if none, as node << 1 | reduced suffix, and the
 * marks of token k (MARK_CUE_END, MARK_PLACE_END) into *marks.  *inner:
 * one of them has children; *cue: the answer depends on the cue (one of
 * them has an ambiguous alias). */
static uint32_t reached(const lex_trie *t, const state *cur, size_t ncur,
                        int cued, uint32_t *marks, int *inner, int *cue)
{
    long best = -1;
    *marks = 0;
    *inner = 0;
    *cue = 0;
    for (size_t i = 0; i < ncur; i++) {
        uint32_t fl = NF_FLAGS(cur[i].nf);
        *inner |= (fl & NODE_INNER) != 0;
        int sfx = cur[i].cost >= SUFFIX_COST;
        if (sfx && !has_nonplace(t, NF_NODE(cur[i].nf)))
            continue; /* a reduced suffix never names a place */
        *cue |= (fl & (NODE_AMB | NODE_AMB_PLACE)) != 0;
        if (fl & NODE_CUE)
            *marks |= MARK_CUE_END;
        if (!sfx && ((fl & NODE_PLACE) || ((fl & NODE_AMB_PLACE) && cued)))
            *marks |= MARK_PLACE_END;
        if (((fl & NODE_PLAIN) || ((fl & NODE_AMB) && cued)) &&
            (best < 0 || cur[i].cost < cur[best].cost))
            best = (long)i;
    }
    if (best < 0)
        return 0;
    return NF_NODE(cur[best].nf) << 1 | (cur[best].cost >= SUFFIX_COST);
}

/* The states of a walk's first step: the root's children along the nr
 * readings r (their NF() in rt, 0 for none), the cheapest path to each. */
static inline size_t first_states(const uint32_t *r, const uint32_t *rt,
                                  size_t nr, state *cur)
{
    size_t ncur = 0;
    for (size_t i = 0; i < nr; i++) {
        if (rt[i] != 0)
            add_state(cur, &ncur, rt[i], UNPACK_COST(r[i]));
    }
    return ncur;
}

/* The summary of a walk's first step from a word with the nr readings r
 * and root children rt (one of them not 0): what it reports and marks,
 * uncued and cued, depends on the word alone, so it is worked out once,
 * when the word is first seen (the word cache keeps it), and a walk from
 * the word only applies it:
 *   sum[0], sum[1]: the best node uncued, cued (reached());
 *   sum[2]: the marks uncued | cued << 8 | SUM_CUE | SUM_INNER;
 *   sum[3], sum[4]: trie.acc1 of those nodes (0 for none): most matches
 *   are of one word, and take then reads no acc1 (a miss: 230 KB);
 *   sum[5], sum[6]: the low and high halves of the union of the child
 *   filters (trie.cfilt) of the nodes: a reading of the next word whose
 *   key's bits are not all in it continues none of them, and the walk's
 *   second step drops it without a Bloom test (most second steps lead
 *   nowhere, and the Bloom word and then the edge slot they read were
 *   the largest waits of the walks);
 *   sum[7]: the first step's only node (NF()), when it reaches one, as
 *   most words do, its cost in sum[2] >> SUM_COST; else 0: a walk that
 *   goes on then takes it as is instead of making the set again from
 *   the readings (first_states). */
#define SUM_CUE (1u << 16)   /* the cue changes the answer: ask is_cued */
#define SUM_INNER (1u << 17) /* a node has children: the walk goes on */
#define SUM_COST 18          /* sum[2] >> SUM_COST: the cost of sum[7] */
_Static_assert(((SUFFIX_COST + 15u) << SUM_COST) >> SUM_COST ==
                   SUFFIX_COST + 15u,
               "a path's cost fits above the summary's flags");
static void first_summary(const lex_trie *t, const uint32_t *r,
                          const uint32_t *rt, size_t nr, uint32_t *sum)
{
    state cur[MAX_STATES];
    size_t ncur = first_states(r, rt, nr, cur);
    uint32_t m0, m1;
    int inner, cue;
    sum[0] = reached(t, cur, ncur, 0, &m0, &inner, &cue);
    sum[1] = reached(t, cur, ncur, 1, &m1, &inner, &cue);
    sum[2] = m0 | m1 << 8 | (cue ? SUM_CUE : 0u) | (inner ? SUM_INNER : 0u) |
             (ncur == 1 ? cur[0].cost << SUM_COST : 0u);
    sum[3] = sum[0] != 0 ? t->acc1[sum[0] >> 1] : 0;
    sum[4] = sum[1] != 0 ? t->acc1[sum[1] >> 1] : 0;
    uint64_t f = 0;
    for (size_t i = 0; i < ncur; i++)
        f |= t->cfilt[NF_NODE(cur[i].nf)];
    sum[5] = (uint32_t)f;
    sum[6] = (uint32_t)(f >> 32);
    sum[7] = ncur == 1 ? cur[0].nf : 0;
}

/* What every walk of a chunk reads, in locals of the scan's loop: as
 * fields of the scan, the cache and the doc they were read again at every
 * walk, since the walks store bytes (marks), which may alias anything. */
typedef struct walker {
    const lex_trie *t;
    const rasd_token *tk; /* the doc's tokens */
    size_t nt;            /* ... how many */
    uint8_t *mark;        /* scan.mark */
    const char *pool;     /* the cache's pool, or NULL */
    const uint32_t *v;    /* scan.v */
    const uint32_t *ref;  /* scan.ref */
    size_t ready;         /* scan.ready (asserts only) */
} walker;

/* Walks from start st (step 1 of the top comment), filling st->node,
 * end and sfx when it finds something to report. */
static void walk(const walker w, start *st)
{
    const lex_trie *t = w.t;
    const rasd_token *tk = w.tk;
    uint8_t *mark = w.mark;
    size_t j = st->tok;
    const char *pool = w.pool;
    uint32_t nr;
    const uint32_t *rd = ref_reads(pool, w.v, w.ref[j], &nr);
    /* The first step, from the root, as the word's summary says.  is_cued
     * reads marks of tokens before j, which the walks from earlier starts
     * have all set; it is asked only when the answer depends on it (and
     * then sets MARK_CUED, which take reads for ambiguous aliases only). */
    const uint32_t *sum = rd + 2 * nr;
    int cued = -1; /* not asked yet */
    if (sum[2] & SUM_CUE) {
        cued = is_cued(tk, mark, j);
        if (cued)
            mark[j] |= MARK_CUED;
    }
    uint32_t got = sum[cued > 0];
    mark[j] |= (uint8_t)(sum[2] >> (cued > 0 ? 8 : 0));
    /* what the first step found, 0 for nothing (st->node's first value:
     * the token loop set only st->tok), without a branch */
    st->node = got >> 1;
    st->end = (uint32_t)j;
    st->one = sum[3 + (cued > 0)];
    st->sfx = got & 1;
    if (!(sum[2] & SUM_INNER))
        return; /* only leaves: a third of the walks end here */
    state a[MAX_STATES], b[MAX_STATES];
    state *cur = a, *nxt = b;
    size_t ncur = 1, nnxt;
    if (sum[7] != 0)
        cur[0] = (state){sum[7], sum[2] >> SUM_COST};
    else
        ncur = first_states(rd, rd + nr, nr, cur);
    int skipped = 0;
    /* the child filter of the first step's nodes (first_summary); none
     * further on */
    uint64_t filt = (uint64_t)sum[6] << 32 | sum[5];
    for (size_t k = j;;) {
        /* cur: the nodes reached on token k, some with children.  The
         * next token that is not a connector, within the sentence and
         * paragraph (a connector may end a sentence: "."), by the refs
         * alone (REF_BREAK, REF_CONN). */
        uint32_t ref;
        for (;;) {
            k++;
            if (k >= w.nt)
                return;
            assert(k < w.ready); /* within reach (rasd_match_scan) */
            ref = w.ref[k];
            assert(!(ref & REF_BREAK) ==
                   !(tk[k - 1].sent_end ||
                     (tk[k].flags & RASD_TOKF_PARA_START)));
            assert(!(ref & REF_CONN) == !lex_tok_connector(&tk[k]));
            if (ref & REF_BREAK)
                return;
            if (!(ref & REF_CONN))
                break;
            if (++skipped > MAX_CONNECTORS)
                return;
        }
        skipped = 0;
        nnxt = 0;
        if (!REF_READS(ref))
            return; /* no reading is a key */
        rd = ref_reads(pool, w.v, ref, &nr);
        /* the readings that may continue a node (bit r of may) */
        uint32_t may = 0;
        for (uint32_t r = 0; r < nr; r++) {
            uint64_t kb = lex_kid_bits(UNPACK_KID(rd[r]));
            may |= (uint32_t)((filt & kb) == kb) << r;
        }
        filt = ~0ull;
        if (may == 0)
            return;
        for (size_t i = 0; i < ncur; i++) {
            if (!(NF_FLAGS(cur[i].nf) & NODE_INNER))
                continue;
            for (uint32_t r = 0; r < nr; r++) {
                if (!((may >> r) & 1u))
                    continue;
                uint32_t ch = lex_trie_walk_step(t, NF_NODE(cur[i].nf),
                                                 UNPACK_KID(rd[r]));
                if (ch != 0)
                    add_state(nxt, &nnxt, NF(ch, (uint32_t)t->nflags[ch]),
                              cur[i].cost + UNPACK_COST(rd[r]));
            }
        }
        if (nnxt == 0)
            return;
        state *tmp = cur;
        cur = nxt;
        nxt = tmp;
        ncur = nnxt;
        uint32_t marks;
        int inner, cue;
        got = reached(t, cur, ncur, cued > 0, &marks, &inner, &cue);
        if (cue && cued < 0) { /* ask, and again with the answer */
            cued = is_cued(tk, mark, j);
            if (cued)
                mark[j] |= MARK_CUED;
            got = reached(t, cur, ncur, cued, &marks, &inner, &cue);
        }
        mark[k] |= (uint8_t)marks;
        if (got != 0) {
            st->node = got >> 1;
            st->end = (uint32_t)k;
            st->one = ACC1_UNREAD;
            st->sfx = got & 1;
        }
        if (!inner)
            return; /* only leaves: no alias is longer */
    }
}

/* Step 2 for start st, whose walk is done and found something: when it
 * lies after the last match taken, takes its match (every entry of its
 * node that the rules let through) into s->m.  Starts come in token
 * order, so this is leftmost-longest.  Returns 0 or RASD_ENOMEM. */
static int take(const rasd_lexicon *lx, const rasd_doc *doc, scan *s,
                const start *st)
{
    const lex_trie *t = &lx->trie;
    const rasd_token *tk = doc->tokens;
    size_t j = st->tok, last = st->end;
    assert(st->node != 0); /* (the caller's list has no other) */
    if (j < s->next)
        return 0;
    /* the node's accepts: most have one, in acc1 itself (which the walk
     * found in the word's summary for a match of one word) */
    uint32_t one = st->one;
    if (one == ACC1_UNREAD)
        one = t->acc1[st->node];
    const uint32_t *xs = &one;
    uint32_t nx = 1;
    if (one & ACC1_MANY) {
        xs = t->accx + (one & ~ACC1_MANY);
        nx = t->accidx[st->node + 1] - (one & ~ACC1_MANY);
    }
    if (s->nm + nx > s->capm) { /* rare: see rasd_match_scan */
        size_t cap = 2 * (s->nm + nx);
        rasd_match *m = rasd_arena_alloc(s->arena, cap * sizeof *m);
        if (m == NULL)
            return RASD_ENOMEM;
        memcpy(m, s->m, s->nm * sizeof *m);
        s->m = m;
        s->capm = cap;
    }
    int cued = (s->mark[j] & MARK_CUED) != 0;
    size_t taken = s->nm;
    for (uint32_t a = 0; a < nx; a++) {
        uint32_t x = xs[a];
        if (ACCX_AMB(x) && !cued)
            continue;
        if (st->sfx && ACCX_PLACE(x))
            continue;
        if (lower_latin_place(x, &tk[j], doc->ntokens - j))
            continue;
        if (ACCX_CAPS(x) && !in_capitals(doc, tk[j].start, tk[last].end))
            continue;
        rasd_match *m = &s->m[s->nm++];
        m->start = tk[j].start;
        m->end = tk[last].end;
        m->tok_first = (uint32_t)j;
        m->tok_last = (uint32_t)last;
        m->entry = &lx->entries[ACCX_ENTRY(x)];
        m->flags = ACCX_AMB(x) ? RASD_MATCHF_NEEDS_CUE | RASD_MATCHF_CUED : 0;
    }
    /* When the rules let nothing through ("the southern Red Sea" is not
     * Eritrea's Southern Red Sea region, in lower case), the words stay
     * free for a later start ("Red Sea"). */
    if (s->nm > taken)
        s->next = last + 1;
    return 0;
}

int rasd_match_scan(const rasd_lexicon *lx, const rasd_doc *doc,
                    rasd_arena *a, rasd_match **out, size_t *n)
{
    scan own = {0};
    scan *s = &own;
    lex_cache *c = NULL;
    int rc = 0;
    *out = NULL;
    *n = 0;
    if (lx == NULL || doc == NULL || a == NULL || !lx->finished)
        return RASD_EINVAL;
    size_t nt = doc->ntokens;
    if (nt == 0 || lx->trie.nnodes <= 1)
        return 0;
    if (nt >= UINT32_MAX)
        return RASD_ETOOBIG;
    const rasd_token *tk = doc->tokens;
    const lex_trie *t = &lx->trie;
    /* The cache and its scratch, unless another thread's scan holds them
     * (see "the word cache"). */
    if (lex_cache_take(lx->cache)) {
        c = lx->cache;
        s = &c->s;
        s->nv = 0;
    }
    /* Words by their ids in the text layer's word cache, when the doc has
     * them: an array read where a probe of the slots by hash and a
     * comparison of bytes were.  The ids noted are of one filling of one
     * word cache: another starts them again. */
    const uint32_t *wid = NULL;
    if (c != NULL && doc->word_id != NULL) {
        if (doc->word_gen != c->gen) {
            bywid_clear(c);
            c->gen = doc->word_gen;
        }
        wid = doc->word_id;
    }
    if (grow((void **)&s->ref, &s->capref, nt, 1024, sizeof *s->ref) < 0 ||
        grow((void **)&s->mark, &s->capmark, nt, 1024, 1) < 0 ||
        grow((void **)&s->st, &s->capst, nt, 1024, sizeof *s->st) < 0 ||
        grow((void **)&s->found, &s->capfound, nt, 1024,
             sizeof *s->found) < 0) {
        rc = RASD_ENOMEM;
        goto out;
    }
    memset(s->mark, 0, nt);
    s->nst = 0;
    /* room for the matches in the caller's arena: one in three tokens
     * starts one on news, so half the tokens is rarely outgrown (take
     * then moves them to twice the room; the arena keeps the old) */
    s->capm = nt / 2 + 64;
    s->m = rasd_arena_alloc(a, s->capm * sizeof *s->m);
    s->arena = a;
    if (s->m == NULL) {
        rc = RASD_ENOMEM;
        goto out;
    }
    s->nm = 0;
    s->next = 0;
    /* 1. Walk from every start, in token order: a walk reads the marks
     * that walks from earlier starts left.  Tokens whose readings take no
     * step from the root (connectors have none) start no walk; the
     * MARK_CUED of a start is only read by step 2 where it found
     * something.
     *
     * The walks follow the tokens at a distance: a walk from j takes at
     * most maxdepth keys, each after at most MAX_CONNECTORS connectors, so
     * it reads no readings past j + reach.  Where each token's readings
     * are (scan.ref) is found CHUNK tokens at a time, then the walks they
     * complete run, while those tokens are still in L1.  (Two loops, not
     * one: each keeps its locals in registers.) */
    size_t reach = ((size_t)t->maxdepth + 1) * (MAX_CONNECTORS + 1);
    size_t nwalked = 0, sent = 0;
    s->ready = 0;
    for (size_t i0 = 0; i0 < nt; i0 += CHUNK) {
        size_t i1 = nt - i0 > CHUNK ? i0 + CHUNK : nt;
        /* room for the chunk's readings made here, and for those of the
         * tokens still to be walked should the cache be emptied (unpool);
         * scratch indices stay below REF_CONN (REF_POS) */
        size_t need = s->nv + (CHUNK + reach + CHUNK) *
                                  (1 + 2 * (size_t)RASD_KEYVAR_MAX +
                                   SUM_WORDS);
        if (need >= REF_CONN) {
            rc = RASD_ETOOBIG;
            goto out;
        }
        rc = grow((void **)&s->v, &s->capv, need, 4096, sizeof *s->v);
        if (rc < 0)
            goto out;
        /* locals: the calls below cannot move them */
        uint32_t *ref = s->ref, *v = s->v;
        start *st = s->st;
        size_t nv = s->nv, nst = s->nst;
        /* With word ids, a word seen before is one read of bywid (REF_*, 0
         * = not yet): the token itself is not read (a word id is only
         * noted for a cached word), nor its entry (the walks read that).
         * bywid is read again at each token: an entry added on the way may
         * have emptied the cache.  The entry is fetched, though: the walks
         * read it (a start's, and a word's that a walk reaches) a few dozen
         * tokens later, and waiting for it there was a fifth of their
         * time (perf).  The address is the entry's + 4 (the header's
         * nread and the readings; only the hash before them is not
         * read), so that a word without readings (REF_POS 0) fetches the
         * pool's first line, harmlessly, rather than test for it. */
        const uint32_t *bywid = c != NULL ? c->bywid : NULL;
        const char *pool = c != NULL ? c->pool : NULL;
        size_t nbywid = wid != NULL ? c->nbywid : 0;
        for (size_t i = i0; i < i1; i++) {
            uint32_t k = 0;
            if (nbywid != 0) {
                uint32_t w = wid[i];
                k = w < nbywid ? bywid[w] : 0;
            }
            if (__builtin_expect(k != 0, 1)) {
                k &= ~REF_EMPTY;
                ref[i] = k;
                __builtin_prefetch(pool + (size_t)REF_POS(k) * 4);
                /* a start or not, without a branch: words start walks
                 * about as often as not, and the test went either way
                 * (st has room for a start at every token; the walk sets
                 * the rest of it) */
                st[nst].tok = (uint32_t)i;
                nst += k >> 31; /* REF_ROOT */
                continue;
            }
            const rasd_token *x = &tk[i];
            if (c != NULL && wid == NULL && c->capslots != 0)
                prefetch_ahead(c, tk, nt, i);
            if (c != NULL && x->nnorm - 1u < CACHE_WORD &&
                (x->kind == RASD_TOK_AR || x->kind == RASD_TOK_LATIN)) {
                /* a word of 1..CACHE_WORD bytes: the cache, by its id
                 * when it has one */
                uint32_t w = wid != NULL ? wid[i] : RASD_WORD_NONE;
                k = w < c->nbywid ? c->bywid[w] : 0;
                if (k == 0) {
                    const wentry *e = cache_find(c, x);
                    if (e == NULL) {
                        if (cache_full(c)) {
                            /* the walks to come may still read entries
                             * of tokens before i: copy them out first */
                            s->nv = nv;
                            unpool(c, s, nwalked < nst ? st[nwalked].tok : i,
                                   i);
                            nv = s->nv;
                            cache_clear(c);
                        }
                        rc = cache_add(t, c, x, &e);
                        if (rc < 0)
                            goto out;
                    }
                    if (w != RASD_WORD_NONE)
                        bywid_put(c, w, e);
                    /* bywid may have moved, grown or been emptied, the
                     * pool moved */
                    bywid = c->bywid;
                    pool = c->pool;
                    nbywid = wid != NULL ? c->nbywid : 0;
                    k = entry_ref(c, e);
                }
                k &= ~REF_EMPTY;
            } else if (c != NULL && x->nnorm - 1u < SHORT_MAX &&
                       x->kind != RASD_TOK_AR && x->kind != RASD_TOK_LATIN) {
                /* punctuation and short numbers: the cache, by bytes */
                uint32_t key = short_key(x), sl = short_slot(key);
                if (c->shorts[sl].key == key) {
                    k = c->shorts[sl].ref;
                } else if (lex_tok_connector(x)) {
                    k = REF_CONN; /* stepped over: no readings */
                } else {
                    const wentry *e = cache_find(c, x);
                    if (e == NULL) {
                        if (cache_full(c)) { /* as for words, above */
                            s->nv = nv;
                            unpool(c, s, nwalked < nst ? st[nwalked].tok : i,
                                   i);
                            nv = s->nv;
                            cache_clear(c);
                            bywid = c->bywid;
                            nbywid = wid != NULL ? c->nbywid : 0;
                        }
                        rc = cache_add(t, c, x, &e);
                        pool = c->pool;
                        if (rc < 0)
                            goto out;
                    }
                    k = entry_ref(c, e);
                    c->shorts[sl].key = key;
                    c->shorts[sl].ref = k;
                }
                /* one ASCII byte has an id (RASD_WORD_BYTES): bywid
                 * then finds it next time, as words */
                if (wid != NULL && wid[i] != RASD_WORD_NONE) {
                    bywid_set(c, wid[i], k);
                    bywid = c->bywid;
                    nbywid = c->nbywid;
                }
                k &= ~REF_EMPTY;
            } else if (lex_tok_connector(x)) {
                k = REF_CONN; /* (a connector of one byte is not here: it
                                 is short, above) */
            } else if (x->nnorm > 0) {
                uint32_t r[RASD_KEYVAR_MAX], rt[RASD_KEYVAR_MAX];
                uint32_t sum[SUM_WORDS];
                int root = 0;
                size_t nr = plain_readings(t, x, r, rt, &root, sum);
                k = 0;
                if (nr != 0) {
                    k = REF_SCRATCH | (uint32_t)nv | (root ? REF_ROOT : 0u);
                    v[nv] = (uint32_t)nr;
                    memcpy(v + nv + 1, r, nr * sizeof *r);
                    memcpy(v + nv + 1 + nr, rt, nr * sizeof *rt);
                    nv += 1 + 2 * nr;
                    if (root) {
                        memcpy(v + nv, sum, sizeof sum);
                        nv += SUM_WORDS;
                    }
                }
            }
            ref[i] = k;
            st[nst].tok = (uint32_t)i;
            nst += k >> 31; /* REF_ROOT, as above */
        }
        sent = mark_breaks(doc, ref, i0, i1, sent);
        s->nv = nv;
        s->nst = nst;
        s->ready = i1;
        /* the last chunk completes every walk */
        size_t upto = i1 < nt ? i1 - 1 : SIZE_MAX - reach;
        /* (nst and st in locals: the walks' stores of bytes (marks) would
         * have them read again at every start) */
        const walker w = {t, tk, nt, s->mark, c != NULL ? c->pool : NULL,
                          s->v, s->ref, s->ready};
        /* The walks of the starts within reach, then the takes of those
         * that found something, listed without a branch: a take reads
         * only its own start's walk (MARK_CUED), and asking each start
         * whether it found something went either way (a tenth of the
         * scan's mispredicted branches). */
        uint32_t *found = s->found;
        size_t nfound = 0;
        for (; nwalked < nst && st[nwalked].tok + reach <= upto;
             nwalked++) {
            walk(w, &st[nwalked]);
            found[nfound] = (uint32_t)nwalked;
            nfound += st[nwalked].node != 0;
        }
        for (size_t q = 0; q < nfound; q++) {
            rc = take(lx, doc, s, &st[found[q]]);
            if (rc < 0)
                goto out;
        }
    }

    /* 2. was done start by start (take), into the caller's arena */
    if (s->nm > 0) {
        *out = s->m;
        *n = s->nm;
    }
out:
    s->m = NULL; /* the caller's now (or its arena's, on failure) */
    s->capm = 0;
    if (c != NULL)
        lex_cache_give(c);
    else
        scan_fini(&own);
    return rc;
}
