/* dates.c - finds the dates of an article, absolute ("27 تشرين الأول/
 * أكتوبر 2023", "January 8, 2020", "15-7-2024") and relative ("أمس",
 * "الثلاثاء الماضي", "last week"), and resolves them against the
 * publication date with an ACLED time precision (1 day, 2 week, 3 month).
 *
 * Month and weekday names and the relative expressions live in
 * data/text/dates.tsv (see its header); this file is the grammar:
 *
 *   date    := lead absolute | lead weekday [todpost] [past|future]
 *            | [tod] relday [weekday] | relweek | relmonth | recent
 *            | yearpart [of] [yearword] YEAR | yearpart [of] yearref
 *            | agopre N unit | N unit ago
 *   lead    := [tod] [dayword] [pastpre|futpre] [weekday [","]]
 *   absolute:= D sep M sep YYYY | YYYY sep M sep D | D.M.YYYY
 *            | day [of] month [pair] [tail] | Month day ["," YEAR]
 *            | month [pair] tail | ctx month [pair]
 *            | day [of] relmonth                    "الـ22 من الشهر الماضي"
 *   day     := 1-31 [st|nd|rd|th] | ordday ("الخامس من")
 *   pair    := ("/" | "(") month [")"]           "تشرين الأول/أكتوبر"
 *   tail    := [","|"-"|"/"] YEAR [era] | [of] [yearword] YEAR
 *            | [of] yearref | past | future
 *
 * Rules follow ../shared/corpus/SCHEMA.md: a year alone is no date; a day
 * and month without a year take the year that puts them on or before
 * publication; "last week" is the Sunday that starts it, precision 2; "in
 * the past few days" is published at precision 2.  A lone month name
 * ("آب", "March", "مارس" is also a verb) is a date only after a context
 * word ("في", "since") or in a paired form.  Without a publication date a
 * relative date is reported with y = 0 and RASD_DATEF_UNRESOLVED.
 *
 * Lookups: every surface a table word takes in running text (behind the
 * proclitics it allows) is interned at load time, as in numbers.c; a
 * token that cannot start a date is rejected by one filter bit, and one
 * whose next token no rule could go on with by a test of that token
 * (number_may_date, starter_may_date) before the grammar.  The
 * table itself -- pool, sets, filter bits, proclitic expansion, file
 * reading -- is wordtab.c's (text_int.h), shared with numbers.c.
 */
#include <string.h>

#include "text_int.h"

/* ---- the word table (data/text/dates.tsv) ------------------------------- */

#define MAX_PHRASE 5        /* words in the longest phrase */
#define MAX_WORD RASD_WORDTAB_MAX_WORD
#define FILTER_LOG 14 /* 2 KiB of filter bits for ~1000 surfaces */
#define FILTER_BITS (1u << FILTER_LOG)
#define NONE RASD_WORDTAB_NONE

enum kind {
    D_MONTH = 1, D_WEEKDAY, D_DAY, D_WEEK, D_RELMONTH, D_RECENT, D_YEARREF,
    D_YEARWORD, D_YEARPART, D_TOD, D_TODPOST, D_DAYWORD, D_PAST, D_PASTPRE,
    D_FUTURE, D_FUTPRE, D_MCTX, D_OF, D_ERA, D_ORDDAY, D_ORDSUF, D_AGOPRE,
    D_AGO, D_UNIT, D_BLOCK, D_SAMEMONTH
};
#define BIT(k) (1u << (k))
/* Kinds whose words can start a date. */
#define STARTERS                                                             \
    (BIT(D_MONTH) | BIT(D_WEEKDAY) | BIT(D_DAY) | BIT(D_WEEK) |              \
     BIT(D_RELMONTH) | BIT(D_RECENT) | BIT(D_YEARPART) | BIT(D_TOD) |        \
     BIT(D_DAYWORD) | BIT(D_PASTPRE) | BIT(D_FUTPRE) | BIT(D_ORDDAY) |       \
     BIT(D_AGOPRE) | BIT(D_BLOCK))

static const struct {
    const char *z;
    uint8_t kind;
} kind_names[] = {
    {"month", D_MONTH},       {"weekday", D_WEEKDAY}, {"day", D_DAY},
    {"week", D_WEEK},         {"relmonth", D_RELMONTH},
    {"recent", D_RECENT},     {"yearref", D_YEARREF},
    {"yearword", D_YEARWORD}, {"yearpart", D_YEARPART}, {"tod", D_TOD},
    {"todpost", D_TODPOST},   {"dayword", D_DAYWORD}, {"past", D_PAST},
    {"pastpre", D_PASTPRE},   {"future", D_FUTURE},   {"futpre", D_FUTPRE},
    {"mctx", D_MCTX},         {"of", D_OF},           {"era", D_ERA},
    {"ordday", D_ORDDAY},     {"ordsuf", D_ORDSUF},   {"agopre", D_AGOPRE},
    {"ago", D_AGO},           {"unit", D_UNIT},       {"block", D_BLOCK},
    {"samemonth", D_SAMEMONTH},
};

/* Proclitics peeled off a token (and allowed by an entry). */
#define PF_CONJ RASD_WORDTAB_CONJ         /* و ف */
#define PF_PREP RASD_WORDTAB_PREP         /* ب ل ك */
#define PF_ART RASD_WORDTAB_ART           /* ال, لل */
#define PF_NEED_ART RASD_WORDTAB_NEED_ART /* entry: only with the article */
#define PF_WA RASD_WORDTAB_WA             /* the conjunction was و */

/* Entry flags (the FLAGS letters of dates.tsv). */
#define RF_UPPER 0x01 /* U: capitalised Latin word only */
#define RF_ABBR 0x02  /* .: may take a full stop */
#define RF_TODAY 0x04 /* T */
#define RF_PAST 0x08  /* P */
#define RF_WEEK 0x10  /* 2: precision 2 */

typedef struct rec {
    uint8_t kind;
    uint8_t nw;             /* words in the phrase */
    uint8_t pfx;            /* PF_* the first word may carry */
    uint8_t flags;          /* RF_* */
    uint32_t next;          /* next record with the same first word */
    uint32_t w[MAX_PHRASE]; /* word ids */
    int value;
} rec;

/* One reading of a surface form: table word `word` behind the proclitics
 * pfx. */
typedef struct alt {
    uint32_t word;
    uint32_t next;     /* next reading of the same surface */
    uint8_t pfx;       /* PF_* */
} alt;

/* What may follow a token with a list of readings in a date, when none of
 * them is a date alone (follow all ones when one is): tokens whose kinds
 * (BIT(kind) of their readings, or F_*) are in follow, and the words
 * whose bits (next_bit) are in words, the second words of the readings'
 * phrases. */
struct anext {
    uint64_t words;
    uint32_t follow;
};

/*   surfs "وبالامس" --> alt {word "امس", PF_CONJ|PF_PREP|PF_ART} --> ...
 *   words "امس" --> rec {D_DAY, -1} --> rec ... (file order)
 * Every surface a table word can take in running text (each allowed
 * proclitic combination) is interned at load time, so a token costs one
 * filter bit test and, rarely, one hash lookup; no peeling. */
struct rasd_datetab {
    rasd_wordtab wt;   /* words, surfaces and their pool (wordtab.c) */
    rec *recs;
    size_t nrecs, caprecs;
    alt *alts;
    size_t nalts, capalts;
    uint32_t *akinds;  /* nalts + 1: BIT(kind) of every record of the
                          readings from alt a on at a + 1, 0 at 0 (NONE + 1,
                          wrapping), set once loaded (set_akinds): the scan
                          reads one word where it walked two lists of cold
                          tables */
    struct anext *anext; /* nalts + 1, as akinds: which tokens after a
                            token with these readings may go on to a date
                            (set_anext) */
    uint64_t filter[FILTER_BITS / 64]; /* over surfaces: rejects most
                                          tokens before hashing them */
    uint64_t start[FILTER_BITS / 64];  /* surfaces that can start a date */
};

