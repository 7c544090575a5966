/* numbers.c - finds the numbers of an article: digits, Arabic and English
 * number words, Arabic duals, vague quantities, bounds and ordinals.
 *
 * The words live in data/text/numbers.tsv and data/text/countable.tsv (see
 * their headers); this file is the grammar that combines them.  No library
 * reads Arabic number words ("ثلاثة آلاف وخمسمئة", "اثنتي عشرة", the
 * conjunction glued to the next word), so the grammar is ours:
 *
 *   number  := DIGITS [scale] | part { CONN part }      parts fall in size
 *   part    := chunk [scale] | scale | scaled | art scale
 *   chunk   := hundreds [CONN lower] | lower
 *   hundreds:= H | unit mul | mul | art mul            H: 200..900 fused
 *   lower   := (unit|one|pre) teen                     "ثلاثة عشر"
 *            | unit CONN tens                          "خمسة وعشرون"
 *            | tens ["-"] unit                         "twenty-five"
 *            | unit | teen | tens | 10..19
 *   CONN    := و glued to the next word, a lone "و", "and", or nothing
 *              (English only)
 *
 * Speed (the text layer targets 200 MB/s): every form a table word can
 * take in running text -- behind each proclitic combination و ف ب ل ك ال
 * it allows, and each dual form of a countable noun -- is interned at load
 * time, so a token costs one bit test of a filter and, rarely, one hash
 * lookup.  We do not use token->key: it also strips suffixes ("خمسين"
 * would lose its ين) and never goes below three letters.
 * The table machinery -- string pool, word and surface sets, filter
 * bits, proclitic expansion, file reading -- is wordtab.c's (text_int.h),
 * shared with dates.c; the records, dual forms and grammar are here.
 *
 * Decisions: "نحو/about" is an approximation, not a lower bound; "عشرات/
 * dozens" and "آلاف" alone are VAGUE with value 0 (SCHEMA: "dozens" is
 * null); "أحد/إحدى" count 1 only before a noun and not after a negation
 * ("لم يصب أحد" is nobody).
 */
#include <string.h>

#include "text_int.h"

/* ---- the word table (data/text/numbers.tsv, countable.tsv) -------------- */

#define MAX_PHRASE 4      /* words in the longest phrase ("no fewer than") */
#define MAX_WORD RASD_WORDTAB_MAX_WORD
#define FILTER_LOG 17 /* 16 KiB of filter bits for ~15000 surfaces: a
                         stray word passes both bits 1 time in 25 */
#define FILTER_BITS (1u << FILTER_LOG)
#define NONE RASD_WORDTAB_NONE

enum kind {
    K_NUM = 1, K_ONE, K_PRE, K_TEEN, K_MUL, K_SCALE, K_SCALES, K_SCALED,
    K_DOZEN, K_ART, K_AND, K_ORD, K_ORDSUF, K_VAGUE, K_LOWER, K_LOWERPRE,
    K_APPROX, K_UPPER, K_NEG, K_OF,
    K_COUNT,  /* countable noun (countable.tsv) */
    K_COUNT_AN /* countable noun whose ين dual is also its plural */
};

static const struct {
    const char *z;
    uint8_t kind;
} kind_names[] = {
    {"num", K_NUM},       {"one", K_ONE},         {"pre", K_PRE},
    {"teen", K_TEEN},     {"mul", K_MUL},         {"scale", K_SCALE},
    {"scales", K_SCALES}, {"scaled", K_SCALED},   {"dozen", K_DOZEN},
    {"art", K_ART},       {"and", K_AND},         {"ord", K_ORD},
    {"ordsuf", K_ORDSUF}, {"vague", K_VAGUE},     {"lower", K_LOWER},
    {"lowerpre", K_LOWERPRE}, {"approx", K_APPROX}, {"upper", K_UPPER},
    {"neg", K_NEG},       {"of", K_OF},
};

/* Proclitics peeled off a token (and allowed by an entry). */
#define PF_CONJ RASD_WORDTAB_CONJ         /* و ف */
#define PF_PREP RASD_WORDTAB_PREP         /* ب ل ك */
#define PF_ART RASD_WORDTAB_ART           /* ال, لل */
#define PF_NEED_ART RASD_WORDTAB_NEED_ART /* entry: only with the article */
#define PF_WA RASD_WORDTAB_WA /* the conjunction was و (joins number parts) */

typedef struct rec {
    uint8_t kind;
    uint8_t nw;               /* words in the phrase */
    uint8_t pfx;              /* PF_* the first word may carry */
    uint32_t next;            /* next record with the same first word */
    uint32_t w[MAX_PHRASE];   /* word ids */
    double value;
} rec;

/* One reading of a surface form: table word `word` behind the proclitics
 * pfx, as itself or as one of its dual forms. */
typedef struct alt {
    uint32_t word;
    uint32_t next;     /* next reading of the same surface */
    uint8_t pfx;       /* PF_* */
    uint8_t form;      /* FORM_* */
} alt;

enum { FORM_WORD, FORM_DUAL, FORM_CONSTRUCT };

/*   surfs "وبالطايرتين" --> alt {word "طايره", PF_CONJ|PF_PREP|PF_ART,
 *                                FORM_DUAL} --> ... next reading
 *   words "طايره" --> rec {K_COUNT} --> rec ... (file order)
 * Every surface a table word can take in running text (each allowed
 * proclitic combination, each dual form) is interned at load time, so a
 * token costs one hash lookup and no peeling. */
struct rasd_numtab {
    rasd_wordtab wt;   /* words, surfaces and their pool (wordtab.c) */
    rec *recs;
    size_t nrecs, caprecs;
    alt *alts;
    size_t nalts, capalts;
    uint32_t *akinds;  /* nalts + 1: kinds_of(a) of each alt a at a + 1,
                          0 at 0 (NONE + 1, wrapping), set once loaded
                          (set_akinds): the scan reads one word where it
                          walked two lists of cold tables */
    uint64_t filter[FILTER_BITS / 64]; /* over surfaces: rejects most
                                          tokens before hashing them */
};

