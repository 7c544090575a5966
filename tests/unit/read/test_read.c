/* test_read.c - unit tests of the readers: every format, the corpus
 * layout, and every way an input can be bad (errors must name the input
 * and the position, and the batch must go on).
 *
 * Inputs are small texts written here, into a fresh temporary folder or
 * straight to rasd_read_buffer; nothing is read from ../shared.  Fault
 * injection replays small scenarios failing allocation 1, 2, ... until
 * one passes (SQLite do_faultsim_test); leaks show under ASan.
 */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "rasd/article.h"
#include "rasd/rasd.h"

/* ---- collecting what a reader delivers -------------------------------- */

#define MAX_SEEN 64

typedef struct seen_article {
    char id[128];
    char url[128];
    char source[128];
    char title[128];
    char origin[256];
    size_t origin_line;
    rasd_date_ymd published;
    char *text; /* malloc'd copy */
    size_t ntext;
} seen_article;

typedef struct seen {
    seen_article a[MAX_SEEN];
    size_t na;
    char err[MAX_SEEN][512];
    size_t nerr;
    int stop_after; /* > 0: return 7 from the callback after that many */
} seen;

static void put(char *dst, size_t n, const char *z)
{
    snprintf(dst, n, "%s", z ? z : "(null)");
}

static int on_article(const rasd_article *a, void *ud)
{
    seen *s = ud;
    if (s->na < MAX_SEEN) {
        seen_article *c = &s->a[s->na];
        put(c->id, sizeof c->id, a->id);
        put(c->url, sizeof c->url, a->url);
        put(c->source, sizeof c->source, a->source);
        put(c->title, sizeof c->title, a->title);
        put(c->origin, sizeof c->origin, a->origin);
        c->origin_line = a->origin_line;
        c->published = a->published;
        c->text = malloc(a->ntext + 1);
        assert_non_null(c->text);
        memcpy(c->text, a->text, a->ntext + 1);
        c->ntext = a->ntext;
        /* The promise of article.h, checked on every article. */
        assert_int_equal(a->text[a->ntext], '\0');
        assert_int_equal(strlen(a->text), a->ntext);
    }
    s->na++;
    if (s->stop_after > 0 && s->na == (size_t)s->stop_after)
        return 7;
    return 0;
}

static void on_error(const char *msg, void *ud)
{
    seen *s = ud;
    assert_null(strchr(msg, '\n'));
    assert_true(strncmp(msg, "rasd: ", 6) != 0);
    if (s->nerr < MAX_SEEN)
        put(s->err[s->nerr], sizeof s->err[0], msg);
    s->nerr++;
}

static void seen_free(seen *s)
{
    for (size_t i = 0; i < s->na && i < MAX_SEEN; i++)
        free(s->a[i].text);
    memset(s, 0, sizeof *s);
}

static void reader_init(rasd_reader *r, seen *s)
{
    memset(r, 0, sizeof *r);
    memset(s, 0, sizeof *s);
    r->on_article = on_article;
    r->on_error = on_error;
    r->ud = s;
}

/* Asserts that error i contains needle. */
static void err_has(const seen *s, size_t i, const char *needle)
{
    assert_true(i < s->nerr);
    if (strstr(s->err[i], needle) == NULL) {
        print_error("error %zu is \"%s\", wanted \"%s\"\n", i, s->err[i],
                    needle);
        fail();
    }
}

/* ---- a temporary folder ----------------------------------------------- */

static char g_tmp[256];

static int rm_one(const char *path, const struct stat *st, int flag,
                  struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

static int tmp_setup(void **state)
{
    (void)state;
    snprintf(g_tmp, sizeof g_tmp, "/tmp/rasd_test_read_XXXXXX");
    return mkdtemp(g_tmp) ? 0 : -1;
}

static int tmp_teardown(void **state)
{
    (void)state;
    return nftw(g_tmp, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

/* Writes n bytes to g_tmp/rel (creating folders named in rel) and returns
 * the full path in a static buffer. */
static const char *write_file(const char *rel, const char *data, size_t n)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", g_tmp, rel);
    for (char *p = path + strlen(g_tmp) + 1; *p; p++) {
        if (*p == '/') {
            *p = '\0';
            mkdir(path, 0700);
            *p = '/';
        }
    }
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, n, f), n);
    fclose(f);
    return path;
}

static const char *write_str(const char *rel, const char *z)
{
    return write_file(rel, z, strlen(z));
}

static const char *tmp_path(const char *rel)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", g_tmp, rel);
    return path;
}

/* ---- plain text ------------------------------------------------------- */

static void test_text_buffer(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    const char *z = "Two drones hit the base.\n\nNobody was hurt.\n";
    assert_int_equal(rasd_read_buffer(&r, "note", z, strlen(z),
                                      RASD_FORMAT_TEXT), 0);
    assert_int_equal(s.na, 1);
    assert_int_equal(r.n_articles, 1);
    assert_int_equal(r.n_errors, 0);
    assert_string_equal(s.a[0].id, "note");
    assert_string_equal(s.a[0].text, z);
    assert_string_equal(s.a[0].url, "(null)");
    assert_int_equal(s.a[0].published.y, 0);
    seen_free(&s);
}

