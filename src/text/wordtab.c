/* wordtab.c - the word tables numbers.c and dates.c have in common: one
 * pool of interned strings with two sets over it (table words and their
 * surface forms), the proclitic expansion that makes the surfaces, and
 * the reading of a TAB-separated data file with file:line errors.
 *
 * Why interned surfaces: the text layer targets 200 MB/s, so every form a
 * table word can take in running text is made at load time and a token
 * costs one filter test and, rarely, one hash lookup, with no peeling of
 * proclitics at scan time.  text_int.h draws the structure; the records
 * and readings behind `first` belong to each file, as does its grammar.
 */
#include <stdio.h>
#include <string.h>

#include "text_int.h"

#define MAX_WORD RASD_WORDTAB_MAX_WORD
#define MAX_FILE (4u << 20) /* a data file larger than this is a mistake */
#define NONE RASD_WORDTAB_NONE

uint32_t rasd_wordtab_find(const rasd_wordtab *t, const rasd_wordset *st,
                           const char *z, size_t n, uint32_t h)
{
    if (st->nslots == 0)
        return NONE;
    size_t mask = st->nslots - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        uint32_t s = st->slots[i];
        if (s == 0)
            return NONE;
        const rasd_wordent *e = &st->e[s - 1];
        if (e->hash == h && e->len == n &&
            memcmp(t->pool + e->off, z, n) == 0)
            return s - 1;
    }
}

static int set_grow(rasd_wordset *st)
{
    size_t n = st->nslots ? st->nslots * 2 : 256;
    uint32_t *s = rasd_calloc(n, sizeof *s);
    if (s == NULL)
        return RASD_ENOMEM;
    for (size_t i = 0; i < st->n; i++) {
        size_t j = st->e[i].hash & (n - 1);
        while (s[j])
            j = (j + 1) & (n - 1);
        s[j] = (uint32_t)i + 1;
    }
    rasd_free(st->slots);
    st->slots = s;
    st->nslots = n;
    return 0;
}

int rasd_wordtab_add(rasd_wordtab *t, rasd_wordset *st, const char *z,
                     size_t n, uint32_t *id)
{
    uint32_t h = rasd_text_hash(z, n);
    uint32_t w = rasd_wordtab_find(t, st, z, n, h);
    if (w != NONE) {
        *id = w;
        return 0;
    }
    if ((st->n + 1) * 2 > st->nslots && set_grow(st) < 0)
        return RASD_ENOMEM;
    if (st->n == st->cap) {
        size_t cap = st->cap ? st->cap * 2 : 256;
        rasd_wordent *a = rasd_realloc(st->e, cap * sizeof *a);
        if (a == NULL)
            return RASD_ENOMEM;
        st->e = a;
        st->cap = cap;
    }
    if (t->npool + n + 1 > t->cappool) {
        size_t cap = t->cappool ? t->cappool * 2 : 4096;
        while (cap < t->npool + n + 1)
            cap *= 2;
        char *p = rasd_realloc(t->pool, cap);
        if (p == NULL)
            return RASD_ENOMEM;
        t->pool = p;
        t->cappool = cap;
    }
    memcpy(t->pool + t->npool, z, n);
    t->pool[t->npool + n] = '\0';
    rasd_wordent *ne = &st->e[st->n];
    ne->off = (uint32_t)t->npool;
    ne->len = (uint32_t)n;
    ne->hash = h;
    ne->first = NONE;
    t->npool += n + 1;
    size_t mask = st->nslots - 1;
    size_t j = ne->hash & mask;
    while (st->slots[j])
        j = (j + 1) & mask;
    st->slots[j] = (uint32_t)st->n + 1;
    *id = (uint32_t)st->n++;
    return 0;
}

static void set_free(rasd_wordset *st)
{
    rasd_free(st->e);
    rasd_free(st->slots);
}

void rasd_wordtab_fini(rasd_wordtab *t)
{
    if (t == NULL)
        return;
    rasd_free(t->pool);
    set_free(&t->words);
    set_free(&t->surfs);
}

#define AR_WA "\xd9\x88"   /* و */
#define AR_FA "\xd9\x81"   /* ف */
#define AR_BA "\xd8\xa8"   /* ب */
#define AR_LAM "\xd9\x84"  /* ل */
#define AR_KAF "\xd9\x83"  /* ك */
#define AR_AL "\xd8\xa7\xd9\x84" /* ال */

