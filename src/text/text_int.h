/* text_int.h - private declarations of the text module, one section per
 * file.  Each table below is loaded from data/text by its own file. */
#ifndef RASD_TEXT_INT_H
#define RASD_TEXT_INT_H

#include <string.h>

#include "rasd/bytes.h"
#include "rasd/rasd.h"
#include "rasd/text.h"

/* --- the hash of a word (token.c, numbers.c, dates.c, stem.c) ---------- */

/* The last n % 8 bytes of z[0..n) as one word (first byte lowest on a
 * little-endian machine), from overlapping loads instead of a loop per
 * byte: words are short, so the tail is most of the work. */
static inline uint64_t rasd_text_tail8(const char *z, size_t n)
{
    size_t r = n & 7;
    uint64_t w = 0;
    if (r == 0)
        return 0;
    if (n >= 8) {
        memcpy(&w, z + n - 8, 8);
        return w >> (8 * (8 - r));
    }
    if (r >= 4) {
        uint32_t a, b;
        memcpy(&a, z, 4);
        memcpy(&b, z + r - 4, 4);
        return a | (uint64_t)b << (8 * (r - 4));
    }
    w = (unsigned char)z[0];
    w |= (uint64_t)(unsigned char)z[r / 2] << (8 * (r / 2));
    w |= (uint64_t)(unsigned char)z[r - 1] << (8 * (r - 1));
    return w;
}

/* 32-bit hash of z[0..n), eight bytes a step (multiply-xorshift, then a
 * final mix).  The tokenizer stores it in every token (rasd_token.hash);
 * the word tables of numbers.c and dates.c are keyed and filtered by it,
 * so a token is looked up without hashing it again.  Not stable across
 * versions or byte orders: nothing stores it. */
static inline uint32_t rasd_text_hash(const char *z, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (uint64_t)n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, z + i, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h ^= h >> 29;
    }
    if (n & 7)
        h = (h ^ rasd_text_tail8(z, n)) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
    h *= 0xc4ceb9fe1a85ec53ull;
    return (uint32_t)(h >> 32);
}

/* A cheaper 32-bit hash of z[0..n) (n > 0) for the caches of stem.c and
 * wordcache.c, which compare the words they find anyway: from overlapping
 * loads of the first and last eight bytes and n, so a word of up to 16
 * bytes (most of them) is read whole in two loads; longer words that share
 * both ends and their length meet in the probe.  seed tells kinds apart.
 * Not stable across versions: nothing stores it. */
static inline uint32_t rasd_text_hash_ends(const char *z, size_t n,
                                           uint64_t seed)
{
    uint64_t a, b;
    if (n >= 4) {
        /* n >= 8: a = z[0..8), b = z[n-8..n); 4-7: a = z[0..4), b =
         * z[n-4..n).  From four loads of four bytes, none past z[n), and
         * masks: a branch on n >= 8 went either way (an Arabic word of
         * three letters is six bytes, of four eight). */
        uint64_t m = 0 - (uint64_t)(n >= 8);
        uint32_t w0, w1, e0, e1;
        memcpy(&w0, z, 4);
        memcpy(&w1, z + (4 & m), 4);
        memcpy(&e0, z + ((n - 8) & m), 4);
        memcpy(&e1, z + n - 4, 4);
        a = w0 | (((uint64_t)w1 << 32) & m);
        b = ((e0 | (uint64_t)e1 << 32) & m) | (e1 & ~m);
    } else {
        a = (unsigned char)z[0] | (uint64_t)(unsigned char)z[n / 2] << 8 |
            (uint64_t)(unsigned char)z[n - 1] << 16;
        b = 0;
    }
    uint64_t h = (a ^ (uint64_t)n << 56 ^ seed) * 0xff51afd7ed558ccdull;
    h = (h ^ (h >> 29) ^ b) * 0xc4ceb9fe1a85ec53ull;
    /* the high half into the low one: slots are taken from the low bits,
     * which the multiply leaves blind to the high bits of b (the last
     * letter) */
    return (uint32_t)(h ^ (h >> 32));
}

