/* lexicon.c - loads the lexicon and gazetteer files (docs/lexicon-format.md)
 * into entries and the token trie, validating every line.
 *
 * Each file is read whole and split into lines, and each alias is run
 * through the text layer's own tokenizer (rasd_text_tokenize); each word
 * is stored under rasd_text_alias_key (the normalised word less ال), and
 * the scanner offers every reading of a text word (rasd_text_key_variants)
 * against it, so "طائرة مسيرة" meets "بطائرتين مسيرتين" (text.h, key.c).
 * Strings live in one arena (stable pointers, one block per entry);
 * entries in one array.
 *
 * Decisions the format doc leaves open:
 * - Same meaning: two lines of the same class and canonical name are one
 *   entry (places also need the same country, the same kind and
 *   coordinates within 0.1 degree, ~11 km: GeoNames has many villages of
 *   one name, and the city of Alexandria is not its governorate).  The
 *   first line's attributes stand; a later line adds its aliases and is
 *   warned about when its attributes differ (src and pop aside).  The CLI
 *   loads data/lexicon before data/gazetteer, so curated sites win.
 * - Shared aliases that are not warned about, though the entries differ
 *   (the matcher reports both, the extractor chooses): two places of one
 *   country and different kinds (الكويت the country and the city,
 *   الإسكندرية the city and the governorate), and a weapon and a trigger
 *   (غارة is both the weapon and the act).  All other sharing is warned
 *   about unless both aliases are marked "?".
 * - An ALIASES column of "-" means no alias: the entry can be found by
 *   rasd_lexicon_find() but is never matched.
 * - Unknown `weapon` values of weapons and `inter` values of actors are
 *   warnings (the vocabularies belong to SCHEMA.md and ACLED); unknown
 *   `kind` values are errors, as the format doc says.  Weapons have no
 *   kind vocabulary, so any kind is accepted.
 * - A file that starts with a UTF-8 byte order mark is accepted; CRLF line
 *   ends are accepted.
 */
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lex_int.h"
#include "rasd/utf8.h"

#define MAX_ATTRS 32        /* pairs on one line */
#define SAME_PLACE_DEG 0.1  /* same name, same country, this close: same */
#define SAME_COORD_DEG 0.01 /* coordinates that differ less are equal */

typedef struct span {
    const char *z;
    size_t n;
} span;

typedef struct pair {
    span k, v;
} pair;

/* Where the loader is: for messages. */
typedef struct ctx {
    rasd_lexicon *lx;
    rasd_lexicon_err *err;
    const char *path;
    uint32_t file; /* index into lx->files */
    uint32_t line;
} ctx;

static const char *const class_names[RASD_CLASS__COUNT] = {
    "place", "actor", "weapon", "trigger", "source", "cue"};

/* kind vocabularies by class (docs/lexicon-format.md); NULL: any. */
static const char *const place_kinds[] = {
    "country", "admin1", "city", "town", "village", "district", "airbase",
    "airport", "base", "camp", "field", "crossing", "embassy", "sea", "site",
    "region", NULL};
static const char *const actor_kinds[] = {
    "group", "state", "coalition", "agency", "generic", "civilians", NULL};
static const char *const trigger_kinds[] = {
    "attack", "strike", "shell", "launch", "explode", "fall", "intercept",
    "seize", "kill", "assassinate", "clash", "ambush", "suicide", "abduct",
    "arrest", "wound", "damage", "arson", NULL};
static const char *const source_kinds[] = {
    "agency", "outlet", "official", "military", "government", "group",
    "medical", "local", NULL};
static const char *const cue_kinds[] = {
    "report", "claim", "deny", "negation", "hedge", "past", "future",
    "statement", "place_cue", "near", "no_casualties", "killed", "wounded",
    "damage", "no_damage", "lower_bound", "vague", "agent", "target",
    "origin", "after", "pattern", "since", "affiliation", "idiom", "topic", "relative", "clause", "anaphor",
    "light", "that", "person", "duration", "sequel", "separate", "accuse", "when", "outlet", "distance", "unit", "border", "stock", "attackers", "scene", "similar", "whilst", "route", "own", "during", "superlative", NULL};
static const char *const *const kinds_of[RASD_CLASS__COUNT] = {
    place_kinds, actor_kinds, NULL, trigger_kinds, source_kinds, cue_kinds};

const char *const *rasd_lexicon_kinds(int cls)
{
    return cls >= 0 && cls < RASD_CLASS__COUNT ? kinds_of[cls] : NULL;
}

/* SCHEMA.md weapon vocabulary and ACLED inter names: warnings only. */
static const char *const weapon_values[] = {
    "drone", "rocket", "ballistic missile", "cruise missile", "missile",
    "mortar", "artillery", "projectile", "IED", "gunfire", "airstrike", NULL};
static const char *const inter_values[] = {
    "State forces", "Rebel group", "Political militia", "Identity militia",
    "Rioters", "Protesters", "Civilians", "External/Other forces", NULL};

const char *rasd_class_name(int cls)
{
    if (cls < 0 || cls >= RASD_CLASS__COUNT)
        return "unknown";
    return class_names[cls];
}

static int span_eq(span s, const char *z)
{
    size_t n = strlen(z);
    return s.n == n && memcmp(s.z, z, n) == 0;
}

static int in_list(span s, const char *const *list)
{
    for (; *list; list++) {
        if (s.n > 0 && (*list)[0] == s.z[0] && span_eq(s, *list))
            return 1;
    }
    return 0;
}

