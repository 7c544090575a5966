/* test_clean.c - unit tests of the cleaning stage: repeated paragraphs,
 * boilerplate patterns of data/text/boilerplate.tsv, the cross-article
 * line table of clean.h, errors of the pattern file, fault injection.
 *
 * Every text here is a short one written for these tests; what a test
 * checks is the text left once the skip ranges are cut out, which is what
 * the later stages see.
 */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "rasd/clean.h"
#include "rasd/text.h"
#include "text_int.h"

#ifndef RASD_DEFAULT_DATA_DIR
#define RASD_DEFAULT_DATA_DIR "data"
#endif

static rasd_cleantab *g_tab; /* data/text/boilerplate.tsv */

static const char *text_dir(void)
{
    static char dir[1024];
    const char *env = getenv("RASD_DATA_DIR");
    snprintf(dir, sizeof dir, "%s/text",
             env && *env ? env : RASD_DEFAULT_DATA_DIR);
    return dir;
}

static int setup(void **state)
{
    (void)state;
    rasd_parse_err err = {0, NULL, 0};
    char file[1024] = "";
    int rc = rasd_cleantab_load(&g_tab, text_dir(), &err, file, sizeof file);
    if (rc != 0)
        fprintf(stderr, "%s:%zu: %s (%d)\n", file, err.pos,
                err.msg ? err.msg : "?", rc);
    return rc;
}

static int teardown(void **state)
{
    (void)state;
    rasd_cleantab_free(g_tab);
    return 0;
}

static rasd_doc *mkdoc(const char *text)
{
    rasd_arena *a = rasd_arena_new();
    assert_non_null(a);
    rasd_doc *d = rasd_arena_calloc(a, sizeof *d);
    assert_non_null(d);
    d->arena = a;
    d->text = text;
    d->ntext = strlen(text);
    return d;
}

/* Checks the skip invariants and returns the text outside the skips
 * (malloc'd). */
static char *kept(const rasd_doc *d)
{
    char *out = malloc(d->ntext + 1);
    size_t o = 0, i = 0;
    assert_non_null(out);
    for (size_t s = 0; s < d->nskip; s++) {
        assert_true(d->skip[s].start < d->skip[s].end);
        assert_true(d->skip[s].end <= d->ntext);
        if (s > 0)
            assert_true(d->skip[s - 1].end < d->skip[s].start);
        /* whole lines: a skip starts a line */
        assert_true(d->skip[s].start == 0 ||
                    d->text[d->skip[s].start - 1] == '\n');
        memcpy(out + o, d->text + i, d->skip[s].start - i);
        o += d->skip[s].start - i;
        i = d->skip[s].end;
    }
    memcpy(out + o, d->text + i, d->ntext - i);
    o += d->ntext - i;
    out[o] = '\0';
    return out;
}

/* Cleans text with table t and compares what is left with want. */
static void clean_is(const rasd_cleantab *t, const char *text,
                     const char *want)
{
    rasd_doc *d = mkdoc(text);
    assert_int_equal(rasd_clean_mark(d, t), 0);
    char *got = kept(d);
    if (strcmp(got, want) != 0) {
        print_error("cleaned:\n[%s]\nwanted:\n[%s]\n", got, want);
        free(got);
        rasd_arena_free(d->arena);
        fail();
    }
    free(got);
    rasd_arena_free(d->arena);
}

/* ---- repeats ---------------------------------------------------------- */

