/* bytes.h - equality of short byte strings, for the word caches of the
 * text layer and the matcher.  Words are short and their hashes already
 * agree when this is called, so the compare nearly always succeeds and a
 * call to memcmp costs more than these few loads. */
#ifndef RASD_BYTES_H
#define RASD_BYTES_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* a[0..n) == b[0..n): eight bytes a step, the tail as one overlapping
 * word (both sides hold at least n bytes; no byte before them is read). */
static inline int rasd_bytes_same(const char *a, const char *b, size_t n)
{
    uint64_t x, y;
    if (n - 4 <= 12) {
        /* 4 to 16 bytes, most words: four windows of four bytes at 0,
         * min(4, n-4), min(8, n-4), n-4 cover them, none past the end; a
         * branch on n < 8 went either way (an Arabic word of three
         * letters is six bytes, of four eight) */
        size_t o1 = n - 4 < 4 ? n - 4 : 4, o2 = n - 4 < 8 ? n - 4 : 8;
        uint32_t a0, a1, a2, a3, b0, b1, b2, b3;
        memcpy(&a0, a, 4);
        memcpy(&b0, b, 4);
        memcpy(&a1, a + o1, 4);
        memcpy(&b1, b + o1, 4);
        memcpy(&a2, a + o2, 4);
        memcpy(&b2, b + o2, 4);
        memcpy(&a3, a + n - 4, 4);
        memcpy(&b3, b + n - 4, 4);
        return ((a0 ^ b0) | (a1 ^ b1) | (a2 ^ b2) | (a3 ^ b3)) == 0;
    }
    if (n < 8) {
        if (n < 4)
            return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] &&
                              a[n - 1] == b[n - 1]);
        uint32_t u, v, w, z; /* [0..4) and [n-4..n), overlapping */
        memcpy(&u, a, 4);
        memcpy(&v, b, 4);
        memcpy(&w, a + n - 4, 4);
        memcpy(&z, b + n - 4, 4);
        return u == v && w == z;
    }
    if (n <= 16) { /* most words: both ends, overlapping */
        uint64_t u, v;
        memcpy(&x, a, 8);
        memcpy(&y, b, 8);
        memcpy(&u, a + n - 8, 8);
        memcpy(&v, b + n - 8, 8);
        return ((x ^ y) | (u ^ v)) == 0;
    }
    for (size_t i = 0; i + 8 <= n; i += 8) {
        memcpy(&x, a + i, 8);
        memcpy(&y, b + i, 8);
        if (x != y)
            return 0;
    }
    memcpy(&x, a + n - 8, 8);
    memcpy(&y, b + n - 8, 8);
    return x == y;
}

#endif