/* --- wordtab.c: the interned word tables of numbers.c and dates.c ------ */
/* Both files keep their words (data/text/numbers.tsv, countable.tsv,
 * dates.tsv) the same way; this section is that common part.  What
 * differs -- the record and reading types, the grammar, the filter sizes
 * -- stays in each file.
 *
 *   pool  "خمسه\0وخمسه\0بخمسه\0..."   every string once, NUL-terminated
 *   words: slots --> rasd_wordent {off, len, hash, first} (a table word)
 *   surfs: slots --> rasd_wordent ...     (each form it takes in text)
 *
 * A set is open addressing over entry ids (slot = id + 1, 0 empty; a
 * power of two, at most half full); `first` is the owner's: words point
 * to their first record, surfaces to their first reading.  Every surface
 * also sets two bits of a Bloom filter, both taken from its
 * rasd_text_hash, which every token carries, so a token that is no table
 * word is rejected by two bit tests without hashing. */

#define RASD_WORDTAB_NONE UINT32_MAX /* no id */
#define RASD_WORDTAB_MAX_WORD 64     /* bytes of a normalised table word */

/* Proclitics peeled off a token (and allowed by an entry). */
#define RASD_WORDTAB_CONJ 0x01     /* و ف */
#define RASD_WORDTAB_PREP 0x02     /* ب ل ك */
#define RASD_WORDTAB_ART 0x04      /* ال, لل */
#define RASD_WORDTAB_NEED_ART 0x08 /* entry: only with the article */
#define RASD_WORDTAB_WA 0x10       /* the conjunction was و */

typedef struct rasd_wordent {
    uint32_t off, len; /* bytes in the pool */
    uint32_t hash;     /* rasd_text_hash of those bytes */
    uint32_t first;    /* the owner's: first record or first reading */
} rasd_wordent;

typedef struct rasd_wordset {
    rasd_wordent *e;
    size_t n, cap;
    uint32_t *slots; /* entry id + 1, 0 empty; a power of two */
    size_t nslots;
} rasd_wordset;

typedef struct rasd_wordtab {
    char *pool;          /* strings of words and surfaces */
    size_t npool, cappool;
    rasd_wordset words;  /* normalised table words */
    rasd_wordset surfs;  /* their surface forms */
} rasd_wordtab;

/* Frees what t holds (not t, which lives in its owner); t may be zeroed
 * or half built. */
void rasd_wordtab_fini(rasd_wordtab *t);

/* The id of z[0..n) (hash h = rasd_text_hash(z, n)) in set st of t, or
 * RASD_WORDTAB_NONE. */
uint32_t rasd_wordtab_find(const rasd_wordtab *t, const rasd_wordset *st,
                           const char *z, size_t n, uint32_t h);

/* Interns z[0..n) in set st of t and returns its id in *id (a new entry
 * has first = RASD_WORDTAB_NONE).  Moves t->pool and st->e: pointers
 * into them are invalid after the call.  0 or RASD_ENOMEM. */
int rasd_wordtab_add(rasd_wordtab *t, rasd_wordset *st, const char *z,
                     size_t n, uint32_t *id);

/* Sets the two bits of hash h in filter f of 1 << log bits. */
static inline void rasd_wordtab_filter_set(uint64_t *f, unsigned log,
                                           uint32_t h)
{
    uint32_t k1 = h >> (32 - log), k2 = h & ((1u << log) - 1);
    f[k1 >> 6] |= (uint64_t)1 << (k1 & 63);
    f[k2 >> 6] |= (uint64_t)1 << (k2 & 63);
}

/* 1 when both bits of hash h are set in filter f of 1 << log bits. */
static inline int rasd_wordtab_filter_has(const uint64_t *f, unsigned log,
                                          uint32_t h)
{
    uint32_t k1 = h >> (32 - log), k2 = h & ((1u << log) - 1);
    return (f[k1 >> 6] >> (k1 & 63)) & (f[k2 >> 6] >> (k2 & 63)) & 1u;
}

/* The hash a token is looked up by, for the first n bytes of its norm:
 * its own, unless n is shorter than its norm (a possessive dropped). */
static inline uint32_t rasd_wordtab_tok_hash(const rasd_token *tok,
                                             size_t n)
{
    return n == tok->nnorm ? tok->hash : rasd_text_hash(tok->norm, n);
}

/* The bytes of tok's norm a table is searched for: all of them, but for
 * an English possessive ('s) on a Latin word. */