/* The filters over surfaces (text_int.h, wordtab.c section). */
static void filter_set(uint64_t *f, uint32_t h)
{
    rasd_wordtab_filter_set(f, FILTER_LOG, h);
}

static int filter_has(const uint64_t *f, uint32_t h)
{
    return rasd_wordtab_filter_has(f, FILTER_LOG, h);
}

static int word_add(rasd_datetab *t, const char *z, size_t n, uint32_t *id)
{
    return rasd_wordtab_add(&t->wt, &t->wt.words, z, n, id);
}

/* Appends a record; records of one first word keep file order. */
static int rec_add(rasd_datetab *t, const rec *r)
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
static int surface_add(rasd_datetab *t, const char *z, size_t n,
                       uint32_t word, uint8_t pfx, int starter)
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
        if (a->word == word && a->pfx == pfx)
            return 0;
        if (popcount8(a->pfx & 0x0F) > popcount8(pfx & 0x0F))
            break;
        link = &t->alts[*link].next;
    }
    uint32_t id = (uint32_t)t->nalts++;
    t->alts[id] = (alt){word, *link, pfx};
    *link = id;
    filter_set(t->filter, t->wt.surfs.e[sid].hash);
    if (starter)
        filter_set(t->start, t->wt.surfs.e[sid].hash);
    return 0;
}

/* The context of surface_cb: whose surfaces, of which word. */
typedef struct surfctx {
    rasd_datetab *t;
    uint32_t word;
    int starter;   /* can start a date: also in the start filter */
} surfctx;

static int surface_cb(void *ctx, const char *z, size_t n, uint8_t pfx)
{
    const surfctx *c = ctx;
    return surface_add(c->t, z, n, c->word, pfx, c->starter);
}

/* Adds body z[0..n) behind every combination of proclitics in allow
 * (rasd_wordtab_surfaces). */
static int surfaces_of(rasd_datetab *t, const char *z, size_t n,
                       uint32_t word, uint8_t allow, int starter)
{
    surfctx c = {t, word, starter};
    return rasd_wordtab_surfaces(z, n, allow, surface_cb, &c);
}

/* The surfaces of every word that starts a record, behind the proclitics
 * its records allow.  Words that can start a date also go into the start
 * filter, which the scan tests first. */
static int build_surfaces(rasd_datetab *t)
{
    for (uint32_t w = 0; w < t->wt.words.n; w++) {
        const rasd_wordent *e = &t->wt.words.e[w];
        uint8_t allow = 0;
        int starter = 0;
        if (e->first == NONE)
            continue;
        for (uint32_t r = e->first; r != NONE; r = t->recs[r].next) {
            allow |= t->recs[r].pfx & (PF_CONJ | PF_PREP | PF_ART);
            starter |= (STARTERS & BIT(t->recs[r].kind)) != 0;
        }
        size_t n = e->len;
        char z[MAX_WORD + 1];
        memcpy(z, t->wt.pool + e->off, n);
        int rc = surfaces_of(t, z, n, w, allow, starter);
        if (rc < 0)
            return rc;
    }
    return 0;
}

void rasd_datetab_free(rasd_datetab *t)
{
    if (t == NULL)
        return;
    rasd_wordtab_fini(&t->wt);
    rasd_free(t->recs);
    rasd_free(t->alts);
    rasd_free(t->akinds);
    rasd_free(t->anext);
    rasd_free(t);
}

/* ---- loading ------------------------------------------------------------ */

typedef struct loader {
    rasd_datetab *t;
    const char **msg; /* set on a bad line */
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

/* Parses a whole number in [-9999, 9999]; "-" is 0. */
static int parse_value(const char *z, size_t n, int *v)
{
    int neg = 0, x = 0;
    if (n == 1 && z[0] == '-') {
        *v = 0;
        return 0;
    }
    if (n > 0 && z[0] == '-') {
        neg = 1;
        z++;
        n--;
    }
    if (n == 0 || n > 4)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (z[i] < '0' || z[i] > '9')
            return -1;
        x = x * 10 + (z[i] - '0');
    }
    *v = neg ? -x : x;
    return 0;
}

static int parse_flags(const char *z, size_t n, rec *r)
{
    int pfx_given = 0;
    for (size_t i = 0; i < n; i++) {
        switch (z[i]) {
        case 'U': r->flags |= RF_UPPER; break;
        case '.': r->flags |= RF_ABBR; break;
        case 'T': r->flags |= RF_TODAY; break;
        case 'P': r->flags |= RF_PAST; break;
        case '2': r->flags |= RF_WEEK; break;
        case 'c': r->pfx |= PF_CONJ; pfx_given = 1; break;
        case 'p': r->pfx |= PF_PREP; pfx_given = 1; break;
        case 'a': r->pfx |= PF_ART; pfx_given = 1; break;
        case 'A': r->pfx |= PF_ART | PF_NEED_ART; pfx_given = 1; break;
        default: return -1;
        }
    }
    if (!pfx_given)
        r->pfx = PF_CONJ;
    return 0;
}

static int load_line(loader *ld, const char *line, size_t n)
{
    size_t nk = 0, nw = 0, nv = 0, nf = 0, nx = 0;
    const char *k = rasd_wordtab_field(line, n, 0, &nk);
    const char *w = rasd_wordtab_field(line, n, 1, &nw);
    const char *v = rasd_wordtab_field(line, n, 2, &nv);
    const char *f = rasd_wordtab_field(line, n, 3, &nf);
    rec r;
    memset(&r, 0, sizeof r);
    if (w == NULL || v == NULL) {
        *ld->msg = "expected KIND<TAB>WORDS<TAB>VALUE[<TAB>FLAGS]";
        return RASD_EFORMAT;
    }
    if (rasd_wordtab_field(line, n, 4, &nx) != NULL) {
        *ld->msg = "too many fields";
        return RASD_EFORMAT;
    }
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
    if (parse_flags(f ? f : "", f ? nf : 0, &r) < 0) {
        *ld->msg = "flags must be letters of U.TP2cpaA";
        return RASD_EFORMAT;
    }
    if ((r.kind == D_MONTH && (r.value < 1 || r.value > 12)) ||
        (r.kind == D_WEEKDAY && (r.value < 0 || r.value > 6)) ||
        (r.kind == D_ORDDAY && (r.value < 1 || r.value > 31)) ||
        (r.kind == D_YEARPART && (r.value < 1 || r.value > 12)) ||
        (r.kind == D_UNIT && r.value < 1)) {
        *ld->msg = "value out of range for its kind";
        return RASD_EFORMAT;
    }
    return add_phrase(ld, &r, w, nw);
}

static int dates_line(void *ctx, const char *line, size_t n,
                      const char **msg)
{
    loader ld = {ctx, msg};
    return load_line(&ld, line, n);
}

/* Fills t->akinds.  Returns 0 or RASD_ENOMEM. */
static int set_akinds(rasd_datetab *t)
{
    t->akinds = rasd_malloc((t->nalts + 1) * sizeof *t->akinds);
    if (t->akinds == NULL)
        return RASD_ENOMEM;
    for (size_t i = 0; i < t->nalts; i++) {
        uint32_t kinds = 0;
        for (uint32_t a = (uint32_t)i; a != NONE; a = t->alts[a].next)
            for (uint32_t r = t->wt.words.e[t->alts[a].word].first;
                 r != NONE; r = t->recs[r].next)
                kinds |= BIT(t->recs[r].kind);
        t->akinds[i + 1] = kinds;
    }
    t->akinds[0] = 0; /* NONE + 1 */
    return 0;
}

/* Kinds whose one-word records can make a date with nothing after them
 * ("أمس", "الثلاثاء", "في آب"); the other starters (a time of day, a day
 * word, "last", an ordinal day, a part of the year, "ago") need a token
 * joined after them, of the kinds follow_of() says. */
