/* rasd.h - errors, allocation hooks and version of librasd.
 *
 * Every library call returns int: 0 on success, a negative RASD_E* code on
 * failure; OS failures come back as -errno (libuv's convention).  All heap
 * allocation in the library goes through rasd_malloc/rasd_realloc/rasd_free
 * so that tests can make the Nth allocation fail (Redis sdsalloc.h).
 */
#ifndef RASD_RASD_H
#define RASD_RASD_H

#include <stddef.h>
#include <stdint.h>

#define RASD_VERSION "0.1.0"

/* X(name, text): one list gives every code its name and its message. */
#define RASD_ERRNO_MAP(X)                                                    \
    X(ENOMEM, "out of memory")                                               \
    X(EINVAL, "invalid argument")                                            \
    X(ETOOBIG, "input larger than the configured ceiling")                   \
    X(EUTF8, "invalid UTF-8")                                                \
    X(EPARSE, "parse error")                                                 \
    X(EFORMAT, "malformed data file")                                        \
    X(EIO, "input/output error")                                             \
    X(ENOTFOUND, "not found")                                                \
    X(EPARTIAL, "some input could not be read")                              \
    X(EDB, "database error")

enum rasd_errno {
    RASD_OK = 0,
#define RASD_X_ENUM(name, text) RASD_##name,
    RASD__EBASE = -2000,
    RASD_ERRNO_MAP(RASD_X_ENUM)
#undef RASD_X_ENUM
    RASD__ELAST
};

/* Returns a constant message for rc (a RASD_E* code or -errno). */
const char *rasd_strerror(int rc);

/* Allocation.  rasd_free accepts NULL.  On failure NULL is returned and the
 * caller reports RASD_ENOMEM. */
void *rasd_malloc(size_t n);
void *rasd_calloc(size_t count, size_t size);
void *rasd_realloc(void *p, size_t n);
void rasd_free(void *p);
/* Duplicates n bytes and adds a NUL; caller frees with rasd_free. */
char *rasd_strndup(const char *z, size_t n);

/* Fault injection for tests: make allocation number n (1-based, counted
 * from this call) and every later one fail; n == 0 turns it off.
 * Returns how many allocations were made since the last call. */
size_t rasd_alloc_fail_after(size_t n);

/* Where a reader or loader failed: msg is constant, pos is a byte offset
 * (or a line number where the comment of the function says so). */
typedef struct rasd_parse_err {
    int code;        /* RASD_E* */
    const char *msg; /* constant text */
    size_t pos;      /* byte offset or line */
} rasd_parse_err;

#endif