static inline size_t rasd_wordtab_tok_len(const rasd_token *tok)
{
    size_t n = tok->nnorm;
    if (tok->kind == RASD_TOK_LATIN && n > 2 && tok->norm[n - 1] == 's' &&
        tok->norm[n - 2] == '\'')
        return n - 2;
    return n;
}

/* Called once per surface form z[0..n) (a stack buffer, valid during the
 * call) with the proclitics pfx (RASD_WORDTAB_*) it carries. */
typedef int (*rasd_wordtab_surface_fn)(void *ctx, const char *z, size_t n,
                                       uint8_t pfx);

/* Calls fn for body z[0..n) behind every combination of proclitics in
 * allow: [و|ف] [ب|ل|ك] [ال], where ل + ال is written لل; only the bare
 * body unless z is Arabic, and nothing when n > RASD_WORDTAB_MAX_WORD.
 * Order: conjunction, then preposition, then article, none first.
 * Returns 0 or the first negative code of fn. */
int rasd_wordtab_surfaces(const char *z, size_t n, uint8_t allow,
                          rasd_wordtab_surface_fn fn, void *ctx);

/* Normalises one written word into out (RASD_WORDTAB_MAX_WORD bytes);
 * returns its length, or 0 when it is empty or too long. */
size_t rasd_wordtab_norm_word(const char *z, size_t n, char *out);

/* Field i (0-based) of the TAB-separated line[0..n) and its length in
 * *len, or NULL when the line has fewer fields. */
const char *rasd_wordtab_field(const char *line, size_t n, int i,
                               size_t *len);

/* Handles one line (no newline, no CR; not empty, not a # comment).  On
 * a bad line sets *msg (a constant) and returns a negative code. */
typedef int (*rasd_wordtab_line_fn)(void *ctx, const char *line, size_t n,
                                    const char **msg);

/* Reads dir/name (at most 4 MiB) and calls fn for each line.  The path
 * goes into file (nfile bytes, truncated; may be NULL) before reading, so
 * a caller can name it; the number of lines read, up to and including a
 * bad one, into *nline.  On failure fills err (pos = that line number),
 * when not NULL, and returns the code. */
int rasd_wordtab_load_file(const char *dir, const char *name,
                           rasd_wordtab_line_fn fn, void *ctx,
                           rasd_parse_err *err, char *file, size_t nfile,
                           size_t *nline);

/* What the word tables of numbers.c and dates.c make of a token, by its
 * norm and kind alone: kept per word in the word cache and handed by the
 * tokenizer to rasd_numbers_find and rasd_dates_find, token by token, so
 * that they hash and look up no token. */
typedef struct rasd_tokinfo {
    uint32_t num;    /* rasd_numbers_first() */
    uint32_t date;   /* rasd_dates_first() */
    uint8_t dstart;  /* rasd_dates_starts() */
} rasd_tokinfo;

/* The rasd_tokinfo of a document's tokens, and, in order, the tokens
 * where a number may start (digits, or a reading that starts one) and
 * those where a date may (digits, or dstart): the others are skipped by
 * rasd_numbers_find and rasd_dates_find (but for the starts of numbers,
 * which dates also try), so they jump from one to the next rather than
 * test every token. */
typedef struct rasd_wordinfo {
    rasd_tokinfo *tok;
    uint32_t *num, *date;
    size_t nnum, ndate;
    uint32_t *wid;     /* rasd_doc.word_id, or NULL */
    uint64_t gen;      /* rasd_doc.word_gen */
} rasd_wordinfo;

/* --- numbers.c: number words, vague quantities, bounds, countable nouns */
typedef struct rasd_numtab rasd_numtab;
/* Loads dir/numbers.tsv (and any other file numbers.c documents).  On a
 * bad line sets *err (pos = line) and copies the file name into file. */
int rasd_numtab_load(rasd_numtab **out, const char *dir, rasd_parse_err *err,
                     char *file, size_t nfile);
void rasd_numtab_free(rasd_numtab *t);
/* The first reading of tok (norm, kind set) in t, or RASD_WORDTAB_NONE;
 * t may be NULL.  A function of tok's norm and kind alone: the word cache
 * keeps it per word (rasd_tokinfo). */
uint32_t rasd_numbers_first(const rasd_numtab *t, const rasd_token *tok);
/* 1 when a number may start at a word of first reading first (not
 * RASD_WORDTAB_NONE): one of its readings is no mere link (and, of, not,
 * an ordinal suffix). */