static inline span trim(span s)
{
    while (s.n > 0 && (s.z[0] == ' ' || s.z[0] == '\t')) {
        s.z++;
        s.n--;
    }
    while (s.n > 0 && (s.z[s.n - 1] == ' ' || s.z[s.n - 1] == '\t'))
        s.n--;
    return s;
}

/* Fills *err for a bad line and returns RASD_EFORMAT. */
static int fail(ctx *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static int fail(ctx *c, const char *fmt, ...)
{
    va_list ap;
    c->err->code = RASD_EFORMAT;
    snprintf(c->err->file, sizeof c->err->file, "%s", c->path);
    c->err->line = c->line;
    va_start(ap, fmt);
    vsnprintf(c->err->msg, sizeof c->err->msg, fmt, ap);
    va_end(ap);
    return RASD_EFORMAT;
}

/* Fills *err for a failure that is not about one line. */
static int fail_io(rasd_lexicon_err *err, int rc, const char *path,
                   const char *what)
{
    err->code = rc;
    snprintf(err->file, sizeof err->file, "%s", path);
    err->line = 0;
    snprintf(err->msg, sizeof err->msg, "%s: %s", what, rasd_strerror(rc));
    return rc;
}

/* Adds one warning line; past LEX_MAX_WARNINGS they are only counted.
 * Returns 0 or RASD_ENOMEM. */
static int warn(rasd_lexicon *lx, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static int warn(rasd_lexicon *lx, const char *fmt, ...)
{
    char line[768];
    va_list ap;
    if (lx->nwarnings >= LEX_MAX_WARNINGS) {
        lx->dropped++;
        return 0;
    }
    if (lx->nwarnings == lx->capwarnings) {
        size_t cap = lx->capwarnings ? lx->capwarnings * 2 : 16;
        char **p = rasd_realloc(lx->warnings, cap * sizeof *p);
        if (p == NULL)
            return RASD_ENOMEM;
        lx->warnings = p;
        lx->capwarnings = cap;
    }
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    if ((size_t)n >= sizeof line)
        n = (int)sizeof line - 1;
    char *z = rasd_strndup(line, (size_t)n);
    if (z == NULL)
        return RASD_ENOMEM;
    lx->warnings[lx->nwarnings++] = z;
    return 0;
}

int rasd_lexicon_new(rasd_lexicon **out)
{
    int rc = RASD_ENOMEM;
    rasd_lexicon *lx = rasd_calloc(1, sizeof *lx);
    *out = NULL;
    if (lx == NULL)
        return RASD_ENOMEM;
    lx->strings = rasd_arena_new();
    lx->scratch = rasd_arena_new();
    lx->capnames = 1024;
    lx->names = rasd_calloc(lx->capnames, sizeof *lx->names);
    if (lx->strings == NULL || lx->scratch == NULL || lx->names == NULL)
        goto out;
    rc = lex_trie_init(&lx->trie);
out:
    if (rc < 0) {
        rasd_lexicon_free(lx);
        return rc;
    }
    *out = lx;
    return 0;
}

void rasd_lexicon_free(rasd_lexicon *lx)
{
    if (lx == NULL)
        return;
    for (size_t i = 0; i < lx->nwarnings; i++)
        rasd_free(lx->warnings[i]);
    rasd_free(lx->warnings);
    rasd_free(lx->files);
    rasd_free(lx->entries);
    rasd_free(lx->names);
    rasd_free(lx->namehash);
    lex_trie_fini(&lx->trie);
    lex_cache_free(lx->cache);
    rasd_arena_free(lx->strings);
    rasd_arena_free(lx->scratch);
    rasd_free(lx);
}

/* --- the name index: (class, name) -> entries, open addressing --------- */

static uint32_t name_hash(int cls, const char *z, size_t n)
{
    return lex_key_hash(z, n) ^ ((uint32_t)cls * 0x9e3779b1u);
}

static int name_is(const rasd_entry *e, int cls, const char *z, size_t n)
{
    return e->cls == cls && strncmp(e->name, z, n) == 0 &&
           e->name[n] == '\0';
}

/* Adds entry i (the last, its name n bytes) to the name index, growing
 * it to stay half empty. */
static int name_add(rasd_lexicon *lx, uint32_t i, size_t n)
{
    const rasd_entry *e = &lx->entries[i];
    uint32_t h = name_hash(e->cls, e->name, n);
    if ((size_t)(lx->nentries + 1) * 2 > lx->capnames) {
        uint32_t cap = lx->capnames * 2;
        uint32_t *p = rasd_calloc(cap, sizeof *p);
        if (p == NULL)
            return RASD_ENOMEM;
        /* Re-insert in entry order so that the first entry of a name
         * stays first on its probe path. */
        for (uint32_t j = 0; j < i; j++) {
            uint32_t k = lx->namehash[j] & (cap - 1);
            while (p[k] != 0)
                k = (k + 1) & (cap - 1);
            p[k] = j + 1;
        }
        rasd_free(lx->names);
        lx->names = p;
        lx->capnames = cap;
    }
    lx->namehash[i] = h;
    uint32_t k = h & (lx->capnames - 1);
    while (lx->names[k] != 0)
        k = (k + 1) & (lx->capnames - 1);
    lx->names[k] = i + 1;
    return 0;
}

const rasd_entry *rasd_lexicon_find(const rasd_lexicon *lx, int cls,
                                    const char *name)
{
    if (lx == NULL || name == NULL)
        return NULL;
    size_t n = strlen(name);
    uint32_t mask = lx->capnames - 1;
    uint32_t h = name_hash(cls, name, n);
    for (uint32_t k = h & mask; lx->names[k] != 0; k = (k + 1) & mask) {
        uint32_t i = lx->names[k] - 1;
        if (lx->namehash[i] == h && name_is(&lx->entries[i], cls, name, n))
            return &lx->entries[i];
    }
    return NULL;
}

const rasd_entry *rasd_lexicon_entries(const rasd_lexicon *lx, size_t *n)
{
    *n = lx ? lx->nentries : 0;
    return lx ? lx->entries : NULL;
}

size_t rasd_lexicon_count(const rasd_lexicon *lx, int cls)
{
    if (lx == NULL || cls < 0 || cls >= RASD_CLASS__COUNT)
        return 0;
    return lx->count[cls];
}

size_t rasd_lexicon_warnings(const rasd_lexicon *lx,
                             const char *const **lines)
{
    *lines = lx ? (const char *const *)lx->warnings : NULL;
    return lx ? lx->nwarnings : 0;
}

const char *rasd_entry_attr(const rasd_entry *e, const char *key)
{
    for (uint32_t i = 0; i < e->nattr; i++) {
        if (strcmp(e->attr[2 * i], key) == 0)
            return e->attr[2 * i + 1];
    }
    return NULL;
}

/* --- one entry line ---------------------------------------------------- */

static const span *attr_get(const pair *a, size_t na, const char *key)
{
    for (size_t i = 0; i < na; i++) {
        if (span_eq(a[i].k, key))
            return &a[i].v;
    }
    return NULL;
}

/* Parses "k=v;k=v" or "-" into a[]; *na pairs. */
static int parse_attrs(ctx *c, span s, pair *a, size_t *na)
{
    *na = 0;
    if (span_eq(s, "-"))
        return 0;
    if (s.n == 0)
        return fail(c, "empty ATTRS column (write '-' for none)");
    const char *p = s.z, *end = s.z + s.n;
    while (p < end) {
        const char *semi = memchr(p, ';', (size_t)(end - p));
        const char *stop = semi ? semi : end;
        span piece = trim((span){p, (size_t)(stop - p)});
        p = semi ? semi + 1 : end;
        if (piece.n == 0) {
            if (semi == NULL || p == end)
                break; /* a trailing ';' is harmless */
            return fail(c, "empty attribute between ';'");
        }
        const char *eq = memchr(piece.z, '=', piece.n);
        if (eq == NULL)
            return fail(c, "attribute '%.*s' has no '=' (want key=value)",
                        (int)piece.n, piece.z);
        span k = trim((span){piece.z, (size_t)(eq - piece.z)});
        span v = trim((span){eq + 1, (size_t)(piece.z + piece.n - eq - 1)});
        if (memchr(v.z, '=', v.n))
            return fail(c, "attribute '%.*s' has two '=' (values may not "
                           "contain '=' or ';')",
                        (int)piece.n, piece.z);
        if (k.n == 0)
            return fail(c, "attribute '%.*s' has no key", (int)piece.n,
                        piece.z);
        for (size_t i = 0; i < k.n; i++) {
            char ch = k.z[i];
            if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                  (ch >= '0' && ch <= '9') || ch == '_'))
                return fail(c, "attribute key '%.*s' is not a word",
                            (int)k.n, k.z);
        }
        if (v.n == 0)
            return fail(c, "attribute '%.*s' has an empty value", (int)k.n,
                        k.z);
        for (size_t i = 0; i < *na; i++) {
            if (a[i].k.n == k.n && memcmp(a[i].k.z, k.z, k.n) == 0)
                return fail(c, "attribute '%.*s' given twice", (int)k.n,
                            k.z);
        }
        if (*na == MAX_ATTRS)
            return fail(c, "more than %d attributes", MAX_ATTRS);
        a[*na].k = k;
        a[*na].v = v;
        (*na)++;
    }
    return 0;
}