static void test_repeats(void **state)
{
    (void)state;
    /* A paragraph repeated: the second copy goes, the first stays. */
    clean_is(NULL,
             "Two drones hit the base on Tuesday.\n\n"
             "Nobody was hurt, officials said.\n\n"
             "Two drones hit the base on Tuesday.\n\n"
             "The attack was claimed later.\n",
             "Two drones hit the base on Tuesday.\n\n"
             "Nobody was hurt, officials said.\n\n"
             "\n"
             "The attack was claimed later.\n");
    /* Trailing period missing, different spacing and case. */
    clean_is(NULL,
             "The base was hit by rockets.\nOther line here.\n"
             "  the base  was HIT by rockets\n",
             "The base was hit by rockets.\nOther line here.\n");
    /* A rewrite that drops the leading conjunction و (long lines only). */
    clean_is(NULL,
             "وهذا هو الهجوم الثاني على القوات الأميركية في العراق منذ "
             "أوائل شباط.\nسطر آخر هنا للتجربة.\n"
             "هذا هو الهجوم الثاني على القوات الأميركية في العراق منذ "
             "أوائل شباط\n",
             "وهذا هو الهجوم الثاني على القوات الأميركية في العراق منذ "
             "أوائل شباط.\nسطر آخر هنا للتجربة.\n");
    /* Arabic letter variants and harakat do not hide a copy. */
    clean_is(NULL,
             "أسقطت الدفاعات طائرة مسيّرة.\nنص.\n"
             "اسقطت الدفاعات طائرة مسيرة\n",
             "أسقطت الدفاعات طائرة مسيّرة.\nنص.\n");
    /* Short lines may repeat: numbering, dashes, a one-word heading. */
    clean_is(NULL, "1\nIraq\n—\n1\nIraq\n—\n", "1\nIraq\n—\n1\nIraq\n—\n");
    /* A repeated multi-line paragraph goes line by line. */
    clean_is(NULL,
             "First line of the lede here.\nSecond line of the lede.\n\n"
             "Middle paragraph text.\n\n"
             "First line of the lede here.\nSecond line of the lede.\n",
             "First line of the lede here.\nSecond line of the lede.\n\n"
             "Middle paragraph text.\n\n");
    /* Nothing to clean: no skips at all. */
    rasd_doc *d = mkdoc("Only one line of news.");
    assert_int_equal(rasd_clean_mark(d, NULL), 0);
    assert_int_equal(d->nskip, 0);
    rasd_arena_free(d->arena);
    d = mkdoc("");
    assert_int_equal(rasd_clean_mark(d, g_tab), 0);
    assert_int_equal(d->nskip, 0);
    rasd_arena_free(d->arena);
}

/* A very long line is compared raw, without a key of four times its
 * size. */
static void test_long_repeat(void **state)
{
    (void)state;
    size_t n = 1 << 20;
    char *z = malloc(2 * n + 3);
    assert_non_null(z);
    for (size_t i = 0; i < n; i++)
        z[i] = (char)('a' + i % 7);
    z[n] = '\n';
    memcpy(z + n + 1, z, n);
    z[2 * n + 1] = '\n';
    z[2 * n + 2] = '\0';
    rasd_doc *d = mkdoc(z);
    assert_int_equal(rasd_clean_mark(d, g_tab), 0);
    assert_int_equal(d->nskip, 1);
    assert_int_equal(d->skip[0].start, n + 1);
    assert_int_equal(d->skip[0].end, 2 * n + 2);
    rasd_arena_free(d->arena);
    free(z);
}

/* ---- patterns --------------------------------------------------------- */

static void test_boilerplate_en(void **state)
{
    (void)state;
    clean_is(g_tab,
             "Drone attack hits gas field\n\n"
             "Share this article\n"
             "Facebook   X   WhatsApp   Telegram   Email   Copy link\n\n"
             "A drone hit the field on Monday, officials said.\n\n"
             "SUBSCRIBE TO OUR NEWSLETTER\n"
             "Enter your email address   Sign up\n"
             "By signing up you agree to our Terms of Use.\n\n"
             "Fire crews brought the blaze under control.\n\n"
             "Read more: Iraq and Turkey discuss a road project\n"
             "Read more: Erbil and Baghdad agree on oil exports\n\n"
             "Advertisement\n\n"
             "© 2024 North Monitor. All rights reserved.\n"
             "Exit mobile version\n",
             "Drone attack hits gas field\n\n"
             "\n"
             "A drone hit the field on Monday, officials said.\n\n"
             "\n"
             "Fire crews brought the blaze under control.\n\n"
             "\n"
             "\n");
}

