/* test_numbers.c - numbers of the text layer (src/text/numbers.c): digits,
 * Arabic and English number words, duals, bounds, vague quantities,
 * ordinals, the data-file loader and its errors, on sentences written for
 * these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "rasd/rasd.h"
#include "rasd/text.h"
#include "text_int.h"

static rasd_text_res *res;

static const char *data_dir(void)
{
    static char buf[4096];
    const char *d = getenv("RASD_DATA_DIR");
    snprintf(buf, sizeof buf, "%s/text", d ? d : RASD_DEFAULT_DATA_DIR);
    return buf;
}

static int setup(void **state)
{
    (void)state;
    rasd_parse_err err = {0, NULL, 0};
    char file[512] = "";
    int rc = rasd_text_res_load(&res, data_dir(), &err, file, sizeof file);
    if (rc != 0) {
        fprintf(stderr, "%s:%zu: %s\n", file, err.pos,
                err.msg ? err.msg : "?");
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    rasd_text_res_free(res);
    return 0;
}

static rasd_doc *analyze(const char *z)
{
    rasd_doc *doc = NULL;
    rasd_date_ymd none = {0, 0, 0};
    assert_int_equal(rasd_doc_analyze(&doc, res, z, strlen(z), none,
                                      RASD_ANALYZE_NO_DATES),
                     0);
    return doc;
}

/* The number whose span is exactly the text `span` in z, or NULL. */
static const rasd_number *find(const rasd_doc *doc, const char *span)
{
    size_t n = strlen(span);
    for (size_t i = 0; i < doc->nnumbers; i++) {
        const rasd_number *nb = &doc->numbers[i];
        if (nb->end - nb->start == n &&
            memcmp(doc->text + nb->start, span, n) == 0)
            return nb;
    }
    return NULL;
}

static void dump(const rasd_doc *doc)
{
    for (size_t i = 0; i < doc->nnumbers; i++) {
        const rasd_number *nb = &doc->numbers[i];
        fprintf(stderr, "  [%.*s] = %g flags %#x\n",
                (int)(nb->end - nb->start), doc->text + nb->start,
                nb->value, nb->flags);
    }
}

#define F_LB RASD_NUMF_LOWER_BOUND
#define F_VG RASD_NUMF_VAGUE
#define F_DU RASD_NUMF_DUAL
#define F_W RASD_NUMF_WORDS
#define F_OR RASD_NUMF_ORDINAL

/* z holds a number spanning exactly `span` with this value and flags. */
static void check(const char *z, const char *span, double value,
                  unsigned flags)
{
    rasd_doc *doc = analyze(z);
    const rasd_number *nb = find(doc, span);
    if (nb == NULL || nb->value != value || nb->flags != flags) {
        fprintf(stderr, "in \"%s\" want [%s] = %g flags %#x; got:\n", z,
                span, value, flags);
        dump(doc);
        rasd_doc_free(doc);
        fail();
    }
    rasd_doc_free(doc);
}

/* z holds exactly n numbers. */
static void count(const char *z, size_t n)
{
    rasd_doc *doc = analyze(z);
    if (doc->nnumbers != n) {
        fprintf(stderr, "in \"%s\" want %zu numbers; got:\n", z, n);
        dump(doc);
        rasd_doc_free(doc);
        fail();
    }
    rasd_doc_free(doc);
}

static void test_digits(void **state)
{
    (void)state;
    check("قتل 15 شخصا", "15", 15, 0);
    check("نشرت 15,000 جندي", "15,000", 15000, 0);
    check("بلغت الكلفة 2.5 مليون دولار", "2.5 مليون", 2500000, 0);
    check("نحو ١٢٠ صاروخا", "١٢٠", 120, 0);
    check("about 1,234.5 tons", "1,234.5", 1234.5, 0);
    check("حوالي 1.234.567 نسمة", "1.234.567", 1234567, 0);
    check("a rate of 2,5 percent", "2,5", 2.5, 0);
    check("3 آلاف مقاتل", "3 آلاف", 3000, 0);
    check("2 million people", "2 million", 2000000, 0);
    check("وقع الهجوم عام 2024", "2024", 2024, 0);
    check("the 2nd attack", "2nd", 2, F_OR);
    check("قصف بـ3 صواريخ", "3", 3, 0);
}