/* Parses a whole decimal number in s; 0 or -1.  Plain decimals of up to
 * 15 significant digits (all GeoNames coordinates) take a fast path that
 * is exact: both the digits and the power of ten are exact doubles, so
 * one division rounds correctly (Clinger's fast path); anything else goes
 * to strtod.  Coordinates are a third of the load time otherwise. */
static int parse_double(span s, double *out)
{
    static const double pow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                   1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
                                   1e15};
    size_t i = 0, ndig = 0, nfrac = 0;
    int neg = 0, dot = 0;
    int64_t mant = 0;
    if (i < s.n && (s.z[i] == '-' || s.z[i] == '+'))
        neg = s.z[i++] == '-';
    for (; i < s.n; i++) {
        char ch = s.z[i];
        if (ch >= '0' && ch <= '9') {
            mant = mant * 10 + (ch - '0');
            ndig++;
            nfrac += (size_t)dot;
        } else if (ch == '.' && !dot) {
            dot = 1;
        } else {
            break;
        }
    }
    if (i == s.n && ndig > 0 && ndig <= 15) {
        double v = (double)mant / pow10[nfrac];
        *out = neg ? -v : v;
        return 0;
    }
    char tmp[64];
    char *end = NULL;
    if (s.n == 0 || s.n >= sizeof tmp)
        return -1;
    memcpy(tmp, s.z, s.n);
    tmp[s.n] = '\0';
    errno = 0;
    double v = strtod(tmp, &end);
    if (end != tmp + s.n || errno != 0 || !isfinite(v))
        return -1;
    *out = v;
    return 0;
}

/* Parses a non-negative integer; 0 or -1. */
static int parse_long(span s, long *out)
{
    long v = 0;
    if (s.n == 0 || s.n > 18)
        return -1;
    for (size_t i = 0; i < s.n; i++) {
        if (s.z[i] < '0' || s.z[i] > '9')
            return -1;
        v = v * 10 + (s.z[i] - '0');
    }
    *out = v;
    return 0;
}