#define ALONE                                                                \
    (BIT(D_DAY) | BIT(D_WEEK) | BIT(D_RELMONTH) | BIT(D_RECENT) |            \
     BIT(D_BLOCK) | BIT(D_MONTH) | BIT(D_WEEKDAY))

/* Follow bits for tokens that have no kind of the table (bit 0 is no
 * kind's). */
#define F_DIGITS BIT(0) /* a digit token */
#define F_COUNT BIT(27) /* the start of a number (numbers.c) */
#define F_PUNCT BIT(28) /* punctuation */

/* What date_at() may read right after a one-word starter record of kind
 * k (its lead, absolute_at(), the yearpart rule, ago_at()). */
static uint32_t follow_of(int k)
{
    switch (k) {
    case D_TOD: /* "صباح اليوم", "فجر الثلاثاء", "مساء 5 آذار" */
        return BIT(D_DAY) | BIT(D_BLOCK) | BIT(D_DAYWORD) | BIT(D_PASTPRE) |
               BIT(D_FUTPRE) | BIT(D_WEEKDAY) | BIT(D_ORDDAY) |
               BIT(D_MONTH) | F_DIGITS;
    case D_DAYWORD:
        return BIT(D_PASTPRE) | BIT(D_FUTPRE) | BIT(D_WEEKDAY) |
               BIT(D_ORDDAY) | BIT(D_MONTH) | F_DIGITS;
    case D_PASTPRE:
    case D_FUTPRE:
        return BIT(D_WEEKDAY) | BIT(D_MONTH);
    case D_ORDDAY: /* "الخامس من", "الخامس - آذار", "الثامن منه" */
        return BIT(D_OF) | BIT(D_MONTH) | BIT(D_RELMONTH) |
               BIT(D_SAMEMONTH) | F_PUNCT;
    case D_YEARPART:
        return BIT(D_OF) | BIT(D_YEARREF) | BIT(D_YEARWORD) | F_DIGITS;
    case D_AGOPRE:
        return F_DIGITS | F_COUNT;
    default:
        return 0;
    }
}

/* The bit of a word of hash h in anext.words. */
static uint64_t next_bit(uint32_t h)
{
    return (uint64_t)1 << (h >> 26);
}

/* Does word z[0..n) begin with a letter (ASCII or Arabic U+0620-064A)?
 * Then only a word token (Arabic or Latin, whose hash is its norm's) can
 * be it; else it may be digits ("ال 24 ساعة") or punctuation. */
static int letter_word(const char *z, size_t n)
{
    unsigned c = (unsigned char)z[0];
    if ((c | 0x20) - 'a' < 26u)
        return 1;
    if (n < 2 || (c != 0xD8 && c != 0xD9))
        return 0;
    unsigned cp = ((c & 0x1F) << 6) | ((unsigned char)z[1] & 0x3F);
    return cp >= 0x620 && cp <= 0x64A;
}

/* The anext of the readings from alt a on. */
static struct anext next_of(const rasd_datetab *t, uint32_t a)
{
    struct anext x = {0, 0};
    for (; a != NONE; a = t->alts[a].next)
        for (uint32_t ri = t->wt.words.e[t->alts[a].word].first; ri != NONE;
             ri = t->recs[ri].next) {
            const rec *r = &t->recs[ri];
            if (!(STARTERS & BIT(r->kind)))
                continue;
            if (r->nw == 1 && (ALONE & BIT(r->kind)))
                return (struct anext){~(uint64_t)0, ~(uint32_t)0};
            if (r->nw == 1) {
                x.follow |= follow_of(r->kind);
                continue;
            }
            const rasd_wordent *w = &t->wt.words.e[r->w[1]];
            x.words |= next_bit(w->hash);
            if (!letter_word(t->wt.pool + w->off, w->len))
                x.follow |= F_DIGITS | F_PUNCT;
        }
    return x;
}

/* Fills t->anext.  Returns 0 or RASD_ENOMEM. */
static int set_anext(rasd_datetab *t)
{
    t->anext = rasd_malloc((t->nalts + 1) * sizeof *t->anext);
    if (t->anext == NULL)
        return RASD_ENOMEM;
    t->anext[0] = (struct anext){0, 0}; /* NONE + 1 */
    for (size_t i = 0; i < t->nalts; i++)
        t->anext[i + 1] = next_of(t, (uint32_t)i);
    return 0;
}

int rasd_datetab_load(rasd_datetab **out, const char *dir,
                      rasd_parse_err *err, char *file, size_t nfile)
{
    size_t line = 0;
    rasd_datetab *t = rasd_calloc(1, sizeof *t);
    int rc;
    *out = NULL;
    if (t == NULL)
        return RASD_ENOMEM;
    rc = rasd_wordtab_load_file(dir, "dates.tsv", dates_line, t, err, file,
                                nfile, &line);
    if (rc < 0)
        goto out;
    rc = build_surfaces(t);
    if (rc == 0)
        rc = set_akinds(t);
    if (rc == 0)
        rc = set_anext(t);
    if (rc < 0 && err != NULL) {
        err->code = rc;
        err->msg = rasd_strerror(rc);
        err->pos = line;
    }
out:
    if (rc < 0) {
        rasd_datetab_free(t);
        return rc;
    }
    *out = t;
    return 0;
}

/* ---- token classification ----------------------------------------------- */

static int pfx_ok(const rec *r, uint8_t used)
{
    uint8_t u = used & (PF_CONJ | PF_PREP | PF_ART);
    if ((u & ~r->pfx) != 0)
        return 0;
    if ((r->pfx & PF_NEED_ART) && !(u & PF_ART))
        return 0;
    return 1;
}