static void test_text_file(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    /* A BOM is not part of the text. */
    const char *p = write_str("one/قصف.txt", "\xEF\xBB\xBFقصف صاروخي\n");
    assert_int_equal(rasd_read_path(&r, p), 0);
    assert_int_equal(s.na, 1);
    assert_string_equal(s.a[0].id, "قصف");
    assert_string_equal(s.a[0].text, "قصف صاروخي\n");
    assert_string_equal(s.a[0].origin, p);
    assert_int_equal(s.nerr, 0);
    seen_free(&s);
}

static void test_empty_text(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    const char *p = write_str("empty.txt", "");
    assert_int_equal(rasd_read_path(&r, p), 0);
    assert_int_equal(s.na, 0);
    assert_int_equal(r.n_errors, 1);
    err_has(&s, 0, "empty.txt: no text, skipped");
    p = write_str("blank.txt", " \n\r\n\t");
    assert_int_equal(rasd_read_path(&r, p), 0);
    assert_int_equal(s.na, 0);
    err_has(&s, 1, "blank.txt: no text, skipped");
    seen_free(&s);
}

static void test_cannot_read(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    assert_int_equal(rasd_read_path(&r, tmp_path("nope.txt")), 0);
    assert_int_equal(s.na, 0);
    assert_int_equal(r.n_errors, 1);
    err_has(&s, 0, "nope.txt: cannot read: No such file or directory");
    seen_free(&s);
}

static void test_invalid_utf8(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    /* 0xFF and a truncated sequence (0xD8 then ASCII) and an overlong
     * 0xC0 0xAF: five bad bytes in all, each replaced one for one. */
    const char in[] = "ab\xFF" "cd\xD8" "e\xC0\xAF" "f\xD9\x85";
    size_t n = sizeof in - 1;
    assert_int_equal(rasd_read_buffer(&r, "a.txt", in, n, RASD_FORMAT_TEXT),
                     0);
    assert_int_equal(s.na, 1);
    assert_int_equal(s.a[0].ntext, n);
    assert_string_equal(s.a[0].text, "ab?cd?e??f\xD9\x85");
    assert_int_equal(s.nerr, 1);
    assert_int_equal(r.n_errors, 1);
    err_has(&s, 0, "a.txt: invalid UTF-8 at byte 2 (4 bytes replaced)");
    seen_free(&s);
}

static void test_nul_bytes(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    const char in[] = "one\0two\0three";
    assert_int_equal(rasd_read_buffer(&r, "n.txt", in, sizeof in - 1,
                                      RASD_FORMAT_TEXT), 0);
    assert_int_equal(s.na, 1);
    assert_int_equal(s.a[0].ntext, 13);
    assert_string_equal(s.a[0].text, "one two three");
    err_has(&s, 0, "n.txt: NUL byte at byte 3 (2 bytes replaced)");
    seen_free(&s);
}

static void test_cp1256(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    /* "قصف صاروخي" in Windows-1256. */
    const char in[] = "\xDE\xD5\xDD \xD5\xC7\xD1\xE6\xCE\xED\n";
    assert_int_equal(rasd_read_buffer(&r, "old.txt", in, sizeof in - 1,
                                      RASD_FORMAT_TEXT), 0);
    assert_int_equal(s.na, 1);
    assert_int_equal(s.a[0].ntext, sizeof in - 1);
    err_has(&s, 0, "old.txt: invalid UTF-8 at byte 0 (");
    err_has(&s, 0, "CP1256");
    seen_free(&s);
}

/* ---- folders and sniffing --------------------------------------------- */

static void test_folder(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    write_str("dir/b.txt", "bee");
    write_str("dir/a.text", "ay");
    write_str("dir/.hidden.txt", "secret");
    write_str("dir/sub/c.jsonl", "{\"id\":\"c1\",\"text\":\"sea\"}\n"
                                 "{\"id\":\"c2\",\"text\":\"see\"}\n");
    write_str("dir/sub/d.data", "{\"id\":\"d1\",\"text\":\"dee\"}\n");
    write_str("dir/sub/e", "just words\n");
    write_str("dir/.git/x.txt", "not me");
    /* A symlink loop is entered once. */
    char target[512];
    snprintf(target, sizeof target, "%s", tmp_path("dir"));
    assert_int_equal(symlink(target, tmp_path("dir/sub/zloop")), 0);
    assert_int_equal(rasd_read_path(&r, tmp_path("dir/")), 0);
    assert_int_equal(s.na, 6);
    assert_string_equal(s.a[0].id, "a");
    assert_string_equal(s.a[1].id, "b");
    assert_string_equal(s.a[2].id, "c1");
    assert_int_equal(s.a[2].origin_line, 1);
    assert_string_equal(s.a[3].id, "c2");
    assert_int_equal(s.a[3].origin_line, 2);
    assert_string_equal(s.a[4].id, "d1"); /* sniffed: JSON Lines */
    assert_string_equal(s.a[5].id, "e");  /* sniffed: text */
    assert_string_equal(s.a[5].text, "just words\n");
    assert_string_equal(s.a[0].origin, tmp_path("dir/a.text"));
    assert_int_equal(s.nerr, 1);
    err_has(&s, 0, "dir/sub/zloop: folder loop, skipped");
    seen_free(&s);
}