int rasd_wordtab_surfaces(const char *z, size_t n, uint8_t allow,
                          rasd_wordtab_surface_fn fn, void *ctx)
{
    static const char *const conj[] = {"", AR_WA, AR_FA};
    static const char *const prep[] = {"", AR_BA, AR_LAM, AR_KAF};
    char buf[MAX_WORD + 16];
    int arabic = n > 0 && (unsigned char)z[0] >= 0xd8 &&
                 (unsigned char)z[0] <= 0xdb;
    if (n > MAX_WORD)
        return 0;
    for (int c = 0; c < 3; c++) {
        if (c && (!arabic || !(allow & RASD_WORDTAB_CONJ)))
            continue;
        for (int p = 0; p < 4; p++) {
            if (p && (!arabic || !(allow & RASD_WORDTAB_PREP)))
                continue;
            for (int a = 0; a < 2; a++) {
                if (a && (!arabic || !(allow & RASD_WORDTAB_ART)))
                    continue;
                size_t k = 0;
                memcpy(buf + k, conj[c], strlen(conj[c]));
                k += strlen(conj[c]);
                memcpy(buf + k, prep[p], strlen(prep[p]));
                k += strlen(prep[p]);
                if (a && p == 2) {
                    memcpy(buf + k, AR_LAM, 2); /* ل + ال = لل */
                    k += 2;
                } else if (a) {
                    memcpy(buf + k, AR_AL, 4);
                    k += 4;
                }
                memcpy(buf + k, z, n);
                k += n;
                uint8_t pfx = (uint8_t)((c ? RASD_WORDTAB_CONJ : 0) |
                                        (c == 1 ? RASD_WORDTAB_WA : 0) |
                                        (p ? RASD_WORDTAB_PREP : 0) |
                                        (a ? RASD_WORDTAB_ART : 0));
                int rc = fn(ctx, buf, k, pfx);
                if (rc < 0)
                    return rc;
            }
        }
    }
    return 0;
}

size_t rasd_wordtab_norm_word(const char *z, size_t n, char *out)
{
    char buf[4 * MAX_WORD + 4];
    if (n == 0 || n > MAX_WORD)
        return 0;
    long k = rasd_text_normalize(z, n, buf, sizeof buf);
    if (k <= 0 || (size_t)k >= MAX_WORD)
        return 0;
    memcpy(out, buf, (size_t)k);
    return (size_t)k;
}

const char *rasd_wordtab_field(const char *line, size_t n, int i,
                               size_t *len)
{
    size_t s = 0;
    for (int f = 0;; f++) {
        size_t e = s;
        while (e < n && line[e] != '\t')
            e++;
        if (f == i) {
            *len = e - s;
            return line + s;
        }
        if (e >= n)
            return NULL;
        s = e + 1;
    }
}

/* Reads a whole file into a NUL-terminated heap buffer. */
static int slurp(const char *path, char **out, size_t *n)
{
    FILE *f = fopen(path, "rb");
    *out = NULL;
    if (f == NULL)
        return RASD_EIO;
    size_t cap = 65536, len = 0;
    char *b = rasd_malloc(cap);
    int rc = 0;
    if (b == NULL) {
        rc = RASD_ENOMEM;
        goto out;
    }
    for (;;) {
        if (len + 1 == cap) {
            if (cap >= MAX_FILE) {
                rc = RASD_ETOOBIG;
                goto out;
            }
            char *nb = rasd_realloc(b, cap * 2);
            if (nb == NULL) {
                rc = RASD_ENOMEM;
                goto out;
            }
            b = nb;
            cap *= 2;
        }
        size_t k = fread(b + len, 1, cap - 1 - len, f);
        if (k == 0)
            break;
        len += k;
    }
    if (ferror(f))
        rc = RASD_EIO;
out:
    fclose(f);
    if (rc < 0) {
        rasd_free(b);
        return rc;
    }
    b[len] = '\0';
    *out = b;
    *n = len;
    return 0;
}

int rasd_wordtab_load_file(const char *dir, const char *name,
                           rasd_wordtab_line_fn fn, void *ctx,
                           rasd_parse_err *err, char *file, size_t nfile,
                           size_t *nline)
{
    char path[4096];
    int np = snprintf(path, sizeof path, "%s/%s", dir, name);
    char *buf = NULL;
    size_t n = 0, line = 0;
    const char *msg = NULL;
    int rc;
    if (np < 0 || (size_t)np >= sizeof path) {
        rc = RASD_EINVAL;
        msg = "path too long";
        goto out;
    }
    if (file != NULL && nfile > 0) {
        size_t k = (size_t)np < nfile - 1 ? (size_t)np : nfile - 1;
        memcpy(file, path, k);
        file[k] = '\0';
    }
    rc = slurp(path, &buf, &n);
    if (rc < 0) {
        msg = rc == RASD_EIO ? "cannot read file" : "file too large";
        goto out;
    }
    for (size_t i = 0; i < n;) {
        size_t e = i;
        while (e < n && buf[e] != '\n')
            e++;
        line++;
        size_t len = e - i;
        if (len > 0 && buf[i + len - 1] == '\r')
            len--;
        if (len > 0 && buf[i] != '#') {
            rc = fn(ctx, buf + i, len, &msg);
            if (rc < 0)
                goto out;
        }
        i = e + 1;
    }
    rc = 0;
out:
    rasd_free(buf);
    if (nline != NULL)
        *nline = line;
    if (rc < 0 && err != NULL) {
        err->code = rc;
        err->msg = msg ? msg : rasd_strerror(rc);
        err->pos = line;
    }
    return rc;
}
