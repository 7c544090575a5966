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
 *
 * The greedy key is computed directly (ar_key, en_key): every token of
 * every article needs one, and building all readings to keep one was a
 * sixth of the text layer.  It is defined as the reading of
 * rasd_text_key_variants with the most proclitics (x2) plus a reduced
 * suffix, first one on ties, never under three letters; key_by_variants
 * still computes it that way for long tokens, and tests/unit/text compares
 * the two over a corpus.
 */
#include <stdint.h>
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
    uint16_t a, b; /* one 16-bit compare; letter is a constant */
    if (off + 2 > n)
        return 0;
    memcpy(&a, z + off, 2);
    memcpy(&b, letter, 2);
    return a == b;
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
    /* n >= 6: n - 6 would wrap and read before r (a five-letter reading
     * of fewer bytes cannot end in تين anyway) */
    if (letters >= 5 && n >= 6 && at(r, n, n - 6, AR_TA) &&
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

/* --- the greedy key ------------------------------------------------------ */

/* Code points in z[0..n), eight bytes at a time: n less the continuation
 * bytes (10xxxxxx), as nchars counts them.  The per-byte flags are summed
 * with a multiply: __builtin_popcount is a libgcc call without -mpopcnt. */
static size_t nchars_fast(const char *z, size_t n)
{
    size_t cont = 0, i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, z + i, 8);
        uint64_t f = (w & ~(w << 1) & 0x8080808080808080ull) >> 7;
        cont += (size_t)((f * 0x0101010101010101ull) >> 56);
    }
    for (; i < n; i++)
        cont += ((unsigned char)z[i] & 0xC0u) == 0x80u;
    return n - cont;
}

/* The greedy key as a piece of norm: norm[a..b) followed by ه when tail. */
typedef struct keyspan {
    size_t a, b;
    int tail;
    uint8_t clitics;
} keyspan;

/* Tokens up to this many bytes take the direct path: their 24 readings of
 * at most n bytes always fit key_by_variants' 1 KB buffer, so the direct
 * path sees the same readings.  Longer ones (21+ letters) are rare. */
#define KEY_DIRECT_MAX 42

/* The suffix rules of arabic_suffixes, in their order, as seen from the
 * end of the whole word: a reading ends where the word ends, so only the
 * letters it keeps decide which rules it may use. */
enum { SUF_A = 1, SUF_B = 2, SUF_C = 4, SUF_D = 8 };

static unsigned ar_suffixes_at_end(const char *z, size_t n)
{
    unsigned f = 0;
    /* every rule ends in ا, ن or ت: most words end otherwise */
    if (n < 4 || !(at(z, n, n - 2, AR_ALEF) || at(z, n, n - 2, AR_NUN) ||
                   at(z, n, n - 2, AR_TA)))
        return 0;
    int alef4 = at(z, n, n - 4, AR_ALEF);
    if (at(z, n, n - 2, AR_ALEF) && !alef4)
        f |= SUF_A; /* accusative alef: هجوما */
    if (at(z, n, n - 2, AR_NUN)) {
        int ya4 = at(z, n, n - 4, AR_YA);
        if (n >= 6 && at(z, n, n - 6, AR_TA) && (ya4 || alef4))
            f |= SUF_B; /* طائرتين -> طائره */
        if (ya4 || alef4 || at(z, n, n - 4, AR_WA))
            f |= SUF_D; /* صاروخين -> صاروخ */
    }
    if (alef4 && at(z, n, n - 2, AR_TA))
        f |= SUF_C; /* مسيرات -> مسيره */
    return f;
}

/* The first rule a reading of lr letters and m bytes takes, as
 * arabic_suffixes tries them (A and C need 4 letters, B and D 5; B also
 * 6 bytes, since a shorter reading would reach before its start): sets
 * *cut (bytes dropped) and *tail (ه added); returns 0 for none. */
