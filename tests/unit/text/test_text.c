/* test_text.c - normalisation, tokens, keys, sentences and language of the
 * text layer, on short sentences written for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "rasd/text.h"
#include "rasd/utf8.h"

static void check_norm(const char *in, const char *want)
{
    char out[1024];
    long n = rasd_text_normalize(in, strlen(in), out, sizeof out);
    assert_true(n >= 0);
    assert_string_equal(out, want);
}

static void test_normalize_arabic(void **state)
{
    (void)state;
    check_norm("أإآٱ", "اااا");
    check_norm("مُسَيَّرَة", "مسيره");           /* harakat, ة */
    check_norm("مـــسيرة", "مسيره");            /* tatweel */
    check_norm("مستشفى", "مستشفي");             /* ى */
    check_norm("مؤتمر", "موتمر");               /* ؤ */
    check_norm("رئيس", "رييس");                 /* ئ */
    check_norm("١٥-٧-٢٠٢٤", "15-7-2024");        /* Arabic-Indic digits */
    check_norm("۱۲۳", "123");                   /* Persian digits */
    check_norm("کرکوک", "كركوك");               /* keheh */
    check_norm("“Reuters” – AFP", "\"reuters\" - afp");
    check_norm("ﻻ", "لا");                      /* presentation form */
    check_norm("Cafe\xCC\x81", "caf\xC3\xA9");  /* decomposed Latin */
}

static void test_normalize_idempotent(void **state)
{
    (void)state;
    /* Every BMP code point (but surrogates) folds to a fixed point. */
    char in[8], once[64], twice[64];
    for (uint32_t cp = 1; cp < 0x10000; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        size_t n = rasd_utf8_encode(cp, in);
        long a = rasd_text_normalize(in, n, once, sizeof once);
        assert_true(a >= 0);
        long b = rasd_text_normalize(once, (size_t)a, twice, sizeof twice);
        assert_true(b >= 0);
        if (a != b || memcmp(once, twice, (size_t)a))
            fail_msg("U+%04X is not idempotent", cp);
    }
}

static rasd_token *tokens(const char *z, size_t *n, rasd_arena **a)
{
    rasd_token *t = NULL;
    *a = rasd_arena_new();
    assert_non_null(*a);
    assert_int_equal(rasd_text_tokenize(z, strlen(z), NULL, 0, *a, &t, n), 0);
    return t;
}

static void test_tokens(void **state)
{
    (void)state;
    rasd_arena *a;
    size_t n;
    const char *z = "قصف بـ2.5 صاروخ، في 15-7-2024 Iraq's \"U.S.\"";
    rasd_token *t = tokens(z, &n, &a);
    const char *want[] = {"قصف", "بـ", "2.5", "صاروخ", "،", "في", "15", "-",
                          "7", "-", "2024", "Iraq's", "\"", "U", ".", "S",
                          ".", "\""};
    assert_int_equal(n, sizeof want / sizeof want[0]);
    for (size_t i = 0; i < n; i++) {
        assert_true(t[i].end > t[i].start);
        assert_memory_equal(z + t[i].start, want[i], strlen(want[i]));
        assert_int_equal(t[i].end - t[i].start, strlen(want[i]));
        if (i)
            assert_true(t[i].start >= t[i - 1].end);
    }
    assert_string_equal(t[1].norm, "ب"); /* tatweel folded away */
    assert_int_equal(t[2].kind, RASD_TOK_DIGITS);
    assert_string_equal(t[11].norm, "iraq's");
    rasd_arena_free(a);
}

static void test_skip_ranges(void **state)
{
    (void)state;
    const char *z = "one two three four";
    rasd_span skip[] = {{4, 8}};
    rasd_arena *a = rasd_arena_new();
    rasd_token *t;
    size_t n;
    assert_int_equal(rasd_text_tokenize(z, strlen(z), skip, 1, a, &t, &n), 0);
    assert_int_equal(n, 3);
    assert_string_equal(t[1].norm, "three");
    assert_true(t[1].flags & RASD_TOKF_PARA_START);
    rasd_arena_free(a);
}

static int has_variant(const char *word, int kind, const char *want)
{
    char norm[256], buf[1024];
    rasd_keyvar v[RASD_KEYVAR_MAX];
    long nn = rasd_text_normalize(word, strlen(word), norm, sizeof norm);
    size_t nv = rasd_text_key_variants(norm, (size_t)nn, kind, buf,
                                       sizeof buf, v, RASD_KEYVAR_MAX);
    char w[256];
    long nw = rasd_text_normalize(want, strlen(want), w, sizeof w);
    for (size_t i = 0; i < nv; i++)
        if (v[i].n == (size_t)nw && !memcmp(v[i].p, w, v[i].n))
            return 1;
    return 0;
}