int rasd_numbers_starts(const rasd_numtab *t, uint32_t first);
/* wi: what the tokenizer found (rasd_doc_analyze), or NULL to look every
 * token up. */
int rasd_numbers_find(rasd_doc *doc, const rasd_numtab *t,
                      const rasd_wordinfo *wi);

/* --- dates.c: month and weekday names, relative expressions ------------ */
typedef struct rasd_datetab rasd_datetab;
int rasd_datetab_load(rasd_datetab **out, const char *dir,
                      rasd_parse_err *err, char *file, size_t nfile);
void rasd_datetab_free(rasd_datetab *t);
/* As rasd_numbers_first, in the date words; and 1 when tok may start a
 * date by the filter of words that start one (rasd_dates_find tries no
 * other word token). */
uint32_t rasd_dates_first(const rasd_datetab *t, const rasd_token *tok);
int rasd_dates_may_start(const rasd_datetab *t, const rasd_token *tok);
/* 1 when the readings from first on (rasd_dates_first) start a date: as
 * rasd_dates_may_start without the filter's false hits, for the word
 * cache, which asks once per word (a twentieth of the date candidates were
 * those hits, turned away by the scan). */
int rasd_dates_starts(const rasd_datetab *t, uint32_t first);
int rasd_dates_find(rasd_doc *doc, const rasd_datetab *t,
                    const rasd_wordinfo *wi);

/* --- clean.c: boilerplate patterns, repeated paragraphs ---------------- */
typedef struct rasd_cleantab rasd_cleantab;
int rasd_cleantab_load(rasd_cleantab **out, const char *dir,
                       rasd_parse_err *err, char *file, size_t nfile);
void rasd_cleantab_free(rasd_cleantab *t);
/* Fills doc->skip (sorted, non-overlapping) from doc->text. */
int rasd_clean_mark(rasd_doc *doc, const rasd_cleantab *t);

/* The same cleaning a line at a time, for the tokenizer that judges each
 * line as it reaches its end (rasd_text_tokenize_clean).  Lines longer
 * than this are hashed raw, never keyed. */
#define RASD_CLEAN_MAX_KEY_LINE 4096
typedef struct rasd_cleaner rasd_cleaner;
int rasd_cleaner_new(rasd_cleaner **out, const rasd_cleantab *t);
void rasd_cleaner_free(rasd_cleaner *c);
/* Room for the key of a line of up to RASD_CLEAN_MAX_KEY_LINE bytes
 * (4n + 8), and RASD_CLEAN_KEY_SLACK bytes more that a copy of eight bytes
 * a step may write, for a caller that builds the key itself. */
#define RASD_CLEAN_KEY_SLACK 16
char *rasd_cleaner_keybuf(rasd_cleaner *c);
/* Judges the line text[start..end) (its newline ends at next): nkey >= 0
 * when the caller wrote its key (text.h normalised, white space collapsed
 * and trimmed: what line_key computes) into rasd_cleaner_keybuf, -1 to
 * have it computed.  Lines come in order.  Returns 1 when the line is
 * dropped ([start, next) becomes a skip range), 0 when kept, or a
 * negative code. */
int rasd_cleaner_line(rasd_cleaner *c, const char *text, size_t start,
                      size_t end, size_t next, long nkey);
/* Merges the dropped lines into doc->skip. */
int rasd_cleaner_store(rasd_cleaner *c, rasd_doc *doc);

