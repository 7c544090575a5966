/* gen_fold.c - generates src/gen/fold_table.h (in the build tree): the
 * per-code-point folding and class tables of the normaliser.
 *
 * utf8proc gives NFKC and case folding for one code point at a time; rasd's
 * Arabic rules (text.h) are applied on top.  Doing this once at build time
 * lets the hot loop fold a code point with two array reads instead of a
 * utf8proc_map call and an allocation per token.  Tables are two-level
 * (stage1[cp >> 8] -> block of 256) with identical blocks shared, BMP only;
 * code points above U+FFFF are left as they are and classed as letters or
 * symbols by utf8proc at run time.
 *
 * Usage: gen_fold OUTPUT.h
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Classes, as in src/text/fold.h. */
enum { C_OTHER = 0, C_SPACE, C_NEWLINE, C_AR, C_LETTER, C_DIGIT, C_MARK,
       C_IGNORE, C_PUNCT };

#define MAXOUT 4 /* code points a single code point may fold to */

typedef struct {
    uint32_t out[MAXOUT];
    int nout;        /* -1: identity */
    int cls;
    int needs_full;  /* composing mark: the token needs full NFKC */
} fold_t;

static int is_harakat(uint32_t c)
{
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 ||
           (c >= 0x06D6 && c <= 0x06ED && c != 0x06E5 && c != 0x06E6);
}

/* rasd's Arabic and punctuation rules on one code point: returns the
 * replacement (0 = delete) or c itself. */
static uint32_t arabic_rule(uint32_t c)
{
    if (is_harakat(c))
        return 0;
    switch (c) {
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: case 0x0672:
    case 0x0673: case 0x0675:
        return 0x0627;              /* أ إ آ ٱ -> ا */
    case 0x0649: case 0x06CC: case 0x06D2: case 0x0626: case 0x06D3:
        return 0x064A;              /* ى ی ے ئ -> ي */
    case 0x0629: case 0x06C0: case 0x06C1: case 0x06C3: case 0x06D5:
        return 0x0647;              /* ة ۀ ہ ۃ ە -> ه */
    case 0x0624: case 0x0676:
        return 0x0648;              /* ؤ -> و */
    case 0x06A9: case 0x06AA: case 0x06AB: case 0x06AF:
        return 0x0643;              /* ک ڪ ګ گ -> ك (گ as news writes it) */
    case 0x0653: case 0x0654: case 0x0655:
        return 0;                   /* madda, hamza above/below */
    case 0x200B: case 0x200C: case 0x200D: case 0x200E: case 0x200F:
    case 0xFEFF: case 0x061C: case 0x00AD: case 0x2066: case 0x2067:
    case 0x2068: case 0x2069: case 0x202A: case 0x202B: case 0x202C:
    case 0x202D: case 0x202E:
        return 0;                   /* joiners, marks, bidi controls */
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB:
    case 0x00BB: case 0x2033: case 0x301D: case 0x301E:
        return '"';
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
    case 0x0060: case 0x00B4:
        return '\'';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
        return '-';
    case 0x060C:
        return 0x060C;              /* Arabic comma stays */
    case 0x066B:
        return '.';                 /* Arabic decimal separator */
    case 0x066C:
        return ',';                 /* Arabic thousands separator */
    default:
        break;
    }
    if (c >= 0x0660 && c <= 0x0669)
        return '0' + (c - 0x0660);
    if (c >= 0x06F0 && c <= 0x06F9)
        return '0' + (c - 0x06F0);
    return c;
}

static int classify(uint32_t c)
{
    if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85)
        return C_NEWLINE;
    const utf8proc_property_t *p = utf8proc_get_property((int32_t)c);
    switch (p->category) {
    case UTF8PROC_CATEGORY_ZS:
        return C_SPACE;
    case UTF8PROC_CATEGORY_CC:
        return (c == '\t' || c == '\v' || c == '\f') ? C_SPACE : C_OTHER;
    case UTF8PROC_CATEGORY_CF:
        return C_IGNORE;
    case UTF8PROC_CATEGORY_ND:
        return C_DIGIT;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
        return C_MARK;
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
        if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
            (c >= 0x08A0 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) ||
            (c >= 0xFE70 && c <= 0xFEFF))
            return C_AR;
        return C_LETTER;
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return C_LETTER;
    default:
        return C_PUNCT;
    }
}