/* The filter over surfaces (text_int.h, wordtab.c section). */
static void filter_set(uint64_t *f, uint32_t h)
{
    rasd_wordtab_filter_set(f, FILTER_LOG, h);
}

static int filter_has(const uint64_t *f, uint32_t h)
{
    return rasd_wordtab_filter_has(f, FILTER_LOG, h);
}

static int word_add(rasd_numtab *t, const char *z, size_t n, uint32_t *id)
{
    return rasd_wordtab_add(&t->wt, &t->wt.words, z, n, id);
}

/* Appends a record; records of one first word keep file order. */
static int rec_add(rasd_numtab *t, const rec *r)
{
    if (t->nrecs == t->caprecs) {
        size_t cap = t->caprecs ? t->caprecs * 2 : 256;
        rec *a = rasd_realloc(t->recs, cap * sizeof *a);
        if (a == NULL)
            return RASD_ENOMEM;
        t->recs = a;
        t->caprecs = cap;
    }
    uint32_t id = (uint32_t)t->nrecs++;
    t->recs[id] = *r;
    t->recs[id].next = NONE;
    uint32_t *link = &t->wt.words.e[r->w[0]].first;
    while (*link != NONE)
        link = &t->recs[*link].next;
    *link = id;
    return 0;
}

static int popcount8(uint8_t x)
{
    int n = 0;
    for (; x; x &= (uint8_t)(x - 1))
        n++;
    return n;
}

/* Adds a reading of surface z[0..n); readings with fewer proclitics come
 * first, so "واحد" reads as واحد before و + أحد. */
static int surface_add(rasd_numtab *t, const char *z, size_t n,
                       uint32_t word, uint8_t pfx, uint8_t form)
{
    uint32_t sid;
    int rc = rasd_wordtab_add(&t->wt, &t->wt.surfs, z, n, &sid);
    if (rc < 0)
        return rc;
    if (t->nalts == t->capalts) {
        size_t cap = t->capalts ? t->capalts * 2 : 1024;
        alt *a = rasd_realloc(t->alts, cap * sizeof *a);
        if (a == NULL)
            return RASD_ENOMEM;
        t->alts = a;
        t->capalts = cap;
    }
    uint32_t *link = &t->wt.surfs.e[sid].first;
    while (*link != NONE) {
        const alt *a = &t->alts[*link];
        if (a->word == word && a->pfx == pfx && a->form == form)
            return 0;
        if (popcount8(a->pfx & 0x0F) > popcount8(pfx & 0x0F))
            break;
        link = &t->alts[*link].next;
    }
    uint32_t id = (uint32_t)t->nalts++;
    t->alts[id] = (alt){word, *link, pfx, form};
    *link = id;
    filter_set(t->filter, t->wt.surfs.e[sid].hash);
    return 0;
}

/* The context of surface_cb: whose surfaces, of which word, as what. */
typedef struct surfctx {
    rasd_numtab *t;
    uint32_t word;
    uint8_t form;  /* FORM_* */
} surfctx;

static int surface_cb(void *ctx, const char *z, size_t n, uint8_t pfx)
{
    const surfctx *c = ctx;
    return surface_add(c->t, z, n, c->word, pfx, c->form);
}

/* Adds body z[0..n) behind every combination of proclitics in allow
 * (rasd_wordtab_surfaces). */
static int surfaces_of(rasd_numtab *t, const char *z, size_t n,
                       uint32_t word, uint8_t allow, uint8_t form)
{
    surfctx c = {t, word, form};
    return rasd_wordtab_surfaces(z, n, allow, surface_cb, &c);
}

#define AR_ALIF_NUN "\xd8\xa7\xd9\x86" /* ان */
#define AR_YA_NUN "\xd9\x8a\xd9\x86"   /* ين */
#define AR_ALIF "\xd8\xa7"             /* ا */
#define AR_YA "\xd9\x8a"               /* ي */
#define AR_TA "\xd8\xaa"               /* ت */
#define AR_HA "\xd9\x87"               /* ه (ة normalised) */

/* The surfaces of every word that starts a record: the word itself behind
 * the proclitics its records allow, and for a countable noun its duals:
 * + ان/ين, or for a noun in ة (ه): ت + ان/ين and the construct ت + ا/ي
 * ("قذيفتي هاون").  A K_COUNT_AN noun gets no ين form (مسلحين is
 * "gunmen"). */
static int build_surfaces(rasd_numtab *t)
{
    char buf[MAX_WORD + 8];
    for (uint32_t w = 0; w < t->wt.words.n; w++) {
        const rasd_wordent *e = &t->wt.words.e[w];
        uint8_t allow = 0;
        int count = 0, rc;
        if (e->first == NONE)
            continue;
        for (uint32_t r = e->first; r != NONE; r = t->recs[r].next) {
            if (t->recs[r].kind >= K_COUNT)
                count = t->recs[r].kind;
            else
                allow |= t->recs[r].pfx & (PF_CONJ | PF_PREP | PF_ART);
        }
        /* e may move as surfaces grow the pool: copy the word first */
        size_t n = e->len;
        char z[MAX_WORD + 1];
        memcpy(z, t->wt.pool + e->off, n);
        rc = surfaces_of(t, z, n, w, allow, FORM_WORD);
        if (rc < 0)
            return rc;
        if (!count || n < 4)
            continue;
        const uint8_t all = PF_CONJ | PF_PREP | PF_ART;
        if (memcmp(z + n - 2, AR_HA, 2) == 0) {
            static const char *const end[] = {AR_ALIF_NUN, AR_YA_NUN,
                                              AR_ALIF, AR_YA};
            for (int k = 0; k < 4; k++) {
                size_t m = n - 2;
                memcpy(buf, z, m);
                memcpy(buf + m, AR_TA, 2);
                memcpy(buf + m + 2, end[k], strlen(end[k]));
                m += 2 + strlen(end[k]);
                rc = surfaces_of(t, buf, m, w, all,
                                 k < 2 ? FORM_DUAL : FORM_CONSTRUCT);
                if (rc < 0)
                    return rc;
            }
        } else {
            for (int k = 0; k < (count == K_COUNT ? 2 : 1); k++) {
                memcpy(buf, z, n);
                memcpy(buf + n, k ? AR_YA_NUN : AR_ALIF_NUN, 4);
                rc = surfaces_of(t, buf, n + 4, w, all, FORM_DUAL);
                if (rc < 0)
                    return rc;
            }
        }
    }
    return 0;
}