/* --- wordcache.c: what the tokenizer made of each word, by its bytes --- */
/* A token's norm, key, clitics and hash depend on its bytes alone, and
 * news repeats its words (Zipf): the tokenizer keeps them per distinct
 * word and copies them, where folding, hashing and keying every token was
 * two thirds of its work.  Like the stem cache it is a mutable part of a
 * const rasd_text_res (one res per thread); tokens get copies in their
 * arena, so emptying it at its ceiling invalidates nothing.
 *
 *   slots [ . t|9 . . t|1 . t|4 . ]  uint32: tag << 22 | offset / 4 + 1,
 *              |       |     |       0 = empty (open addressing, at most
 *              |       |     |       half full); tag: 10 more hash bits
 *   pool  [ hdr raw.. tail.. | hdr raw.. tail.. | ...   (4-byte aligned)
 *     hdr:  rasd_wcent below (also the word's rasd_tokinfo)
 *     raw:  the word's bytes in the text
 *     tail: the rest of the bytes the token takes in its arena (its
 *           block: norm, NUL, then key and NUL unless the key is a suffix
 *           of the norm; made with stems (RASD_WCENT_STEM), then the
 *           stem's length in two bytes, the stem and NUL for a word
 *           token, as rasd_doc_stem reads them).  When the norm is the
 *           raw bytes (most words), the block is raw and tail together and
 *           tail starts with the NUL; else tail is the whole block.
 *
 * Entries are as small as that (about 48 bytes a word, 58 with stems)
 * because what counts is how much of the cache stays in the L2 cache next
 * to the articles: misses cost more than the instructions.  Words go into
 * the pool in the order they are first seen, so frequent words share
 * lines near its start, and take their ids (rasd_doc.word_id) in that
 * order, so that a caller's table by id is dense where it is used most.
 * A stem in the block is copied with the norm: the token's stem costs a
 * few bytes of copy instead of a lookup in the stem cache (stem.c) per
 * token, which the article's analysis has pushed out of L2 by then.
 * (Keeping only the stem's offset in the norm, where 99.6 % of stems are,
 * made blocks 9 bytes shorter but the bench no faster: 0.391 s against
 * 0.382, best of 7.) */
typedef struct rasd_wcent {
    uint32_t nhash;   /* rasd_text_hash of the norm (rasd_token.hash) */
    uint32_t wid;     /* the word's id (rasd_doc.word_id): its rank in
                         the cache's filling plus RASD_WORD_BYTES, kept by
                         a replacement */
    uint32_t num, date; /* rasd_tokinfo */
    uint16_t nnorm;   /* <= 4 * 240 + 8 */
    uint16_t keyoff;  /* the key starts keyoff bytes into the block */
    uint16_t nkey;
    uint16_t nblk;
    uint8_t nraw;     /* <= 240 (token.c's MAX_TOKEN_BYTES) */
    uint8_t clitics;
    uint8_t flags;    /* RASD_WCENT_* */
    uint8_t dstart;   /* rasd_tokinfo */
} rasd_wcent;

/* normalised whole, or a fold holding white space: token.c's judge()
 * keys its line from the text */
#define RASD_WCENT_UNPLAIN 0x01
/* the norm is the raw bytes: the block starts at raw */
#define RASD_WCENT_SAME 0x02
/* a number may start at the word (rasd_wordinfo.num) */
#define RASD_WCENT_NUM 0x04
/* a date may start at the word (rasd_wordinfo.date) */
#define RASD_WCENT_DATE 0x08
/* made with stems (RASD_ANALYZE_STEMS): the block ends with the word's
 * stem as rasd_doc_stem reads it (a word token's) */
#define RASD_WCENT_STEM 0x10
/* replaced by a later entry of the same word (one with its stem): in the
 * pool, in no slot */
#define RASD_WCENT_DEAD 0x20

typedef struct rasd_wordcache {
    uint32_t *slots;   /* capslots of them, a power of two */
    uint32_t capslots;
    uint32_t n;        /* words in the pool: the next word's id */
    uint64_t gen;      /* this filling (rasd_doc.word_gen): unique in the
                          process, new when the cache is emptied */
    char *pool;        /* entries, npool bytes; cappool + 16 allocated */
    size_t npool, cappool;
} rasd_wordcache;

#define RASD_WORDCACHE_MAX_RAW 240
#define RASD_WORDCACHE_TAG_SHIFT 22 /* slots: offset / 4 + 1 below it */

int rasd_wordcache_new(rasd_wordcache **out);
void rasd_wordcache_free(rasd_wordcache *c);

static inline const char *rasd_wcent_raw(const rasd_wcent *e)
{
    return (const char *)(e + 1);
}

/* The block of e (norm, NUL, [key, NUL]), nblk bytes; 32 bytes from its
 * start, and 16 more past its end, may be read (they belong to the
 * pool). */
static inline const char *rasd_wcent_blk(const rasd_wcent *e)
{
    return rasd_wcent_raw(e) + (e->flags & RASD_WCENT_SAME ? 0 : e->nraw);
}