/* The first reading of token tok, or NONE. */
static uint32_t lookup(const rasd_datetab *t, const rasd_token *tok)
{
    if (tok->kind == RASD_TOK_PUNCT)
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

uint32_t rasd_dates_first(const rasd_datetab *t, const rasd_token *tok)
{
    return t ? lookup(t, tok) : NONE;
}

int rasd_dates_may_start(const rasd_datetab *t, const rasd_token *tok)
{
    return t && tok->kind != RASD_TOK_PUNCT &&
           filter_has(t->start, rasd_wordtab_tok_hash(
                                    tok, rasd_wordtab_tok_len(tok)));
}

int rasd_dates_starts(const rasd_datetab *t, uint32_t first)
{
    return t && (t->akinds[(uint32_t)(first + 1)] & STARTERS) != 0;
}

/* ---- the scan ----------------------------------------------------------- */

/* The grammar tries many rules at each token and looks ahead: the readings
 * of recent tokens are kept in a small direct-mapped cache, when the
 * word cache has not given them (rasd_wordinfo: then they are read from
 * there, readings()). */
#define CACHE 16

typedef struct lcache {
    size_t tok[CACHE];
    uint32_t first[CACHE];  /* first reading */
    uint32_t kinds[CACHE];  /* BIT(kind) of every record of any reading */
} lcache;

typedef struct scan {
    rasd_doc *doc;
    const rasd_datetab *t;
    rasd_date *a;
    size_t n, cap;
    int haspub;       /* doc->published is a valid day */
    long pubdays;     /* doc->published as days since 1970 */
    lcache *cache;    /* mutable behind a const scan */
    const rasd_tokinfo *info; /* first readings by token, or NULL */
} scan;

/* What a rule found: the date, its precision and flags, and the end
 * (exclusive) of its tokens. */
typedef struct dres {
    rasd_date_ymd date;
    uint8_t prec, flags;
    size_t end;
} dres;

static const rasd_token *tok_at(const scan *s, size_t i)
{
    return i < s->doc->ntokens ? &s->doc->tokens[i] : NULL;
}

/* Token i continues the phrase of token i-1: same sentence. */
static int joined(const scan *s, size_t i)
{
    return i > 0 && i < s->doc->ntokens && !s->doc->tokens[i - 1].sent_end;
}

static int is_punct(const rasd_token *tok, char c)
{
    return tok && tok->kind == RASD_TOK_PUNCT && tok->nnorm == 1 &&
           tok->norm[0] == c;
}

/* Fills the cache slot of token i: its first reading and the kinds of
 * the records its readings start. */
static size_t fill(const scan *s, size_t i)
{
    size_t slot = i % CACHE;
    if (s->cache->tok[slot] != i) {
        const rasd_datetab *t = s->t;
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
        return s->info[i].date;
    return s->cache->first[fill(s, i)];
}

/* BIT(kind) of every record token i may start (cached): lets match()
 * give up at once, as it mostly must. */
static uint32_t kinds_at(const scan *s, size_t i)
{
    if (s->info) /* as readings() */
        return s->t->akinds[(uint32_t)(s->info[i].date + 1)];
    return s->cache->kinds[fill(s, i)];
}

/* Longest record whose kind is in mask starting at token i (i may be a
 * continuation: the caller checks joined()).  Sets *end (exclusive) and
 * the proclitics of the first word in *pfx. */
static const rec *match_pfx(const scan *s, size_t i, uint32_t mask,
                            size_t *end, uint8_t *pfx)
{
    const rasd_token *tok = tok_at(s, i);
    const rasd_datetab *t = s->t;
    const rec *best = NULL;
    if (tok == NULL || !(kinds_at(s, i) & mask))
        return NULL;
    for (uint32_t a = readings(s, i); a != NONE; a = t->alts[a].next) {
        const alt *al = &t->alts[a];
        for (uint32_t ri = t->wt.words.e[al->word].first; ri != NONE;
             ri = t->recs[ri].next) {
            const rec *r = &t->recs[ri];
            if (!(mask & BIT(r->kind)) || !pfx_ok(r, al->pfx))
                continue;
            if (best && r->nw <= best->nw)
                continue;
            if ((r->flags & RF_UPPER) && tok->kind == RASD_TOK_LATIN &&
                !(tok->flags & RASD_TOKF_UPPER))
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
                if (pfx)
                    *pfx = al->pfx;
            }
        }
    }
    return best;
}

static const rec *match(const scan *s, size_t i, uint32_t mask, size_t *end)
{
    return match_pfx(s, i, mask, end, NULL);
}

/* match() at a continuation token: NULL across a sentence end. */
static const rec *next_is(const scan *s, size_t i, uint32_t mask,
                          size_t *end)
{
    return joined(s, i) ? match(s, i, mask, end) : NULL;
}

/* ---- calendar helpers --------------------------------------------------- */

static int days_in_month(int y, int m)
{
    static const int dim[12] = {31, 28, 31, 30, 31, 30,
                                31, 31, 30, 31, 30, 31};
    if (m == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
        return 29;
    return dim[m - 1];
}

static rasd_date_ymd ymd_of_days(long days)
{
    rasd_date_ymd r;
    rasd_civil_from_days(days, &r.y, &r.m, &r.d);
    return r;
}

/* The month `delta` months from the publication month (d = 0). */
static rasd_date_ymd month_shift(rasd_date_ymd p, int delta)
{
    long k = (long)p.y * 12 + (p.m - 1) + delta;
    rasd_date_ymd r = {(int)(k / 12), (int)(k % 12) + 1, 0};
    return r;
}

/* Resolves a relative result: sets y = 0 and UNRESOLVED when there is no
 * publication date, else RELATIVE. */
static void relative(const scan *s, dres *r)
{
    if (s->haspub) {
        r->flags |= RASD_DATEF_RELATIVE;
    } else {
        r->flags |= RASD_DATEF_UNRESOLVED;
        r->date.y = 0;
    }
}

/* ---- pieces of the grammar ---------------------------------------------- */

/* A digit token of plain ASCII digits: its value and digit count. */
static int plain_digits(const rasd_token *tok, int *v, int *ndig)
{
    if (tok == NULL || tok->kind != RASD_TOK_DIGITS || tok->nnorm == 0 ||
        tok->nnorm > 4)
        return 0;
    int x = 0;
    for (uint32_t i = 0; i < tok->nnorm; i++) {
        char c = tok->norm[i];
        if (c < '0' || c > '9')
            return 0;
        x = x * 10 + (c - '0');
    }
    *v = x;
    *ndig = (int)tok->nnorm;
    return 1;
}

/* A four-digit year at i, optionally followed by an era mark ("2024م");
 * years outside 1000-2999 are not years of news. */
static int year_at(const scan *s, size_t i, int *y, size_t *end)
{
    int v, nd;
    size_t e;
    if (!plain_digits(tok_at(s, i), &v, &nd) || nd != 4 || v < 1000 ||
        v > 2999)
        return 0;
    *y = v;
    *end = i + 1;
    if (next_is(s, i + 1, BIT(D_ERA), &e))
        *end = e;
    return 1;
}

/* A day of the month at i: 1-31 with an optional glued st/nd/rd/th, or an
 * ordinal day word.  *ord is set for the ordinal forms, which may take
 * "of/من" before the month. */
static int day_at(const scan *s, size_t i, int *d, size_t *end, int *ord)
{
    int v, nd;
    size_t e;
    const rec *r;
    *ord = 0;
    if (plain_digits(tok_at(s, i), &v, &nd)) {
        if (nd > 2 || v < 1 || v > 31)
            return 0;
        *d = v;
        *end = i + 1;
        const rasd_token *nx = tok_at(s, i + 1);
        if (nx && !(nx->flags & RASD_TOKF_SPACE_BEFORE) &&
            next_is(s, i + 1, BIT(D_ORDSUF), &e)) {
            *end = e;
            *ord = 1;
        }
        return 1;
    }
    r = match(s, i, BIT(D_ORDDAY), &e);
    if (r == NULL)
        return 0;
    *d = r->value;
    *end = e;
    *ord = 1;
    return 1;
}

/* A month name at i with its paired form ("تشرين الأول/أكتوبر",
 * "أكتوبر (تشرين الأول)") and an abbreviation's full stop when a number
 * follows ("Oct. 27").  Sets *paired when a pair was read. */
static int month_at(const scan *s, size_t i, int *m, size_t *end,
                    int *paired)
{
    size_t e, e2;
    const rec *r = match(s, i, BIT(D_MONTH), &e);
    *paired = 0;
    if (r == NULL)
        return 0;
    *m = r->value;
    if ((r->flags & RF_ABBR) && joined(s, e) &&
        is_punct(tok_at(s, e), '.') && joined(s, e + 1) &&
        tok_at(s, e + 1)->kind == RASD_TOK_DIGITS)
        e++;
    const rasd_token *sep = joined(s, e) ? tok_at(s, e) : NULL;
    if (is_punct(sep, '/') || is_punct(sep, '(') || is_punct(sep, '-')) {
        const rec *r2 = next_is(s, e + 1, BIT(D_MONTH), &e2);
        if (r2 && r2->value == r->value) {
            if (is_punct(sep, '(')) {
                if (joined(s, e2) && is_punct(tok_at(s, e2), ')'))
                    e2++;
                else
                    e2 = 0;
            }
            if (e2) {
                e = e2;
                *paired = 1;
            }
        }
    }
    *end = e;
    return 1;
}

enum { T_NONE, T_YEAR, T_YEARREF, T_PAST, T_FUTURE };

/* What follows a month: a year, a year relative to publication, or a
 * past/future mark. */
typedef struct tail {
    int type;     /* T_* */
    int value;    /* year, or years from publication */
    uint8_t flags;
    size_t end;
} tail;

static tail tail_at(const scan *s, size_t j)
{
    tail tl = {T_NONE, 0, 0, j};
    size_t e, k = j;
    int y;
    const rec *r;
    const rasd_token *tok = joined(s, j) ? tok_at(s, j) : NULL;
    if (tok == NULL)
        return tl;
    /* "March 2024", "آذار، 2024", "17-يوليو-2024" */
    if (is_punct(tok, ',') || is_punct(tok, '-') || is_punct(tok, '/') ||
        (tok->kind == RASD_TOK_PUNCT && tok->nnorm == 2 &&
         memcmp(tok->norm, "\xd8\x8c", 2) == 0)) /* Arabic comma */
        k = j + 1;
    if (joined(s, k) && year_at(s, k, &y, &e)) {
        tl = (tail){T_YEAR, y, 0, e};
        return tl;
    }
    /* [of] [yearword] YEAR, [of] yearref */
    k = j;
    if (next_is(s, k, BIT(D_OF), &e))
        k = e;
    if (next_is(s, k, BIT(D_YEARWORD), &e) && joined(s, e) &&
        year_at(s, e, &y, &e)) {
        tl = (tail){T_YEAR, y, 0, e};
        return tl;
    }
    if (joined(s, k) && year_at(s, k, &y, &e) && k > j) {
        tl = (tail){T_YEAR, y, 0, e};
        return tl;
    }
    r = next_is(s, k, BIT(D_YEARREF), &e);
    if (r) {
        tl = (tail){T_YEARREF, r->value,
                    (r->flags & RF_PAST) ? RASD_DATEF_PAST_MARK : 0, e};
        return tl;
    }
    r = next_is(s, j, BIT(D_PAST) | BIT(D_FUTURE), &e);
    if (r) {
        tl = (tail){r->kind == D_PAST ? T_PAST : T_FUTURE, 0,
                    r->kind == D_PAST ? RASD_DATEF_PAST_MARK : 0, e};
        return tl;
    }
    return tl;
}

/* "The war began on July 12, 2006 ... On July 26, eight soldiers were
 * killed": a day and month that fall later in the year than publication
 * would be nearly a year old, so in a story that has just told a full
 * date of an earlier year they continue its narrative.  The year of the
 * latest full date stated before (its own year, not resolved), when the
 * day is on or after it in that year; else y. */
static int narrative_year(const scan *s, int d, int m, int y)
{
    for (size_t q = s->n; q-- > 0;) {
        const rasd_date *a = &s->a[q];
        if (a->flags & (RASD_DATEF_RELATIVE | RASD_DATEF_UNRESOLVED))
            continue;
        if (a->date.y == 0 || a->precision != 1 || a->date.y >= y + 1)
            return y;
        if (m > a->date.m || (m == a->date.m && d >= a->date.d))
            return a->date.y;
        return y;
    }
    return y;
}

/* Day d of month m with what followed (tail), or -1 past / +1 future
 * from a "last"/"next" before it. */
static int day_month(const scan *s, int d, int m, const tail *tl, int mark,
                     dres *r)
{
    const rasd_date_ymd p = s->doc->published;
    int y;
    r->prec = 1;
    r->flags |= tl->flags;
    if (tl->type == T_YEAR) {
        y = tl->value;
    } else {
        int past = tl->type == T_PAST || mark < 0;
        int fut = tl->type == T_FUTURE || mark > 0;
        if (past)
            r->flags |= RASD_DATEF_PAST_MARK;
        if (!s->haspub) {
            y = 0;
        } else if (tl->type == T_YEARREF) {
            y = p.y + tl->value;
        } else if (fut) {
            /* strictly after publication */
            y = (m > p.m || (m == p.m && d > p.d)) ? p.y : p.y + 1;
        } else if (past) {
            /* strictly before publication */
            y = (m < p.m || (m == p.m && d < p.d)) ? p.y : p.y - 1;
        } else {
            /* on or before publication */
            y = (m < p.m || (m == p.m && d <= p.d)) ? p.y : p.y - 1;
            if (y < p.y)
                y = narrative_year(s, d, m, y);
        }
        relative(s, r);
    }
    if (d > days_in_month(y ? y : 2000, m))
        return 0;
    r->date = (rasd_date_ymd){y, m, d};
    return 1;
}

/* Month m alone (precision 3) with what followed. */
static void month_only(const scan *s, int m, const tail *tl, int mark,
                       dres *r)
{
    const rasd_date_ymd p = s->doc->published;
    int y;
    r->prec = 3;
    r->flags |= tl->flags;
    if (tl->type == T_YEAR) {
        y = tl->value;
    } else {
        int past = tl->type == T_PAST || mark < 0;
        int fut = tl->type == T_FUTURE || mark > 0;
        if (past)
            r->flags |= RASD_DATEF_PAST_MARK;
        if (!s->haspub)
            y = 0;
        else if (tl->type == T_YEARREF)
            y = p.y + tl->value;
        else if (fut)
            y = m > p.m ? p.y : p.y + 1;
        else if (past) /* "نيسان الماضي": the latest April before */
            y = m < p.m ? p.y : p.y - 1;
        else
            y = m <= p.m ? p.y : p.y - 1;
        relative(s, r);
    }
    r->date = (rasd_date_ymd){y, m, 0};
}

/* d.m.yyyy in one digit token ("15.7.2024"; the tokenizer keeps inner
 * dots), or yyyy.m.d. */
static int dotted_date(const rasd_token *tok, int *y, int *m, int *d)
{
    int g[3] = {0, 0, 0}, len[3] = {0, 0, 0}, k = 0;
    if (tok->kind != RASD_TOK_DIGITS)
        return 0;
    for (uint32_t i = 0; i < tok->nnorm; i++) {
        char c = tok->norm[i];
        if (c == '.') {
            if (++k > 2)
                return 0;
        } else if (c >= '0' && c <= '9' && len[k] < 4) {
            g[k] = g[k] * 10 + (c - '0');
            len[k]++;
        } else {
            return 0;
        }
    }
    if (k != 2)
        return 0;
    if (len[2] == 4 && len[0] <= 2 && len[1] <= 2) {
        *d = g[0], *m = g[1], *y = g[2];
    } else if (len[0] == 4 && len[1] <= 2 && len[2] <= 2) {
        *y = g[0], *m = g[1], *d = g[2];
    } else {
        return 0;
    }
    return 1;
}

/* D sep M sep YYYY, YYYY sep M sep D (sep "-" or "/", the same twice),
 * or a dotted token.  Day first unless the day cannot be a month. */
static int numeric_date(const scan *s, size_t i, dres *r)
{
    int a, b, c, na, nb, nc, y, m, d;
    const rasd_token *t0 = tok_at(s, i);
    if (dotted_date(t0, &y, &m, &d)) {
        r->end = i + 1;
    } else {
        if (!plain_digits(t0, &a, &na))
            return 0;
        const rasd_token *s1 = joined(s, i + 1) ? tok_at(s, i + 1) : NULL;
        const rasd_token *s2 = joined(s, i + 3) ? tok_at(s, i + 3) : NULL;
        if (!(is_punct(s1, '-') || is_punct(s1, '/')) || s2 == NULL ||
            s2->nnorm != 1 || s2->norm[0] != s1->norm[0] ||
            !joined(s, i + 2) || !joined(s, i + 4) ||
            !plain_digits(tok_at(s, i + 2), &b, &nb) ||
            !plain_digits(tok_at(s, i + 4), &c, &nc))
            return 0;
        if (na == 4 && nb <= 2 && nc <= 2) {
            y = a, m = b, d = c;
        } else if (nc == 4 && na <= 2 && nb <= 2) {
            y = c;
            if (a > 12 || b <= 12)
                d = a, m = b; /* day first: Arabic and most news */
            else
                m = a, d = b; /* 7/15/2024 */
        } else {
            return 0;
        }
        r->end = i + 5;
    }
    if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 ||
        d > days_in_month(y, m))
        return 0;
    r->date = (rasd_date_ymd){y, m, d};
    r->prec = 1;
    return 1;
}

/* Does a context word stand before token i ("في آب", "since March",
 * "mid-March")? */
static int month_context(const scan *s, size_t i)
{
    size_t e;
    if (!joined(s, i))
        return 0;
    size_t k = i - 1;
    const rasd_token *p = &s->doc->tokens[k];
    if (is_punct(p, '-') && k > 0 && joined(s, k))
        k--;
    for (size_t back = 1; back <= MAX_PHRASE && back <= k + 1; back++) {
        const rec *r = match(s, k + 1 - back, BIT(D_MCTX), &e);
        if (r && e == k + 1)
            return 1;
    }
    return 0;
}

/* absolute := numeric | day [of] month [pair] [tail] | Month day [, YEAR]
 *           | month [pair] tail | ctx month [pair].  mark: -1 after
 * "last", +1 after "next"; bare: no lead words, so a context word before
 * k may make a lone month a date.
 * Returns 1 with the date in *r, 0 when there is none, -1 when the words
 * form a date that does not exist ("31 نيسان"): r->end covers it, so the
 * month and year in it are not taken alone. */
static int absolute_at(const scan *s, size_t k, int mark, int bare,
                       dres *r)
{
    int d, m, paired, ord;
    size_t j, e;
    if (numeric_date(s, k, r))
        return 1;
    int v, nd;
    if (plain_digits(tok_at(s, k), &v, &nd) && nd <= 2 &&
        (v < 1 || v > 31) && joined(s, k + 1) &&
        month_at(s, k + 1, &m, &e, &paired)) {
        r->end = e; /* "32 آذار": no such day */
        return -1;
    }
    if (day_at(s, k, &d, &j, &ord)) {
        size_t jm = j;
        const rasd_token *sep = joined(s, j) ? tok_at(s, j) : NULL;
        if (ord && next_is(s, j, BIT(D_OF), &e))
            jm = e;
        else if (is_punct(sep, '-') || is_punct(sep, '/') ||
                 (ord && is_punct(sep, ',')))
            jm = j + 1; /* "17-يوليو-2024", "9th, November 2023" */
        if (joined(s, jm) && month_at(s, jm, &m, &e, &paired)) {
            tail tl = tail_at(s, e);
            r->end = tl.end;
            return day_month(s, d, m, &tl, mark, r) ? 1 : -1;
        }
        /* "في الـ22 من الشهر الماضي", "the 5th of this month" */
        size_t jo = j;
        if (next_is(s, j, BIT(D_OF), &e))
            jo = e;
        const rec *rm;
        if (joined(s, jo) && (rm = next_is(s, jo, BIT(D_RELMONTH), &e))) {
            r->prec = 1;
            if (rm->flags & RF_PAST)
                r->flags |= RASD_DATEF_PAST_MARK;
            if (s->haspub) {
                rasd_date_ymd mo =
                    month_shift(s->doc->published, rm->value);
                if (d > days_in_month(mo.y, mo.m))
                    return -1;
                r->date = (rasd_date_ymd){mo.y, mo.m, d};
            }
            relative(s, r);
            r->end = e;
            return 1;
        }
        /* "في الثامن منه" (on the 8th of it), "the 3rd of the same
         * month": the month of the latest date before that names one,
         * else the month of publication */
        if (joined(s, jo) && next_is(s, jo, BIT(D_SAMEMONTH), &e)) {
            rasd_date_ymd mo = {0, 0, 0};
            for (size_t q = s->n; q-- > 0;)
                if (s->a[q].date.y && s->a[q].precision >= 1 &&
                    s->a[q].precision != 2 && s->a[q].precision <= 3) {
                    mo = s->a[q].date;
                    break;
                }
            if (mo.y == 0 && s->haspub)
                mo = s->doc->published;
            r->end = e;
            if (mo.y == 0)
                return 0;
            if (d > days_in_month(mo.y, mo.m))
                return -1;
            r->date = (rasd_date_ymd){mo.y, mo.m, d};
            r->prec = 1;
            r->flags |= RASD_DATEF_RELATIVE;
            return 1;
        }
        return 0;
    }
    if (!month_at(s, k, &m, &j, &paired))
        return 0;
    /* "January 8, 2020", "Oct. 27": Latin month names only ("مارس 3"
     * is "practised 3") */
    if (tok_at(s, k)->kind == RASD_TOK_LATIN && joined(s, j) &&
        day_at(s, j, &d, &e, &ord)) {
        tail tl = {T_NONE, 0, 0, e};
        int y;
        size_t k2 = e, e2;
        if (joined(s, k2) && is_punct(tok_at(s, k2), ','))
            k2++;
        if (joined(s, k2) && year_at(s, k2, &y, &e2))
            tl = (tail){T_YEAR, y, 0, e2};
        r->end = tl.end;
        return day_month(s, d, m, &tl, mark, r) ? 1 : -1;
    }
    tail tl = tail_at(s, j);
    if (tl.type == T_NONE && !paired && mark == 0 &&
        !(bare && month_context(s, k)))
        return 0; /* a lone month name is a word */
    month_only(s, m, &tl, mark, r);
    r->end = tl.end;
    return 1;
}

/* Resolves weekday wd: the latest on or before publication, strictly
 * before with a past mark, strictly after with a future mark. */
static void weekday_date(const scan *s, int wd, int mark, dres *r)
{
    r->prec = 1;
    if (mark < 0)
        r->flags |= RASD_DATEF_PAST_MARK;
    if (s->haspub) {
        int w = (int)((s->pubdays % 7 + 7 + 4) % 7); /* 1970-01-01: Thu */
        long delta;
        if (mark > 0) {
            delta = (wd - w + 7) % 7;
            r->date = ymd_of_days(s->pubdays + (delta ? delta : 7));
        } else {
            delta = (w - wd + 7) % 7;
            if (mark < 0 && delta == 0)
                delta = 7;
            r->date = ymd_of_days(s->pubdays - delta);
        }
    }
    relative(s, r);
}

/* The value of a count at token i: a number found by numbers.c (not vague,
 * not ordinal), or plain digits when that stage did not run. */
static int count_at(const scan *s, size_t i, double *v, size_t *end)
{
    const rasd_doc *doc = s->doc;
    const rasd_number *a = doc->numbers;
    int x, nd;
    /* The first number at or after token i, by a binary search whose
     * steps are selects, not branches: each step of the usual one went
     * either way, a mispredicted branch per step and count.  The answer
     * stays within [lo, lo + len]. */
    size_t lo = 0, len = doc->nnumbers;
    while (len > 1) {
        size_t half = len / 2;
        lo = a[lo + half - 1].tok_first < i ? lo + half : lo;
        len -= half;
    }
    if (len == 1 && a[lo].tok_first < i)
        lo++;
    if (lo < doc->nnumbers && doc->numbers[lo].tok_first == i) {
        const rasd_number *nb = &doc->numbers[lo];
        if (nb->flags & (RASD_NUMF_VAGUE | RASD_NUMF_ORDINAL |
                         RASD_NUMF_DUAL) ||
            nb->value < 1 || nb->value > 3660)
            return 0;
        *v = nb->value;
        *end = nb->tok_last + 1;
        return 1;
    }
    if (plain_digits(tok_at(s, i), &x, &nd) && x >= 1) {
        *v = x;
        *end = i + 1;
        return 1;
    }
    return 0;
}

/* A relative-day record or N units before publication. */
static void days_back(const scan *s, long n, int week, dres *r)
{
    r->prec = week ? 2 : 1;
    if (s->haspub)
        r->date = ymd_of_days(s->pubdays - n);
    relative(s, r);
}

/* "قبل ثلاثة أيام", "three days ago". */
static int ago_at(const scan *s, size_t i, dres *r)
{
    double v;
    size_t e, e2, e3;
    const rec *u;
    if (match(s, i, BIT(D_AGOPRE), &e) && joined(s, e) &&
        count_at(s, e, &v, &e2) && (u = next_is(s, e2, BIT(D_UNIT), &e3))) {
        days_back(s, (long)v * u->value, u->value >= 7, r);
        r->end = e3;
        return 1;
    }
    if (count_at(s, i, &v, &e) && (u = next_is(s, e, BIT(D_UNIT), &e2)) &&
        next_is(s, e2, BIT(D_AGO), &e3)) {
        days_back(s, (long)v * u->value, u->value >= 7, r);
        r->end = e3;
        return 1;
    }
    return 0;
}

/* A relative day, week, month or "past few days" record at i. */
static void relative_rec(const scan *s, const rec *rr, dres *r)
{
    const rasd_date_ymd p = s->doc->published;
    if (rr->flags & RF_TODAY)
        r->flags |= RASD_DATEF_TODAY;
    if (rr->flags & RF_PAST)
        r->flags |= RASD_DATEF_PAST_MARK;
    switch (rr->kind) {
    case D_DAY:
        days_back(s, -(long)rr->value, (rr->flags & RF_WEEK) != 0, r);
        return;
    case D_WEEK:
        r->prec = 2;
        if (s->haspub) {
            long start = s->pubdays;
            if (rr->value != 0) { /* the Sunday that starts that week */
                int w = (int)((s->pubdays % 7 + 7 + 4) % 7);
                start = s->pubdays - w + 7L * rr->value;
            }
            r->date = ymd_of_days(start);
        }
        break;
    case D_RELMONTH:
        r->prec = 3;
        if (s->haspub)
            r->date = month_shift(p, rr->value);
        break;
    default: /* D_RECENT */
        r->flags |= RASD_DATEF_PERIOD;
        r->prec = 2;
        if (s->haspub)
            r->date = p;
        break;
    }
    relative(s, r);
}

/* The whole grammar at token i.  Returns 1 with a date in *r, 2 when a
 * blocked phrase ("اليوم التالي") or an impossible date ends at r->end,
 * or 0. */
static int date_at(const scan *s, size_t i, int count, dres *r)
{
    size_t j = i, e, e2;
    const rec *rr = NULL;
    int mark = 0, wd = -1;
    const uint32_t kinds = kinds_at(s, i);
    const int digits = s->doc->tokens[i].kind == RASD_TOK_DIGITS;
    memset(r, 0, sizeof *r);
    if (!(kinds & STARTERS) && !digits && !count)
        return 0;

    /* relative phrases, longest first; a blocked phrase wins ties */
    if (kinds & (BIT(D_DAY) | BIT(D_WEEK) | BIT(D_RELMONTH) |
                 BIT(D_RECENT) | BIT(D_BLOCK)))
        rr = match(s, i, BIT(D_DAY) | BIT(D_WEEK) | BIT(D_RELMONTH) |
                             BIT(D_RECENT) | BIT(D_BLOCK), &e);
    int tod = 0;
    if (rr == NULL && match(s, i, BIT(D_TOD), &e2)) {
        rr = next_is(s, e2, BIT(D_DAY) | BIT(D_BLOCK), &e);
        if (rr && rr->kind == D_BLOCK)
            rr = NULL; /* "صباح اليوم التالي": not today */
        tod = rr != NULL;
    }
    if (rr) {
        size_t eb;
        const rec *blk = match(s, i, BIT(D_BLOCK), &eb);
        if (rr->kind == D_BLOCK || (blk && eb >= e)) {
            r->end = blk ? eb : e;
            return 2;
        }
        relative_rec(s, rr, r);
        if (tod)
            r->flags |= RASD_DATEF_TOD;
        r->end = e;
        /* "اليوم السبت", "أمس الأحد": the weekday restates the day
         * ("اليوم والثلاثاء" names two days) */
        uint8_t pfx = 0;
        if (rr->kind == D_DAY && joined(s, e) &&
            match_pfx(s, e, BIT(D_WEEKDAY), &e2, &pfx) && pfx == 0)
            r->end = e2;
        return 1;
    }

    /* lead := [tod] [dayword] [pastpre|futpre] [weekday [","]] */
    if (!(kinds & (BIT(D_TOD) | BIT(D_DAYWORD) | BIT(D_PASTPRE) |
                   BIT(D_FUTPRE) | BIT(D_WEEKDAY))))
        goto bare;
    int night = 0; /* the lead opens with a time of day */
    if (match(s, j, BIT(D_TOD), &e)) {
        j = e;
        night = 1;
    }
    if (joined(s, j) || j == i) {
        if (match(s, j, BIT(D_DAYWORD), &e) && (j == i || joined(s, j)))
            j = e;
    }
    if ((j == i || joined(s, j)) &&
        (rr = match(s, j, BIT(D_PASTPRE) | BIT(D_FUTPRE), &e)) &&
        joined(s, e) &&
        match(s, e, BIT(D_WEEKDAY) | BIT(D_MONTH), &e2)) {
        mark = rr->kind == D_PASTPRE ? -1 : 1;
        j = e;
    }
    if ((j == i || joined(s, j)) &&
        (rr = match(s, j, BIT(D_WEEKDAY), &e))) {
        wd = rr->value;
        j = e;
    }
    if (j > i && !joined(s, j) && wd < 0)
        return 0;

bare:
    /* an absolute date, after the lead if any */
    if (j == i && !digits && !(kinds & (BIT(D_ORDDAY) | BIT(D_MONTH))))
        goto rest;
    size_t k = j;
    if (wd >= 0 && joined(s, k) &&
        (is_punct(tok_at(s, k), ',') ||
         (tok_at(s, k)->nnorm == 2 &&
          memcmp(tok_at(s, k)->norm, "\xd8\x8c", 2) == 0)))
        k++;
    if (k == i || joined(s, k)) {
        int got = absolute_at(s, k, mark, k == i, r);
        if (got != 0)
            return got > 0 ? 1 : 2;
        memset(r, 0, sizeof *r);
    }

    if (wd >= 0) {
        if ((rr = next_is(s, j, BIT(D_TODPOST), &e)))
            j = e;
        if ((rr = next_is(s, j, BIT(D_PAST) | BIT(D_FUTURE), &e))) {
            mark = rr->kind == D_PAST ? -1 : 1;
            j = e;
        }
        weekday_date(s, wd, mark, r);
        /* "ليل الاثنين – الثلاثاء": a night between two days keeps the
         * day it began */
        size_t k2 = j;
        if (night && joined(s, k2) && is_punct(tok_at(s, k2), '-'))
            k2++;
        uint8_t pfx = 0;
        if (night && joined(s, k2) &&
            (rr = match_pfx(s, k2, BIT(D_WEEKDAY), &e, &pfx)) && pfx == 0 &&
            rr->value == (wd + 1) % 7)
            j = e;
        r->end = j;
        return 1;
    }

rest:
    /* yearpart [of] [yearword] YEAR | yearpart [of] yearref */
    if ((kinds & BIT(D_YEARPART)) &&
        (rr = match(s, i, BIT(D_YEARPART), &e))) {
        int y;
        size_t k2 = e, k3;
        if (next_is(s, k2, BIT(D_OF), &e2))
            k2 = e2;
        const rec *yr = next_is(s, k2, BIT(D_YEARREF), &e2);
        k3 = k2;
        if (yr == NULL && next_is(s, k3, BIT(D_YEARWORD), &e2))
            k3 = e2;
        if (yr == NULL && joined(s, k3) && year_at(s, k3, &y, &e2)) {
            r->date = (rasd_date_ymd){y, rr->value, 0};
            r->prec = 3;
            r->end = e2;
            return 1;
        }
        if (yr) {
            r->prec = 3;
            if (yr->flags & RF_PAST)
                r->flags |= RASD_DATEF_PAST_MARK;
            if (s->haspub)
                r->date = (rasd_date_ymd){s->doc->published.y + yr->value,
                                          rr->value, 0};
            relative(s, r);
            r->end = e2;
            return 1;
        }
    }
    if (!(kinds & BIT(D_AGOPRE)) && !digits && !count)
        return 0;
    return ago_at(s, i, r);
}

/* Kinds of the word after a number that the rules reading it as a day or
 * a count can go on with: "15 آذار", "3rd of", "الـ22 من الشهر الماضي",
 * "الثامن منه", "3 days ago". */
#define AFTER_NUMBER                                                         \
    (BIT(D_MONTH) | BIT(D_ORDSUF) | BIT(D_OF) | BIT(D_RELMONTH) |            \
     BIT(D_SAMEMONTH) | BIT(D_UNIT))

/* Has a digit token the two inner full stops of dotted_date()
 * ("15.7.2024"; "1.5 مليون" has one)? */
static int two_dots(const rasd_token *tok)
{
    int n = 0;
    for (uint32_t k = 0; k < tok->nnorm; k++)
        n += tok->norm[k] == '.';
    return n == 2;
}

/* May a date start at token i, which starts no date by its own readings
 * (no STARTERS kind) but is digits or the start of number nb (NULL when
 * none)?  date_at() then has only absolute_at() (d-m-y digits, a dotted
 * token, a day before a month) and the count of ago_at(), and each of
 * those needs, joined to the number, a "-" or "/" or a word of
 * AFTER_NUMBER.  Nearly half the candidates are such numbers, and one in
 * twenty of them is a date: this test is a few branches where the cascade
 * took dozens.  Conservative: 1 only sends i to date_at(), 0 is its
 * answer too. */
static int number_may_date(const scan *s, size_t i, const rasd_number *nb)
{
    const rasd_token *tok = &s->doc->tokens[i];
    size_t e;
    if (nb && joined(s, e = nb->tok_last + 1) &&
        (kinds_at(s, e) & BIT(D_UNIT)))
        return 1; /* "ثلاثة أيام", "three days" */
    if (tok->kind != RASD_TOK_DIGITS)
        return 0; /* a number in words is only ever a count */
    if (joined(s, i + 1)) {
        const rasd_token *nx = &s->doc->tokens[i + 1];
        if (nx->kind == RASD_TOK_PUNCT)
            return is_punct(nx, '-') || is_punct(nx, '/');
        if (kinds_at(s, i + 1) & AFTER_NUMBER)
            return 1;
    }
    return two_dots(tok);
}

/* May a date start at token i, a word (not digits) with a starter
 * reading, by its readings (numbers[inum] is the first number after it)?
 * Unless one of its readings is a date alone, every rule of date_at()
 * needs the next token joined to it and of a kind its one-word records go
 * on with, or the second word of one of its phrases (anext).  Two thirds
 * of the starters make no date, most of them common words ("the", "هذا",
 * "ذلك", "خلال", "قبل") that begin only phrases; this test turns most of
 * those away before the cascade.  Conservative, as number_may_date(). */
static int starter_may_date(const scan *s, size_t i, size_t inum)
{
    const rasd_doc *doc = s->doc;
    const struct anext *x = &s->t->anext[(uint32_t)(readings(s, i) + 1)];
    if (x->follow == ~(uint32_t)0)
        return 1;
    if (!joined(s, i + 1))
        return 0;
    const rasd_token *nx = &doc->tokens[i + 1];
    uint32_t k = kinds_at(s, i + 1);
    if (nx->kind == RASD_TOK_DIGITS)
        k |= F_DIGITS;
    else if (nx->kind == RASD_TOK_PUNCT)
        k |= F_PUNCT;
    else if (x->words & next_bit(nx->hash))
        return 1;
    if (inum < doc->nnumbers && doc->numbers[inum].tok_first == i + 1)
        k |= F_COUNT;
    return (k & x->follow) != 0;
}

static int emit(scan *s, size_t first, const dres *r)
{
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 16;
        rasd_date *a = rasd_arena_alloc(s->doc->arena, cap * sizeof *a);
        if (a == NULL)
            return RASD_ENOMEM;
        if (s->n)
            memcpy(a, s->a, s->n * sizeof *a);
        s->a = a;
        s->cap = cap;
    }
    rasd_date *d = &s->a[s->n++];
    d->tok_first = (uint32_t)first;
    d->tok_last = (uint32_t)(r->end - 1);
    d->start = s->doc->tokens[first].start;
    d->end = s->doc->tokens[r->end - 1].end;
    d->date = r->date;
    d->precision = r->prec;
    d->flags = r->flags;
    return 0;
}

