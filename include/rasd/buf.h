/* buf.h - a growable byte buffer with a ceiling and a sticky status.
 *
 * Each append is a no-op once b->rc != 0, so a long chain of appends is
 * checked once at the end (SQLite ext/fts5/fts5_buffer.c).  Growing past
 * b->max sets RASD_ETOOBIG instead of reallocating (curl dynbuf).
 */
#ifndef RASD_BUF_H
#define RASD_BUF_H

#include <stddef.h>
#include <stdint.h>

typedef struct rasd_buf {
    char *p;    /* bytes, always NUL-terminated when cap > 0 */
    size_t n;   /* bytes used */
    size_t cap; /* bytes allocated */
    size_t max; /* ceiling; 0 means 1 GiB */
    int rc;     /* first error, sticky */
} rasd_buf;

void rasd_buf_init(rasd_buf *b, size_t max);
void rasd_buf_fini(rasd_buf *b);
void rasd_buf_reset(rasd_buf *b); /* n = 0, keeps memory, clears rc */
void rasd_buf_put(rasd_buf *b, const char *z, size_t n);
void rasd_buf_puts(rasd_buf *b, const char *z);
void rasd_buf_putc(rasd_buf *b, char c);
void rasd_buf_printf(rasd_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Appends z as a JSON string literal with quotes; invalid UTF-8 bytes
 * become U+FFFD so the output is always valid JSON. */
void rasd_buf_put_json_str(rasd_buf *b, const char *z, size_t n);
/* Appends a JSON number: integers print without a fraction. */
void rasd_buf_put_json_num(rasd_buf *b, double v);

#endif