static void test_sniff_buffer(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    const char *j = "  {\"id\":\"s1\",\"text\":\"x\"}";
    assert_int_equal(rasd_read_buffer(&r, "in", j, strlen(j),
                                      RASD_FORMAT_AUTO), 0);
    assert_int_equal(s.na, 1);
    assert_string_equal(s.a[0].id, "s1");
    seen_free(&s);
}

static void test_callback_stops(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    s.stop_after = 2;
    const char *z = "{\"id\":\"1\",\"text\":\"a\"}\n"
                    "{\"id\":\"2\",\"text\":\"b\"}\n"
                    "{\"id\":\"3\",\"text\":\"c\"}\n";
    assert_int_equal(rasd_read_buffer(&r, "x.jsonl", z, strlen(z),
                                      RASD_FORMAT_JSONL), 7);
    assert_int_equal(s.na, 2);
    seen_free(&s);
}

/* ---- JSON Lines ------------------------------------------------------- */

static void test_jsonl_fields(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    const char *z =
        "{\"id\":\"a1\",\"text\":\"hit\",\"url\":\"https://x.example/1\","
        "\"source\":\"Wire\",\"published\":\"2024-07-16T10:00:00+03:00\","
        "\"title\":\"T\"}\r\n"
        "\n"
        "{\"id\":42,\"text\":\"\\u0642\\u0635\\u0641\",\"published\":null}\n"
        "{\"doc\":\"d9\",\"text\":\"alias\",\"published\":\"2024-02\"}";
    assert_int_equal(rasd_read_buffer(&r, "f.jsonl", z, strlen(z),
                                      RASD_FORMAT_JSONL), 0);
    assert_int_equal(s.nerr, 0);
    assert_int_equal(s.na, 3);
    assert_string_equal(s.a[0].id, "a1");
    assert_string_equal(s.a[0].text, "hit");
    assert_string_equal(s.a[0].url, "https://x.example/1");
    assert_string_equal(s.a[0].source, "Wire");
    assert_string_equal(s.a[0].title, "T");
    assert_int_equal(s.a[0].published.y, 2024);
    assert_int_equal(s.a[0].published.m, 7);
    assert_int_equal(s.a[0].published.d, 16);
    assert_string_equal(s.a[0].origin, "f.jsonl");
    assert_int_equal(s.a[0].origin_line, 1);
    assert_string_equal(s.a[1].id, "42");
    assert_string_equal(s.a[1].text, "قصف");
    assert_int_equal(s.a[1].origin_line, 3);
    assert_int_equal(s.a[1].published.y, 0);
    assert_string_equal(s.a[2].id, "d9");
    assert_int_equal(s.a[2].published.m, 2);
    assert_int_equal(s.a[2].published.d, 0);
    seen_free(&s);
}

static void test_jsonl_errors(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    const char *z = "{\"id\":\"ok1\",\"text\":\"a\"}\n"
                    "{\"id\":\"x\",\"text\":\"b\"\n"          /* line 2 */
                    "{\"id\":\"no-text\"}\n"                 /* line 3 */
                    "[1,2]\n"                                /* line 4 */
                    "{\"text\":\"no id\"}\n"                 /* line 5 */
                    "{\"id\":\"d\",\"text\":\"c\",\"published\":\"soon\"}\n"
                    "{\"id\":\"nul\",\"text\":\"a\\u0000b\"}\n" /* line 7 */
                    "{\"id\":\"ok2\",\"text\":\"z\"}\n";
    assert_int_equal(rasd_read_buffer(&r, "e.jsonl", z, strlen(z),
                                      RASD_FORMAT_JSONL), 0);
    assert_int_equal(s.na, 4);
    assert_string_equal(s.a[0].id, "ok1");
    assert_string_equal(s.a[1].id, "d");
    assert_int_equal(s.a[1].published.y, 0);
    assert_string_equal(s.a[2].id, "nul");
    assert_string_equal(s.a[2].text, "a b");
    assert_string_equal(s.a[3].id, "ok2");
    assert_int_equal(s.nerr, 6);
    assert_int_equal(r.n_errors, 6);
    err_has(&s, 0, "e.jsonl:2: not JSON: ");
    err_has(&s, 0, " at byte ");
    err_has(&s, 1, "e.jsonl:3: no \"text\"");
    err_has(&s, 2, "e.jsonl:4: not a JSON object");
    err_has(&s, 3, "e.jsonl:5: no \"id\"");
    err_has(&s, 4, "e.jsonl:6: \"published\" is not a date");
    err_has(&s, 5, "e.jsonl:7: NUL byte at byte 1");
    seen_free(&s);
}