void rasd_numtab_free(rasd_numtab *t)
{
    if (t == NULL)
        return;
    rasd_wordtab_fini(&t->wt);
    rasd_free(t->recs);
    rasd_free(t->alts);
    rasd_free(t->akinds);
    rasd_free(t);
}

/* ---- loading ------------------------------------------------------------ */

typedef struct loader {
    rasd_numtab *t;
    const char **msg;  /* set on a bad line */
} loader;

/* Splits a phrase on spaces, normalises and interns each word. */
static int add_phrase(loader *ld, rec *r, const char *z, size_t n)
{
    size_t i = 0;
    r->nw = 0;
    while (i < n) {
        while (i < n && z[i] == ' ')
            i++;
        size_t s = i;
        while (i < n && z[i] != ' ')
            i++;
        if (i == s)
            break;
        if (r->nw == MAX_PHRASE) {
            *ld->msg = "phrase has too many words";
            return RASD_EFORMAT;
        }
        char w[MAX_WORD];
        size_t k = rasd_wordtab_norm_word(z + s, i - s, w);
        if (k == 0) {
            *ld->msg = "word empty or too long";
            return RASD_EFORMAT;
        }
        int rc = word_add(ld->t, w, k, &r->w[r->nw]);
        if (rc < 0)
            return rc;
        r->nw++;
    }
    if (r->nw == 0) {
        *ld->msg = "missing words";
        return RASD_EFORMAT;
    }
    return rec_add(ld->t, r);
}

/* Parses a decimal value such as "1000000" or "1"; "-" is 0. */
static int parse_value(const char *z, size_t n, double *v)
{
    if (n == 1 && z[0] == '-') {
        *v = 0;
        return 0;
    }
    if (n == 0 || n > 15)
        return -1;
    double x = 0;
    for (size_t i = 0; i < n; i++) {
        if (z[i] < '0' || z[i] > '9')
            return -1;
        x = x * 10 + (z[i] - '0');
    }
    *v = x;
    return 0;
}

static int parse_prefixes(const char *z, size_t n, uint8_t *out)
{
    uint8_t p = 0;
    for (size_t i = 0; i < n; i++) {
        switch (z[i]) {
        case 'c': p |= PF_CONJ; break;
        case 'p': p |= PF_PREP; break;
        case 'a': p |= PF_ART; break;
        case 'A': p |= PF_ART | PF_NEED_ART; break;
        default: return -1;
        }
    }
    *out = p;
    return 0;
}

static int load_numbers_line(loader *ld, const char *line, size_t n)
{
    size_t nk = 0, nw = 0, nv = 0, np = 0;
    const char *k = rasd_wordtab_field(line, n, 0, &nk);
    const char *w = rasd_wordtab_field(line, n, 1, &nw);
    const char *v = rasd_wordtab_field(line, n, 2, &nv);
    const char *p = rasd_wordtab_field(line, n, 3, &np);
    rec r;
    memset(&r, 0, sizeof r);
    if (w == NULL || v == NULL ||
        rasd_wordtab_field(line, n, 4, &nk) != NULL) {
        if (w == NULL || v == NULL)
            *ld->msg = "expected KIND<TAB>WORDS<TAB>VALUE[<TAB>PREFIXES]";
        else
            *ld->msg = "too many fields";
        return RASD_EFORMAT;
    }
    rasd_wordtab_field(line, n, 0, &nk);
    for (size_t i = 0; i < sizeof kind_names / sizeof kind_names[0]; i++) {
        if (strlen(kind_names[i].z) == nk &&
            memcmp(kind_names[i].z, k, nk) == 0)
            r.kind = kind_names[i].kind;
    }
    if (r.kind == 0) {
        *ld->msg = "unknown kind";
        return RASD_EFORMAT;
    }
    if (parse_value(v, nv, &r.value) < 0) {
        *ld->msg = "value is not a whole number or -";
        return RASD_EFORMAT;
    }
    r.pfx = PF_CONJ | PF_PREP;
    if (p != NULL && parse_prefixes(p, np, &r.pfx) < 0) {
        *ld->msg = "prefixes must be letters of cpaA";
        return RASD_EFORMAT;
    }
    return add_phrase(ld, &r, w, nw);
}

static int load_countable_line(loader *ld, const char *line, size_t n)
{
    size_t nw = 0, nc = 0, nd = 0;
    const char *w = rasd_wordtab_field(line, n, 0, &nw);
    const char *c = rasd_wordtab_field(line, n, 1, &nc);
    const char *d = rasd_wordtab_field(line, n, 2, &nd);
    rec r;
    memset(&r, 0, sizeof r);
    if (c == NULL || d == NULL ||
        rasd_wordtab_field(line, n, 3, &nc) != NULL) {
        *ld->msg = "expected SINGULAR<TAB>CLASS<TAB>both|an";
        return RASD_EFORMAT;
    }
    if (nd == 4 && memcmp(d, "both", 4) == 0) {
        r.kind = K_COUNT;
    } else if (nd == 2 && memcmp(d, "an", 2) == 0) {
        r.kind = K_COUNT_AN;
    } else {
        *ld->msg = "duals must be both or an";
        return RASD_EFORMAT;
    }
    r.pfx = PF_CONJ | PF_PREP | PF_ART;
    for (size_t i = 0; i < nw; i++) {
        if (w[i] == ' ') {
            *ld->msg = "a countable noun is one word";
            return RASD_EFORMAT;
        }
    }
    return add_phrase(ld, &r, w, nw);
}

