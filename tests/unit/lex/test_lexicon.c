/* test_lexicon.c - the lexicon loader: good files, every kind of bad line
 * with its file:line, warnings, lookups, and allocation failures. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "rasd/lexicon.h"
#include "rasd/rasd.h"

/* tests/unit/lex/data/<rel>, found next to this file. */
static const char *data_path(const char *rel)
{
    static char buf[4096];
    const char *f = __FILE__;
    const char *slash = strrchr(f, '/');
    int n = slash ? (int)(slash - f) : 1;
    snprintf(buf, sizeof buf, "%.*s/data/%s", n, slash ? f : ".", rel);
    return buf;
}

static rasd_lexicon *load_good(void)
{
    rasd_lexicon *lx = NULL;
    rasd_lexicon_err err;
    assert_int_equal(rasd_lexicon_new(&lx), 0);
    int rc = rasd_lexicon_load_dir(lx, data_path("good"), &err);
    if (rc != 0)
        fail_msg("%s:%u: %s", err.file, err.line, err.msg);
    assert_int_equal(rasd_lexicon_finish(lx), 0);
    return lx;
}

static void test_load_good(void **state)
{
    (void)state;
    rasd_lexicon *lx = load_good();
    assert_int_equal(rasd_lexicon_count(lx, RASD_CLASS_PLACE), 15);
    assert_int_equal(rasd_lexicon_count(lx, RASD_CLASS_ACTOR), 4);
    assert_int_equal(rasd_lexicon_count(lx, RASD_CLASS_WEAPON), 2);
    assert_int_equal(rasd_lexicon_count(lx, RASD_CLASS_TRIGGER), 1);
    assert_int_equal(rasd_lexicon_count(lx, RASD_CLASS_SOURCE), 2);
    assert_int_equal(rasd_lexicon_count(lx, RASD_CLASS_CUE), 4);
    assert_int_equal(rasd_lexicon_count(lx, 99), 0);

    const rasd_entry *e =
        rasd_lexicon_find(lx, RASD_CLASS_PLACE, "Ain al-Asad Air Base");
    assert_non_null(e);
    assert_string_equal(e->name, "Ain al-Asad Air Base");
    assert_string_equal(e->kind, "airbase");
    assert_string_equal(e->admin1, "Al Anbar");
    assert_string_equal(e->country, "Iraq");
    assert_true(fabs(e->lat - 33.80) < 1e-9 && fabs(e->lon - 42.44) < 1e-9);
    assert_int_equal(e->geo_precision, 1);
    assert_int_equal(e->naliases, 5);
    assert_int_equal(e->scripts, RASD_SCRIPT_AR | RASD_SCRIPT_LATIN);
    assert_string_equal(rasd_entry_attr(e, "src"), "curated");
    assert_null(rasd_entry_attr(e, "pop"));
    assert_non_null(strstr(e->file, "good/places.tsv"));
    assert_int_equal(e->line, 3);

    e = rasd_lexicon_find(lx, RASD_CLASS_PLACE, "Haditha");
    assert_int_equal(e->population, 90000);
    e = rasd_lexicon_find(lx, RASD_CLASS_PLACE, "Al Anbar");
    assert_int_equal(e->geo_precision, 3); /* admin1 */
    e = rasd_lexicon_find(lx, RASD_CLASS_PLACE, "Al Asad");
    assert_int_equal(e->geo_precision, 2); /* prec= wins over kind */
    e = rasd_lexicon_find(lx, RASD_CLASS_PLACE, "Tower 22");
    assert_string_equal(e->admin1, "");
    assert_int_equal(e->scripts, RASD_SCRIPT_AR | RASD_SCRIPT_LATIN);

    e = rasd_lexicon_find(lx, RASD_CLASS_ACTOR, "US forces");
    assert_non_null(e);
    assert_string_equal(rasd_entry_attr(e, "inter"), "External/Other forces");
    assert_string_equal(e->country, "United States");
    assert_true(isnan(e->lat) && isnan(e->lon));
    assert_int_equal(e->geo_precision, 0);
    assert_null(rasd_lexicon_find(lx, RASD_CLASS_PLACE, "US forces"));
    assert_null(rasd_lexicon_find(lx, RASD_CLASS_ACTOR, "US"));

    /* Same name twice in one class: one entry with both aliases. */
    e = rasd_lexicon_find(lx, RASD_CLASS_SOURCE, "Shafaq News");
    assert_int_equal(e->naliases, 3);
    assert_string_equal(rasd_entry_attr(e, "src"), "test");

    const char *const *w;
    assert_int_equal(rasd_lexicon_warnings(lx, &w), 0);
    size_t n;
    const rasd_entry *all = rasd_lexicon_entries(lx, &n);
    assert_int_equal(n, 28);
    assert_string_equal(all[0].name, "Islamic Resistance in Iraq");
    /* Sorted by name, folders among files: sub/ before weapons.tsv. */
    assert_string_equal(all[n - 4].name, "Shafaq News");
    assert_string_equal(all[n - 1].name, "attack");
    assert_string_equal(rasd_class_name(RASD_CLASS_CUE), "cue");
    assert_string_equal(rasd_class_name(-1), "unknown");
    rasd_lexicon_free(lx);
    rasd_lexicon_free(NULL);
}

