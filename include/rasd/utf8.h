/* utf8.h - UTF-8 decoding and validation shared by readers and text. */
#ifndef RASD_UTF8_H
#define RASD_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes one code point at z (n > 0 bytes available).  Returns its length
 * (1-4) and sets *cp, or returns 0 for an invalid sequence (overlong,
 * surrogate, truncated, > U+10FFFF). */
size_t rasd_utf8_decode(const unsigned char *z, size_t n, uint32_t *cp);

/* Encodes cp into out (>= 4 bytes); returns the length. */
size_t rasd_utf8_encode(uint32_t cp, char *out);

/* Returns n when z[0..n) is valid UTF-8 without NUL bytes, else the byte
 * offset of the first invalid byte or NUL. */
size_t rasd_utf8_check(const char *z, size_t n);

#endif
