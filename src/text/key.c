/* key.c - match keys of words: Arabic proclitics and light suffixes, and
 * English plurals (text.h).
 *
 * Light stemmers over-stem (آلاف -> اف, والقوات -> قو), and a single greedy
 * key cannot tell the clitic ب of ببغداد from the root ب of بغداد.  So the
 * dictionary side stores a word almost as written (rasd_text_alias_key:
 * only the article ال goes) and the text side offers every plausible
 * reading of a word (rasd_text_key_variants); a word matches when one of
 * its readings is a stored alias.  A stripped reading keeps 3+ letters.
 * rasd_text_key is the single greedy reading, for display and heuristics.
 */
#include <string.h>

#include "text_int.h"

/* Arabic letters after normalisation are all two bytes in UTF-8. */
#define AR_WA "\xD9\x88"   /* و */
#define AR_FA "\xD9\x81"   /* ف */
#define AR_BA "\xD8\xA8"   /* ب */
#define AR_KAF "\xD9\x83"  /* ك */
#define AR_LAM "\xD9\x84"  /* ل */
#define AR_ALEF "\xD8\xA7" /* ا */
#define AR_HA "\xD9\x87"   /* ه */
#define AR_TA "\xD8\xAA"   /* ت */
#define AR_YA "\xD9\x8A"   /* ي */
#define AR_NUN "\xD9\x86"  /* ن */

static int at(const char *z, size_t n, size_t off, const char *letter)
{
    return off + 2 <= n && z[off] == letter[0] && z[off + 1] == letter[1];
}

/* Code points in z[0..n). */
static size_t nchars(const char *z, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)z[i] & 0xC0u) != 0x80u;
    return c;
}

/* Bytes of a leading ال when the rest keeps at least min letters. */
static size_t article_len(const char *z, size_t n, size_t min)
{
    if (at(z, n, 0, AR_ALEF) && at(z, n, 2, AR_LAM) && nchars(z + 4, n - 4) >= min)
        return 4;
    return 0;
}

size_t rasd_text_alias_key(const char *norm, size_t n, int kind, char *out,
                           size_t cap)
{
    size_t skip = kind == RASD_TOK_AR ? article_len(norm, n, 3) : 0;
    size_t len = n - skip;
    if (len + 1 > cap)
        len = cap - 1;
    memcpy(out, norm + skip, len);
    out[len] = '\0';
    return len;
}

/* --- suffixes ----------------------------------------------------------- */

/* Writes the suffix-reduced readings of r into buf at *used; returns how
 * many were added to out. */
typedef struct varset {
    char *buf;
    size_t cap, used;
    rasd_keyvar *out;
    size_t n, max;
} varset;

static void add(varset *v, const char *p, size_t n, const char *tail,
                size_t ntail, uint8_t clitics, uint8_t suffix)
{
    if (v->n >= v->max || n + ntail == 0 || n + ntail > 0xFFFF ||
        v->used + n + ntail > v->cap)
        return;
    char *dst = v->buf + v->used;
    memcpy(dst, p, n);
    if (ntail)
        memcpy(dst + n, tail, ntail);
    size_t len = n + ntail;
    for (size_t k = 0; k < v->n; k++) /* de-duplicate */
        if (v->out[k].n == len && !memcmp(v->out[k].p, dst, len))
            return;
    v->out[v->n].p = dst;
    v->out[v->n].n = (uint16_t)len;
    v->out[v->n].clitics = clitics;
    v->out[v->n].suffix = suffix;
    v->n++;
    v->used += len;
}

static void arabic_suffixes(varset *v, const char *r, size_t n,
                            uint8_t clitics)
{
    size_t letters = nchars(r, n);
    add(v, r, n, NULL, 0, clitics, 0);
    /* accusative tanwin written with alef: هجوما, صاروخيا, قتيلا */
    if (letters >= 4 && at(r, n, n - 2, AR_ALEF) && !at(r, n, n - 4, AR_ALEF))
        add(v, r, n - 2, NULL, 0, clitics, 1);
    if (letters >= 5 && at(r, n, n - 6, AR_TA) &&
        (at(r, n, n - 4, AR_YA) || at(r, n, n - 4, AR_ALEF)) &&
        at(r, n, n - 2, AR_NUN)) {
        add(v, r, n - 6, AR_HA, 2, clitics, 1); /* طائرتين -> طائره */
    }
    if (letters >= 4 && at(r, n, n - 4, AR_ALEF) && at(r, n, n - 2, AR_TA))
        add(v, r, n - 4, AR_HA, 2, clitics, 1); /* مسيرات -> مسيره */
    if (letters >= 5 && at(r, n, n - 2, AR_NUN) &&
        (at(r, n, n - 4, AR_YA) || at(r, n, n - 4, AR_ALEF) ||
         at(r, n, n - 4, AR_WA)))
        add(v, r, n - 4, NULL, 0, clitics, 1); /* صاروخين -> صاروخ */
}