static int ar_suffix(unsigned f, size_t lr, size_t m, size_t *cut,
                     int *tail)
{
    if ((f & SUF_A) && lr >= 4)
        *cut = 2, *tail = 0;
    else if ((f & SUF_B) && lr >= 5 && m >= 6)
        *cut = 6, *tail = 1;
    else if ((f & SUF_C) && lr >= 4)
        *cut = 4, *tail = 1;
    else if ((f & SUF_D) && lr >= 5)
        *cut = 4, *tail = 0;
    else
        return 0;
    return 1;
}

/* The best reading so far while ar_key walks them. */
typedef struct arwalk {
    const char *z;
    size_t n, L;    /* bytes and code points of the word */
    unsigned f;     /* ar_suffixes_at_end() */
    keyspan best;
    int best_score; /* -1 before the first reading */
} arwalk;

/* Scores the reading z[o..n) with clitics bits (count of them): 2 per
 * clitic and 1 for a suffix rule; the first of the highest score wins. */
static void consider(arwalk *w, size_t o, uint8_t bits, int count)
{
    size_t cut = 0;
    int tail = 0;
    int score = 2 * count;
    if (w->f)
        score += ar_suffix(w->f, w->L - o / 2, w->n - o, &cut, &tail);
    if (score > w->best_score) {
        w->best_score = score;
        w->best.a = o;
        w->best.b = w->n - cut;
        w->best.tail = tail;
        w->best.clitics = bits;
    }
}

/* The reading after the proclitics bits (count) at o, then the same with
 * the article, as the inner loop of rasd_text_key_variants adds them. */
static void reading(arwalk *w, size_t o, uint8_t bits, int count)
{
    size_t lr = w->L - o / 2;
    if (o > 0 && lr < 3)
        return;
    consider(w, o, bits, count);
    /* ال leaves lr - 2 letters, لل's second ل lr - 1 */
    if (at(w->z, w->n, o, AR_ALEF) && at(w->z, w->n, o + 2, AR_LAM) &&
        lr >= 5)
        consider(w, o + 4, bits | RASD_CLITIC_AL, count + 1);
    else if ((bits & RASD_CLITIC_LI) && at(w->z, w->n, o, AR_LAM) &&
             lr >= 4) /* لل = ل + ال */
        consider(w, o + 2, bits | RASD_CLITIC_AL, count + 1);
}

/* The preposition (ب ك ل) at o, or 0. */
static uint8_t preposition(const char *z, size_t n, size_t o)
{
    return at(z, n, o, AR_BA)    ? RASD_CLITIC_BI
           : at(z, n, o, AR_KAF) ? RASD_CLITIC_KA
           : at(z, n, o, AR_LAM) ? RASD_CLITIC_LI : 0;
}

/* The Arabic greedy key of z[0..n) of L code points, 0 < n <=
 * KEY_DIRECT_MAX.  Walks the readings (offset, clitics) in the order
 * rasd_text_key_variants makes them -- the word, then after ب ك ل, then
 * after و ف, then after both; each followed by its ال/لل reading -- and
 * keeps the first of the highest score.  Every stripped letter is a
 * two-byte letter counted once by nchars, so a reading at offset o has
 * L - o/2 letters.  Within one reading all suffix variants score the
 * same, so the first rule that applies is the reading's best; the whole
 * word (score 0) is always allowed. */
static keyspan ar_key(const char *z, size_t n, size_t L)
{
    arwalk w = {z, n, L, ar_suffixes_at_end(z, n), {0, n, 0, 0}, -1};
    if (!(at(z, n, 0, AR_ALEF) || at(z, n, 0, AR_WA) || at(z, n, 0, AR_FA) ||
          at(z, n, 0, AR_BA) || at(z, n, 0, AR_KAF) || at(z, n, 0, AR_LAM))) {
        consider(&w, 0, 0, 0); /* most words: the word is the one reading */
        return w.best;
    }
    reading(&w, 0, 0, 0);
    uint8_t c1 = at(z, n, 0, AR_WA) ? RASD_CLITIC_WA
                 : at(z, n, 0, AR_FA) ? RASD_CLITIC_FA : 0;
    if (c1 == 0) {
        uint8_t c2 = preposition(z, n, 0);
        if (c2)
            reading(&w, 2, c2, 1);
    } else {
        reading(&w, 2, c1, 1);
        uint8_t c2 = preposition(z, n, 2);
        if (c2)
            reading(&w, 4, (uint8_t)(c1 | c2), 2);
    }
    return w.best;
}