static int numbers_line(void *ctx, const char *line, size_t n,
                        const char **msg)
{
    loader ld = {ctx, msg};
    return load_numbers_line(&ld, line, n);
}

static int countable_line(void *ctx, const char *line, size_t n,
                          const char **msg)
{
    loader ld = {ctx, msg};
    return load_countable_line(&ld, line, n);
}

static uint32_t kinds_of(const rasd_numtab *t, uint32_t first);

/* Fills t->akinds.  Returns 0 or RASD_ENOMEM. */
static int set_akinds(rasd_numtab *t)
{
    t->akinds = rasd_malloc((t->nalts + 1) * sizeof *t->akinds);
    if (t->akinds == NULL)
        return RASD_ENOMEM;
    t->akinds[0] = 0; /* NONE + 1 */
    for (size_t a = 0; a < t->nalts; a++)
        t->akinds[a + 1] = kinds_of(t, (uint32_t)a);
    return 0;
}

int rasd_numtab_load(rasd_numtab **out, const char *dir, rasd_parse_err *err,
                     char *file, size_t nfile)
{
    int rc;
    rasd_numtab *t = rasd_calloc(1, sizeof *t);
    *out = NULL;
    if (t == NULL)
        return RASD_ENOMEM;
    rc = rasd_wordtab_load_file(dir, "numbers.tsv", numbers_line, t, err,
                                file, nfile, NULL);
    if (rc < 0)
        goto out;
    rc = rasd_wordtab_load_file(dir, "countable.tsv", countable_line, t, err,
                                file, nfile, NULL);
    if (rc < 0)
        goto out;
    rc = build_surfaces(t);
    if (rc == 0)
        rc = set_akinds(t);
    if (rc < 0 && err != NULL) {
        err->code = rc;
        err->msg = rasd_strerror(rc);
        err->pos = 0;
    }
out:
    if (rc < 0) {
        rasd_numtab_free(t);
        return rc;
    }
    *out = t;
    return 0;
}

/* ---- token classification ----------------------------------------------- */

/* A view of a token as a table word: the record found and the proclitics
 * it carries. */
typedef struct tcls {
    const rec *r;   /* one-word record, or NULL */
    uint8_t pfx;    /* PF_* */
} tcls;

static int pfx_ok(const rec *r, uint8_t used)
{
    uint8_t u = used & (PF_CONJ | PF_PREP | PF_ART);
    if ((u & ~r->pfx) != 0)
        return 0;
    if ((r->pfx & PF_NEED_ART) && !(u & PF_ART))
        return 0;
    return 1;
}

/* False when the filter says tok is no surface of the table: lookup()
 * would return NONE.  The scan asks this before the lookup cache. */
static int may_read(const rasd_numtab *t, const rasd_token *tok)
{
    if (tok->kind != RASD_TOK_AR && tok->kind != RASD_TOK_LATIN)
        return 0;
    size_t n = rasd_wordtab_tok_len(tok);
    return n != 0 && n <= MAX_WORD + 16 &&
           filter_has(t->filter, rasd_wordtab_tok_hash(tok, n));
}

/* The first reading of token tok, or NONE. */
static uint32_t lookup(const rasd_numtab *t, const rasd_token *tok)
{
    if (tok->kind != RASD_TOK_AR && tok->kind != RASD_TOK_LATIN)
        return NONE;
    size_t n = rasd_wordtab_tok_len(tok);
    if (n == 0 || n > MAX_WORD + 16)
        return NONE;
    uint32_t h = rasd_wordtab_tok_hash(tok, n);
    if (!filter_has(t->filter, h))
        return NONE;
    uint32_t id = rasd_wordtab_find(&t->wt, &t->wt.surfs, tok->norm, n, h);
    return id == NONE ? NONE : t->wt.surfs.e[id].first;
}

uint32_t rasd_numbers_first(const rasd_numtab *t, const rasd_token *tok)
{
    return t ? lookup(t, tok) : NONE;
}

/* ---- the scan ----------------------------------------------------------- */

/* The parser looks a few tokens ahead and back, again and again: the
 * readings of recent tokens are kept in a small direct-mapped cache, when the
 * word cache has not given them (rasd_wordinfo: then they are read from
 * there, readings()). */
#define CACHE 16

typedef struct lcache {
    size_t tok[CACHE];
    uint32_t first[CACHE];  /* first reading */
    uint32_t kinds[CACHE];  /* BIT(kind) of the records of its readings;
                               BIT(K_COUNT) for a dual */
} lcache;

typedef struct scan {
    rasd_doc *doc;
    const rasd_numtab *t;
    rasd_number *a;
    size_t n, cap;
    lcache *cache;   /* mutable behind a const scan */
    const rasd_tokinfo *info; /* first readings by token, or NULL */
} scan;

static const rasd_token *tok_at(const scan *s, size_t i)
{
    return i < s->doc->ntokens ? &s->doc->tokens[i] : NULL;
}

#define BIT(k) (1u << (k))
/* Kinds that never start a number: they only link or negate. */
#define NOT_STARTERS (BIT(K_AND) | BIT(K_OF) | BIT(K_NEG) | BIT(K_ORDSUF))

/* BIT(kind) of the records of the readings from first; BIT(K_COUNT) for
 * a dual. */
static uint32_t kinds_of(const rasd_numtab *t, uint32_t first)
{
    uint32_t kinds = 0;
    for (uint32_t a = first; a != NONE; a = t->alts[a].next) {
        if (t->alts[a].form != FORM_WORD) {
            kinds |= BIT(K_COUNT);
            continue;
        }
        for (uint32_t r = t->wt.words.e[t->alts[a].word].first; r != NONE;
             r = t->recs[r].next)
            kinds |= BIT(t->recs[r].kind);
    }
    return kinds;
}