static void test_jsonl_bad_utf8(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    /* A raw bad byte inside the string: the line is repaired, not lost. */
    const char *z = "{\"id\":\"u\",\"text\":\"a\xFFz\"}\n";
    assert_int_equal(rasd_read_buffer(&r, "u.jsonl", z, strlen(z),
                                      RASD_FORMAT_JSONL), 0);
    assert_int_equal(s.na, 1);
    assert_string_equal(s.a[0].text, "a?z");
    assert_int_equal(s.nerr, 1);
    err_has(&s, 0, "u.jsonl:1: invalid UTF-8 at byte 19 (1 byte replaced)");
    seen_free(&s);
}

/* A line over the ceiling is skipped without being held in memory, and the
 * lines around it are read. */
static void test_jsonl_huge_line(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    r.max_bytes = 100000;
    size_t big = 300000; /* several read chunks */
    FILE *f;
    const char *p = write_str("huge.jsonl", "");
    f = fopen(p, "wb");
    assert_non_null(f);
    fputs("{\"id\":\"before\",\"text\":\"a\"}\n", f);
    fputs("{\"id\":\"big\",\"text\":\"", f);
    for (size_t i = 0; i < big; i++)
        fputc('x', f);
    fputs("\"}\n", f);
    /* A line longer than one chunk but under the ceiling is read whole. */
    fputs("{\"id\":\"long\",\"text\":\"", f);
    for (size_t i = 0; i < 70000; i++)
        fputc('y', f);
    fputs("\"}\n{\"id\":\"after\",\"text\":\"b\"}", f);
    fclose(f);
    assert_int_equal(rasd_read_path(&r, p), 0);
    assert_int_equal(s.na, 3);
    assert_string_equal(s.a[0].id, "before");
    assert_string_equal(s.a[1].id, "long");
    assert_int_equal(s.a[1].ntext, 70000);
    assert_string_equal(s.a[2].id, "after");
    assert_int_equal(s.a[2].origin_line, 4);
    assert_int_equal(s.nerr, 1);
    err_has(&s, 0, "huge.jsonl:2: line longer than 100000 bytes, skipped");
    seen_free(&s);
}

static void test_text_too_big(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    r.max_bytes = 10;
    const char *p = write_str("big.txt", "0123456789abcdef");
    assert_int_equal(rasd_read_path(&r, p), 0);
    assert_int_equal(s.na, 0);
    err_has(&s, 0, "big.txt: larger than 10 bytes, skipped");
    seen_free(&s);
}

/* ---- corpus ----------------------------------------------------------- */

static void test_corpus(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    write_str("corp/docs.jsonl",
              "{\"doc\":\"z9\",\"url\":null,\"source\":\"Wire\","
              "\"published\":\"2024-07-17\",\"lang\":\"ar\"}\n"
              "{\"doc\":\"a1\",\"url\":\"https://x.example/a\","
              "\"source\":null,\"published\":null,\"lang\":\"en\"}\n"
              "{\"doc\":\"gone\",\"url\":null}\n"
              "{\"doc\":\"../escape\"}\n"
              "{\"doc\":\"m5\"}\n");
    write_str("corp/z9.txt", "first by order\n");
    write_str("corp/a1.txt", "second\n");
    write_str("corp/m5.txt", "third\n");
    write_str("corp/gold.jsonl", "{\"doc\":\"z9\",\"events\":[]}\n");
    assert_int_equal(rasd_read_corpus(&r, tmp_path("corp//")), 0);
    assert_int_equal(s.na, 3);
    assert_string_equal(s.a[0].id, "z9");
    assert_string_equal(s.a[0].origin, tmp_path("corp/z9.txt"));
    assert_string_equal(s.a[0].text, "first by order\n");
    assert_string_equal(s.a[0].source, "Wire");
    assert_int_equal(s.a[0].published.d, 17);
    assert_string_equal(s.a[1].id, "a1");
    assert_string_equal(s.a[1].url, "https://x.example/a");
    assert_string_equal(s.a[2].id, "m5");
    assert_int_equal(s.nerr, 2);
    err_has(&s, 0, "corp/gone.txt: cannot read: No such file or directory");
    err_has(&s, 1, "corp/docs.jsonl:4: bad \"doc\" name");

    /* A corpus folder given as a path is read as a corpus too. */
    seen_free(&s);
    reader_init(&r, &s);
    assert_int_equal(rasd_read_path(&r, tmp_path("corp")), 0);
    assert_int_equal(s.na, 3);
    assert_string_equal(s.a[0].id, "z9");
    seen_free(&s);

    reader_init(&r, &s);
    assert_int_equal(rasd_read_corpus(&r, tmp_path("no-corpus")), 0);
    assert_int_equal(s.na, 0);
    err_has(&s, 0, "no-corpus/docs.jsonl: cannot read: ");
    seen_free(&s);
}

/* ---- HTML ------------------------------------------------------------- */