/* The English greedy key of z[0..n) of L code points, n <= 240: the
 * possessive reading if it keeps three letters, else the plural one (from
 * what the possessive left), else the word; as english_suffixes lists
 * them.  The endings are ASCII: dropping b bytes drops b code points. */
static keyspan en_key(const char *z, size_t n, size_t L, const char **tailz)
{
    keyspan k = {0, n, 0, 0};
    *tailz = NULL;
    if (n > 2 && z[n - 2] == '\'' && z[n - 1] == 's') {
        n -= 2;
        L -= 2;
        if (L >= 3) {
            k.b = n;
            return k;
        }
    }
    size_t b = n;
    if (n > 4 && !memcmp(z + n - 3, "ies", 3)) {
        b = n - 3;
        *tailz = "y";
    } else if (n > 4 && z[n - 1] == 's' && z[n - 2] == 'e' &&
               (z[n - 3] == 's' || z[n - 3] == 'x' || z[n - 3] == 'h')) {
        b = n - 2;
    } else if (n > 3 && z[n - 1] == 's' && z[n - 2] != 's' &&
               z[n - 2] != 'u' && z[n - 2] != 'i') {
        b = n - 1;
    } else {
        return k;
    }
    if (L - (n - b) + (*tailz != NULL) >= 3) {
        k.b = b;
        k.tail = *tailz != NULL;
    }
    return k;
}

/* The greedy reading through all variants: the definition, used for long
 * tokens (see KEY_DIRECT_MAX).  Writes into out (cap >= n + 1).  Not
 * inlined: its 1 KB buffer would weigh on every call of its caller. */
__attribute__((noinline)) static size_t
key_by_variants(const char *norm, size_t n, int kind, char *out, size_t cap,
                uint8_t *clitics)
{
    char buf[1024];
    rasd_keyvar var[RASD_KEYVAR_MAX];
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
    if (nv == 0) /* n == 0 */
        return 0;
    size_t len = var[best].n < cap ? var[best].n : cap - 1;
    memcpy(out, var[best].p, len);
    *clitics = var[best].clitics;
    return len;
}

size_t rasd_text_key_ref(const char *norm, size_t n, int kind, size_t nch,
                         char *out, const char **key, uint8_t *clitics)
{
    keyspan k = {0, n, 0, 0};
    const char *tailz = NULL;
    *clitics = 0;
    *key = norm;
    if (n == 0 || n > 240 || (kind != RASD_TOK_AR && kind != RASD_TOK_LATIN))
        return n;
    if (nch == SIZE_MAX)
        nch = nchars_fast(norm, n);
    if (kind == RASD_TOK_AR) {
        if (n > KEY_DIRECT_MAX) {
            *key = out;
            return key_by_variants(norm, n, kind, out, n + 1, clitics);
        }
        k = ar_key(norm, n, nch);
        if (k.tail)
            tailz = AR_HA;
    } else {
        k = en_key(norm, n, nch, &tailz);
    }
    *clitics = k.clitics;
    if (k.b == n && !k.tail) {
        *key = norm + k.a; /* a suffix of norm: shares its NUL */
        return n - k.a;
    }
    size_t len = k.b - k.a;
    memmove(out, norm + k.a, len);
    if (k.tail) {
        size_t nt = strlen(tailz);
        memcpy(out + len, tailz, nt);
        len += nt;
    }
    *key = out;
    return len;
}

size_t rasd_text_key(const char *norm, size_t n, int kind, char *out,
                     size_t cap, uint8_t *clitics)
{
    char tmp[256]; /* keys are computed for words of up to 240 bytes */
    const char *key;
    size_t len = rasd_text_key_ref(norm, n, kind, SIZE_MAX, tmp, &key,
                                   clitics);
    if (len > cap - 1)
        len = cap - 1;
    memmove(out, key, len);
    return len;
}