/* Tries a date at token i (numbers[inum] the first number at or after
 * it).  Returns the next token to try, or 0 (i + 1 > 0) on out of
 * memory. */
static size_t try_at(scan *s, size_t i, size_t inum, int *rc)
{
    const rasd_doc *doc = s->doc;
    const rasd_token *tok = &doc->tokens[i];
    int numstart = inum < doc->nnumbers && doc->numbers[inum].tok_first == i;
    dres r;
    if (tok->kind == RASD_TOK_PUNCT ||
        (tok->kind != RASD_TOK_DIGITS && !numstart &&
         !(s->info ? s->info[i].dstart : rasd_dates_may_start(s->t, tok))))
        return i + 1;
    const rasd_number *nb = numstart ? &doc->numbers[inum] : NULL;
    if (!(kinds_at(s, i) & STARTERS)
            ? !number_may_date(s, i, nb)
            : tok->kind != RASD_TOK_DIGITS &&
                  !starter_may_date(s, i, inum + (size_t)numstart) &&
                  !(nb && number_may_date(s, i, nb)))
        return i + 1; /* an ordinal ("الاول") reads as both */
    int got = date_at(s, i, numstart, &r);
    if (got == 1 && (*rc = emit(s, i, &r)) < 0)
        return 0;
    return got ? r.end : i + 1;
}

