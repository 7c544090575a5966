/* test_core.c - arena, buffer (ceiling, sticky error, JSON escaping), UTF-8
 * checks, error strings and fault injection of the core module. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "rasd/arena.h"
#include "rasd/buf.h"
#include "rasd/rasd.h"
#include "rasd/utf8.h"

static void test_arena(void **state)
{
    (void)state;
    rasd_arena *a = rasd_arena_new();
    assert_non_null(a);
    char *p = rasd_arena_strndup(a, "abc", 3);
    assert_string_equal(p, "abc");
    void *big = rasd_arena_alloc(a, 1 << 20); /* a block of its own */
    assert_non_null(big);
    memset(big, 1, 1 << 20);
    for (int i = 0; i < 10000; i++) {
        uint64_t *q = rasd_arena_alloc(a, 24);
        assert_non_null(q);
        assert_int_equal((uintptr_t)q % 8, 0);
        *q = (uint64_t)i;
    }
    assert_string_equal(p, "abc");
    assert_null(rasd_arena_alloc(a, (size_t)1 << 31)); /* over the cap */
    rasd_arena_reset(a);
    assert_int_equal(rasd_arena_used(a), 0);
    assert_non_null(rasd_arena_alloc(a, 100));
    rasd_arena_free(a);
    rasd_arena_free(NULL);
}

static void test_buf(void **state)
{
    (void)state;
    rasd_buf b;
    rasd_buf_init(&b, 16);
    rasd_buf_puts(&b, "0123456789");
    rasd_buf_printf(&b, "%d", 12345);
    assert_int_equal(b.rc, 0);
    assert_string_equal(b.p, "012345678912345");
    rasd_buf_puts(&b, "xy"); /* past the ceiling: sticky */
    assert_int_equal(b.rc, RASD_ETOOBIG);
    rasd_buf_puts(&b, "z");
    assert_int_equal(b.n, 15);
    rasd_buf_reset(&b);
    assert_int_equal(b.rc, 0);
    rasd_buf_fini(&b);

    rasd_buf_init(&b, 0);
    rasd_buf_put_json_str(&b, "a\"b\\\n\x01\xff\xd8\xa7", 9);
    assert_string_equal(b.p, "\"a\\\"b\\\\\\n\\u0001\xEF\xBF\xBD\xD8\xA7\"");
    rasd_buf_reset(&b);
    rasd_buf_put_json_num(&b, 5);
    rasd_buf_putc(&b, ' ');
    rasd_buf_put_json_num(&b, 2.5);
    assert_string_equal(b.p, "5 2.5");
    rasd_buf_fini(&b);
}

static void test_utf8(void **state)
{
    (void)state;
    assert_int_equal(rasd_utf8_check("abc", 3), 3);
    assert_int_equal(rasd_utf8_check("ab\0c", 4), 2);
    assert_int_equal(rasd_utf8_check("\xd8\xa7\xc0\xaf", 4), 2); /* overlong */
    assert_int_equal(rasd_utf8_check("\xed\xa0\x80", 3), 0);      /* surrogate */
    assert_int_equal(rasd_utf8_check("abcdefghij\xd8", 11), 10);  /* truncated */
    char out[4];
    uint32_t cp;
    for (uint32_t c = 1; c < 0x110000; c += 97) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        size_t n = rasd_utf8_encode(c, out);
        assert_int_equal(rasd_utf8_decode((unsigned char *)out, n, &cp), n);
        assert_int_equal(cp, c);
    }
}

static void test_errors(void **state)
{
    (void)state;
    assert_string_equal(rasd_strerror(0), "success");
    assert_string_equal(rasd_strerror(RASD_ENOMEM), "out of memory");
    assert_non_null(rasd_strerror(-2)); /* -ENOENT */
    assert_string_equal(rasd_strerror(12345), "unknown error");
}

static void test_fault_injection(void **state)
{
    (void)state;
    /* Fail allocation 1, 2, ... of a small scenario until it passes: each
     * run must fail cleanly (cmocka's leak check would catch a leak). */
    for (size_t n = 1;; n++) {
        rasd_alloc_fail_after(n);
        rasd_arena *a = rasd_arena_new();
        int ok = a != NULL;
        if (ok)
            ok = rasd_arena_alloc(a, 100) != NULL &&
                 rasd_arena_alloc(a, 1 << 20) != NULL;
        rasd_buf b;
        rasd_buf_init(&b, 0);
        rasd_buf_puts(&b, "hello");
        if (b.rc)
            assert_int_equal(b.rc, RASD_ENOMEM);
        ok = ok && b.rc == 0;
        rasd_buf_fini(&b);
        rasd_arena_free(a);
        rasd_alloc_fail_after(0);
        if (ok)
            break;
        assert_true(n < 20);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arena),
        cmocka_unit_test(test_buf),
        cmocka_unit_test(test_utf8),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_fault_injection),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