static const char page[] =
    "<!DOCTYPE html>\n<html><head><title>  Strike   on base | Wire </title>\n"
    "<meta property=\"og:title\" content=\"Strike on base\">\n"
    "<meta property=\"og:site_name\" content=\"The Wire\">\n"
    "<meta property=\"og:url\" content=\"https://wire.example/og\">\n"
    "<link rel=\"canonical\" href=\"https://wire.example/a/1\">\n"
    "<meta name=\"date\" content=\"2024-01-01\">\n"
    "<meta property=\"article:published_time\" "
    "content=\"2024-07-16T10:00:00+03:00\">\n"
    "<script>var s = '<p>not text</p>';</script><style>p{color:red}</style>"
    "</head><body>\n"
    "<header><nav><ul><li>Home</li><li>World</li></ul></nav></header>\n"
    "<article><h1>Strike on base</h1>\n"
    "<p>Two drones   hit&nbsp;the <b>base</b>\n on Tuesday.</p>\n"
    "<p>Nobody was hurt.<br>Officials said so.</p>\n"
    "<div>Loose <span>div</span> text</div>\n"
    "<aside>Related: other news</aside>\n"
    "<ul><li>first</li><li>second</li></ul>\n"
    "<blockquote>We did it, they said.</blockquote>\n"
    "<form>Search <input value=x></form><noscript>enable js</noscript>"
    "<iframe src=\"x\">frame</iframe><svg><text>svg</text></svg>\n"
    "</article><footer>Copyright 2024 The Wire</footer></body></html>\n";

static void test_html(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    const char *p = write_str("web/page.html", page);
    assert_int_equal(rasd_read_path(&r, p), 0);
    assert_int_equal(s.nerr, 0);
    assert_int_equal(s.na, 1);
    assert_string_equal(s.a[0].id, "page");
    assert_string_equal(s.a[0].title, "Strike on base");
    assert_string_equal(s.a[0].url, "https://wire.example/a/1");
    assert_string_equal(s.a[0].source, "The Wire");
    assert_int_equal(s.a[0].published.y, 2024);
    assert_int_equal(s.a[0].published.m, 7);
    assert_int_equal(s.a[0].published.d, 16);
    assert_string_equal(s.a[0].text,
                        "Strike on base\n\n"
                        "Two drones hit the base on Tuesday.\n\n"
                        "Nobody was hurt.\nOfficials said so.\n\n"
                        "Loose div text\n\n"
                        "first\n\nsecond\n\n"
                        "We did it, they said.");
    seen_free(&s);
}

static void test_html_dates(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    const char *ld =
        "<html><head><script type=\"application/ld+json\">"
        "{\"@type\":\"NewsArticle\", \"datePublished\" : "
        "\"2024-08-05T09:00:00Z\"}</script>"
        "<meta name=\"pubdate\" content=\"2020-01-01\"></head>"
        "<body><p>text</p></body></html>";
    const char *tm = "<html><body><time datetime=\"2000-01-01\">x</time>"
                     "<article><p>text <time datetime=\"2024-08-06\">Tue"
                     "</time></p></article></body></html>";
    const char *none = "<html><body><p>no date</p></body></html>";
    assert_int_equal(rasd_read_buffer(&r, "ld.html", ld, strlen(ld),
                                      RASD_FORMAT_HTML), 0);
    assert_int_equal(rasd_read_buffer(&r, "tm.html", tm, strlen(tm),
                                      RASD_FORMAT_AUTO), 0);
    assert_int_equal(rasd_read_buffer(&r, "none.html", none, strlen(none),
                                      RASD_FORMAT_AUTO), 0);
    assert_int_equal(s.na, 3);
    assert_int_equal(s.a[0].published.d, 5);
    assert_int_equal(s.a[1].published.y, 2024);
    assert_int_equal(s.a[1].published.d, 6);
    assert_int_equal(s.a[2].published.y, 0);
    assert_string_equal(s.a[2].title, "(null)");
    assert_int_equal(s.nerr, 0);
    seen_free(&s);
}

static void test_html_broken(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    const char *z = "<html><body><p>one <b>bold <i>and</p><p>two</div>"
                    "</span><td>cell<p>three &bogus; &amp; <<<>>> <!-- x";
    assert_int_equal(rasd_read_buffer(&r, "b.html", z, strlen(z),
                                      RASD_FORMAT_HTML), 0);
    assert_int_equal(s.na, 1);
    assert_non_null(strstr(s.a[0].text, "one bold and"));
    assert_non_null(strstr(s.a[0].text, "two"));
    assert_non_null(strstr(s.a[0].text, "three &bogus; &"));
    seen_free(&s);

    /* Markup with no text at all. */
    reader_init(&r, &s);
    z = "<html><head><title>only</title></head><body> <script>x</script>";
    assert_int_equal(rasd_read_buffer(&r, "e.html", z, strlen(z),
                                      RASD_FORMAT_HTML), 0);
    assert_int_equal(s.na, 0);
    err_has(&s, 0, "e.html: no text, skipped");
    seen_free(&s);
}

/* Inside the article area, bylines, kickers, share bars and captions are
 * chrome; the richest <article> wins over teasers. */