static void test_arabic_units(void **state)
{
    (void)state;
    check("أصيب خمسة جنود", "خمسة", 5, F_W);
    check("أطلقت ثلاث طائرات", "ثلاث", 3, F_W);
    check("قتل واحد من المسلحين", "واحد", 1, F_W);
    check("اعتقال ثمانية أشخاص", "ثمانية", 8, F_W);
    check("وثمانية صواريخ أخرى", "وثمانية", 8, F_W);
    check("استهدف بستة صواريخ", "بستة", 6, F_W);
    check("قتل اثنان من الحراس", "اثنان", 2, F_W);
    check("أصيبت اثنتين من النساء", "اثنتين", 2, F_W);
    check("قتل عشرة مدنيين", "عشرة", 10, F_W);
    check("الجنود الثلاثة أصيبوا", "الثلاثة", 3, F_W);
}

static void test_arabic_teens(void **state)
{
    (void)state;
    check("أطلق أحد عشر صاروخا", "أحد عشر", 11, F_W);
    check("قتل إحدى عشرة امرأة", "إحدى عشرة", 11, F_W);
    check("اعتقل اثنا عشر شخصا", "اثنا عشر", 12, F_W);
    check("بعد اثني عشر يوما", "اثني عشر", 12, F_W);
    check("خلال الستة عشر ساعة الماضية", "الستة عشر", 16, F_W);
    check("قتل تسعة عشر مدنيا", "تسعة عشر", 19, F_W);
    check("تسع عشرة قذيفة", "تسع عشرة", 19, F_W);
}

static void test_arabic_compounds(void **state)
{
    (void)state;
    check("سقط خمسة وعشرون صاروخا", "خمسة وعشرون", 25, F_W);
    check("قتل خمسين شخصا", "خمسين", 50, F_W);
    check("أكثر من مئة وخمسين هجوما", "مئة وخمسين", 150, F_W | F_LB);
    check("نشر مائة وخمسة وعشرين جنديا", "مائة وخمسة وعشرين", 125, F_W);
    check("ثلاثمئة مقاتل", "ثلاثمئة", 300, F_W);
    check("ثلاث مئة مقاتل", "ثلاث مئة", 300, F_W);
    check("مئتي صاروخ", "مئتي", 200, F_W);
    check("ثلاثة آلاف عنصر", "ثلاثة آلاف", 3000, F_W);
    check("ثلاثة آلاف وخمسمئة عنصر", "ثلاثة آلاف وخمسمئة", 3500, F_W);
    check("ألف ومئتان", "ألف ومئتان", 1200, F_W);
    check("ألفين وخمسمائة جندي", "ألفين وخمسمائة", 2500, F_W);
    check("خمسة عشر ألفا", "خمسة عشر ألفا", 15000, F_W);
    check("عشرة آلاف نازح", "عشرة آلاف", 10000, F_W);
    check("مئة ألف نسمة", "مئة ألف", 100000, F_W);
    check("مليونا لاجئ", "مليونا", 1000000, F_W);
    check("خمسة و عشرون جنديا", "خمسة و عشرون", 25, F_W);
    /* two numbers, not one: units do not add up */
    count("ثلاثة وأربعة", 2);
    check("ثلاثة وأربعة", "وأربعة", 4, F_W);
}

static void test_english_words(void **state)
{
    (void)state;
    check("five soldiers were wounded", "five", 5, F_W);
    check("Twelve rockets hit", "Twelve", 12, F_W);
    check("twenty-five rockets", "twenty-five", 25, F_W);
    check("twenty five rockets", "twenty five", 25, F_W);
    check("one hundred and fifty troops", "one hundred and fifty", 150, F_W);
    check("three hundred troops", "three hundred", 300, F_W);
    check("two thousand five hundred troops",
          "two thousand five hundred", 2500, F_W);
    check("a hundred people", "a hundred", 100, F_W);
    check("a dozen rockets", "a dozen", 12, F_W);
    check("two dozen rockets", "two dozen", 24, F_W);
    check("one of the soldiers", "one", 1, F_W);
    check("a thousand troops and more", "a thousand", 1000, F_W);
    count("a soldier and an officer", 0);
    count("no one was hurt", 0);
}

static void test_one(void **state)
{
    (void)state;
    check("أصيب أحد الجنود بجروح", "أحد", 1, F_W);
    check("مقتل إحدى النساء", "إحدى", 1, F_W);
    count("لم يصب أحد بأذى", 0);
    count("ولم يصب أحد", 0);
    count("لا أحد", 0);
    count("يوم الأحد", 0); /* Sunday, not one */
}