/* ACLED geo precision implied by a place kind. */
static int precision_of(span kind)
{
    if (span_eq(kind, "country") || span_eq(kind, "admin1"))
        return 3;
    if (span_eq(kind, "district") || span_eq(kind, "region") ||
        span_eq(kind, "sea"))
        return 2;
    return 1;
}

/* The typed fields of a line, checked against its class. */
typedef struct fields {
    span kind, admin1, country;
    double lat, lon;
    long pop;
    int prec;
} fields;

static int check_fields(ctx *c, int cls, const pair *a, size_t na,
                        fields *f)
{
    static const span none = {"", 0};
    const span *v;
    memset(f, 0, sizeof *f);
    f->lat = f->lon = NAN;
    v = attr_get(a, na, "kind");
    f->kind = v ? *v : none;
    v = attr_get(a, na, "admin1");
    f->admin1 = v ? *v : none;
    v = attr_get(a, na, "country");
    f->country = v ? *v : none;
    if (f->kind.n > 0 && kinds_of[cls] && !in_list(f->kind, kinds_of[cls]))
        return fail(c, "unknown %s kind '%.*s'", class_names[cls],
                    (int)f->kind.n, f->kind.z);
    if (cls != RASD_CLASS_PLACE)
        return 0;
    v = attr_get(a, na, "lat");
    if (v == NULL || parse_double(*v, &f->lat) < 0 || f->lat < -90 ||
        f->lat > 90)
        return fail(c, "place needs lat=DEGREES in [-90, 90]");
    v = attr_get(a, na, "lon");
    if (v == NULL || parse_double(*v, &f->lon) < 0 || f->lon < -180 ||
        f->lon > 180)
        return fail(c, "place needs lon=DEGREES in [-180, 180]");
    v = attr_get(a, na, "pop");
    if (v && parse_long(*v, &f->pop) < 0)
        return fail(c, "pop '%.*s' is not a whole number", (int)v->n, v->z);
    f->prec = precision_of(f->kind);
    v = attr_get(a, na, "prec");
    if (v) {
        if (!(v->n == 1 && v->z[0] >= '1' && v->z[0] <= '3'))
            return fail(c, "prec must be 1, 2 or 3");
        f->prec = v->z[0] - '0';
    }
    return 0;
}

/* Warnings about attribute values outside the shared vocabularies. */
static int check_values(ctx *c, int cls, const pair *a, size_t na)
{
    const span *v;
    if (cls == RASD_CLASS_WEAPON) {
        v = attr_get(a, na, "weapon");
        if (v && !in_list(*v, weapon_values))
            return warn(c->lx, "%s:%u: weapon '%.*s' is not in the "
                               "SCHEMA.md vocabulary",
                        c->path, c->line, (int)v->n, v->z);
    }
    if (cls == RASD_CLASS_ACTOR) {
        v = attr_get(a, na, "inter");
        if (v && !in_list(*v, inter_values))
            return warn(c->lx, "%s:%u: inter '%.*s' is not an ACLED "
                               "inter name",
                        c->path, c->line, (int)v->n, v->z);
    }
    return 0;
}

/* Index of an existing entry that means the same as this line, or -1. */
static long same_meaning(const rasd_lexicon *lx, int cls, span name,
                         const fields *f)
{
    uint32_t mask = lx->capnames - 1;
    uint32_t h = name_hash(cls, name.z, name.n);
    for (uint32_t k = h & mask; lx->names[k] != 0; k = (k + 1) & mask) {
        /* The hash first: entries are large and far apart in memory. */
        if (lx->namehash[lx->names[k] - 1] != h)
            continue;
        const rasd_entry *e = &lx->entries[lx->names[k] - 1];
        if (!name_is(e, cls, name.z, name.n))
            continue;
        if (cls != RASD_CLASS_PLACE)
            return (long)(lx->names[k] - 1);
        if (span_eq(f->country, e->country) && span_eq(f->kind, e->kind) &&
            fabs(e->lat - f->lat) <= SAME_PLACE_DEG &&
            fabs(e->lon - f->lon) <= SAME_PLACE_DEG)
            return (long)(lx->names[k] - 1);
    }
    return -1;
}

static int is_ignored_attr(span k)
{
    return span_eq(k, "src") || span_eq(k, "pop");
}

/* 1 when the attributes of line a[] say what entry e says (src and pop
 * aside; coordinates within SAME_COORD_DEG). */
static int same_attrs(const rasd_entry *e, const pair *a, size_t na)
{
    uint32_t nold = 0;
    for (uint32_t i = 0; i < e->nattr; i++) {
        span k = {e->attr[2 * i], strlen(e->attr[2 * i])};
        if (!is_ignored_attr(k))
            nold++;
    }
    uint32_t nnew = 0;
    for (size_t i = 0; i < na; i++) {
        if (is_ignored_attr(a[i].k))
            continue;
        nnew++;
        char key[64];
        if (a[i].k.n >= sizeof key)
            return 0;
        memcpy(key, a[i].k.z, a[i].k.n);
        key[a[i].k.n] = '\0';
        const char *old = rasd_entry_attr(e, key);
        if (old == NULL)
            return 0;
        if (span_eq(a[i].k, "lat") || span_eq(a[i].k, "lon")) {
            double x, y;
            span so = {old, strlen(old)};
            if (parse_double(so, &x) < 0 || parse_double(a[i].v, &y) < 0 ||
                fabs(x - y) > SAME_COORD_DEG)
                return 0;
        } else if (!span_eq(a[i].v, old)) {
            return 0;
        }
    }
    return nold == nnew;
}