/* Whether the scan of rasd_numbers_find can emit anything at a token of
 * first reading first.  It tries a token whose readings have a kind that
 * is no mere link (NOT_STARTERS); but a countable noun in the singular
 * (FORM_WORD of K_COUNT or K_COUNT_AN) starts nothing: the grammar wants
 * a one-word record below K_COUNT (parse_number, ordinals, scales, the
 * phrases of match_phrase) or a dual.  So those are left out of the
 * tokens the scan jumps to, which makes it try a third as many. */
int rasd_numbers_starts(const rasd_numtab *t, uint32_t first)
{
    if (t == NULL)
        return 0;
    for (uint32_t a = first; a != NONE; a = t->alts[a].next) {
        if (t->alts[a].form != FORM_WORD)
            return 1;
        for (uint32_t r = t->wt.words.e[t->alts[a].word].first; r != NONE;
             r = t->recs[r].next) {
            unsigned k = t->recs[r].kind;
            if (k < K_COUNT && !(BIT(k) & NOT_STARTERS))
                return 1;
        }
    }
    return 0;
}

/* Fills the cache slot of token i. */
static size_t fill(const scan *s, size_t i)
{
    size_t slot = i % CACHE;
    if (s->cache->tok[slot] != i) {
        const rasd_numtab *t = s->t;
        uint32_t first = lookup(t, &s->doc->tokens[i]);
        s->cache->tok[slot] = i;
        s->cache->first[slot] = first;
        s->cache->kinds[slot] = t->akinds[(uint32_t)(first + 1)];
    }
    return slot;
}

/* The first reading of token i, or NONE: the word cache's, else looked
 * up (and cached: fill). */
static uint32_t readings(const scan *s, size_t i)
{
    /* with the word cache's readings, two loads: cheaper than the cache,
     * whose test of its slot went either way */
    if (s->info)
        return s->info[i].num;
    return s->cache->first[fill(s, i)];
}

static uint32_t kinds_at(const scan *s, size_t i)
{
    if (s->info) /* as readings() */
        return s->t->akinds[(uint32_t)(s->info[i].num + 1)];
    return s->cache->kinds[fill(s, i)];
}

/* The one-word record of token i (not a countable noun), or r NULL. */
static tcls cls_at(const scan *s, size_t i)
{
    tcls out = {NULL, 0};
    const rasd_numtab *t = s->t;
    if (i >= s->doc->ntokens)
        return out;
    for (uint32_t a = readings(s, i); a != NONE; a = t->alts[a].next) {
        const alt *al = &t->alts[a];
        if (al->form != FORM_WORD)
            continue;
        for (uint32_t r = t->wt.words.e[al->word].first; r != NONE;
             r = t->recs[r].next) {
            const rec *rr = &t->recs[r];
            if (rr->nw == 1 && rr->kind < K_COUNT && pfx_ok(rr, al->pfx)) {
                out.r = rr;
                out.pfx = al->pfx;
                return out;
            }
        }
    }
    return out;
}

static int kind_at(const scan *s, size_t i, uint8_t *pfx)
{
    tcls c = cls_at(s, i);
    if (pfx)
        *pfx = c.pfx;
    return c.r ? c.r->kind : 0;
}

/* Token i continues token i-1's phrase: same sentence. */
static int joined(const scan *s, size_t i)
{
    return i > 0 && i < s->doc->ntokens && !s->doc->tokens[i - 1].sent_end;
}

static int is_punct(const rasd_token *tok, char c)
{
    return tok && tok->kind == RASD_TOK_PUNCT && tok->nnorm == 1 &&
           tok->norm[0] == c;
}

static int emit(scan *s, size_t first, size_t last, double v, uint8_t flags)
{
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 32;
        rasd_number *a = rasd_arena_alloc(s->doc->arena, cap * sizeof *a);
        if (a == NULL)
            return RASD_ENOMEM;
        if (s->n)
            memcpy(a, s->a, s->n * sizeof *a);
        s->a = a;
        s->cap = cap;
    }
    rasd_number *nb = &s->a[s->n++];
    nb->start = s->doc->tokens[first].start;
    nb->end = s->doc->tokens[last].end;
    nb->tok_first = (uint32_t)first;
    nb->tok_last = (uint32_t)last;
    nb->value = v;
    nb->flags = flags;
    return 0;
}

/* Value of a digit token ("15,000", "2.5", "1.500.000", "2,5").  A lone
 * comma before exactly three digits groups thousands, otherwise it is a
 * decimal comma; a lone dot is a decimal point; a separator seen twice
 * groups thousands; with both kinds the last one is the decimal mark.
 * Returns -1 on anything else. */
static int digits_value(const char *z, size_t n, double *out)
{
    int ncomma = 0, ndot = 0;
    char last = 0;
    size_t lastpos = 0, i;
    char buf[64];
    size_t k = 0;
    if (n >= sizeof buf)
        return -1;
    /* Arabic separators ٫ ٬ (U+066B, U+066C) if the normaliser kept them. */
    for (i = 0; i < n;) {
        unsigned char c = (unsigned char)z[i];
        char sep = 0;
        if (c >= '0' && c <= '9') {
            buf[k++] = (char)c;
            i++;
            continue;
        }
        if (c == ',' || c == '.') {
            sep = (char)c;
            i++;
        } else if (c == 0xd9 && i + 1 < n &&
                   ((unsigned char)z[i + 1] == 0xab ||
                    (unsigned char)z[i + 1] == 0xac)) {
            sep = (unsigned char)z[i + 1] == 0xab ? '.' : ',';
            i += 2;
        } else {
            return -1;
        }
        if (sep == ',')
            ncomma++;
        else
            ndot++;
        last = sep;
        lastpos = k;
        buf[k++] = sep;
    }
    if (k == 0)
        return -1;
    char dec = 0; /* the decimal mark, if any */
    if (ncomma && ndot)
        dec = last;
    else if (ndot == 1)
        dec = '.';
    else if (ncomma == 1 && k - lastpos - 1 != 3)
        dec = ',';
    double v = 0, scale = 0;
    for (i = 0; i < k; i++) {
        char c = buf[i];
        if (c == dec) {
            if (scale != 0)
                return -1;
            scale = 1;
        } else if (c == ',' || c == '.') {
            if (scale != 0)
                return -1; /* a group after the decimal mark */
        } else if (scale != 0) {
            scale /= 10;
            v += (c - '0') * scale;
        } else {
            v = v * 10 + (c - '0');
        }
    }
    *out = v;
    return 0;
}