static void test_html_article_area(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    const char *z =
        "<html><body class=\"has-sidebar\">"
        "<div class=\"cookie-banner\">We use cookies.</div>"
        "<article class=\"teaser\"><p>Short teaser.</p></article>"
        "<article><p class=\"kicker\">Iraq</p><h1>Rockets hit base</h1>"
        "<p class=\"byline\">By Staff</p>"
        "<figure><img src=x><figcaption>File photo.</figcaption></figure>"
        "<div class=\"story-body\"><p>Three rockets hit the base.</p>"
        "<p>No one was hurt.</p></div>"
        "<ul class=\"share-links\"><li>Share on X</li></ul>"
        "<div id=\"comments\">First!</div></article>"
        "<p>Outside the article.</p></body></html>";
    assert_int_equal(rasd_read_buffer(&r, "area.html", z, strlen(z),
                                      RASD_FORMAT_HTML), 0);
    assert_int_equal(s.na, 1);
    assert_string_equal(s.a[0].text, "Rockets hit base\n\n"
                                     "Three rockets hit the base.\n\n"
                                     "No one was hurt.");
    seen_free(&s);

    /* A page whose only text looks like chrome still gives its text. */
    reader_init(&r, &s);
    z = "<html><body><div class=\"share\">Only this.</div></body></html>";
    assert_int_equal(rasd_read_buffer(&r, "chrome.html", z, strlen(z),
                                      RASD_FORMAT_HTML), 0);
    assert_int_equal(s.na, 1);
    assert_string_equal(s.a[0].text, "Only this.");
    seen_free(&s);
}

/* 100k nested divs: libxml2 stops at its depth limit, we report it, and
 * nothing is recursive or quadratic. */
static void test_html_deep(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    size_t depth = 100000;
    size_t n = 0, cap = 32 + depth * 11 + 64;
    char *z = malloc(cap);
    assert_non_null(z);
    n += (size_t)snprintf(z + n, cap - n, "<html><body><p>top</p>");
    for (size_t i = 0; i < depth; i++) {
        memcpy(z + n, "<div>", 5);
        n += 5;
    }
    n += (size_t)snprintf(z + n, cap - n, "deep");
    for (size_t i = 0; i < depth; i++) {
        memcpy(z + n, "</div>", 6);
        n += 6;
    }
    clock_t t0 = clock();
    assert_int_equal(rasd_read_buffer(&r, "deep.html", z, n,
                                      RASD_FORMAT_HTML), 0);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    assert_true(secs < 5.0);
    free(z);
    assert_int_equal(s.na, 1);
    assert_string_equal(s.a[0].text, "top");
    err_has(&s, 0, "deep.html:1: HTML nested deeper than 256 elements");
    seen_free(&s);
}

static void test_html_encoding(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    /* Declared windows-1256: converted, not repaired. */
    const char *z = "<html><head><meta charset=\"windows-1256\"></head>"
                    "<body><p>\xDE\xD5\xDD</p></body></html>";
    assert_int_equal(rasd_read_buffer(&r, "ar.html", z, strlen(z),
                                      RASD_FORMAT_HTML), 0);
    assert_int_equal(s.na, 1);
    assert_string_equal(s.a[0].text, "قصف");
    assert_int_equal(s.nerr, 0);
    seen_free(&s);

    /* UTF-8 with a bad byte and a NUL: repaired, reported with the byte
     * offset in the file. */
    reader_init(&r, &s);
    const char bad[] = "<p>a\xFF" "b</p><p>c\0d</p>";
    assert_int_equal(rasd_read_buffer(&r, "u.html", bad, sizeof bad - 1,
                                      RASD_FORMAT_HTML), 0);
    assert_int_equal(s.na, 1);
    assert_string_equal(s.a[0].text, "a?b\n\nc d");
    assert_int_equal(s.nerr, 1);
    err_has(&s, 0, "u.html: invalid UTF-8 at byte 4 (2 bytes replaced)");
    seen_free(&s);
}

/* ---- feeds ------------------------------------------------------------ */

