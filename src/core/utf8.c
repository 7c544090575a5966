/* utf8.c - strict UTF-8 decoding (RFC 3629: no overlongs, no surrogates).
 * Hand-written because it sits on the hottest path of the text layer and
 * utf8proc_iterate is a function call per code point; utf8proc does the
 * Unicode semantics (NFKC, categories) elsewhere. */
#include <string.h>

#include "rasd/utf8.h"

size_t rasd_utf8_decode(const unsigned char *z, size_t n, uint32_t *cp)
{
    unsigned c = z[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c < 0xC2)
        return 0;
    if (c < 0xE0) {
        if (n < 2 || (z[1] & 0xC0) != 0x80)
            return 0;
        *cp = ((c & 0x1Fu) << 6) | (z[1] & 0x3Fu);
        return 2;
    }
    if (c < 0xF0) {
        if (n < 3 || (z[1] & 0xC0) != 0x80 || (z[2] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xE0 && z[1] < 0xA0) || (c == 0xED && z[1] >= 0xA0))
            return 0;
        *cp = ((c & 0x0Fu) << 12) | ((z[1] & 0x3Fu) << 6) | (z[2] & 0x3Fu);
        return 3;
    }
    if (c < 0xF5) {
        if (n < 4 || (z[1] & 0xC0) != 0x80 || (z[2] & 0xC0) != 0x80 ||
            (z[3] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xF0 && z[1] < 0x90) || (c == 0xF4 && z[1] >= 0x90))
            return 0;
        *cp = ((c & 0x07u) << 18) | ((z[1] & 0x3Fu) << 12) |
              ((z[2] & 0x3Fu) << 6) | (z[3] & 0x3Fu);
        return 4;
    }
    return 0;
}

size_t rasd_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t rasd_utf8_check(const char *z, size_t n)
{
    const unsigned char *s = (const unsigned char *)z;
    size_t i = 0;
    while (i < n) {
        /* Fast path: 8 ASCII bytes without NUL at a time. */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if ((w & 0x8080808080808080ull) != 0)
                break;
            /* has-zero-byte trick */
            if (((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull))
                break;
            i += 8;
        }
        if (i >= n)
            break;
        if (s[i] == 0)
            return i;
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t len = rasd_utf8_decode(s + i, n - i, &cp);
        if (len == 0)
            return i;
        i += len;
    }
    return n;
}