static void test_boilerplate_ar(void **state)
{
    (void)state;
    clean_is(g_tab,
             "(Getty) قال مسؤول عسكري إن الدفاعات أسقطت طائرة\n\n"
             "قال مصدر أمني إن صاروخين سقطا قرب القاعدة.\n\n"
             "ابق على اطلاع مع نشرات الموقع الإخبارية\n\n"
             "اشترك في النشرة البريدية\n\n"
             "تابعونا على تلغرام\n\n"
             "وأضاف المصدر أن أحدا لم يصب.\n\n"
             "اقرأ أيضاً:\n"
             "عنوان خبر آخر عن العراق\n\n"
             "عنوان خبر ثالث\n"
             "وقال المسؤول إن التحقيق جار في الحادث.\n"
             "شاركها.\n"
             "جميع الحقوق محفوظة للموقع 2024\n",
             "\n"
             "قال مصدر أمني إن صاروخين سقطا قرب القاعدة.\n\n"
             "\n"
             "\n"
             "\n"
             "وأضاف المصدر أن أحدا لم يصب.\n\n"
             "\n"
             "وقال المسؤول إن التحقيق جار في الحادث.\n");
}

/* News that looks like boilerplate at first sight stays. */
static void test_boilerplate_negatives(void **state)
{
    (void)state;
    const char *news =
        "Shares of the oil company fell after the attack.\n"
        "Share prices recovered later.\n"
        "شاركت القوات الأمريكية في العملية.\n"
        "Subscribers were told of the outage.\n"
        "Related groups denied any role in the attack.\n"
        "Follow-up strikes hit two sites near the border.\n"
        "(Reuters) - Two drones hit Ain al-Asad air base on Tuesday, "
        "two Iraqi military sources said, and nobody was hurt.\n"
        "Read more about it in the statement issued by the ministry, "
        "which said the attack caused no damage to the facility and "
        "that an investigation had been opened into who launched the "
        "drones from the desert west of the base on Tuesday night, in "
        "what is the second attack this month on the base which hosts "
        "foreign forces.\n";
    clean_is(g_tab, news, news);
}

/* The related list after a standalone header ends at a sentence. */
static void test_list_header(void **state)
{
    (void)state;
    clean_is(g_tab,
             "Text of the article.\n\nRelated\n\nHeadline one\nHeadline two\n"
             "Officials said the base was not damaged.\nMore text\n",
             "Text of the article.\n\n\n"
             "Officials said the base was not damaged.\nMore text\n");
    clean_is(g_tab,
             "Text.\nمقالات وأخبار مرتبطة\n\nعاجل\n",
             "Text.\n\n");
}

/* Skips cleaning adds are merged with skips already on the doc. */
static void test_merge(void **state)
{
    (void)state;
    const char *z = "alpha line one\nExit mobile version\nbeta line two\n";
    rasd_doc *d = mkdoc(z);
    rasd_span pre[2] = {{0, 3}, {14, 16}};
    d->skip = pre;
    d->nskip = 2;
    assert_int_equal(rasd_clean_mark(d, g_tab), 0);
    assert_int_equal(d->nskip, 2);
    assert_int_equal(d->skip[0].start, 0);
    assert_int_equal(d->skip[0].end, 3);
    assert_int_equal(d->skip[1].start, 14);
    assert_int_equal(d->skip[1].end, 35);
    rasd_arena_free(d->arena);

    /* rasd_text_clean is the same through a res. */
    rasd_text_res res;
    memset(&res, 0, sizeof res);
    res.clean = g_tab;
    d = mkdoc(z);
    assert_int_equal(rasd_text_clean(d, &res), 0);
    assert_int_equal(d->nskip, 1);
    rasd_arena_free(d->arena);
}

/* ---- the pattern file ------------------------------------------------- */

static char g_tmp[256];

