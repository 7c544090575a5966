/* utf8.h - UTF-8 decoding and validation shared by readers and text. */
#ifndef RASD_UTF8_H
#define RASD_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes one code point at z (n > 0 bytes available).  Returns its length
 * (1-4) and sets *cp, or returns 0 for an invalid sequence (overlong,
 * surrogate, truncated, > U+10FFFF; RFC 3629).
 *
 * Inline: the text layer calls it once per code point, and as a function
 * call it cost more than the decoding (callgrind: 12 % of the layer).  The
 * two-byte case is tested right after ASCII because Arabic (U+0600-06FF)
 * is all two-byte. */
static inline size_t rasd_utf8_decode(const unsigned char *z, size_t n,
                                      uint32_t *cp)
{
    unsigned c = z[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c - 0xC2u < 0x1Eu) { /* C2..DF: two bytes, never overlong */
        if (n < 2 || (z[1] & 0xC0u) != 0x80u)
            return 0;
        *cp = ((c & 0x1Fu) << 6) | (z[1] & 0x3Fu);
        return 2;
    }
    if (c - 0xE0u < 0x10u) {
        if (n < 3 || (z[1] & 0xC0u) != 0x80u || (z[2] & 0xC0u) != 0x80u)
            return 0;
        if ((c == 0xE0 && z[1] < 0xA0) || (c == 0xED && z[1] >= 0xA0))
            return 0; /* overlong, surrogate */
        *cp = ((c & 0x0Fu) << 12) | ((z[1] & 0x3Fu) << 6) | (z[2] & 0x3Fu);
        return 3;
    }
    if (c - 0xF0u < 0x05u) {
        if (n < 4 || (z[1] & 0xC0u) != 0x80u || (z[2] & 0xC0u) != 0x80u ||
            (z[3] & 0xC0u) != 0x80u)
            return 0;
        if ((c == 0xF0 && z[1] < 0x90) || (c == 0xF4 && z[1] >= 0x90))
            return 0; /* overlong, > U+10FFFF */
        *cp = ((c & 0x07u) << 18) | ((z[1] & 0x3Fu) << 12) |
              ((z[2] & 0x3Fu) << 6) | (z[3] & 0x3Fu);
        return 4;
    }
    return 0; /* 80..C1 (continuation, overlong lead), F5..FF */
}

/* Encodes cp into out (>= 4 bytes); returns the length. */
size_t rasd_utf8_encode(uint32_t cp, char *out);

/* Returns n when z[0..n) is valid UTF-8 without NUL bytes, else the byte
 * offset of the first invalid byte or NUL. */
size_t rasd_utf8_check(const char *z, size_t n);

#endif