static void test_warnings(void **state)
{
    (void)state;
    rasd_lexicon *lx = NULL;
    rasd_lexicon_err err;
    assert_int_equal(rasd_lexicon_new(&lx), 0);
    assert_int_equal(rasd_lexicon_load_dir(lx, data_path("clash"), &err), 0);
    assert_int_equal(rasd_lexicon_finish(lx), 0);
    const char *const *w;
    size_t n = rasd_lexicon_warnings(lx, &w);
    for (size_t i = 0; i < n; i++)
        print_message("warning: %s\n", w[i]);
    assert_int_equal(n, 3);
    /* Both file:line positions of a clash. */
    assert_non_null(strstr(w[0], "clash.tsv:5: place 'Mosul' is already "
                                 "defined at "));
    assert_non_null(strstr(w[0], "clash.tsv:3"));
    assert_non_null(strstr(w[1], "clash.tsv:9: alias 'حديثة' of actor "
                                 "'Haditha Brigade' is also an alias of "
                                 "place 'Haditha' (city, Iraq) at "));
    assert_non_null(strstr(w[1], "clash.tsv:2 "));
    assert_non_null(strstr(w[2], "clash.tsv:14: weapon 'grenade'"));
    const rasd_entry *e = rasd_lexicon_find(lx, RASD_CLASS_PLACE, "Mosul");
    assert_int_equal(e->naliases, 3);
    assert_string_equal(e->admin1, "Nineveh"); /* the first stands */
    /* Same name, other kind: two entries. */
    assert_int_equal(rasd_lexicon_count(lx, RASD_CLASS_PLACE), 5);
    size_t ne;
    const rasd_entry *all = rasd_lexicon_entries(lx, &ne);
    assert_string_equal(all[ne - 3].kind, "city");
    assert_string_equal(all[ne - 4].kind, "country");
    rasd_lexicon_free(lx);
}

/* Writes text to a fresh file named name in a temporary folder; returns
 * its path (static). */
static const char *write_temp(const char *name, const char *text)
{
    static char dir[256], path[512];
    snprintf(dir, sizeof dir, "/tmp/rasd_lex_XXXXXX");
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fwrite(text, 1, strlen(text), f);
    fclose(f);
    return path;
}

static void remove_temp(const char *path)
{
    char dir[512];
    snprintf(dir, sizeof dir, "%s", path);
    unlink(path);
    char *slash = strrchr(dir, '/');
    *slash = '\0';
    rmdir(dir);
}

typedef struct bad_case {
    const char *text;
    unsigned line;
    const char *msg; /* a part of the message */
} bad_case;