static void english_suffixes(varset *v, const char *r, size_t n)
{
    add(v, r, n, NULL, 0, 0, 0);
    if (n > 2 && r[n - 2] == '\'' && r[n - 1] == 's') {
        n -= 2; /* possessive */
        add(v, r, n, NULL, 0, 0, 1);
    }
    if (n > 4 && !memcmp(r + n - 3, "ies", 3)) {
        add(v, r, n - 3, "y", 1, 0, 1);
    } else if (n > 4 && r[n - 1] == 's' && r[n - 2] == 'e' &&
               (r[n - 3] == 's' || r[n - 3] == 'x' || r[n - 3] == 'h')) {
        add(v, r, n - 2, NULL, 0, 0, 1);
    } else if (n > 3 && r[n - 1] == 's' && r[n - 2] != 's' &&
               r[n - 2] != 'u' && r[n - 2] != 'i') {
        add(v, r, n - 1, NULL, 0, 0, 1);
    }
}

/* --- proclitics ---------------------------------------------------------- */

size_t rasd_text_key_variants(const char *norm, size_t n, int kind, char *buf,
                              size_t cap, rasd_keyvar *out, size_t max)
{
    varset v = {buf, cap, 0, out, 0, max};
    if (kind == RASD_TOK_LATIN) {
        english_suffixes(&v, norm, n);
        return v.n;
    }
    if (kind != RASD_TOK_AR) {
        add(&v, norm, n, NULL, 0, 0, 0);
        return v.n;
    }
    /* conjunction (و ف), preposition (ب ك ل), article (ال); لل = ل + ال */
    size_t c1s[2] = {0, 0};
    uint8_t c1b[2] = {0, 0};
    size_t nc1 = 1;
    if (at(norm, n, 0, AR_WA) || at(norm, n, 0, AR_FA)) {
        c1s[nc1] = 2;
        c1b[nc1] = at(norm, n, 0, AR_WA) ? RASD_CLITIC_WA : RASD_CLITIC_FA;
        nc1++;
    }
    for (size_t i = 0; i < nc1; i++) {
        size_t o1 = c1s[i];
        size_t c2s[2] = {0, 0};
        uint8_t c2b[2] = {0, 0};
        size_t nc2 = 1;
        if (at(norm, n, o1, AR_BA) || at(norm, n, o1, AR_KAF) ||
            at(norm, n, o1, AR_LAM)) {
            c2s[nc2] = 2;
            c2b[nc2] = at(norm, n, o1, AR_BA)    ? RASD_CLITIC_BI
                       : at(norm, n, o1, AR_KAF) ? RASD_CLITIC_KA
                                                 : RASD_CLITIC_LI;
            nc2++;
        }
        for (size_t j = 0; j < nc2; j++) {
            size_t o2 = o1 + c2s[j];
            uint8_t bits = c1b[i] | c2b[j];
            if (o2 > 0 && nchars(norm + o2, n - o2) < 3)
                continue;
            arabic_suffixes(&v, norm + o2, n - o2, bits);
            size_t al = article_len(norm + o2, n - o2, 3);
            /* لل: the preposition ل before ال loses the alef */
            if (al == 0 && (bits & RASD_CLITIC_LI) && at(norm, n, o2, AR_LAM) &&
                nchars(norm + o2 + 2, n - o2 - 2) >= 3) {
                arabic_suffixes(&v, norm + o2 + 2, n - o2 - 2,
                                bits | RASD_CLITIC_AL);
            }
            if (al)
                arabic_suffixes(&v, norm + o2 + al, n - o2 - al,
                                bits | RASD_CLITIC_AL);
        }
    }
    return v.n;
}

size_t rasd_text_key(const char *norm, size_t n, int kind, char *out,
                     size_t cap, uint8_t *clitics)
{
    char buf[1024];
    rasd_keyvar var[RASD_KEYVAR_MAX];
    *clitics = 0;
    if (n > 240 || (kind != RASD_TOK_AR && kind != RASD_TOK_LATIN)) {
        size_t len = n < cap ? n : cap - 1;
        memcpy(out, norm, len);
        return len;
    }
    size_t nv = rasd_text_key_variants(norm, n, kind, buf, sizeof buf, var,
                                       RASD_KEYVAR_MAX);
    /* The greedy reading: most clitics removed, then a reduced suffix, but
     * never under three letters. */
    size_t best = 0;
    int best_score = -1;
    for (size_t k = 0; k < nv; k++) {
        if (nchars(var[k].p, var[k].n) < 3 && k != 0)
            continue;
        int score = __builtin_popcount(var[k].clitics) * 2 + var[k].suffix;
        if (score > best_score) {
            best_score = score;
            best = k;
        }
    }
    size_t len = var[best].n < cap ? var[best].n : cap - 1;
    memcpy(out, var[best].p, len);
    *clitics = var[best].clitics;
    return len;
}
