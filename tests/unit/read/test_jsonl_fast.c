/* test_jsonl_fast.c - the JSONL reader's fast path against jansson.
 *
 * src/read/jsonl.c reads the usual line (one flat object of strings,
 * nulls and booleans) without jansson, and hands every other line to it.
 * Here random lines that are valid JSON objects are read as they are and
 * again with a numeric member added, which sends them to jansson: the
 * articles delivered (every field, the text byte for byte) and the
 * messages must be the same.  Lines that are not valid JSON are read too
 * (jansson reports them; nothing may crash or leak).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "rasd/article.h"
#include "rasd/buf.h"

/* What a read produced: articles and messages, in order, as text. */
static int on_article(const rasd_article *a, void *ud)
{
    rasd_buf *b = ud;
    rasd_buf_printf(b, "A id=%s url=%s source=%s title=%s pub=%d-%d-%d "
                       "line=%zu n=%zu text=",
                    a->id ? a->id : "(null)", a->url ? a->url : "(null)",
                    a->source ? a->source : "(null)",
                    a->title ? a->title : "(null)", a->published.y,
                    a->published.m, a->published.d, a->origin_line,
                    a->ntext);
    rasd_buf_put(b, a->text, a->ntext);
    rasd_buf_putc(b, '\n');
    return 0;
}

static void on_error(const char *message, void *ud)
{
    rasd_buf *b = ud;
    rasd_buf_printf(b, "E %s\n", message);
}

static void read_line(const char *line, size_t n, rasd_buf *out)
{
    rasd_reader r;
    memset(&r, 0, sizeof r);
    r.on_article = on_article;
    r.on_error = on_error;
    r.ud = out;
    rasd_buf_reset(out);
    int rc = rasd_read_buffer(&r, "t.jsonl", line, n, RASD_FORMAT_JSONL);
    rasd_buf_printf(out, "rc=%d articles=%zu errors=%zu\n", rc,
                    r.n_articles, r.n_errors);
    assert_int_equal(out->rc, 0);
}

/* --- random lines ------------------------------------------------------- */

static uint64_t g_x = 0x2545F4914F6CDD1Dull;

static unsigned rnd(unsigned n)
{
    g_x ^= g_x << 13, g_x ^= g_x >> 7, g_x ^= g_x << 17;
    return (unsigned)(g_x % n);
}

/* Pieces of string contents: plain, Arabic, every escape, pairs, \u0000,
 * and the errors jansson must report (lone surrogates, bad escapes, raw
 * control characters). */
static const char *const piece[] = {
    "Two drones", " hit the base.", "قصف", " مسيرة ", "2024-07-16",
    "2024-07", "2024-07-16T10:00:00Z", "\\n", "\\t", "\\\"", "\\\\", "\\/",
    "\\b", "\\f", "\\r", "\\u00e9", "\\u0627\\u0644", "\\ud83d\\ude00",
    "\\u0041", "\\u0000", "a/b", "", "x", "12345678", "\\u00", "\\ud800",
    "\\udc00", "\\ud800\\u0041", "\\q", "\x01", "é",
};

static void put_string(rasd_buf *b, int sane)
{
    rasd_buf_putc(b, '"');
    unsigned k = rnd(5);
    for (unsigned i = 0; i < k; i++) {
        unsigned np = sizeof piece / sizeof piece[0];
        rasd_buf_puts(b, piece[rnd(sane ? np - 8 : np)]);
    }
    rasd_buf_putc(b, '"');
}

static void put_ws(rasd_buf *b)
{
    static const char *const ws[] = {"", "", "", " ", "  ", "\t", "\r", " \r"};
    rasd_buf_puts(b, ws[rnd(8)]);
}