#define PLACE_OK "Erbil\tkind=city;lat=36.19;lon=44.01;country=Iraq\tأربيل\n"

static const bad_case bad_cases[] = {
    {"@class place\n" PLACE_OK "Erbil\tkind=city\n", 3,
     "2 TAB-separated columns, want 3"},
    {"@class place\nErbil\ta\tb\tc\n", 2, "4 TAB-separated columns"},
    {"@class places\n", 1, "unknown class 'places'"},
    {"@klass place\n", 1, "unknown directive"},
    {"# comment\n\n" PLACE_OK, 3, "entry before any '@class NAME' line"},
    {"@class actor\nX\tkind\tx\n", 2, "attribute 'kind' has no '='"},
    {"@class actor\nX\tkind=group;;inter=Rioters\tx\n", 2,
     "empty attribute between ';'"},
    {"@class actor\nX\tkind=a=b\tx\n", 2, "has two '='"},
    {"@class actor\nX\t=group\tx\n", 2, "has no key"},
    {"@class actor\nX\tkind=\tx\n", 2, "'kind' has an empty value"},
    {"@class actor\nX\tkind=group;kind=state\tx\n", 2, "given twice"},
    {"@class actor\nX\tki nd=group\tx\n", 2, "is not a word"},
    {"@class actor\nX\t\tx\n", 2, "empty ATTRS column"},
    {"@class actor\nX\tkind=army\tx\n", 2, "unknown actor kind 'army'"},
    {"@class place\nX\tkind=town;lat=1\tx\n", 2, "place needs lon="},
    {"@class place\nX\tkind=town;lon=1\tx\n", 2, "place needs lat="},
    {"@class place\nX\tkind=town;lat=north;lon=1\tx\n", 2,
     "place needs lat="},
    {"@class place\nX\tkind=town;lat=91;lon=1\tx\n", 2, "place needs lat="},
    {"@class place\nX\tkind=town;lat=1;lon=1;pop=many\tx\n", 2,
     "pop 'many' is not a whole number"},
    {"@class place\nX\tkind=town;lat=1;lon=1;prec=4\tx\n", 2,
     "prec must be 1, 2 or 3"},
    {"@class place\nX\tkind=hamlet;lat=1;lon=1\tx\n", 2,
     "unknown place kind 'hamlet'"},
    {"@class cue\nX\tkind=maybe\tx\n", 2, "unknown cue kind 'maybe'"},
    {"@class actor\nX\t-\tx\n\xff\xfe\n", 3, "invalid UTF-8 at byte 1"},
    {"@class actor\nX\t-\tab\xc3\n", 2, "invalid UTF-8 at byte 7"},
    {"@class actor\nX\t-\tx||y\n", 2, "empty alias"},
    {"@class actor\nX\t-\tx|\n", 2, "empty alias"},
    {"@class actor\nX\t-\t?\n", 2, "empty alias"},
    {"@class actor\nX\t-\t\xd9\x8e\xd9\x8e\n", 2,
     "normalises to nothing"}, /* two fatha */
    {"@class actor\nX\t-\t- . -\n", 2, "normalises to nothing"},
    {"@class actor\n\tkind=group\tx\n", 2, "empty NAME"},
    {"@class actor\nX\tkind=group\t\n", 2, "empty ALIASES column"},
};

static void test_bad_lines(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++) {
        const bad_case *c = &bad_cases[i];
        const char *path = write_temp("bad.tsv", c->text);
        rasd_lexicon *lx = NULL;
        rasd_lexicon_err err;
        assert_int_equal(rasd_lexicon_new(&lx), 0);
        int rc = rasd_lexicon_load_file(lx, path, &err);
        if (rc != RASD_EFORMAT || err.line != c->line ||
            strstr(err.msg, c->msg) == NULL ||
            strcmp(err.file, path) != 0)
            fail_msg("case %zu: rc %d, %s:%u: %s (want line %u: %s)", i, rc,
                     err.file, err.line, err.msg, c->line, c->msg);
        assert_int_equal(err.code, RASD_EFORMAT);
        rasd_lexicon_free(lx);
        remove_temp(path);
    }
}