/* Appends a new entry for this line; *idx gets its index. */
static int new_entry(ctx *c, int cls, span name, const pair *a, size_t na,
                     const fields *f, uint32_t *idx)
{
    rasd_lexicon *lx = c->lx;
    if (lx->nentries >= LEX_MAX_ENTRIES)
        return fail(c, "more than %u entries", LEX_MAX_ENTRIES);
    if (lx->nentries == lx->capentries) {
        uint32_t cap = lx->capentries ? lx->capentries * 2 : 256;
        rasd_entry *p = rasd_realloc(lx->entries, cap * sizeof *p);
        if (p == NULL)
            return RASD_ENOMEM;
        lx->entries = p;
        uint32_t *h = rasd_realloc(lx->namehash, cap * sizeof *h);
        if (h == NULL)
            return RASD_ENOMEM;
        lx->namehash = h;
        lx->capentries = cap;
    }
    rasd_entry *e = &lx->entries[lx->nentries];
    memset(e, 0, sizeof *e);
    /* One block: the attribute pointers, then the name and every key and
     * value, each NUL-terminated. */
    size_t bytes = 2 * na * sizeof(char *) + name.n + 1;
    for (size_t i = 0; i < na; i++)
        bytes += a[i].k.n + a[i].v.n + 2;
    const char **attr = rasd_arena_alloc(lx->strings, bytes);
    if (attr == NULL)
        return RASD_ENOMEM;
    char *z = (char *)(attr + 2 * na);
    memcpy(z, name.z, name.n);
    z[name.n] = '\0';
    e->name = z;
    z += name.n + 1;
    for (size_t i = 0; i < na; i++) {
        attr[2 * i] = z;
        memcpy(z, a[i].k.z, a[i].k.n);
        z[a[i].k.n] = '\0';
        z += a[i].k.n + 1;
        attr[2 * i + 1] = z;
        memcpy(z, a[i].v.z, a[i].v.n);
        z[a[i].v.n] = '\0';
        z += a[i].v.n + 1;
    }
    if (na == 0)
        attr = NULL;
    /* Absent fields point at the "" of the name's NUL. */
    const char *empty = e->name + name.n;
    e->kind = empty;
    e->admin1 = empty;
    e->country = empty;
    for (size_t i = 0; i < na; i++) {
        if (span_eq(a[i].k, "kind"))
            e->kind = attr[2 * i + 1];
        else if (span_eq(a[i].k, "admin1"))
            e->admin1 = attr[2 * i + 1];
        else if (span_eq(a[i].k, "country"))
            e->country = attr[2 * i + 1];
    }
    e->cls = (uint8_t)cls;
    e->lat = f->lat;
    e->lon = f->lon;
    e->population = f->pop;
    e->geo_precision = cls == RASD_CLASS_PLACE ? f->prec : 0;
    e->file = lx->files[c->file];
    e->line = c->line;
    e->nattr = (uint32_t)na;
    e->attr = attr;
    *idx = lx->nentries++;
    int rc = name_add(lx, *idx, name.n);
    if (rc < 0) {
        lx->nentries--;
        return rc;
    }
    lx->count[cls]++;
    return 0;
}

/* 1 when entries a and b may share an alias without a warning (see the
 * top comment). */
static int may_share(const rasd_entry *a, const rasd_entry *b)
{
    if (a->cls == RASD_CLASS_PLACE && b->cls == RASD_CLASS_PLACE)
        return strcmp(a->country, b->country) == 0 &&
               strcmp(a->kind, b->kind) != 0;
    return (a->cls == RASD_CLASS_WEAPON && b->cls == RASD_CLASS_TRIGGER) ||
           (a->cls == RASD_CLASS_TRIGGER && b->cls == RASD_CLASS_WEAPON);
}

/* "place 'Amazonas' (Brazil)": an entry as a warning names it. */
static void describe(const rasd_entry *e, char *out, size_t cap)
{
    if (e->cls == RASD_CLASS_PLACE && e->country[0])
        snprintf(out, cap, "place '%s' (%s%s%s)", e->name,
                 e->kind[0] ? e->kind : "", e->kind[0] ? ", " : "",
                 e->country);
    else
        snprintf(out, cap, "%s '%s'", class_names[e->cls], e->name);
}

/* Adds an accept of entry idx at node; handles duplicates and clashes. */
static int add_accept(ctx *c, uint32_t node, uint32_t idx, int amb,
                      int caps, span alias)
{
    rasd_lexicon *lx = c->lx;
    lex_trie *t = &lx->trie;
    const lex_accept *clash = NULL;
    for (uint32_t a = t->nodes[node].acc; a != 0; a = t->acc[a - 1].next) {
        lex_accept *x = &t->acc[a - 1];
        if (x->entry == idx) {
            x->amb = (uint8_t)(x->amb && amb); /* plain wins */
            x->caps = (uint8_t)(x->caps && caps);
            return 0;
        }
        if (clash == NULL && !(x->amb && amb) &&
            !may_share(&lx->entries[x->entry], &lx->entries[idx]))
            clash = x;
    }
    if (clash != NULL) {
        char d1[320], d2[320];
        describe(&lx->entries[idx], d1, sizeof d1);
        describe(&lx->entries[clash->entry], d2, sizeof d2);
        int rc = warn(lx, "%s:%u: alias '%.*s' of %s is also an alias of %s "
                          "at %s:%u (mark both '?' if meant)",
                      c->path, c->line, (int)alias.n, alias.z, d1, d2,
                      lx->files[clash->file], clash->line);
        if (rc < 0)
            return rc;
    }
    if (t->nacc == t->capacc) {
        uint32_t cap = t->capacc ? t->capacc * 2 : 1024;
        lex_accept *p = rasd_realloc(t->acc, cap * sizeof *p);
        if (p == NULL)
            return RASD_ENOMEM;
        t->acc = p;
        t->capacc = cap;
    }
    lex_accept *x = &t->acc[t->nacc++];
    x->entry = idx;
    x->next = t->nodes[node].acc;
    x->file = c->file;
    x->line = c->line;
    x->amb = (uint8_t)(amb != 0);
    x->caps = (uint8_t)(caps != 0);
    t->nodes[node].acc = t->nacc;
    lx->entries[idx].naliases++;
    return 0;
}