static void write_tsv(const char *body)
{
    char path[512];
    snprintf(path, sizeof path, "%s/boilerplate.tsv", g_tmp);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(body, f);
    fclose(f);
}

static void load_fails(const char *body, size_t line, const char *msg)
{
    rasd_cleantab *t = (rasd_cleantab *)1;
    rasd_parse_err err = {0, NULL, 0};
    char file[512] = "";
    write_tsv(body);
    assert_int_equal(rasd_cleantab_load(&t, g_tmp, &err, file, sizeof file),
                     RASD_EFORMAT);
    assert_null(t);
    assert_int_equal(err.code, RASD_EFORMAT);
    assert_int_equal(err.pos, line);
    assert_non_null(err.msg);
    if (strstr(err.msg, msg) == NULL) {
        print_error("message \"%s\", wanted \"%s\"\n", err.msg, msg);
        fail();
    }
    assert_non_null(strstr(file, "/boilerplate.tsv"));
}

static void test_load_errors(void **state)
{
    (void)state;
    snprintf(g_tmp, sizeof g_tmp, "/tmp/rasd_test_clean_XXXXXX");
    assert_non_null(mkdtemp(g_tmp));
    load_fails("# c\nline\tok\nlines\tbad kind\n", 3, "unknown kind");
    load_fails("line_prefix no tab\n", 1, "expected KIND<TAB>TEXT");
    load_fails("\n\nline\t \t comment\n", 3, "empty pattern");
    load_fails("line\t...\n", 1, "empty pattern");
    load_fails("line\tbad \xFF byte\n", 1, "invalid UTF-8");

    /* A good file: comments, CRLF, a third column. */
    rasd_cleantab *t = NULL;
    rasd_parse_err err = {0, NULL, 0};
    char file[512] = "";
    write_tsv("# header\r\n\r\nline\tFoo   Bar\tcomment\r\n"
              "line_suffix\t(pix)\n");
    assert_int_equal(rasd_cleantab_load(&t, g_tmp, &err, file, sizeof file),
                     0);
    assert_non_null(t);
    clean_is(t, "keep\nfoo bar.\ncaption (PIX)\n", "keep\n");
    rasd_cleantab_free(t);

    /* No file at all. */
    char path[512];
    snprintf(path, sizeof path, "%s/boilerplate.tsv", g_tmp);
    unlink(path);
    t = (rasd_cleantab *)1;
    assert_int_equal(rasd_cleantab_load(&t, g_tmp, &err, file, sizeof file),
                     -ENOENT);
    assert_null(t);
    assert_string_equal(file, path);
    rmdir(g_tmp);
    rasd_cleantab_free(NULL);
}

/* ---- cross-article lines ---------------------------------------------- */