/* Every token, without the word cache's lists. */
static int find_all(scan *s)
{
    const rasd_doc *doc = s->doc;
    size_t inum = 0; /* doc->numbers cursor: "three days ago" */
    int rc = 0;
    for (size_t i = 0; i < doc->ntokens;) {
        while (inum < doc->nnumbers && doc->numbers[inum].tok_first < i)
            inum++;
        if ((i = try_at(s, i, inum, &rc)) == 0)
            return rc;
    }
    return 0;
}

/* The tokens of wi's date candidates and the starts of numbers, merged
 * in order: each step takes the smaller head of the two lists, and a
 * head inside a date found already (before i) is passed over.  The
 * cursors move by selects, not by loops whose length (mostly 0 or 1)
 * went either way: those were a fifth of the scan's mispredicts. */
static int find_listed(scan *s, const rasd_wordinfo *wi)
{
    const rasd_doc *doc = s->doc;
    const size_t nt = doc->ntokens;
    size_t ic = 0, inum = 0, i = 0;
    int rc = 0;
    for (;;) {
        size_t nd = ic < wi->ndate ? wi->date[ic] : nt;
        size_t nn = inum < doc->nnumbers ? doc->numbers[inum].tok_first : nt;
        size_t k = nd < nn ? nd : nn;
        if (k >= nt)
            return 0;
        if (k >= i && (i = try_at(s, k, inum, &rc)) == 0)
            return rc;
        ic += nd == k;
        inum += nn == k;
    }
}

int rasd_dates_find(rasd_doc *doc, const rasd_datetab *t,
                    const rasd_wordinfo *wi)
{
    lcache cache;
    const rasd_tokinfo *info = wi ? wi->tok : NULL;
    scan s = {doc, t, NULL, 0, 0, 0, 0, &cache, info};
    const rasd_date_ymd p = doc->published;
    doc->dates = NULL;
    doc->ndates = 0;
    if (t == NULL)
        return 0;
    if (p.y >= 1 && p.m >= 1 && p.m <= 12 && p.d >= 1 &&
        p.d <= days_in_month(p.y, p.m)) {
        s.haspub = 1;
        s.pubdays = rasd_days_from_civil(p.y, p.m, p.d);
    }
    for (size_t k = 0; k < CACHE; k++)
        cache.tok[k] = SIZE_MAX;
    int rc = wi ? find_listed(&s, wi) : find_all(&s);
    if (rc < 0)
        return rc;
    doc->dates = s.a;
    doc->ndates = s.n;
    return 0;
}
