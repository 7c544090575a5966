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
 * text and independent of the dictionary size; most walks stop after one
 * hash probe.
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
 *   match on keys).  It is also cued when a place ends on the token before
 *   and the alias's first word carries the conjunction و: places listed
 *   after one cue ("قاعدتي عين الأسد وحرير", "محافظة بابل والقائم"; one
 *   comma may stand between: "بمحافظة الأنبار، والحرير").  A
 *   proclitic ب on the ambiguous word itself ("بحديثة") is *not* a cue:
 *   ة and ه fold together, so بحديثة is also بحديثه, "in his talk".  The
 *   same rule serves every class; only place cues exist.
 */
#include <string.h>

#include "lex_int.h"

#define MAX_CONNECTORS 3 /* "U.S.-led": the most a name has in a row */
#define MAX_STATES 16    /* live trie nodes in one walk; readings of a word
                            are at most RASD_KEYVAR_MAX and few survive */

/* A reduced suffix costs more than any run of clitics, and marks the
 * path: places take no dual or plural ending, so a path that reduced one
 * (نيسان -> نيس) never names a place. */
#define SUFFIX_COST 256u

/* One reading of a text token, in the scan's pool. */
typedef struct tvar {
    uint32_t off;  /* into scan.pool */
    uint32_t hash; /* lex_key_hash */
    uint16_t n;
    uint16_t cost; /* clitics and suffix removed */
} tvar;

typedef struct state {
    uint32_t node;
    uint32_t cost;
} state;

/* Scratch of one scan, on the heap: freed before returning. */
typedef struct scan {
    tvar *v;         /* readings, token by token */
    size_t nv, capv;
    char *pool;      /* their bytes */
    size_t npool, cappool;
    uint32_t *first; /* readings of token i: v[first[i]..first[i+1]) */
} scan;

static void scan_fini(scan *s)
{
    rasd_free(s->v);
    rasd_free(s->pool);
    rasd_free(s->first);
}

/* Appends the readings of t. */
static int add_readings(scan *s, const rasd_token *t)
{
    char buf[2048];
    rasd_keyvar kv[RASD_KEYVAR_MAX];
    size_t nk = rasd_text_key_variants(t->norm, t->nnorm, t->kind, buf,
                                       sizeof buf, kv, RASD_KEYVAR_MAX);
    size_t bytes = 0;
    for (size_t i = 0; i < nk; i++)
        bytes += kv[i].n;
    if (s->nv + nk > s->capv) {
        size_t cap = s->capv ? s->capv : 1024;
        while (cap < s->nv + nk)
            cap *= 2;
        tvar *p = rasd_realloc(s->v, cap * sizeof *p);
        if (p == NULL)
            return RASD_ENOMEM;
        s->v = p;
        s->capv = cap;
    }
    if (s->npool + bytes > s->cappool) {
        size_t cap = s->cappool ? s->cappool : 8192;
        while (cap < s->npool + bytes)
            cap *= 2;
        if (cap > UINT32_MAX)
            return RASD_ETOOBIG;
        char *p = rasd_realloc(s->pool, cap);
        if (p == NULL)
            return RASD_ENOMEM;
        s->pool = p;
        s->cappool = cap;
    }
    for (size_t i = 0; i < nk; i++) {
        tvar *v = &s->v[s->nv++];
        memcpy(s->pool + s->npool, kv[i].p, kv[i].n);
        v->off = (uint32_t)s->npool;
        v->n = kv[i].n;
        v->hash = lex_key_hash(kv[i].p, kv[i].n);
        v->cost = (uint16_t)(__builtin_popcount(kv[i].clitics) +
                             (kv[i].suffix ? SUFFIX_COST : 0));
        s->npool += kv[i].n;
    }
    return 0;
}

/* Adds node to the state set, keeping the cheaper of two paths to one
 * node; when the set is full, a cheaper path replaces the dearest. */
