/* test_match.c - the matcher on short Arabic and English sentences written
 * for these tests, against the small lexicon in tests/unit/lex/data/good:
 * longest match, clitics, duals and plurals, connectors, ambiguous aliases
 * and their cues, the rule between classes, sentence ends, failures. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "lex_int.h" /* lex_cache_take: scan as a second thread would */
#include "rasd/lexicon.h"
#include "rasd/rasd.h"
#include "rasd/text.h"

static rasd_lexicon *g_lx;
/* data/text, when RASD_DATA_DIR names it (ctest does): docs analysed with
 * it carry word ids, which the matcher's word cache goes by */
static rasd_text_res *g_res;
/* the res analyze() uses: NULL, or g_res */
static const rasd_text_res *g_use;

static const char *data_path(const char *rel)
{
    static char buf[4096];
    const char *f = __FILE__;
    const char *slash = strrchr(f, '/');
    int n = slash ? (int)(slash - f) : 1;
    snprintf(buf, sizeof buf, "%.*s/data/%s", n, slash ? f : ".", rel);
    return buf;
}

static int setup(void **state)
{
    rasd_lexicon_err err;
    (void)state;
    const char *env = getenv("RASD_DATA_DIR");
    if (env != NULL && *env != '\0') {
        char dir[4096], file[512] = "";
        rasd_parse_err perr = {0, NULL, 0};
        snprintf(dir, sizeof dir, "%s/text", env);
        if (rasd_text_res_load(&g_res, dir, &perr, file, sizeof file) != 0)
            return -1;
    }
    if (rasd_lexicon_new(&g_lx) != 0)
        return -1;
    if (rasd_lexicon_load_dir(g_lx, data_path("good"), &err) != 0) {
        fprintf(stderr, "%s:%u: %s\n", err.file, err.line, err.msg);
        return -1;
    }
    return rasd_lexicon_finish(g_lx) == 0 ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    rasd_lexicon_free(g_lx);
    rasd_text_res_free(g_res);
    return 0;
}

static rasd_doc *analyze(const char *text)
{
    rasd_doc *doc = NULL;
    rasd_date_ymd none = {0, 0, 0};
    int rc = rasd_doc_analyze(&doc, g_use, text, strlen(text), none,
                              RASD_ANALYZE_NO_CLEAN | RASD_ANALYZE_NO_NUMBERS |
                                  RASD_ANALYZE_NO_DATES);
    assert_int_equal(rc, 0);
    return doc;
}

/* "class:name=text" for each match, " | " between, "*" after a cued one;
 * also checks the order and the spans. */
static const char *describe(const char *text)
{
    static char out[4096];
    rasd_doc *doc = analyze(text);
    rasd_match *m = NULL;
    size_t n = 0;
    assert_int_equal(rasd_match_scan(g_lx, doc, doc->arena, &m, &n), 0);
    size_t len = 0;
    out[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        assert_true(m[i].start < m[i].end && m[i].end <= strlen(text));
        assert_true(m[i].tok_first <= m[i].tok_last);
        assert_int_equal(m[i].start, doc->tokens[m[i].tok_first].start);
        assert_int_equal(m[i].end, doc->tokens[m[i].tok_last].end);
        if (i > 0)
            assert_true(m[i].start >= m[i - 1].start);
        int cued = (m[i].flags & RASD_MATCHF_CUED) != 0;
        assert_int_equal(cued, (m[i].flags & RASD_MATCHF_NEEDS_CUE) != 0);
        len += (size_t)snprintf(out + len, sizeof out - len, "%s%s:%s=%.*s%s",
                                i ? " | " : "",
                                rasd_class_name(m[i].entry->cls),
                                m[i].entry->name, (int)(m[i].end - m[i].start),
                                text + m[i].start, cued ? "*" : "");
        assert_true(len < sizeof out);
    }
    rasd_doc_free(doc);
    return out;
}

#define EXPECT(text, want) assert_string_equal(describe(text), want)