/* Skips a connector before a continuation part at i: returns the index
 * of the part's first token and sets *glued when that token carries the
 * و itself.  Returns NONE when no connector is there (Arabic) or allowed. */
static size_t connector(const scan *s, size_t i, int *glued)
{
    const rasd_token *tok = tok_at(s, i);
    *glued = 0;
    if (tok == NULL || !joined(s, i))
        return NONE;
    uint8_t pfx;
    int k = kind_at(s, i, &pfx);
    if (k == K_AND && pfx == 0)
        return joined(s, i + 1) ? i + 1 : NONE;
    if (tok->kind == RASD_TOK_AR) {
        if (k != 0 && pfx == (PF_CONJ | PF_WA)) {
            *glued = 1;
            return i;
        }
        return NONE;
    }
    if (tok->kind == RASD_TOK_LATIN && k != 0 && pfx == 0)
        return i; /* "two hundred five", "two thousand five hundred" */
    return NONE;
}

/* Prefix rule of a token inside a number: none, or a glued و when it
 * follows a connector. */
static int inner_ok(uint8_t pfx, int glued)
{
    return glued ? pfx == (PF_CONJ | PF_WA) : pfx == 0;
}

static int is_unit(const tcls *c)
{
    return c->r && (c->r->kind == K_ONE ||
                    (c->r->kind == K_NUM && c->r->value >= 1 &&
                     c->r->value <= 9));
}

/* lower := (unit|one|pre) teen | unit CONN tens | tens [-] unit | unit |
 * teen | tens | 10..19.  first: the first token may carry any proclitic
 * its entry allows (checked by classify) rather than only a glued و. */
static int parse_lower(const scan *s, size_t i, int first, int glued,
                       double *v, size_t *end)
{
    tcls x = cls_at(s, i);
    if (x.r == NULL || (!first && !inner_ok(x.pfx, glued)))
        return 0;
    const rec *r = x.r;
    if (is_unit(&x) || r->kind == K_PRE) {
        uint8_t pfx;
        if (joined(s, i + 1) && kind_at(s, i + 1, &pfx) == K_TEEN &&
            pfx == 0) {
            *v = r->value + 10;
            *end = i + 2;
            return 1;
        }
        if (r->kind == K_PRE)
            return 0;
        int g;
        size_t j = connector(s, i + 1, &g);
        if (j != NONE && s->doc->tokens[i].kind == RASD_TOK_AR) {
            tcls y = cls_at(s, j);
            if (y.r && y.r->kind == K_NUM && y.r->value >= 20 &&
                y.r->value <= 90 && inner_ok(y.pfx, g)) {
                *v = r->value + y.r->value;
                *end = j + 1;
                return 1;
            }
        }
        *v = r->value;
        *end = i + 1;
        return 1;
    }
    if (r->kind == K_TEEN) {
        *v = 10;
        *end = i + 1;
        return 1;
    }
    if (r->kind != K_NUM || r->value < 10 || r->value >= 100)
        return 0;
    *v = r->value;
    *end = i + 1;
    if (r->value >= 20 && (int)r->value % 10 == 0 &&
        s->doc->tokens[i].kind == RASD_TOK_LATIN) {
        /* "twenty-five", "twenty five" */
        size_t j = i + 1;
        const rasd_token *h = tok_at(s, j);
        if (is_punct(h, '-') && !(h->flags & RASD_TOKF_SPACE_BEFORE) &&
            joined(s, j + 1) &&
            !(s->doc->tokens[j + 1].flags & RASD_TOKF_SPACE_BEFORE))
            j++;
        tcls u = cls_at(s, j);
        if (joined(s, j) && is_unit(&u) && u.pfx == 0 &&
            s->doc->tokens[j].kind == RASD_TOK_LATIN) {
            *v += u.r->value;
            *end = j + 1;
        }
    }
    return 1;
}

/* chunk := hundreds [CONN lower] | lower; value below 1000. */
static int parse_chunk(const scan *s, size_t i, int first, int glued,
                       double *v, size_t *end)
{
    tcls x = cls_at(s, i);
    if (x.r == NULL || (!first && !inner_ok(x.pfx, glued)))
        return 0;
    double h = 0;
    size_t j = i;
    uint8_t pfx;
    const rasd_token *tok = &s->doc->tokens[i];
    if (x.r->kind == K_NUM && x.r->value >= 100 && x.r->value < 1000) {
        h = x.r->value;
        j = i + 1;
    } else if ((is_unit(&x) || x.r->kind == K_ART) && joined(s, i + 1) &&
               kind_at(s, i + 1, &pfx) == K_MUL && pfx == 0) {
        h = x.r->value * 100;
        j = i + 2;
    } else if (x.r->kind == K_MUL && tok->kind == RASD_TOK_AR) {
        h = 100;
        j = i + 1;
    }
    if (h == 0)
        return parse_lower(s, i, first, glued, v, end);
    int g;
    size_t k = connector(s, j, &g);
    double l;
    size_t e;
    if (k != NONE && parse_lower(s, k, 0, g, &l, &e)) {
        *v = h + l;
        *end = e;
        return 1;
    }
    *v = h;
    *end = j;
    return 1;
}

/* "أحد/إحدى" and "one" standing alone count 1 only before a noun (Arabic)
 * and not within three words after a negation ("لم يصب أحد", "no one"). */
static int one_counts(const scan *s, size_t i)
{
    const rasd_token *tok = &s->doc->tokens[i];
    if (tok->kind == RASD_TOK_AR) {
        const rasd_token *nx = tok_at(s, i + 1);
        if (nx == NULL || nx->kind != RASD_TOK_AR || !joined(s, i + 1))
            return 0;
    }
    for (size_t k = 1; k <= 3 && k <= i; k++) {
        const rasd_token *p = &s->doc->tokens[i - k];
        if (p->sent_end || p->kind == RASD_TOK_PUNCT)
            break;
        if (kind_at(s, i - k, NULL) == K_NEG)
            return 0;
    }
    return 1;
}