static void test_lineseen(void **state)
{
    (void)state;
    rasd_lineseen *ls = NULL;
    assert_int_equal(rasd_lineseen_new(&ls, 0), 0);
    const char *a1 = "Rockets hit the base.\nJoin the Monitor on Signal\n"
                     "Join the Monitor on Signal\n";
    const char *a2 = "Talks went on.\njoin the monitor on signal.\n";
    const char *a3 = "A drone fell.\nJoin   the Monitor on Signal\n";
    const char *other = "Join the Monitor on Signal\n";
    assert_int_equal(rasd_lineseen_add(ls, "Monitor", a1, strlen(a1)), 0);
    assert_int_equal(rasd_lineseen_add(ls, "Monitor", a2, strlen(a2)), 0);
    const char *line = "Join the Monitor on Signal";
    /* twice in a1 counts once */
    assert_int_equal(rasd_lineseen_count(ls, "Monitor", line, strlen(line)),
                     2);
    assert_false(rasd_lineseen_is_boilerplate(ls, "Monitor", line,
                                              strlen(line)));
    assert_int_equal(rasd_lineseen_add(ls, "Monitor", a3, strlen(a3)), 0);
    assert_int_equal(rasd_lineseen_add(ls, "Wire", other, strlen(other)), 0);
    assert_int_equal(rasd_lineseen_add(ls, NULL, other, strlen(other)), 0);
    assert_int_equal(rasd_lineseen_count(ls, "Monitor", line, strlen(line)),
                     3);
    assert_true(rasd_lineseen_is_boilerplate(ls, "Monitor", line,
                                             strlen(line)));
    assert_int_equal(rasd_lineseen_count(ls, "Wire", line, strlen(line)), 1);
    assert_int_equal(rasd_lineseen_count(ls, NULL, line, strlen(line)), 0);

    /* Cleaning consults the table only for the source it is told. */
    rasd_text_res res;
    memset(&res, 0, sizeof res);
    res.clean = g_tab;
    const char *z = "Rockets hit the base.\nJoin the Monitor on Signal\n";
    assert_int_equal(rasd_clean_use_lineseen(&res, ls, "Monitor"), 0);
    rasd_doc *d = mkdoc(z);
    assert_int_equal(rasd_text_clean(d, &res), 0);
    char *k = kept(d);
    assert_string_equal(k, "Rockets hit the base.\n");
    free(k);
    rasd_arena_free(d->arena);
    assert_int_equal(rasd_clean_use_lineseen(&res, ls, "Wire"), 0);
    clean_is(g_tab, z, z);
    assert_int_equal(rasd_clean_use_lineseen(&res, NULL, NULL), 0);
    clean_is(g_tab, z, z);
    rasd_text_res none;
    memset(&none, 0, sizeof none);
    assert_int_equal(rasd_clean_use_lineseen(&none, ls, "x"), RASD_EINVAL);
    rasd_lineseen_free(ls);
    rasd_lineseen_free(NULL);
}

/* ---- fault injection -------------------------------------------------- */

static void test_faults(void **state)
{
    (void)state;
    const char *z = "Share this article\nNews line number one.\n"
                    "News line number one.\nAll rights reserved.\n";
    for (size_t n = 1; n < 1000; n++) {
        rasd_cleantab *t = NULL;
        rasd_parse_err err = {0, NULL, 0};
        char file[512];
        rasd_alloc_fail_after(n);
        int rc = rasd_cleantab_load(&t, text_dir(), &err, file, sizeof file);
        size_t made = rasd_alloc_fail_after(0);
        if (rc == RASD_ENOMEM) {
            assert_null(t);
            continue;
        }
        assert_int_equal(rc, 0);
        rasd_cleantab_free(t);
        if (made < n)
            break;
    }
    int done = 0;
    for (size_t n = 1; n < 1000 && !done; n++) {
        rasd_arena *a = rasd_arena_new();
        rasd_doc *d = rasd_arena_calloc(a, sizeof *d);
        d->arena = a;
        d->text = z;
        d->ntext = strlen(z);
        rasd_lineseen *ls = NULL;
        rasd_alloc_fail_after(n);
        int rc = rasd_clean_mark(d, g_tab);
        if (rc == 0)
            rc = rasd_lineseen_new(&ls, 0);
        if (rc == 0)
            rc = rasd_lineseen_add(ls, "S", z, strlen(z));
        size_t made = rasd_alloc_fail_after(0);
        assert_true(rc == 0 || rc == RASD_ENOMEM);
        if (rc == 0) {
            assert_int_equal(d->nskip, 2);
            done = made < n;
        }
        rasd_lineseen_free(ls);
        rasd_arena_free(a);
    }
    assert_true(done);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_repeats),
        cmocka_unit_test(test_long_repeat),
        cmocka_unit_test(test_boilerplate_en),
        cmocka_unit_test(test_boilerplate_ar),
        cmocka_unit_test(test_boilerplate_negatives),
        cmocka_unit_test(test_list_header),
        cmocka_unit_test(test_merge),
        cmocka_unit_test(test_load_errors),
        cmocka_unit_test(test_lineseen),
        cmocka_unit_test(test_faults),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