static void put_value(rasd_buf *b)
{
    switch (rnd(12)) {
    case 0: rasd_buf_puts(b, "null"); break;
    case 1: rasd_buf_puts(b, "true"); break;
    case 2: rasd_buf_puts(b, "false"); break;
    case 3: rasd_buf_puts(b, rnd(2) ? "42" : "-1.5e3"); break;
    case 4: rasd_buf_puts(b, rnd(2) ? "[1,\"a\"]" : "{\"k\":\"v\"}"); break;
    case 5: rasd_buf_puts(b, rnd(2) ? "nul" : "truex"); break;
    default: put_string(b, rnd(4) != 0); break;
    }
}

static void make_line(rasd_buf *b)
{
    static const char *const key[] = {
        "id", "id", "doc", "text", "text", "text", "url", "source", "title",
        "published", "other", "te\\u0078t", "i\\\"d"};
    rasd_buf_reset(b);
    if (rnd(40) == 0)
        rasd_buf_puts(b, "\xEF\xBB\xBF");
    put_ws(b);
    if (rnd(30) == 0) {
        rasd_buf_puts(b, "[1,2]");
        return;
    }
    rasd_buf_putc(b, '{');
    unsigned nm = rnd(7), i = 0;
    if (rnd(2)) { /* half the lines are articles, before what follows */
        rasd_buf_puts(b, "\"id\":\"a1\",\"text\":");
        put_string(b, 1);
        i = 1;
        nm++;
    }
    for (; i < nm; i++) {
        if (i)
            rasd_buf_putc(b, ',');
        put_ws(b);
        rasd_buf_printf(b, "\"%s\"", key[rnd(sizeof key / sizeof key[0])]);
        put_ws(b);
        rasd_buf_putc(b, ':');
        put_ws(b);
        put_value(b);
        put_ws(b);
    }
    if (rnd(30) == 0)
        rasd_buf_putc(b, ','); /* trailing comma */
    rasd_buf_putc(b, '}');
    put_ws(b);
    if (rnd(40) == 0)
        rasd_buf_puts(b, "x"); /* garbage after the object */
}

/* The line with a member jansson alone reads ("zzz": a number) before
 * its closing brace; 0 when the line is not a JSON object. */
static int force_jansson(const rasd_buf *line, rasd_buf *out)
{
    json_error_t je;
    json_t *o = json_loadb(line->p, line->n, JSON_ALLOW_NUL, &je);
    int ok = o && json_is_object(o);
    json_decref(o);
    if (!ok)
        return 0;
    const char *brace = strrchr(line->p, '}');
    assert_non_null(brace);
    size_t at = (size_t)(brace - line->p);
    int empty = 1;
    for (const char *p = strchr(line->p, '{') + 1; p < brace; p++)
        if (*p != ' ' && *p != '\t' && *p != '\r')
            empty = 0;
    rasd_buf_reset(out);
    rasd_buf_put(out, line->p, at);
    rasd_buf_puts(out, empty ? "\"zzz\":0" : ",\"zzz\":0");
    rasd_buf_puts(out, brace);
    return 1;
}

static void test_fast_equals_jansson(void **state)
{
    (void)state;
    rasd_buf line, forced, got, want;
    rasd_buf_init(&line, 0);
    rasd_buf_init(&forced, 0);
    rasd_buf_init(&got, 0);
    rasd_buf_init(&want, 0);
    int compared = 0, articles = 0;
    for (int t = 0; t < 20000; t++) {
        make_line(&line);
        read_line(line.p, line.n, &got);
        if (!force_jansson(&line, &forced))
            continue;
        read_line(forced.p, forced.n, &want);
        if (strcmp(got.p, want.p) != 0)
            fail_msg("line [%s]\nread:\n%s\nwith jansson:\n%s", line.p,
                     got.p, want.p);
        compared++;
        articles += strncmp(got.p, "A ", 2) == 0;
    }
    /* the generator must reach both outcomes often */
    if (compared < 5000 || articles < 1000)
        fail_msg("%d lines compared, %d articles", compared, articles);
    rasd_buf_fini(&line);
    rasd_buf_fini(&forced);
    rasd_buf_fini(&got);
    rasd_buf_fini(&want);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fast_equals_jansson),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