static void test_longest(void **state)
{
    (void)state;
    /* The place, not the cue "قاعدة" and a shorter place. */
    EXPECT("استهدفت قاعدة عين الأسد في الأنبار",
           "place:Ain al-Asad Air Base=قاعدة عين الأسد | cue:in=في | "
           "place:Al Anbar=الأنبار");
    EXPECT("عين الأسد", "place:Ain al-Asad Air Base=عين الأسد");
    EXPECT("محافظة الأنبار", "place:Al Anbar=محافظة الأنبار");
    EXPECT("the Ain al-Asad Air Base was hit",
           "place:Ain al-Asad Air Base=Ain al-Asad Air Base");
    EXPECT("", "");
    EXPECT("لا شيء هنا", "");
}

static void test_clitics(void **state)
{
    (void)state;
    EXPECT("بقاعدة عين الأسد", "place:Ain al-Asad Air Base=بقاعدة عين الأسد");
    EXPECT("والقوات الأمريكية", "actor:US forces=والقوات الأمريكية");
    EXPECT("للقوات الأميركية", "actor:US forces=للقوات الأميركية");
    EXPECT("في بغداد وأربيل",
           "cue:in=في | place:Baghdad=بغداد | place:Erbil=وأربيل");
    EXPECT("ببغداد", "place:Baghdad=ببغداد");
    EXPECT("كتائب حزب الله", "actor:Kataib Hezbollah=كتائب حزب الله");
}

static void test_dual_plural(void **state)
{
    (void)state;
    EXPECT("بطائرتين مسيرتين", "weapon:drone=بطائرتين مسيرتين");
    EXPECT("الطائرات المسيرة", "weapon:drone=الطائرات المسيرة");
    EXPECT("طائرة مُسيَّرة", "weapon:drone=طائرة مُسيَّرة");
    EXPECT("ثلاثة صواريخ", "weapon:rocket=صواريخ");
    EXPECT("two rockets and a drone",
           "weapon:rocket=rockets | weapon:drone=drone");
    EXPECT("Katyushas", "weapon:rocket=Katyushas");
}

static void test_place_forms(void **state)
{
    (void)state;
    /* a reading with a reduced suffix never names a place: نيسان (April)
     * is not Nis + -ان; a weapon keeps its plural reading */
    EXPECT("في نيسان", "cue:in=في");
    EXPECT("نيس", "place:Nis=نيس");
    EXPECT("صاروخين", "weapon:rocket=صاروخين");
    /* English place names are capitalised; the article "al-" is not */
    EXPECT("the rockets hit the base", "weapon:rocket=rockets");
    EXPECT("in Hit", "cue:in=in | place:Hit=Hit");
    EXPECT("strikes in al-Qaim", "cue:in=in | place:Al-Qaim=al-Qaim");
    /* a longer name the rules reject leaves its words to a shorter one:
     * "southern" in lower case is no part of a region's name */
    EXPECT("in the southern Red Sea", "cue:in=in | place:Red Sea=Red Sea");
    EXPECT("in Southern Red Sea",
           "cue:in=in | place:Southern Red Sea=Southern Red Sea");
}

static void test_connectors(void **state)
{
    (void)state;
    EXPECT("K-1", "place:K-1 Air Base=K-1");
    EXPECT("K1 and K 1", "place:K-1 Air Base=K1 | place:K-1 Air Base=K 1");
    EXPECT("near Tower 22.", "place:Tower 22=Tower 22");
    EXPECT("Tower-22", "place:Tower 22=Tower-22");
    EXPECT("البرج ٢٢", "place:Tower 22=البرج ٢٢");
    EXPECT("Kata\xe2\x80\x99ib Hizballah",
           "actor:Kataib Hezbollah=Kata\xe2\x80\x99ib Hizballah");
    EXPECT("U.S. forces and US forces",
           "actor:US forces=U.S. forces | actor:US forces=US forces");
    EXPECT("Deir al-Zour", "place:Deir ez-Zor=Deir al-Zour");
    /* A connector never starts or ends a match; commas end one. */
    EXPECT("Kataib, Hezbollah", "");
    EXPECT("-K-", "");
    EXPECT("K - - - - 1", "");
}