/* The entry of slot value k (not 0). */
static inline const rasd_wcent *rasd_wordcache_at(const rasd_wordcache *c,
                                                  uint32_t k)
{
    size_t off = (size_t)((k & ((1u << RASD_WORDCACHE_TAG_SHIFT) - 1)) - 1);
    return (const rasd_wcent *)(const void *)(c->pool + off * 4);
}

/* The entry of the word z[0..n) (h = rasd_text_hash_ends(z, n, 0)), or
 * NULL.  The tag in the slot spares reading the entry of another word. */
static inline const rasd_wcent *rasd_wordcache_find(const rasd_wordcache *c,
                                                    const char *z, size_t n,
                                                    uint32_t h)
{
    uint32_t mask = c->capslots - 1, tag = h >> RASD_WORDCACHE_TAG_SHIFT;
    for (uint32_t i = h & mask;; i = (i + 1) & mask) {
        uint32_t k = c->slots[i];
        if (k == 0)
            return NULL;
        if (k >> RASD_WORDCACHE_TAG_SHIFT != tag)
            continue;
        const rasd_wcent *e = rasd_wordcache_at(c, k);
        if (e->nraw == n && rasd_bytes_same(rasd_wcent_raw(e), z, n))
            return e;
    }
}

/* Adds the word z[0..hdr->nraw) of hash h (not yet in c, or in entry old
 * that the new entry replaces: old is then dead) with the fields of *hdr
 * but flags' RASD_WCENT_SAME, which it sets, and wid, and its block
 * blk[0..hdr->nblk).  Empties the cache first when it is at its ceiling
 * (a new gen).  Returns the new entry's wid (old's when it replaces it),
 * or RASD_WORD_NONE when out of memory (the cache is as it was). */
uint32_t rasd_wordcache_add(rasd_wordcache *c, const char *z, uint32_t h,
                            const rasd_wcent *hdr, const char *blk,
                            const rasd_wcent *old);

/* --- token.c: tokens and cleaning in one scan ------------------------- */
/* rasd_clean_mark then rasd_text_tokenize over doc->text (doc->skip empty),
 * with one decoding of the text: each line is judged by cl when the scan
 * reaches its end, from a key joined out of its tokens' norms.  Sets
 * doc->tokens, doc->ntokens and doc->skip exactly as the two calls do.
 * With res (may be NULL), uses its word cache and fills *wi (arrays in
 * doc->arena); else wi->tok = NULL.  With res and stems, each word token's
 * stem follows its norm and key in the arena (rasd_doc_stem). */
int rasd_text_tokenize_clean(rasd_doc *doc, rasd_cleaner *cl,
                             const rasd_text_res *res, rasd_wordinfo *wi,
                             int stems);
/* rasd_text_tokenize with res, as above. */
int rasd_text_tokenize_res(const char *z, size_t n, const rasd_span *skip,
                           size_t nskip, rasd_arena *a,
                           const rasd_text_res *res, rasd_token **out,
                           size_t *ntok, rasd_wordinfo *wi, int stems);
/* For tests: the first code point whose white space test by fold class
 * (clean.c's one-pass line key) differs from utf8proc's categories Zs Zl
 * Zp Cc (collapse()), or 0 when none does. */
uint32_t rasd_clean_space_mismatch(void);

/* --- stem.c: Snowball stemmers with a per-resource cache --------------- */
typedef struct rasd_stemcache rasd_stemcache;
int rasd_stemcache_new(rasd_stemcache **out);
void rasd_stemcache_free(rasd_stemcache *c);

/* --- key.c: the greedy key without a copy ----------------------------- */
/* rasd_text_key for a norm that stays put: when the key is a suffix of norm
 * (no suffix reduced, or a word that keeps its form) *key points into norm
 * and nothing is written; otherwise the key is written into out (room for
 * n + 1 bytes; no NUL) and *key = out.  nch: the code points of norm when
 * the caller counted them, else SIZE_MAX.  Returns the key's length. */
size_t rasd_text_key_ref(const char *norm, size_t n, int kind, size_t nch,
                         char *out, const char **key, uint8_t *clitics);

/* --- res.c: the bundle ------------------------------------------------- */
struct rasd_text_res {
    rasd_numtab *num;
    rasd_datetab *date;
    rasd_cleantab *clean;
    rasd_stemcache *stems; /* mutable cache behind a const res */
    rasd_wordcache *words; /* the same: token.c's word cache */
};

#endif