static void add_state(state *set, size_t *n, uint32_t node, uint32_t cost)
{
    size_t worst = 0;
    for (size_t i = 0; i < *n; i++) {
        if (set[i].node == node) {
            if (cost < set[i].cost)
                set[i].cost = cost;
            return;
        }
        if (set[i].cost > set[worst].cost)
            worst = i;
    }
    if (*n < MAX_STATES) {
        set[(*n)++] = (state){node, cost};
    } else if (cost < set[worst].cost) {
        set[worst] = (state){node, cost};
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
    if (mark[j - 1] & MARK_CUE_END)
        return 1;
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

/* English writes place names with a capital: "storage tank" is not Tank
 * (Pakistan), "hit" is not Hit (Iraq).  Arabic has no case to go by. */
static int lower_latin_place(const rasd_lexicon *lx, const lex_accept *x,
                             const rasd_token *first, size_t nleft)
{
    if (lx->entries[x->entry].cls != RASD_CLASS_PLACE ||
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
static int has_nonplace(const rasd_lexicon *lx, uint32_t node)
{
    const lex_trie *t = &lx->trie;
    const lex_node *nd = &t->nodes[node];
    for (uint32_t i = 0; i < nd->nacc; i++)
        if (lx->entries[t->acc[nd->acc + i].entry].cls != RASD_CLASS_PLACE)
            return 1;
    return 0;
}

/* Walks from start j (step 1 of the top comment). */
static void walk(const rasd_lexicon *lx, const rasd_doc *doc, const scan *s,
                 size_t j, uint8_t *mark, uint32_t *best_node,
                 uint32_t *best_end, uint8_t *best_sfx)
{
    const lex_trie *t = &lx->trie;
    const rasd_token *tk = doc->tokens;
    state cur[MAX_STATES], nxt[MAX_STATES];
    size_t ncur = 1, nnxt;
    int cued = is_cued(tk, mark, j);
    if (cued)
        mark[j] |= MARK_CUED;
    int skipped = 0;
    cur[0] = (state){0, 0};
    for (size_t k = j; k < doc->ntokens; k++) {
        if (k > j && (tk[k - 1].sent_end ||
                      (tk[k].flags & RASD_TOKF_PARA_START)))
            break;
        if (lex_tok_connector(&tk[k])) {
            if (k == j || ++skipped > MAX_CONNECTORS)
                break;
            continue;
        }
        skipped = 0;
        nnxt = 0;
        for (size_t i = 0; i < ncur; i++) {
            for (uint32_t r = s->first[k]; r < s->first[k + 1]; r++) {
                const tvar *v = &s->v[r];
                uint32_t c = lex_trie_child(t, cur[i].node, v->hash,
                                            s->pool + v->off, v->n);
                if (c != 0)
                    add_state(nxt, &nnxt, c, cur[i].cost + v->cost);
            }
        }
        if (nnxt == 0)
            break;
        memcpy(cur, nxt, nnxt * sizeof *cur);
        ncur = nnxt;
        long best = -1;
        for (size_t i = 0; i < ncur; i++) {
            uint8_t fl = t->nodes[cur[i].node].flags;
            int sfx = cur[i].cost >= SUFFIX_COST;
            if (sfx && !has_nonplace(lx, cur[i].node))
                continue; /* a reduced suffix never names a place */
            if (fl & NODE_CUE)
                mark[k] |= MARK_CUE_END;
            if (!sfx && ((fl & NODE_PLACE) || ((fl & NODE_AMB_PLACE) && cued)))
                mark[k] |= MARK_PLACE_END;
            if (((fl & NODE_PLAIN) || ((fl & NODE_AMB) && cued)) &&
                (best < 0 || cur[i].cost < cur[best].cost))
                best = (long)i;
        }
        if (best >= 0) {
            best_node[j] = cur[best].node;
            best_end[j] = (uint32_t)k;
            best_sfx[j] = cur[best].cost >= SUFFIX_COST;
        }
    }
}

int rasd_match_scan(const rasd_lexicon *lx, const rasd_doc *doc,
                    rasd_arena *a, rasd_match **out, size_t *n)
{
    scan s = {0};
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
    uint32_t *best_node = rasd_arena_calloc(a, nt * sizeof *best_node);
    uint32_t *best_end = rasd_arena_alloc(a, nt * sizeof *best_end);
    uint8_t *mark = rasd_arena_calloc(a, nt);
    uint8_t *best_sfx = rasd_arena_calloc(a, nt);
    s.first = rasd_malloc((nt + 1) * sizeof *s.first);
    if (best_node == NULL || best_end == NULL || mark == NULL ||
        best_sfx == NULL || s.first == NULL) {
        rc = RASD_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < nt; i++) {
        s.first[i] = (uint32_t)s.nv;
        if (!lex_tok_connector(&tk[i]) && tk[i].nnorm > 0) {
            rc = add_readings(&s, &tk[i]);
            if (rc < 0)
                goto out;
        }
    }
    s.first[nt] = (uint32_t)s.nv;

    /* 1. Walk from every start. */
    for (size_t j = 0; j < nt; j++)
        walk(lx, doc, &s, j, mark, best_node, best_end, best_sfx);

    /* 2. Leftmost-longest selection: count, then fill. */
    size_t count = 0;
    for (size_t j = 0; j < nt;) {
        if (best_node[j] == 0) {
            j++;
            continue;
        }
        const lex_node *nd = &t->nodes[best_node[j]];
        int cued = (mark[j] & MARK_CUED) != 0;
        for (uint32_t i = 0; i < nd->nacc; i++)
            count += (!t->acc[nd->acc + i].amb || cued) &&
                     !(best_sfx[j] && lx->entries[t->acc[nd->acc + i].entry]
                                              .cls == RASD_CLASS_PLACE) &&
                     !lower_latin_place(lx, &t->acc[nd->acc + i], &tk[j],
                                        nt - j);
        j = best_end[j] + 1;
    }
    if (count == 0)
        goto out;
    rasd_match *m = rasd_arena_alloc(a, count * sizeof *m);
    if (m == NULL) {
        rc = RASD_ENOMEM;
        goto out;
    }
    size_t im = 0;
    for (size_t j = 0; j < nt;) {
        if (best_node[j] == 0) {
            j++;
            continue;
        }
        const lex_node *nd = &t->nodes[best_node[j]];
        size_t last = best_end[j];
        int cued = (mark[j] & MARK_CUED) != 0;
        for (uint32_t i = 0; i < nd->nacc; i++) {
            const lex_accept *x = &t->acc[nd->acc + i];
            if (x->amb && !cued)
                continue;
            if (best_sfx[j] && lx->entries[x->entry].cls == RASD_CLASS_PLACE)
                continue;
            if (lower_latin_place(lx, x, &tk[j], nt - j))
                continue;
            m[im].start = tk[j].start;
            m[im].end = tk[last].end;
            m[im].tok_first = (uint32_t)j;
            m[im].tok_last = (uint32_t)last;
            m[im].entry = &lx->entries[x->entry];
            m[im].flags = x->amb ? RASD_MATCHF_NEEDS_CUE | RASD_MATCHF_CUED
                                 : 0;
            im++;
        }
        j = last + 1;
    }
    *out = m;
    *n = im;
out:
    scan_fini(&s);
    return rc;
}