static void test_ambiguous(void **state)
{
    (void)state;
    EXPECT("حديثة", "");
    EXPECT("خبر حديثة", "");
    EXPECT("بحديثة", ""); /* a proclitic alone is no cue */
    EXPECT("بمدينة حديثة", "cue:city=بمدينة | place:Haditha=حديثة*");
    EXPECT("في حديثة", "cue:in=في | place:Haditha=حديثة*");
    EXPECT("قضاء حديثة غرب العراق",
           "cue:city=قضاء | place:Haditha=حديثة* | place:Iraq=العراق");
    /* A cue inside a longer match still cues. */
    EXPECT("قاعدة حديثة", "cue:base=قاعدة | place:Haditha=حديثة*");
    /* Not across a sentence end. */
    EXPECT("في. حديثة", "cue:in=في");
    /* Two ambiguous entries of one alias: both, same span. */
    EXPECT("في الأسد",
           "cue:in=في | actor:Bashar al-Assad=الأسد* | place:Al Asad=الأسد*");
    EXPECT("الأسد", "");
    /* Places listed with و after a place: cued, in a chain. */
    EXPECT("بغداد وحديثة", "place:Baghdad=بغداد | place:Haditha=وحديثة*");
    EXPECT("في حديثة والأسد",
           "cue:in=في | place:Haditha=حديثة* | "
           "actor:Bashar al-Assad=والأسد* | place:Al Asad=والأسد*");
    EXPECT("خبر وحديثة", "");
    /* A conjunction right after a place cue is no name: "في وحديثة". */
    EXPECT("في وحديثة", "cue:in=في");
    EXPECT("بغداد، وحديثة", "place:Baghdad=بغداد | place:Haditha=وحديثة*");
    EXPECT("بغداد، حديثة", "place:Baghdad=بغداد");
    EXPECT("بغداد. وحديثة", "place:Baghdad=بغداد");
    EXPECT("بغداد حديثة", "place:Baghdad=بغداد");
    /* The plain alias needs no cue. */
    EXPECT("Haditha", "place:Haditha=Haditha");
}

static void test_capitals(void **state)
{
    (void)state;
    /* "=US": only as written, in capitals; "us" is a pronoun */
    EXPECT("a US drone", "actor:US forces=US | weapon:drone=drone");
    EXPECT("they told us", "");
    EXPECT("Us", "");
}

static void test_classes(void **state)
{
    (void)state;
    /* An actor with a place in its name is one actor. */
    EXPECT("تبنت المقاومة الإسلامية في العراق الهجوم",
           "cue:claimed=تبنت | actor:Islamic Resistance in Iraq="
           "المقاومة الإسلامية في العراق | trigger:attack=الهجوم");
    /* Quotes around part of a name are stepped over. */
    EXPECT("«المقاومة الإسلامية» في العراق",
           "actor:Islamic Resistance in Iraq="
           "المقاومة الإسلامية» في العراق");
    EXPECT("\"المقاومة الإسلامية\" في العراق",
           "actor:Islamic Resistance in Iraq="
           "المقاومة الإسلامية\" في العراق");
    EXPECT("the Islamic Resistance in Iraq claimed",
           "actor:Islamic Resistance in Iraq=Islamic Resistance in Iraq | "
           "cue:claimed=claimed");
    EXPECT("in Iraq", "cue:in=in | place:Iraq=Iraq");
    EXPECT("وكالة شفق نيوز ورويترز",
           "source:Shafaq News=شفق نيوز | source:Reuters=ورويترز");
}