/* The whole grammar at token i; on success sets value, flags and the end
 * (exclusive) and returns 1. */
static int parse_number(const scan *s, size_t i, double *value,
                        uint8_t *flags, size_t *end)
{
    const rasd_token *tok = &s->doc->tokens[i];
    uint8_t pfx;
    *flags = 0;
    if (tok->kind == RASD_TOK_DIGITS) {
        double v;
        if (digits_value(tok->norm, tok->nnorm, &v) < 0)
            return 0;
        size_t j = i + 1;
        const rasd_token *nx = tok_at(s, j);
        int k = nx && joined(s, j) ? kind_at(s, j, &pfx) : 0;
        if ((k == K_SCALE || k == K_SCALES || k == K_DOZEN) && pfx == 0) {
            tcls c = cls_at(s, j);
            v *= c.r->value;
            j++;
        } else if (k == K_ORDSUF && !(nx->flags & RASD_TOKF_SPACE_BEFORE)) {
            *flags = RASD_NUMF_ORDINAL;
            j++;
        }
        *value = v;
        *end = j;
        return 1;
    }
    tcls x = cls_at(s, i);
    if (x.r == NULL)
        return 0;
    double total = 0, last_mult = 1e18;
    size_t j = i;
    int first = 1, glued = 0, nparts = 0;
    for (;;) {
        tcls c = cls_at(s, j);
        double part = 0, mult = 1, chunk;
        size_t e;
        if (c.r == NULL || (!first && !inner_ok(c.pfx, glued)))
            break;
        if (c.r->kind == K_SCALED) {
            part = c.r->value;
            mult = c.r->value / 2;
            e = j + 1;
        } else if (c.r->kind == K_SCALE ||
                   (c.r->kind == K_DOZEN && first)) {
            part = mult = c.r->value;
            e = j + 1;
        } else if (c.r->kind == K_ART && joined(s, j + 1) &&
                   ((kind_at(s, j + 1, &pfx) == K_SCALE ||
                     kind_at(s, j + 1, &pfx) == K_DOZEN) && pfx == 0)) {
            part = mult = cls_at(s, j + 1).r->value;
            e = j + 2;
        } else if (parse_chunk(s, j, first, glued, &chunk, &e)) {
            part = chunk;
            int k = joined(s, e) ? kind_at(s, e, &pfx) : 0;
            if ((k == K_SCALE || k == K_SCALES || k == K_DOZEN) &&
                pfx == 0) {
                mult = cls_at(s, e).r->value;
                part *= mult;
                e++;
            }
        } else {
            break;
        }
        if (part >= last_mult || (!first && mult >= last_mult))
            break;
        total += part;
        last_mult = mult;
        j = e;
        nparts++;
        first = 0;
        if (mult < 1000)
            break; /* units end a number; only scales take more parts */
        size_t k = connector(s, j, &glued);
        if (k == NONE)
            break;
        /* Try the next part; a failed try leaves j before the connector. */
        tcls nc = cls_at(s, k);
        if (nc.r == NULL || !inner_ok(nc.pfx, glued))
            break;
        j = k;
    }
    if (nparts == 0)
        return 0;
    /* A trailing connector that led nowhere is not part of the number. */
    while (j > i) {
        tcls lc = cls_at(s, j - 1);
        if (lc.r && lc.r->kind == K_AND)
            j--;
        else
            break;
    }
    if (j == i + 1 && x.r->kind == K_ONE && !one_counts(s, i))
        return 0;
    *value = total;
    *flags = RASD_NUMF_WORDS;
    *end = j;
    return 1;
}

/* Longest phrase record of a kind in [lo, hi] starting at token i; sets
 * *end (exclusive).  The first word may carry the proclitics its entry
 * allows; later words must match exactly, within one sentence. */
static const rec *match_phrase(const scan *s, size_t i, int lo, int hi,
                               size_t *end)
{
    const rasd_numtab *t = s->t;
    const rec *best = NULL;
    for (uint32_t a = readings(s, i); a != NONE; a = t->alts[a].next) {
        const alt *al = &t->alts[a];
        if (al->form != FORM_WORD)
            continue;
        for (uint32_t ri = t->wt.words.e[al->word].first; ri != NONE;
             ri = t->recs[ri].next) {
            const rec *r = &t->recs[ri];
            if (r->kind < lo || r->kind > hi || !pfx_ok(r, al->pfx))
                continue;
            if (best && r->nw <= best->nw)
                continue;
            int ok = 1;
            for (uint8_t m = 1; m < r->nw && ok; m++) {
                const rasd_token *nt = tok_at(s, i + m);
                const rasd_wordent *ww = &t->wt.words.e[r->w[m]];
                ok = nt && joined(s, i + m) && nt->nnorm == ww->len &&
                     memcmp(nt->norm, t->wt.pool + ww->off, ww->len) == 0;
            }
            if (ok) {
                best = r;
                *end = i + r->nw;
            }
        }
    }
    return best;
}

/* Is token i the dual of a countable noun (countable.tsv)?  The construct
 * form ("قذيفتي") only before another Arabic word. */
static int is_dual(const scan *s, size_t i)
{
    const rasd_numtab *t = s->t;
    for (uint32_t a = readings(s, i); a != NONE; a = t->alts[a].next) {
        const alt *al = &t->alts[a];
        if (al->form == FORM_DUAL)
            return 1;
        if (al->form == FORM_CONSTRUCT) {
            const rasd_token *nx = tok_at(s, i + 1);
            if (nx && nx->kind == RASD_TOK_AR && joined(s, i + 1))
                return 1;
        }
    }
    return 0;
}

/* Tries a number, an ordinal, a lone plural scale or a dual at token i;
 * emits it with extra flags and sets *next.  Returns 1 when something was
 * emitted, 0 when not, or a negative RASD_E* code. */