static const char rss[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<rss version=\"2.0\" "
    "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
    "<channel><title>Wire News</title><link>https://wire.example</link>\n"
    "<item><title>Drones hit base</title>"
    "<link>https://wire.example/1</link><guid>wire-1</guid>"
    "<pubDate>Tue, 16 Jul 2024 10:00:00 GMT</pubDate>\n"
    "<description>&lt;p&gt;Two drones &amp;amp; a rocket.&lt;/p&gt;"
    "&lt;script&gt;evil()&lt;/script&gt;&lt;p&gt;Second.&lt;/p&gt;"
    "&lt;p&gt;The post &lt;a href='x'&gt;Drones hit base&lt;/a&gt; appeared "
    "first on &lt;a href='y'&gt;Wire&lt;/a&gt;.&lt;/p&gt;"
    "</description></item>\n"
    "<item><title>Second &amp; last</title>"
    "<link>https://wire.example/2</link>"
    "<description><![CDATA[<p>short</p>]]></description>"
    "<content:encoded><![CDATA[<p>Full body</p><p>is longer</p>]]>"
    "</content:encoded><dc:date>2024-07-17</dc:date></item>\n"
    "<item><description>plain words</description></item>\n"
    "</channel></rss>\n";

static void test_feed_rss(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    const char *p = write_str("feeds/wire.rss", rss);
    assert_int_equal(rasd_read_path(&r, p), 0);
    assert_int_equal(s.nerr, 0);
    assert_int_equal(s.na, 3);
    assert_string_equal(s.a[0].id, "wire-1");
    assert_string_equal(s.a[0].url, "https://wire.example/1");
    assert_string_equal(s.a[0].title, "Drones hit base");
    assert_string_equal(s.a[0].source, "Wire News");
    assert_int_equal(s.a[0].published.d, 16);
    assert_string_equal(s.a[0].text,
                        "Drones hit base\n\nTwo drones & a rocket.\n\n"
                        "Second.");
    assert_string_equal(s.a[1].id, "https://wire.example/2");
    assert_string_equal(s.a[1].title, "Second & last");
    assert_int_equal(s.a[1].published.d, 17);
    assert_string_equal(s.a[1].text,
                        "Second & last\n\nFull body\n\nis longer");
    assert_string_equal(s.a[2].text, "plain words");
    assert_true(strstr(s.a[2].id, "wire.rss#3") != NULL);
    seen_free(&s);
}

static void test_feed_atom(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    const char *z =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom Wire</title>"
        "<entry><title type=\"html\">A &lt;b&gt;bold&lt;/b&gt; one</title>"
        "<id>urn:x:1</id><link rel=\"self\" href=\"https://a.example/self\"/>"
        "<link href=\"https://a.example/1\"/>"
        "<updated>2024-07-18T00:00:00Z</updated>"
        "<published>2024-07-17T23:00:00Z</published>"
        "<summary>short</summary>"
        "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
        "<p>XHTML para</p><p>two</p></div></content></entry></feed>";
    assert_int_equal(rasd_read_buffer(&r, "a.atom", z, strlen(z),
                                      RASD_FORMAT_AUTO), 0);
    assert_int_equal(s.nerr, 0);
    assert_int_equal(s.na, 1);
    assert_string_equal(s.a[0].id, "urn:x:1");
    assert_string_equal(s.a[0].url, "https://a.example/1");
    assert_string_equal(s.a[0].title, "A bold one");
    assert_string_equal(s.a[0].source, "Atom Wire");
    assert_int_equal(s.a[0].published.d, 17);
    assert_string_equal(s.a[0].text, "A bold one\n\nXHTML para\n\ntwo");
    seen_free(&s);
}

static void test_feed_broken(void **state)
{
    (void)state;
    rasd_reader r;
    seen s;
    reader_init(&r, &s);
    /* Truncated in the middle of the second item. */
    size_t cut = (size_t)(strstr(rss, "<content:encoded>") - rss);
    assert_int_equal(rasd_read_buffer(&r, "cut.rss", rss, cut,
                                      RASD_FORMAT_FEED), 0);
    assert_true(s.na >= 1);
    assert_string_equal(s.a[0].id, "wire-1");
    assert_int_equal(s.nerr, 1);
    err_has(&s, 0, "cut.rss:");
    err_has(&s, 0, "malformed XML: ");
    seen_free(&s);

    /* An entity bomb and an external entity: nothing is expanded or
     * loaded. */
    reader_init(&r, &s);
    const char *bomb =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
        "<!ENTITY a \"aaaaaaaaaa\">\n"
        "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
        "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
        "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
        "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
        "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
        "<rss><channel><item><title>t &e; &xxe;</title>"
        "<description>body</description></item></channel></rss>";
    assert_int_equal(rasd_read_buffer(&r, "bomb.rss", bomb, strlen(bomb),
                                      RASD_FORMAT_AUTO), 0);
    for (size_t i = 0; i < s.na; i++) {
        assert_true(s.a[i].ntext < 100);
        assert_null(strstr(s.a[i].text, "root:"));
        assert_null(strstr(s.a[i].text, "aaaa"));
    }
    seen_free(&s);

    /* Not a feed at all. */
    reader_init(&r, &s);
    const char *other = "<?xml version=\"1.0\"?><catalog><x/></catalog>";
    assert_int_equal(rasd_read_buffer(&r, "c.xml", other, strlen(other),
                                      RASD_FORMAT_AUTO), 0);
    assert_int_equal(s.na, 0);
    err_has(&s, 0, "c.xml: not an RSS or Atom feed, skipped");
    seen_free(&s);
}

/* ---- dates ------------------------------------------------------------ */

static void date_is(const char *z, int y, int m, int d)
{
    rasd_date_ymd out = {0, 0, 0};
    int rc = rasd_date_parse(z, &out);
    if (rc != 0 || out.y != y || out.m != m || out.d != d) {
        print_error("\"%s\" -> rc %d %d-%d-%d, wanted %d-%d-%d\n", z, rc,
                    out.y, out.m, out.d, y, m, d);
        fail();
    }
}

static void date_bad(const char *z)
{
    rasd_date_ymd out = {0, 0, 0};
    if (rasd_date_parse(z, &out) != RASD_EPARSE) {
        print_error("\"%s\" parsed\n", z);
        fail();
    }
}

static void test_dates(void **state)
{
    (void)state;
    date_is("2024-07-16", 2024, 7, 16);
    date_is("2024-07-16T10:00:00Z", 2024, 7, 16);
    date_is("2024-07-16T23:30:00-05:00", 2024, 7, 16);
    date_is("2024-07-16 10:00", 2024, 7, 16);
    date_is("2024-07", 2024, 7, 0);
    date_is("2024/02/29", 2024, 2, 29);
    date_is("Tue, 16 Jul 2024 10:00:00 GMT", 2024, 7, 16);
    date_is("Tue, 16 Jul 2024 10:00:00 +0300", 2024, 7, 16);
    date_is("16 Jul 2024", 2024, 7, 16);
    date_is("Wed, 2 Oct 02 08:00:00 EST", 2002, 10, 2);
    date_is("July 16, 2024", 2024, 7, 16);
    date_is("Tuesday, July 16, 2024", 2024, 7, 16);
    date_is("16 September 2024", 2024, 9, 16);
    date_is("5 Sept. 2024", 2024, 9, 5);
    date_bad("");
    date_bad("2023-02-29");
    date_bad("2024-13-01");
    date_bad("2024-07-16x");
    date_bad("2024-7-16");
    date_bad("yesterday");
    date_bad("Tue, 32 Jul 2024");
    date_bad("16 Jux 2024");
    date_bad("July 2024");
}

/* ---- fault injection -------------------------------------------------- */

typedef int (*scenario)(rasd_reader *r);

static int scn_jsonl(rasd_reader *r)
{
    const char *z = "{\"id\":\"a\",\"text\":\"one\\u0000\",\"published\":"
                    "\"2024-01-02\"}\n{broken\n"
                    "{\"id\":\"b\",\"text\":\"x\"}\n";
    return rasd_read_buffer(r, "f.jsonl", z, strlen(z), RASD_FORMAT_JSONL);
}

static int scn_folder(rasd_reader *r)
{
    return rasd_read_path(r, tmp_path("fault"));
}

/* Fails allocation n = 1, 2, ... of the scenario: each run returns 0 or
 * RASD_ENOMEM and nothing else; the first run that allocates less than n
 * times ends the loop and must equal a clean run. */
static void faultsim(scenario run, size_t want_articles)
{
    for (size_t n = 1; n < 10000; n++) {
        rasd_reader r;
        seen s;
        reader_init(&r, &s);
        rasd_alloc_fail_after(n);
        int rc = run(&r);
        size_t made = rasd_alloc_fail_after(0);
        seen_free(&s);
        if (rc != 0 && rc != RASD_ENOMEM) {
            print_error("n=%zu: rc %d\n", n, rc);
            fail();
        }
        if (rc == 0 && made < n) {
            assert_int_equal(r.n_articles, want_articles);
            return;
        }
    }
    fail_msg("fault injection never finished");
}

static void test_faults(void **state)
{
    (void)state;
    write_str("fault/a.txt", "alpha\xFF");
    write_str("fault/b.jsonl", "{\"id\":\"b\",\"text\":\"beta\"}\nnope\n");
    write_str("fault/c/docs.jsonl", "{\"doc\":\"c1\"}\n{\"doc\":\"c2\"}\n");
    write_str("fault/c/c1.txt", "gamma");
    write_str("fault/d.html", "<title>T</title><p>delta</p><div>x</div>");
    write_str("fault/e.rss", "<rss><channel><title>F</title><item><title>"
                             "t</title><description>&lt;p&gt;eps&lt;/p&gt;"
                             "</description></item><item><guid>g</guid>"
                             "<description>two</description></item>");
    faultsim(scn_jsonl, 2);
    faultsim(scn_folder, 6);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_buffer),
        cmocka_unit_test(test_text_file),
        cmocka_unit_test(test_empty_text),
        cmocka_unit_test(test_cannot_read),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_nul_bytes),
        cmocka_unit_test(test_cp1256),
        cmocka_unit_test(test_folder),
        cmocka_unit_test(test_sniff_buffer),
        cmocka_unit_test(test_callback_stops),
        cmocka_unit_test(test_jsonl_fields),
        cmocka_unit_test(test_jsonl_errors),
        cmocka_unit_test(test_jsonl_bad_utf8),
        cmocka_unit_test(test_jsonl_huge_line),
        cmocka_unit_test(test_text_too_big),
        cmocka_unit_test(test_corpus),
        cmocka_unit_test(test_html),
        cmocka_unit_test(test_html_dates),
        cmocka_unit_test(test_html_broken),
        cmocka_unit_test(test_html_article_area),
        cmocka_unit_test(test_html_deep),
        cmocka_unit_test(test_html_encoding),
        cmocka_unit_test(test_feed_rss),
        cmocka_unit_test(test_feed_atom),
        cmocka_unit_test(test_feed_broken),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_faults),
    };
    return cmocka_run_group_tests(tests, tmp_setup, tmp_teardown);
}