static void test_duals(void **state)
{
    (void)state;
    check("استهدفت بطائرتين مسيرتين القاعدة", "بطائرتين مسيرتين", 2,
          F_W | F_DU);
    check("قال مصدران عسكريان", "مصدران عسكريان", 2, F_W | F_DU);
    check("قال مصدران للوكالة", "مصدران", 2, F_W | F_DU);
    check("أطلقت صاروخين على القاعدة", "صاروخين", 2, F_W | F_DU);
    check("أصيب جنديين", "جنديين", 2, F_W | F_DU);
    check("شنت غارتين", "غارتين", 2, F_W | F_DU);
    check("سقطت قذيفتين", "قذيفتين", 2, F_W | F_DU);
    check("اعتقال عنصرين", "عنصرين", 2, F_W | F_DU);
    check("أطلقت قذيفتي هاون", "قذيفتي", 2, F_W | F_DU);
    check("صاروخين اثنين", "صاروخين اثنين", 2, F_W | F_DU);
    check("سقطت الطائرتان", "الطائرتان", 2, F_W | F_DU);
    check("ضربتين على موقعين", "ضربتين", 2, F_W | F_DU);
    check("ضربتين على موقعين", "موقعين", 2, F_W | F_DU);
    check("قتل مسلحان", "مسلحان", 2, F_W | F_DU);
    /* people of casualty reports */
    check("بعد مقتل راعيين بانفجار لغم", "راعيين", 2, F_W | F_DU);
    check("أصيب متظاهران", "متظاهران", 2, F_W | F_DU);
    check("عثر على جثتين", "جثتين", 2, F_W | F_DU);
    count("أطلقوا النار على متظاهرين", 0); /* a plural, not two */
    /* plurals and words that only look like duals */
    count("قتل عشرين", 1);
    count("اشتباك مع مسلحين", 0);
    count("المسؤولين الأمريكيين", 0);
    count("بين الطرفين", 0);
    count("الذين أصيبوا", 0);
}

static void test_bounds(void **state)
{
    (void)state;
    check("أصيب ما لا يقل عن 5 جنود", "5", 5, F_LB);
    check("أصيب لا يقل عن خمسة جنود", "خمسة", 5, F_W | F_LB);
    check("أكثر من 100 هجوم", "100", 100, F_LB);
    check("وأكثر من 100 هجوم", "100", 100, F_LB);
    check("إصابة خمسة جنود على الأقل", "خمسة", 5, F_W | F_LB);
    check("على الأقل خمسة جنود", "خمسة", 5, F_W | F_LB);
    check("at least five soldiers", "five", 5, F_W | F_LB);
    check("more than 100 attacks", "100", 100, F_LB);
    check("over 2,500 troops", "2,500", 2500, F_LB);
    check("أكثر من صاروخين", "صاروخين", 2, F_W | F_DU | F_LB);
    /* approximations are not bounds */
    check("نحو 2500 جندي", "2500", 2500, 0);
    check("حوالي خمسين", "خمسين", 50, F_W);
    check("about 40 rockets", "40", 40, 0);
    check("أقل من عشرة", "عشرة", 10, F_W);
    /* "at least" after a sentence end bounds nothing before it */
    check("قتل 5. على الأقل هذا ما قيل", "5", 5, 0);
}

static void test_vague(void **state)
{
    (void)state;
    check("أصيب عشرات الجنود", "عشرات", 0, F_W | F_VG);
    check("مئات الصواريخ", "مئات", 0, F_W | F_VG);
    check("نزوح آلاف المدنيين", "آلاف", 0, F_W | F_VG);
    check("نزوح عشرات الآلاف", "عشرات الآلاف", 0, F_W | F_VG);
    check("العديد من الهجمات", "العديد", 0, F_W | F_VG);
    check("إصابة عدد من الأفراد", "عدد من", 0, F_W | F_VG);
    check("أطلقوا عدة صواريخ", "عدة", 0, F_W | F_VG);
    check("dozens of people", "dozens", 0, F_W | F_VG);
    check("hundreds of thousands fled", "hundreds of thousands", 0,
          F_W | F_VG);
    check("several rockets", "several", 0, F_W | F_VG);
    check("a number of soldiers", "a number of", 0, F_W | F_VG);
    count("عدد القتلى", 0);
}