static void test_boundaries(void **state)
{
    (void)state;
    EXPECT("Kataib Hezbollah said", "actor:Kataib Hezbollah=Kataib Hezbollah");
    EXPECT("Kataib. Hezbollah", "");
    EXPECT("Kataib\n\nHezbollah", "");
    EXPECT("العراق. بغداد", "place:Iraq=العراق | place:Baghdad=بغداد");
    EXPECT("Islamic Resistance in Iraq.",
           "actor:Islamic Resistance in Iraq=Islamic Resistance in Iraq");
    EXPECT("“عين الأسد”", "place:Ain al-Asad Air Base=عين الأسد");
}

static void test_errors(void **state)
{
    (void)state;
    rasd_lexicon *lx = NULL;
    rasd_doc *doc = analyze("بغداد");
    rasd_match *m = (rasd_match *)1;
    size_t n = 7;
    assert_int_equal(rasd_lexicon_new(&lx), 0);
    /* Not finished yet. */
    assert_int_equal(rasd_match_scan(lx, doc, doc->arena, &m, &n),
                     RASD_EINVAL);
    assert_null(m);
    assert_int_equal(n, 0);
    /* An empty lexicon matches nothing. */
    assert_int_equal(rasd_lexicon_finish(lx), 0);
    assert_int_equal(rasd_match_scan(lx, doc, doc->arena, &m, &n), 0);
    assert_int_equal(n, 0);
    rasd_lexicon_free(lx);
    rasd_doc_free(doc);
}

static void test_fault_injection(void **state)
{
    (void)state;
    const char *text = "استهدفت المقاومة الإسلامية في العراق قاعدة عين الأسد "
                       "بطائرتين مسيرتين في حديثة. US forces in Erbil.";
    rasd_doc *doc = analyze(text);
    size_t n;
    for (n = 1; n < 1000; n++) {
        rasd_arena *a = rasd_arena_new();
        assert_non_null(a);
        rasd_match *m = NULL;
        size_t nm = 0;
        rasd_alloc_fail_after(n);
        int rc = rasd_match_scan(g_lx, doc, a, &m, &nm);
        rasd_alloc_fail_after(0);
        rasd_arena_free(a);
        if (rc == 0) {
            assert_int_equal(nm, 8);
            break;
        }
        assert_int_equal(rc, RASD_ENOMEM);
        assert_null(m);
    }
    assert_true(n > 1);
    rasd_doc_free(doc);
}

/* The matcher's word cache changes nothing: each text gives the same
 * matches when the cache is held by another scan (every reading computed
 * on the spot), on first sight and from the cache. */
static void test_word_cache(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "استهدفت المقاومة الإسلامية في العراق قاعدة عين الأسد "
        "بطائرتين مسيرتين في حديثة. US forces in Erbil.",
        "بمحافظة الأنبار، والحرير وفي نيسان ببغداد",
        "two rockets and a drone hit the Ain al-Asad Air Base",
        "عين الأسد في بغداد وأربيل 22 - K-1, Katyushas",
    };
    char want[4096];
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        assert_true(lex_cache_take(g_lx->cache));
        snprintf(want, sizeof want, "%s", describe(texts[i]));
        lex_cache_give(g_lx->cache);
        assert_string_equal(describe(texts[i]), want); /* first sight */
        assert_string_equal(describe(texts[i]), want); /* cached */
        assert_true(lex_cache_take(g_lx->cache));
        assert_string_equal(describe(texts[i]), want);
        lex_cache_give(g_lx->cache);
        /* by word ids: first sight of the ids, then noted */
        g_use = g_res;
        assert_string_equal(describe(texts[i]), want);
        assert_string_equal(describe(texts[i]), want);
        g_use = NULL;
    }
}

/* More distinct words than the cache keeps (2^18): it is emptied when
 * full and goes on finding names before, across and after that point. */