/* Tokenises one alias and adds its key sequence to the trie. */
static int add_alias(ctx *c, uint32_t idx, span alias)
{
    rasd_lexicon *lx = c->lx;
    int amb = 0, caps = 0;
    span text = alias;
    if (text.n > 0 && text.z[0] == '?') {
        amb = 1;
        text = trim((span){text.z + 1, text.n - 1});
    }
    /* "=US": only as written, in capitals ("us" is a pronoun) */
    if (text.n > 0 && text.z[0] == '=') {
        caps = 1;
        text = trim((span){text.z + 1, text.n - 1});
        for (size_t i = 0; i < text.n; i++)
            if (text.z[i] >= 'a' && text.z[i] <= 'z')
                return fail(c, "alias '%.*s' is marked '=' but is not in "
                               "capitals", (int)alias.n, alias.z);
    }
    if (text.n == 0)
        return fail(c, "empty alias");
    rasd_token *toks = NULL;
    size_t ntok = 0;
    int rc = rasd_text_tokenize(text.z, text.n, NULL, 0, lx->scratch, &toks,
                                &ntok);
    if (rc < 0)
        return rc;
    uint32_t node = 0, depth = 0;
    uint8_t scripts = 0;
    for (size_t i = 0; i < ntok; i++) {
        const rasd_token *tk = &toks[i];
        char key[4 * 256];
        size_t nkey;
        if (lex_tok_connector(tk) || tk->nnorm == 0)
            continue;
        if (tk->nnorm >= sizeof key)
            return fail(c, "alias '%.*s' has a word that is too long",
                        (int)alias.n, alias.z);
        if (tk->kind == RASD_TOK_AR || tk->kind == RASD_TOK_LATIN) {
            nkey = rasd_text_alias_key(tk->norm, tk->nnorm, tk->kind, key,
                                       sizeof key);
        } else {
            memcpy(key, tk->norm, tk->nnorm);
            nkey = tk->nnorm;
        }
        if (nkey == 0)
            continue;
        if (++depth > LEX_MAX_ALIAS_TOKENS)
            return fail(c, "alias '%.*s' has more than %d words",
                        (int)alias.n, alias.z, LEX_MAX_ALIAS_TOKENS);
        if (tk->kind == RASD_TOK_AR)
            scripts |= RASD_SCRIPT_AR;
        else if (tk->kind == RASD_TOK_LATIN)
            scripts |= RASD_SCRIPT_LATIN;
        rc = lex_trie_add_child(&lx->trie, node, lex_key_hash(key, nkey), key,
                                nkey, &node);
        if (rc < 0)
            return rc;
    }
    if (depth == 0)
        return fail(c, "alias '%.*s' normalises to nothing", (int)alias.n,
                    alias.z);
    lx->entries[idx].scripts |= scripts;
    return add_accept(c, node, idx, amb, caps, alias);
}

/* NAME <TAB> ATTRS <TAB> ALIASES */
static int parse_entry(ctx *c, int cls, span line)
{
    rasd_lexicon *lx = c->lx;
    span col[3];
    size_t ncol = 0;
    const char *p = line.z, *end = line.z + line.n;
    for (;;) {
        const char *tab = memchr(p, '\t', (size_t)(end - p));
        const char *stop = tab ? tab : end;
        if (ncol < 3)
            col[ncol] = (span){p, (size_t)(stop - p)};
        ncol++;
        if (tab == NULL)
            break;
        p = tab + 1;
    }
    if (ncol != 3)
        return fail(c, "%zu TAB-separated column%s, want 3 (NAME, ATTRS, "
                       "ALIASES)",
                    ncol, ncol == 1 ? "" : "s");
    span name = trim(col[0]);
    if (name.n == 0)
        return fail(c, "empty NAME");
    pair a[MAX_ATTRS];
    size_t na = 0;
    int rc = parse_attrs(c, trim(col[1]), a, &na);
    if (rc < 0)
        return rc;
    fields f;
    rc = check_fields(c, cls, a, na, &f);
    if (rc < 0)
        return rc;
    rc = check_values(c, cls, a, na);
    if (rc < 0)
        return rc;
    span aliases = trim(col[2]);
    if (aliases.n == 0)
        return fail(c, "empty ALIASES column (write '-' for none)");

    uint32_t idx = 0;
    long same = same_meaning(lx, cls, name, &f);
    if (same >= 0) {
        idx = (uint32_t)same;
        const rasd_entry *e = &lx->entries[idx];
        if (!same_attrs(e, a, na)) {
            rc = warn(lx, "%s:%u: %s '%.*s' is already defined at %s:%u "
                          "with other attributes; keeping those, adding "
                          "the aliases",
                      c->path, c->line, class_names[cls], (int)name.n,
                      name.z, e->file, e->line);
            if (rc < 0)
                return rc;
        }
    } else {
        rc = new_entry(c, cls, name, a, na, &f, &idx);
        if (rc < 0)
            return rc;
    }
    if (span_eq(aliases, "-"))
        return 0;
    p = aliases.z;
    end = aliases.z + aliases.n;
    while (p <= end) {
        const char *bar = memchr(p, '|', (size_t)(end - p));
        const char *stop = bar ? bar : end;
        span alias = trim((span){p, (size_t)(stop - p)});
        if (alias.n == 0)
            return fail(c, "empty alias (two '|' in a row or at an end)");
        rasd_arena_reset(lx->scratch);
        rc = add_alias(c, idx, alias);
        if (rc < 0)
            return rc;
        if (bar == NULL)
            break;
        p = bar + 1;
    }
    return 0;
}