static void test_ordinals(void **state)
{
    (void)state;
    check("الهجوم الثاني على القاعدة", "الثاني", 2, F_W | F_OR);
    check("للمرة الثالثة", "الثالثة", 3, F_W | F_OR);
    check("the second attack", "second", 2, F_W | F_OR);
    check("the third strike", "third", 3, F_W | F_OR);
    check("الطابق الحادي عشر", "الحادي عشر", 11, F_W | F_OR);
    count("بعد ثانية واحدة", 1); /* "a second" is not an ordinal */
}

static void test_spans_sorted(void **state)
{
    (void)state;
    rasd_doc *doc = analyze("قتل 3 وأصيب خمسة وعشرون، ثم صاروخين و 40 "
                            "and at least twelve.");
    assert_int_equal(doc->nnumbers, 5);
    for (size_t i = 1; i < doc->nnumbers; i++) {
        assert_true(doc->numbers[i].start >= doc->numbers[i - 1].end);
        assert_true(doc->numbers[i].tok_first > doc->numbers[i - 1].tok_last);
    }
    for (size_t i = 0; i < doc->nnumbers; i++) {
        const rasd_number *nb = &doc->numbers[i];
        assert_int_equal(nb->start, doc->tokens[nb->tok_first].start);
        assert_int_equal(nb->end, doc->tokens[nb->tok_last].end);
    }
    rasd_doc_free(doc);
}

/* ---- the loader --------------------------------------------------------- */

static char tmpdir[64];

static void write_file(const char *name, const char *body)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(body, f);
    fclose(f);
}

static void expect_bad(const char *numbers, const char *countable,
                       const char *file, size_t line)
{
    rasd_numtab *t = NULL;
    rasd_parse_err err = {0, NULL, 0};
    char got[512] = "";
    char want[256];
    write_file("numbers.tsv", numbers);
    write_file("countable.tsv", countable);
    assert_int_equal(rasd_numtab_load(&t, tmpdir, &err, got, sizeof got),
                     RASD_EFORMAT);
    assert_null(t);
    assert_int_equal(err.code, RASD_EFORMAT);
    assert_non_null(err.msg);
    assert_int_equal(err.pos, line);
    snprintf(want, sizeof want, "%s/%s", tmpdir, file);
    assert_string_equal(got, want);
}

static void test_loader_errors(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/rasd_numtab_XXXXXX");
    assert_non_null(mkdtemp(tmpdir));
    const char *good_c = "# c\nصاروخ\tweapon\tboth\n";
    const char *good_n = "# n\nnum\tخمسة\t5\n";
    expect_bad("# x\n\nnum\tخمسة\n", good_c, "numbers.tsv", 3);
    expect_bad("bogus\tخمسة\t5\n", good_c, "numbers.tsv", 1);
    expect_bad("num\tخمسة\tfive\n", good_c, "numbers.tsv", 1);
    expect_bad("num\tخمسة\t5\tcx\n", good_c, "numbers.tsv", 1);
    expect_bad("num\tخمسة\t5\tc\textra\n", good_c, "numbers.tsv", 1);
    expect_bad("num\t\t5\n", good_c, "numbers.tsv", 1);
    expect_bad("vague\ta b c d e\t-\n", good_c, "numbers.tsv", 1);
    expect_bad(good_n, "صاروخ\tweapon\n", "countable.tsv", 1);
    expect_bad(good_n, "\nصاروخ\tweapon\tmany\n", "countable.tsv", 2);
    expect_bad(good_n, "عبوة ناسفة\tweapon\tboth\n", "countable.tsv", 1);

    /* a good pair loads; a missing file is EIO */
    rasd_numtab *t = NULL;
    rasd_parse_err err;
    char got[512];
    write_file("numbers.tsv", good_n);
    write_file("countable.tsv", good_c);
    assert_int_equal(rasd_numtab_load(&t, tmpdir, &err, got, sizeof got), 0);
    assert_non_null(t);
    rasd_numtab_free(t);
    rasd_numtab_free(NULL);
    char path[256];
    snprintf(path, sizeof path, "%s/countable.tsv", tmpdir);
    unlink(path);
    assert_int_equal(rasd_numtab_load(&t, tmpdir, &err, got, sizeof got),
                     RASD_EIO);
    assert_null(t);
    snprintf(path, sizeof path, "%s/numbers.tsv", tmpdir);
    unlink(path);
    rmdir(tmpdir);
}