static void test_key_variants(void **state)
{
    (void)state;
    assert_true(has_variant("بقاعدة", RASD_TOK_AR, "قاعده"));
    assert_true(has_variant("والقوات", RASD_TOK_AR, "قوات"));
    assert_true(has_variant("ببغداد", RASD_TOK_AR, "بغداد"));
    assert_true(has_variant("بغداد", RASD_TOK_AR, "بغداد"));
    assert_true(has_variant("للقوات", RASD_TOK_AR, "قوات"));
    assert_true(has_variant("طائرتين", RASD_TOK_AR, "طائره"));
    assert_true(has_variant("بطائرتين", RASD_TOK_AR, "طائره"));
    assert_true(has_variant("مسيرات", RASD_TOK_AR, "مسيره"));
    assert_true(has_variant("صاروخين", RASD_TOK_AR, "صاروخ"));
    assert_true(has_variant("rockets", RASD_TOK_LATIN, "rocket"));
    assert_true(has_variant("militias", RASD_TOK_LATIN, "militia"));
    assert_true(has_variant("Iraq's", RASD_TOK_LATIN, "iraq"));
    /* Light stemmers' traps: never under two letters. */
    assert_false(has_variant("آلاف", RASD_TOK_AR, "اف"));
    assert_false(has_variant("والقوات", RASD_TOK_AR, "قو"));
    assert_false(has_variant("عين", RASD_TOK_AR, "ع"));
    assert_false(has_variant("gas", RASD_TOK_LATIN, "ga"));
}

static void test_alias_key(void **state)
{
    (void)state;
    char out[64];
    size_t n = rasd_text_alias_key("الاسد", strlen("الاسد"), RASD_TOK_AR, out,
                                   sizeof out);
    assert_int_equal(n, strlen("اسد"));
    assert_string_equal(out, "اسد");
    n = rasd_text_alias_key("ال", strlen("ال"), RASD_TOK_AR, out, sizeof out);
    assert_string_equal(out, "ال");
}

static void test_sentences(void **state)
{
    (void)state;
    const char *z = "قال مصدر: سقط صاروخان. وأضاف \"لا إصابات.\" ثم ماذا؟\n"
                    "Gen. Smith said 2.5 rockets hit the U.S. base. Done\n"
                    "In conclusion, the factions announced it.";
    rasd_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.text = z;
    doc.ntext = strlen(z);
    doc.arena = rasd_arena_new();
    assert_int_equal(rasd_text_tokenize(z, doc.ntext, NULL, 0, doc.arena,
                                        &doc.tokens, &doc.ntokens), 0);
    assert_int_equal(rasd_text_sentences(&doc), 0);
    assert_int_equal(doc.nsents, 6);
    /* the closing quote stays with its sentence */
    assert_memory_equal(z + doc.sents[1].end - 1, "\"", 1);
    assert_int_equal(doc.sents[0].lang, RASD_LANG_AR);
    assert_int_equal(doc.sents[3].lang, RASD_LANG_EN);
    rasd_arena_free(doc.arena);
}

static void test_random_bytes(void **state)
{
    (void)state;
    /* No crash, spans inside and ordered, on any byte string. */
    unsigned seed = 12345;
    char z[512];
    for (int iter = 0; iter < 2000; iter++) {
        size_t n = (size_t)(iter % 500);
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            z[i] = (char)(seed >> 16);
        }
        rasd_arena *a = rasd_arena_new();
        rasd_token *t;
        size_t nt;
        assert_int_equal(rasd_text_tokenize(z, n, NULL, 0, a, &t, &nt), 0);
        for (size_t i = 0; i < nt; i++) {
            assert_true(t[i].start < t[i].end && t[i].end <= n);
            if (i)
                assert_true(t[i].start >= t[i - 1].end);
        }
        rasd_arena_free(a);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_normalize_arabic),
        cmocka_unit_test(test_normalize_idempotent),
        cmocka_unit_test(test_tokens),
        cmocka_unit_test(test_skip_ranges),
        cmocka_unit_test(test_key_variants),
        cmocka_unit_test(test_alias_key),
        cmocka_unit_test(test_sentences),
        cmocka_unit_test(test_random_bytes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