static int numeric_at(scan *s, size_t i, uint8_t extra, size_t *next)
{
    double v;
    uint8_t flags, pfx;
    size_t e;
    int rc;
    if (i >= s->doc->ntokens)
        return 0;
    if (parse_number(s, i, &v, &flags, &e)) {
        rc = emit(s, i, e - 1, v, flags | extra);
        *next = e;
        return rc < 0 ? rc : 1;
    }
    tcls c = cls_at(s, i);
    if (c.r && c.r->kind == K_ORD) {
        v = c.r->value;
        e = i + 1;
        if (joined(s, e) && kind_at(s, e, &pfx) == K_TEEN && pfx == 0) {
            v += 10;
            e++;
        }
        rc = emit(s, i, e - 1, v, RASD_NUMF_ORDINAL | RASD_NUMF_WORDS);
        *next = e;
        return rc < 0 ? rc : 1;
    }
    if (c.r && c.r->kind == K_SCALES) {
        /* "آلاف" with no number before it: thousands, not a count */
        rc = emit(s, i, i, 0, RASD_NUMF_VAGUE | RASD_NUMF_WORDS | extra);
        *next = i + 1;
        return rc < 0 ? rc : 1;
    }
    if (is_dual(s, i)) {
        e = i + 1;
        while (joined(s, e) && is_dual(s, e))
            e++;
        /* "صاروخين اثنين": the numeral restates the dual */
        tcls two = joined(s, e) ? cls_at(s, e) : (tcls){NULL, 0};
        if (two.r && two.r->kind == K_NUM && two.r->value == 2 &&
            two.pfx == 0)
            e++;
        rc = emit(s, i, e - 1, 2,
                  RASD_NUMF_DUAL | RASD_NUMF_WORDS | extra);
        *next = e;
        return rc < 0 ? rc : 1;
    }
    return 0;
}

/* A vague quantity may take "of thousands": "hundreds of thousands",
 * "عشرات الآلاف"; returns the end of the span. */
static size_t vague_tail(const scan *s, size_t e)
{
    size_t j = e;
    uint8_t pfx;
    if (joined(s, j) && kind_at(s, j, &pfx) == K_OF)
        j++;
    if (!joined(s, j))
        return e;
    tcls c = cls_at(s, j);
    if (c.r == NULL)
        return e;
    if (c.r->kind == K_SCALES && (c.pfx & ~PF_ART) == 0)
        return j + 1;
    if (c.r->kind == K_VAGUE && c.pfx == 0 &&
        s->doc->tokens[j].kind == RASD_TOK_LATIN)
        return j + 1; /* "hundreds of thousands" */
    return e;
}

/* A postfix "على الأقل / at least" after the number it bounds: "خمسة جنود
 * على الأقل".  At most two words between, no punctuation. */
static void bound_previous(scan *s, size_t i)
{
    if (s->n == 0)
        return;
    rasd_number *p = &s->a[s->n - 1];
    if (p->flags & (RASD_NUMF_ORDINAL | RASD_NUMF_VAGUE))
        return;
    if (p->tok_last + 3 < i)
        return;
    for (size_t k = p->tok_last + 1; k < i; k++) {
        const rasd_token *tok = &s->doc->tokens[k];
        if (tok->kind == RASD_TOK_PUNCT || tok->kind == RASD_TOK_DIGITS ||
            s->doc->tokens[k - 1].sent_end)
            return;
    }
    p->flags |= RASD_NUMF_LOWER_BOUND;
}

int rasd_numbers_find(rasd_doc *doc, const rasd_numtab *t,
                      const rasd_wordinfo *wi)
{
    lcache cache;
    const rasd_tokinfo *info = wi ? wi->tok : NULL;
    scan s = {doc, t, NULL, 0, 0, &cache, info};
    size_t ic = 0; /* wi->num cursor */
    int rc;
    for (size_t k = 0; k < CACHE; k++)
        cache.tok[k] = SIZE_MAX;
    doc->numbers = NULL;
    doc->nnumbers = 0;
    if (t == NULL)
        return 0;
    for (size_t i = 0; i < doc->ntokens;) {
        if (wi) { /* straight to the next token that may start one */
            while (ic < wi->nnum && wi->num[ic] < i)
                ic++;
            if (ic == wi->nnum)
                break;
            i = wi->num[ic];
        }
        const rasd_token *tok = &doc->tokens[i];
        size_t e;
        /* Most tokens are no number word: one filter test (or a look at
         * the reading the tokenizer found) and on. */
        if (tok->kind == RASD_TOK_PUNCT ||
            (tok->kind != RASD_TOK_DIGITS &&
             ((info ? info[i].num == NONE : !may_read(t, tok)) ||
              !(kinds_at(&s, i) & ~NOT_STARTERS)))) {
            i++;
            continue;
        }
        const rec *ph = match_phrase(&s, i, K_VAGUE, K_UPPER, &e);
        if (ph != NULL) {
            switch (ph->kind) {
            case K_VAGUE: {
                size_t ve = vague_tail(&s, e);
                rc = emit(&s, i, ve - 1, 0,
                          RASD_NUMF_VAGUE | RASD_NUMF_WORDS);
                if (rc < 0)
                    return rc;
                i = ve;
                continue;
            }
            case K_LOWER:
            case K_LOWERPRE: {
                size_t nx = e;
                rc = joined(&s, e)
                         ? numeric_at(&s, e, RASD_NUMF_LOWER_BOUND, &nx)
                         : 0;
                if (rc < 0)
                    return rc;
                if (rc == 0 && ph->kind == K_LOWER)
                    bound_previous(&s, i);
                i = nx;
                continue;
            }
            default: /* approximations and upper bounds: no flag */
                i = e;
                continue;
            }
        }
        rc = numeric_at(&s, i, 0, &e);
        if (rc < 0)
            return rc;
        i = rc ? e : i + 1;
    }
    doc->numbers = s.a;
    doc->nnumbers = s.n;
    return 0;
}