/* Allocation failure at every step of loading and scanning: a clean error,
 * no leak (cmocka checks nothing here; ASan does). */
static void test_alloc_failures(void **state)
{
    (void)state;
    for (size_t k = 1; k < 400; k++) {
        rasd_numtab *t = NULL;
        rasd_parse_err err;
        char file[512];
        rasd_alloc_fail_after(k);
        int rc = rasd_numtab_load(&t, data_dir(), &err, file, sizeof file);
        rasd_alloc_fail_after(0);
        if (rc == 0) {
            rasd_numtab_free(t);
            break;
        }
        assert_int_equal(rc, RASD_ENOMEM);
        assert_null(t);
    }
    const char *z = "قتل خمسة وعشرون وأصيب 3 آلاف و at least twelve "
                    "صاروخين عشرات";
    for (size_t k = 1; k < 200; k++) {
        rasd_doc *doc = NULL;
        rasd_date_ymd none = {0, 0, 0};
        rasd_alloc_fail_after(k);
        int rc = rasd_doc_analyze(&doc, res, z, strlen(z), none,
                                  RASD_ANALYZE_NO_DATES);
        rasd_alloc_fail_after(0);
        if (rc == 0) {
            rasd_doc_free(doc);
            break;
        }
        assert_int_equal(rc, RASD_ENOMEM);
    }
}

/* Random bytes and random mixes of number words must not crash and must
 * give sorted, disjoint spans. */
static void test_random(void **state)
{
    (void)state;
    static const char *words[] = {
        "خمسة", "وعشرون", "عشر", "آلاف", "و", "مئة", "ألف", "اثنا", "أحد",
        "الأقل", "على", "أكثر", "من", "صاروخين", "عشرات", "twenty", "-",
        "five", "hundred", "and", "a", "dozen", "at", "least", "15,000",
        "2.5", ".", "،", "الثاني", "لا", "يقل", "عن", "ما", "1st", "st",
        "of", "thousands", "مليون", "الآلاف"};
    const size_t nw = sizeof words / sizeof words[0];
    char buf[2048];
    unsigned seed = 12345;
    for (int round = 0; round < 3000; round++) {
        size_t n = 0;
        int len = 1 + (int)((seed = seed * 1103515245u + 12345u) >> 16) % 30;
        for (int k = 0; k < len && n + 64 < sizeof buf; k++) {
            seed = seed * 1103515245u + 12345u;
            const char *w = words[(seed >> 16) % nw];
            size_t wl = strlen(w);
            memcpy(buf + n, w, wl);
            n += wl;
            if ((seed >> 8) & 1)
                buf[n++] = ' ';
        }
        if (round % 3 == 0) { /* raw bytes too */
            for (int k = 0; k < 20; k++) {
                seed = seed * 1103515245u + 12345u;
                buf[n++] = (char)(1 + (seed >> 16) % 255);
            }
        }
        buf[n] = '\0';
        rasd_doc *doc = NULL;
        rasd_date_ymd pub = {2024, 7, 17};
        assert_int_equal(rasd_doc_analyze(&doc, res, buf, n, pub, 0), 0);
        for (size_t i = 0; i < doc->nnumbers; i++) {
            const rasd_number *nb = &doc->numbers[i];
            assert_true(nb->start < nb->end && nb->end <= n);
            assert_true(nb->tok_first <= nb->tok_last &&
                        nb->tok_last < doc->ntokens);
            if (i)
                assert_true(nb->tok_first > doc->numbers[i - 1].tok_last);
        }
        rasd_doc_free(doc);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_digits),
        cmocka_unit_test(test_arabic_units),
        cmocka_unit_test(test_arabic_teens),
        cmocka_unit_test(test_arabic_compounds),
        cmocka_unit_test(test_english_words),
        cmocka_unit_test(test_one),
        cmocka_unit_test(test_duals),
        cmocka_unit_test(test_bounds),
        cmocka_unit_test(test_vague),
        cmocka_unit_test(test_ordinals),
        cmocka_unit_test(test_spans_sorted),
        cmocka_unit_test(test_loader_errors),
        cmocka_unit_test(test_alloc_failures),
        cmocka_unit_test(test_random),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
