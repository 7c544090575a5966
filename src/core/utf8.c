/* utf8.c - strict UTF-8 encoding and validation (RFC 3629: no overlongs,
 * no surrogates); decoding is inline in rasd/utf8.h.  Hand-written because
 * it sits on the hottest path of the text layer and utf8proc_iterate is a
 * function call per code point; utf8proc does the Unicode semantics (NFKC,
 * categories) elsewhere. */
#include <string.h>

#include "rasd/utf8.h"

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
        /* Two-byte sequences (all of Arabic) without a call per code
         * point: a lead C2..DF and a continuation byte are always valid. */
        while (i + 2 <= n && s[i] - 0xC2u < 0x1Eu &&
               (s[i + 1] & 0xC0u) == 0x80u)
            i += 2;
        if (i >= n || s[i] < 0x80)
            continue;
        uint32_t cp;
        size_t len = rasd_utf8_decode(s + i, n - i, &cp);
        if (len == 0)
            return i;
        i += len;
    }
    return n;
}
