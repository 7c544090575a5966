/* buf.c - growable buffer with a ceiling and a sticky error, plus the JSON
 * string and number writers every output path shares. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "rasd/buf.h"
#include "rasd/rasd.h"

#define DEFAULT_MAX ((size_t)1 << 30)

void rasd_buf_init(rasd_buf *b, size_t max)
{
    memset(b, 0, sizeof *b);
    b->max = max ? max : DEFAULT_MAX;
}

void rasd_buf_fini(rasd_buf *b)
{
    rasd_free(b->p);
    memset(b, 0, sizeof *b);
}

void rasd_buf_reset(rasd_buf *b)
{
    b->n = 0;
    b->rc = 0;
    if (b->p)
        b->p[0] = '\0';
}

/* Makes room for need more bytes plus a NUL; sets b->rc on failure. */
static int grow(rasd_buf *b, size_t need)
{
    if (b->rc)
        return b->rc;
    if (b->max == 0)
        b->max = DEFAULT_MAX;
    if (need > b->max || b->n > b->max - need) {
        b->rc = RASD_ETOOBIG;
        return b->rc;
    }
    size_t want = b->n + need + 1;
    if (want <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < want)
        cap *= 2;
    char *p = rasd_realloc(b->p, cap);
    if (p == NULL) {
        b->rc = RASD_ENOMEM;
        return b->rc;
    }
    b->p = p;
    b->cap = cap;
    return 0;
}

void rasd_buf_put(rasd_buf *b, const char *z, size_t n)
{
    if (grow(b, n))
        return;
    if (n)
        memcpy(b->p + b->n, z, n);
    b->n += n;
    b->p[b->n] = '\0';
}

void rasd_buf_puts(rasd_buf *b, const char *z)
{
    rasd_buf_put(b, z, strlen(z));
}

void rasd_buf_putc(rasd_buf *b, char c)
{
    if (grow(b, 1))
        return;
    b->p[b->n++] = c;
    b->p[b->n] = '\0';
}

void rasd_buf_printf(rasd_buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int len = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (len < 0) {
        if (!b->rc)
            b->rc = RASD_EINVAL;
        return;
    }
    if ((size_t)len < sizeof small) {
        rasd_buf_put(b, small, (size_t)len);
        return;
    }
    if (grow(b, (size_t)len))
        return;
    va_start(ap, fmt);
    vsnprintf(b->p + b->n, (size_t)len + 1, fmt, ap);
    va_end(ap);
    b->n += (size_t)len;
}

/* Length of the valid UTF-8 sequence at z (1-4), or 0 when invalid. */
static size_t utf8_valid_len(const unsigned char *z, size_t n)
{
    unsigned c = z[0];
    if (c < 0x80)
        return 1;
    if (c < 0xC2)
        return 0;
    if (c < 0xE0) {
        return n >= 2 && (z[1] & 0xC0) == 0x80 ? 2 : 0;
    }
    if (c < 0xF0) {
        if (n < 3 || (z[1] & 0xC0) != 0x80 || (z[2] & 0xC0) != 0x80)
            return 0;
        if (c == 0xE0 && z[1] < 0xA0)
            return 0; /* overlong */
        if (c == 0xED && z[1] >= 0xA0)
            return 0; /* surrogate */
        return 3;
    }
    if (c < 0xF5) {
        if (n < 4 || (z[1] & 0xC0) != 0x80 || (z[2] & 0xC0) != 0x80 ||
            (z[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && z[1] < 0x90)
            return 0;
        if (c == 0xF4 && z[1] >= 0x90)
            return 0;
        return 4;
    }
    return 0;
}

void rasd_buf_put_json_str(rasd_buf *b, const char *z, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *s = (const unsigned char *)z;
    rasd_buf_putc(b, '"');
    size_t i = 0;
    while (i < n && !b->rc) {
        size_t run = i;
        /* Copy plain ASCII runs in one go. */
        while (run < n && s[run] >= 0x20 && s[run] < 0x80 && s[run] != '"' &&
               s[run] != '\\')
            run++;
        if (run > i) {
            rasd_buf_put(b, z + i, run - i);
            i = run;
            continue;
        }
        unsigned c = s[i];
        if (c == '"' || c == '\\') {
            char esc[2] = {'\\', (char)c};
            rasd_buf_put(b, esc, 2);
            i++;
        } else if (c < 0x20) {
            switch (c) {
            case '\n': rasd_buf_put(b, "\\n", 2); break;
            case '\r': rasd_buf_put(b, "\\r", 2); break;
            case '\t': rasd_buf_put(b, "\\t", 2); break;
            default: {
                char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                rasd_buf_put(b, esc, 6);
            }
            }
            i++;
        } else {
            size_t len = utf8_valid_len(s + i, n - i);
            if (len == 0) {
                rasd_buf_put(b, "\xEF\xBF\xBD", 3); /* U+FFFD */
                i++;
            } else {
                rasd_buf_put(b, z + i, len);
                i += len;
            }
        }
    }
    rasd_buf_putc(b, '"');
}

void rasd_buf_put_json_num(rasd_buf *b, double v)
{
    if (!isfinite(v)) {
        rasd_buf_put(b, "null", 4);
    } else if (v == floor(v) && fabs(v) < 1e15) {
        rasd_buf_printf(b, "%.0f", v);
    } else {
        rasd_buf_printf(b, "%.6g", v);
    }
}