static void test_accepted_forms(void **state)
{
    (void)state;
    /* BOM, CRLF, comments, blank lines, a trailing ';', '-' aliases,
     * spaces around fields, a second @class. */
    const char *path = write_temp(
        "ok.tsv", "\xef\xbb\xbf# c\r\n\r\n@class actor\r\n"
                  "  X  \tkind=group; inter=Rioters ;\t x | ?y \r\n"
                  "Y\t-\t-\n\t\n@class weapon\nZ\tkind=anything\tz\n");
    rasd_lexicon *lx = NULL;
    rasd_lexicon_err err;
    assert_int_equal(rasd_lexicon_new(&lx), 0);
    int rc = rasd_lexicon_load_file(lx, path, &err);
    if (rc)
        fail_msg("%s:%u: %s", err.file, err.line, err.msg);
    assert_int_equal(rasd_lexicon_finish(lx), 0);
    const rasd_entry *e = rasd_lexicon_find(lx, RASD_CLASS_ACTOR, "X");
    assert_non_null(e);
    assert_string_equal(rasd_entry_attr(e, "inter"), "Rioters");
    assert_int_equal(e->naliases, 2);
    e = rasd_lexicon_find(lx, RASD_CLASS_ACTOR, "Y");
    assert_int_equal(e->naliases, 0);
    assert_int_equal(rasd_lexicon_count(lx, RASD_CLASS_WEAPON), 1);
    /* No loading after finish. */
    assert_int_equal(rasd_lexicon_load_file(lx, path, &err), RASD_EINVAL);
    rasd_lexicon_free(lx);
    remove_temp(path);
}

static void test_missing(void **state)
{
    (void)state;
    rasd_lexicon *lx = NULL;
    rasd_lexicon_err err;
    assert_int_equal(rasd_lexicon_new(&lx), 0);
    int rc = rasd_lexicon_load_dir(lx, "/nonexistent/rasd", &err);
    assert_true(rc < 0);
    assert_string_equal(err.file, "/nonexistent/rasd");
    rc = rasd_lexicon_load_file(lx, "/nonexistent/rasd.tsv", &err);
    assert_true(rc < 0);
    assert_non_null(strstr(err.msg, "cannot read"));
    rasd_lexicon_free(lx);
}

/* Fail allocation 1, 2, ... of a small load until it succeeds: every
 * failure is a clean RASD_ENOMEM (leaks show under ASan). */
static void test_fault_injection(void **state)
{
    (void)state;
    const char *dir = data_path("good");
    char path[4096];
    snprintf(path, sizeof path, "%s", dir);
    size_t n;
    for (n = 1; n < 100000; n++) {
        rasd_lexicon *lx = NULL;
        rasd_lexicon_err err;
        rasd_alloc_fail_after(n);
        int rc = rasd_lexicon_new(&lx);
        if (rc == 0)
            rc = rasd_lexicon_load_dir(lx, path, &err);
        if (rc == 0)
            rc = rasd_lexicon_finish(lx);
        rasd_alloc_fail_after(0);
        if (rc == 0) {
            assert_int_equal(rasd_lexicon_count(lx, RASD_CLASS_PLACE), 15);
            rasd_lexicon_free(lx);
            break;
        }
        if (rc != RASD_ENOMEM)
            fail_msg("allocation %zu: rc %d (%s)", n, rc, rasd_strerror(rc));
        rasd_lexicon_free(lx);
    }
    assert_true(n > 10);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_load_good),
        cmocka_unit_test(test_warnings),
        cmocka_unit_test(test_bad_lines),
        cmocka_unit_test(test_accepted_forms),
        cmocka_unit_test(test_missing),
        cmocka_unit_test(test_fault_injection),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