static void fold_one(uint32_t c, fold_t *f)
{
    memset(f, 0, sizeof *f);
    f->cls = classify(c);
    if (c >= 0xD800 && c <= 0xDFFF) {
        f->nout = -1;
        return;
    }
    utf8proc_uint8_t *dst = NULL;
    utf8proc_uint8_t src[8];
    utf8proc_ssize_t ns = utf8proc_encode_char((int32_t)c, src);
    utf8proc_ssize_t nd = utf8proc_map(src, ns, &dst,
                                       UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                       UTF8PROC_COMPAT | UTF8PROC_CASEFOLD);
    uint32_t out[16];
    int nout = 0;
    if (nd < 0) {
        out[nout++] = c;
    } else {
        utf8proc_ssize_t i = 0;
        while (i < nd && nout < 16) {
            utf8proc_int32_t cp;
            utf8proc_ssize_t k = utf8proc_iterate(dst + i, nd - i, &cp);
            if (k <= 0)
                break;
            i += k;
            /* Apply the Arabic rules to every code point NFKC produced. */
            uint32_t r = arabic_rule((uint32_t)cp);
            if (r)
                out[nout++] = r;
        }
    }
    free(dst);
    /* A composing mark outside the Arabic set decides with its neighbour:
     * the tokenizer hands such tokens to utf8proc whole. */
    if (f->cls == C_MARK && arabic_rule(c) != 0) {
        const utf8proc_property_t *p = utf8proc_get_property((int32_t)c);
        f->needs_full = p->combining_class != 0;
    }
    /* Hangul jamo compose too. */
    if (c >= 0x1100 && c <= 0x11FF)
        f->needs_full = 1;
    if (nout == 1 && out[0] == c) {
        f->nout = -1;
        return;
    }
    if (nout > MAXOUT)
        nout = MAXOUT; /* ligatures beyond four letters do not occur here */
    memcpy(f->out, out, (size_t)nout * sizeof out[0]);
    f->nout = nout;
}

int main(int argc, char **argv)
{
    if (argc > 1 && freopen(argv[1], "w", stdout) == NULL) {
        perror(argv[1]);
        return 1;
    }
    /* Pool of fold strings (UTF-8), one entry per code point:
     * value = (offset << 8) | (len << 1) | identity.  Blocks of 256 code
     * points are deduplicated. */
    static uint32_t entry[65536];
    static uint8_t cls[65536];
    static char pool[1 << 20];
    size_t npool = 0;
    for (uint32_t c = 0; c < 65536; c++) {
        fold_t f;
        fold_one(c, &f);
        cls[c] = (uint8_t)(f.cls | (f.needs_full ? 0x80 : 0));
        if (f.nout < 0) {
            entry[c] = 1; /* identity */
            continue;
        }
        char buf[16];
        size_t len = 0;
        for (int i = 0; i < f.nout; i++)
            len += (size_t)utf8proc_encode_char((int32_t)f.out[i],
                                                (utf8proc_uint8_t *)buf + len);
        /* Reuse an identical string already in the pool. */
        size_t off = npool;
        for (size_t k = 0; len && k + len <= npool; k++) {
            if (!memcmp(pool + k, buf, len)) {
                off = k;
                break;
            }
        }
        if (off == npool) {
            memcpy(pool + npool, buf, len);
            npool += len;
        }
        entry[c] = (uint32_t)((off << 8) | (len << 1));
    }
    /* Deduplicate blocks. */
    int stage1[256];
    int nblocks = 0;
    static int block_of[256];
    for (int b = 0; b < 256; b++) {
        int found = -1;
        for (int k = 0; k < nblocks; k++) {
            int ob = block_of[k];
            if (!memcmp(entry + ob * 256, entry + b * 256, 256 * 4) &&
                !memcmp(cls + ob * 256, cls + b * 256, 256)) {
                found = k;
                break;
            }
        }
        if (found < 0) {
            block_of[nblocks] = b;
            found = nblocks++;
        }
        stage1[b] = found;
    }
    printf("/* GENERATED CODE by tools/gen_fold.c from utf8proc %s: do not "
           "edit. */\n", utf8proc_version());
    printf("#include <stdint.h>\n");
    printf("static const uint16_t rasd_fold_stage1[256] = {");
    for (int b = 0; b < 256; b++)
        printf("%s%s%d", b ? "," : "", b % 16 ? "" : "\n  ", stage1[b]);
    printf("};\n");
    printf("static const uint32_t rasd_fold_entry[%d] = {", nblocks * 256);
    for (int k = 0; k < nblocks; k++)
        for (int i = 0; i < 256; i++)
            printf("%s%s%uu", k + i ? "," : "", i % 8 ? "" : "\n  ",
                   entry[block_of[k] * 256 + i]);
    printf("};\n");
    printf("static const uint8_t rasd_fold_class[%d] = {", nblocks * 256);
    for (int k = 0; k < nblocks; k++)
        for (int i = 0; i < 256; i++)
            printf("%s%s%u", k + i ? "," : "", i % 16 ? "" : "\n  ",
                   cls[block_of[k] * 256 + i]);
    printf("};\n");
    printf("static const char rasd_fold_pool[%zu] = {", npool + 1);
    for (size_t i = 0; i < npool; i++)
        printf("%s%d,", i % 16 ? "" : "\n  ", (int)(signed char)pool[i]);
    printf("0};\n");
    return 0;
}