static void test_word_cache_full(void **state)
{
    (void)state;
    const char *phrase = " في بغداد وأربيل. ";
    size_t nwords = 300000, cap = nwords * 8 + 256;
    char *text = test_malloc(cap);
    size_t len = 0;
    for (size_t w = 0; w < nwords; w++) {
        if (w % (nwords / 2) == 0)
            len += (size_t)snprintf(text + len, cap - len, "%s", phrase);
        /* "zq" and four letters: no alias of the test lexicon */
        char word[8] = {'z', 'q', 0, 0, 0, 0, ' ', 0};
        for (size_t k = 0, x = w; k < 4; k++, x /= 26)
            word[2 + k] = (char)('a' + x % 26);
        len += (size_t)snprintf(text + len, cap - len, "%s", word);
    }
    len += (size_t)snprintf(text + len, cap - len, "%s", phrase);
    rasd_doc *doc = NULL;
    rasd_date_ymd none = {0, 0, 0};
    /* pass 2 and 3: a doc with word ids (the text layer's word cache is
     * emptied on the way too: the doc has none then) */
    for (int pass = 0; pass < 4; pass++) {
        if (pass == 0 || pass == 2) {
            rasd_doc_free(doc);
            doc = NULL;
            assert_int_equal(rasd_doc_analyze(&doc, pass ? g_res : NULL,
                                              text, len, none,
                                              RASD_ANALYZE_NO_CLEAN |
                                                  RASD_ANALYZE_NO_NUMBERS |
                                                  RASD_ANALYZE_NO_DATES),
                             0);
        }
        rasd_match *m = NULL;
        size_t n = 0;
        assert_int_equal(rasd_match_scan(g_lx, doc, doc->arena, &m, &n), 0);
        assert_int_equal(n, 9);
        for (size_t i = 0; i < n; i++)
            assert_string_equal(m[i].entry->name,
                                i % 3 == 0   ? "in"
                                : i % 3 == 1 ? "Baghdad"
                                             : "Erbil");
    }
    rasd_doc_free(doc);
    test_free(text);
}

/* Fault injection with a new lexicon each time, so that the word cache
 * and the scratch are allocated during the scan: every failure is a clean
 * RASD_ENOMEM, and the next scan finds everything. */
static void test_fault_injection_cold(void **state)
{
    (void)state;
    const char *text = "استهدفت المقاومة الإسلامية في العراق قاعدة عين الأسد "
                       "بطائرتين مسيرتين في حديثة. US forces in Erbil.";
    rasd_doc *doc = analyze(text);
    rasd_lexicon_err err;
    size_t n;
    for (n = 1; n < 1000; n++) {
        rasd_lexicon *lx = NULL;
        assert_int_equal(rasd_lexicon_new(&lx), 0);
        assert_int_equal(rasd_lexicon_load_dir(lx, data_path("good"), &err),
                         0);
        assert_int_equal(rasd_lexicon_finish(lx), 0);
        rasd_arena *a = rasd_arena_new();
        assert_non_null(a);
        rasd_match *m = NULL;
        size_t nm = 0;
        rasd_alloc_fail_after(n);
        int rc = rasd_match_scan(lx, doc, a, &m, &nm);
        rasd_alloc_fail_after(0);
        if (rc == 0) {
            assert_int_equal(nm, 8);
        } else {
            assert_int_equal(rc, RASD_ENOMEM);
            assert_null(m);
            assert_int_equal(rasd_match_scan(lx, doc, a, &m, &nm), 0);
            assert_int_equal(nm, 8);
        }
        rasd_arena_free(a);
        rasd_lexicon_free(lx);
        if (rc == 0)
            break;
    }
    assert_true(n > 4); /* scratch and cache were allocated in the scan */
    rasd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_longest),
        cmocka_unit_test(test_clitics),
        cmocka_unit_test(test_dual_plural),
        cmocka_unit_test(test_place_forms),
        cmocka_unit_test(test_connectors),
        cmocka_unit_test(test_ambiguous),
        cmocka_unit_test(test_capitals),
        cmocka_unit_test(test_classes),
        cmocka_unit_test(test_boundaries),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_fault_injection),
        cmocka_unit_test(test_word_cache),
        cmocka_unit_test(test_word_cache_full),
        cmocka_unit_test(test_fault_injection_cold),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