/* "@class NAME" */
static int parse_directive(ctx *c, span line, int *cls)
{
    static const char dir[] = "@class";
    span rest;
    if (line.n < sizeof dir - 1 || memcmp(line.z, dir, sizeof dir - 1) != 0 ||
        (line.n > sizeof dir - 1 && line.z[sizeof dir - 1] != ' ' &&
         line.z[sizeof dir - 1] != '\t'))
        return fail(c, "unknown directive '%.*s' (only @class NAME)",
                    (int)line.n, line.z);
    rest = trim((span){line.z + sizeof dir - 1, line.n - (sizeof dir - 1)});
    for (int i = 0; i < RASD_CLASS__COUNT; i++) {
        if (span_eq(rest, class_names[i])) {
            *cls = i;
            return 0;
        }
    }
    return fail(c, "unknown class '%.*s' (place actor weapon trigger "
                   "source cue)",
                (int)rest.n, rest.z);
}

static int parse_buffer(ctx *c, char *buf, size_t n)
{
    int cls = -1;
    size_t pos = 0;
    if (n >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
        pos = 3;
    c->line = 0;
    while (pos < n) {
        char *nl = memchr(buf + pos, '\n', n - pos);
        size_t stop = nl ? (size_t)(nl - buf) : n;
        span line = {buf + pos, stop - pos};
        pos = stop + 1;
        c->line++;
        if (line.n > 0 && line.z[line.n - 1] == '\r')
            line.n--;
        size_t bad = rasd_utf8_check(line.z, line.n);
        if (bad != line.n)
            return fail(c, "%s at byte %zu of the line",
                        line.z[bad] == '\0' ? "NUL byte" : "invalid UTF-8",
                        bad + 1);
        span t = trim(line);
        if (t.n == 0 || t.z[0] == '#')
            continue;
        int rc;
        if (t.z[0] == '@') {
            rc = parse_directive(c, t, &cls);
        } else if (cls < 0) {
            rc = fail(c, "entry before any '@class NAME' line");
        } else {
            rc = parse_entry(c, cls, line);
        }
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* Reads path whole into a rasd_malloc'd buffer. */
static int read_file(const char *path, char **out, size_t *n)
{
    int rc = 0;
    char *buf = NULL;
    struct stat st;
    FILE *f = fopen(path, "rb");
    *out = NULL;
    *n = 0;
    if (f == NULL)
        return -errno;
    if (fstat(fileno(f), &st) != 0) {
        rc = -errno;
        goto out;
    }
    if (S_ISDIR(st.st_mode)) {
        rc = -EISDIR;
        goto out;
    }
    if ((size_t)st.st_size > LEX_MAX_FILE) {
        rc = RASD_ETOOBIG;
        goto out;
    }
    buf = rasd_malloc((size_t)st.st_size + 1);
    if (buf == NULL) {
        rc = RASD_ENOMEM;
        goto out;
    }
    size_t got = fread(buf, 1, (size_t)st.st_size, f);
    if (got != (size_t)st.st_size || ferror(f)) {
        rc = RASD_EIO;
        goto out;
    }
    buf[got] = '\0';
    *out = buf;
    *n = got;
    buf = NULL;
out:
    rasd_free(buf);
    fclose(f);
    return rc;
}

/* Remembers path in lx->files; *idx gets its index. */
static int add_file(rasd_lexicon *lx, const char *path, uint32_t *idx)
{
    if (lx->nfiles == lx->capfiles) {
        uint32_t cap = lx->capfiles ? lx->capfiles * 2 : 16;
        const char **p = rasd_realloc(lx->files, cap * sizeof *p);
        if (p == NULL)
            return RASD_ENOMEM;
        lx->files = p;
        lx->capfiles = cap;
    }
    const char *z = rasd_arena_strndup(lx->strings, path, strlen(path));
    if (z == NULL)
        return RASD_ENOMEM;
    *idx = lx->nfiles;
    lx->files[lx->nfiles++] = z;
    return 0;
}

int rasd_lexicon_load_file(rasd_lexicon *lx, const char *path,
                           rasd_lexicon_err *err)
{
    rasd_lexicon_err dummy;
    char *buf = NULL;
    size_t n = 0;
    int rc;
    if (err == NULL)
        err = &dummy;
    memset(err, 0, sizeof *err);
    if (lx == NULL || path == NULL || lx->finished)
        return fail_io(err, RASD_EINVAL, path ? path : "",
                       "lexicon already finished");
    rc = read_file(path, &buf, &n);
    if (rc < 0)
        return fail_io(err, rc, path, "cannot read");
    ctx c = {lx, err, path, 0, 0};
    rc = add_file(lx, path, &c.file);
    if (rc < 0)
        goto out;
    rc = parse_buffer(&c, buf, n);
out:
    if (rc < 0 && err->code == 0) {
        err->code = rc;
        snprintf(err->file, sizeof err->file, "%s", path);
        err->line = c.line;
        snprintf(err->msg, sizeof err->msg, "%s", rasd_strerror(rc));
    }
    rasd_free(buf);
    return rc;
}

/* --- directories ------------------------------------------------------- */

typedef struct pathlist {
    char **a;
    size_t n, cap;
} pathlist;

static void pathlist_free(pathlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        rasd_free(l->a[i]);
    rasd_free(l->a);
    memset(l, 0, sizeof *l);
}

static int pathlist_add(pathlist *l, char *z)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        char **p = rasd_realloc(l->a, cap * sizeof *p);
        if (p == NULL) {
            rasd_free(z);
            return RASD_ENOMEM;
        }
        l->a = p;
        l->cap = cap;
    }
    l->a[l->n++] = z;
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int has_tsv_suffix(const char *z)
{
    size_t n = strlen(z);
    return n > 4 && strcmp(z + n - 4, ".tsv") == 0;
}

#define MAX_DEPTH 16 /* nested folders below a data dir */

/* Adds the *.tsv files below dir to out, sorted, depth first; hidden
 * names (".git", editor backups ".x.tsv.swp") are skipped. */
static int collect(const char *dir, pathlist *out, int depth,
                   rasd_lexicon_err *err)
{
    pathlist names = {0};
    int rc = 0;
    DIR *d = opendir(dir);
    if (d == NULL)
        return fail_io(err, -errno, dir, "cannot open directory");
    if (depth > MAX_DEPTH) {
        closedir(d);
        return fail_io(err, RASD_ETOOBIG, dir, "folders nested too deep");
    }
    for (;;) {
        errno = 0;
        struct dirent *de = readdir(d);
        if (de == NULL) {
            if (errno != 0)
                rc = fail_io(err, -errno, dir, "cannot read directory");
            break;
        }
        if (de->d_name[0] == '.')
            continue;
        size_t n = strlen(dir) + 1 + strlen(de->d_name);
        char *z = rasd_malloc(n + 1);
        if (z == NULL) {
            rc = RASD_ENOMEM;
            break;
        }
        snprintf(z, n + 1, "%s/%s", dir, de->d_name);
        rc = pathlist_add(&names, z);
        if (rc < 0)
            break;
    }
    closedir(d);
    if (rc < 0)
        goto out;
    if (names.n > 1)
        qsort(names.a, names.n, sizeof *names.a, cmp_str);
    for (size_t i = 0; i < names.n; i++) {
        struct stat st;
        if (stat(names.a[i], &st) != 0)
            continue; /* a dangling link: nothing to load */
        if (S_ISDIR(st.st_mode)) {
            rc = collect(names.a[i], out, depth + 1, err);
            if (rc < 0)
                goto out;
        } else if (S_ISREG(st.st_mode) && has_tsv_suffix(names.a[i])) {
            rc = pathlist_add(out, names.a[i]);
            names.a[i] = NULL; /* moved */
            if (rc < 0)
                goto out;
        }
    }
out:
    pathlist_free(&names);
    return rc;
}

int rasd_lexicon_load_dir(rasd_lexicon *lx, const char *dir,
                          rasd_lexicon_err *err)
{
    rasd_lexicon_err dummy;
    pathlist files = {0};
    int rc;
    if (err == NULL)
        err = &dummy;
    memset(err, 0, sizeof *err);
    if (lx == NULL || dir == NULL || lx->finished)
        return fail_io(err, RASD_EINVAL, dir ? dir : "",
                       "lexicon already finished");
    rc = collect(dir, &files, 0, err);
    for (size_t i = 0; rc == 0 && i < files.n; i++)
        rc = rasd_lexicon_load_file(lx, files.a[i], err);
    if (rc == RASD_ENOMEM && err->code == 0)
        fail_io(err, rc, dir, "loading");
    pathlist_free(&files);
    return rc;
}

int rasd_lexicon_finish(rasd_lexicon *lx)
{
    uint8_t *what = NULL;
    int rc = 0;
    if (lx == NULL)
        return RASD_EINVAL;
    if (lx->finished)
        return 0;
    if (lx->dropped > 0) {
        /* The last kept line makes way for a count of the others. */
        size_t dropped = lx->dropped + 1;
        lx->dropped = 0;
        rasd_free(lx->warnings[--lx->nwarnings]);
        rc = warn(lx, "... and %zu more warnings", dropped);
        if (rc < 0)
            return rc;
    }
    what = rasd_calloc(lx->nentries ? lx->nentries : 1, 1);
    if (what == NULL)
        return RASD_ENOMEM;
    for (uint32_t i = 0; i < lx->nentries; i++) {
        const rasd_entry *e = &lx->entries[i];
        /* a place cue with vouches=0 ("على", "towards": a direction,
         * not "in") brings in no doubtful name: "النار على خيام" fired
         * on tents, not on Khiam */
        const char *v = rasd_entry_attr(e, "vouches");
        if (e->cls == RASD_CLASS_CUE && strcmp(e->kind, "place_cue") == 0 &&
            !(v && !strcmp(v, "0")))
            what[i] |= ENTRY_CUE;
        if (e->cls == RASD_CLASS_PLACE)
            what[i] |= ENTRY_PLACE;
    }
    rc = lex_trie_finish(&lx->trie, what);
    if (rc < 0)
        goto out;
    rc = lex_cache_new(&lx->cache);
    if (rc < 0)
        goto out;
    rasd_arena_free(lx->scratch);
    lx->scratch = NULL;
    lx->finished = 1;
out:
    rasd_free(what);
    return rc;
}
