/* read_int.h - private declarations of the read module, one section per
 * file: the readers share error reporting, UTF-8 repair and delivery of an
 * article (reader.c) so that every format keeps the same promises. */
#ifndef RASD_READ_INT_H
#define RASD_READ_INT_H

#include <stdio.h>

#include "rasd/article.h"
#include "rasd/buf.h"
#include "rasd/rasd.h"

/* Default ceiling of one file or one JSONL line (article.h: 0 = 256 MiB). */
#define RASD_READ_DEFAULT_MAX ((size_t)256 << 20)

/* Bytes read to sniff the format of stdin or of a file with an unknown
 * extension; enough for a BOM, an XML declaration and a DOCTYPE. */
#define RASD_READ_SNIFF 4096

/* --- reader.c: reporting, repair, delivery ----------------------------- */

/* What rasd_read_repair found: the first bad byte and how many bytes were
 * replaced.  nul counts the NUL bytes among them. */
typedef struct rasd_read_bad {
    size_t first; /* offset of the first replaced byte */
    size_t count; /* bytes replaced */
    size_t nul;   /* of which NUL bytes */
} rasd_read_bad;

/* The ceiling of r (r->max_bytes or the default). */
size_t rasd_read_max(const rasd_reader *r);

/* Formats one message, hands it to r->on_error and counts it in
 * r->n_errors.  Messages longer than 1 KiB are cut; nothing is allocated,
 * so reporting cannot fail. */
void rasd_read_error(rasd_reader *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Replaces, in place, every byte of z[0..n) that is not part of valid
 * UTF-8 by '?' and every NUL by ' ' so that byte offsets stay true, and
 * adds what it did to *bad (first is kept from an earlier call).  Returns
 * the number of bytes replaced by this call. */
size_t rasd_read_repair(char *z, size_t n, rasd_read_bad *bad);

/* Reports a repair as one message "WHERE: invalid UTF-8 at byte N (K bytes
 * replaced)" (or "NUL byte at ..." when only NULs were replaced); nothing
 * when bad->count == 0. */
void rasd_read_report_bad(rasd_reader *r, const char *where,
                          const rasd_read_bad *bad);

/* Delivers one article: repairs a->text in place (text must be writable
 * and NUL-terminated at a->ntext), reports the repair together with what
 * *prior already found (may be NULL) as one message naming where, then
 * calls r->on_article.  A text of nothing but white space is reported as
 * "WHERE: no text, skipped" instead.  Returns the callback's value (0 =
 * go on). */
int rasd_read_emit(rasd_reader *r, rasd_article *a, char *text,
                   const char *where, const rasd_read_bad *prior);
/* rasd_read_emit for a text decoded by the JSON parser, which validated
 * it: only NUL bytes (from \u0000) are left to repair, found without
 * validating the text a second time. */
int rasd_read_emit_json(rasd_reader *r, rasd_article *a, char *text,
                        const char *where, const rasd_read_bad *prior);

/* The format of z[0..n) by content: leading "<?xml"/"<rss"/"<feed" is a
 * feed ("<?xml" followed by "<html" is HTML), "<html"/"<!doctype" HTML,
 * "{" JSON Lines, anything else text.  Skips a BOM and white space. */
int rasd_read_sniff(const char *z, size_t n);

/* The format of a path by its extension, or RASD_FORMAT_AUTO. */
int rasd_read_format_of(const char *path);

/* Copies the file name of path without directory and extension into out
 * (NUL-terminated, cut to nout - 1 bytes). */
void rasd_read_stem(const char *path, char *out, size_t nout);

/* --- jsonl.c: JSON Lines and the corpus's docs.jsonl ------------------- */

/* Reads lines of JSON from the bytes pre[0..npre) and then, when f is not
 * NULL, from f until end of file.  Each line longer than the ceiling is
 * reported and skipped without buffering it.  name is used in messages.
 * corpus_dir != NULL reads docs.jsonl of SCHEMA.md: the text of each line
 * comes from corpus_dir/<doc>.txt.  Returns 0, the callback's nonzero
 * value, or RASD_ENOMEM. */
int rasd_read_jsonl(rasd_reader *r, const char *name, FILE *f,
                    const char *pre, size_t npre, const char *corpus_dir);

/* Reads a whole file (or stdin when path is "-") into b, up to the
 * ceiling.  Returns 0; RASD_ETOOBIG past the ceiling; -errno when it cannot
 * be read; RASD_ENOMEM.  Reports nothing. */
int rasd_read_slurp(FILE *f, const char *pre, size_t npre, size_t max,
                    rasd_buf *b);

/* --- html.c: text of an HTML page -------------------------------------- */

/* Reads one HTML page from data[0..n) (writable: bad bytes are repaired in
 * place) and delivers it as one article with the given id.  Returns 0, the
 * callback's value or RASD_ENOMEM. */
int rasd_read_html(rasd_reader *r, const char *name, const char *id,
                   char *data, size_t n);

/* Finds the charset the document declares in its first 2 KiB (meta
 * charset, http-equiv, XML encoding=) and copies it into out; returns 1
 * when found. */
int rasd_read_charset(const char *z, size_t n, char *out, size_t nout);

/* Readies raw markup for libxml2 and returns the encoding to parse it
 * with: "UTF-8" after repairing bad bytes in place (added to *bad), or
 * the declared legacy charset (copied into enc) when the bytes are not
 * UTF-8 and libxml2 can convert from it (then only NULs are repaired). */
const char *rasd_read_prepare(char *data, size_t n, rasd_read_bad *bad,
                              char *enc, size_t nenc);

/* Appends the main text of the HTML fragment z[0..n) (NUL-terminated at
 * n) to out: paragraphs
 * separated by blank lines, markup and dropped elements removed.  Used for
 * the escaped HTML of feed items.  Returns 0 or RASD_ENOMEM. */
int rasd_read_html_fragment(const char *z, size_t n, rasd_buf *out);

/* The main text below node (an xmlNode *, HTML or XML tree), appended to
 * out as for rasd_read_html_fragment.  Returns 0 or RASD_ENOMEM. */
int rasd_read_node_text(void *node, rasd_buf *out);

/* Parses z as a date for the published field, trimming white space. */
int rasd_read_date(const char *z, rasd_date_ymd *out);

/* --- feed.c: RSS 2.0 and Atom ------------------------------------------ */

/* Reads one feed from data[0..n) (writable, repaired in place) and
 * delivers one article per item or entry.  Returns 0, the callback's
 * value or RASD_ENOMEM. */
int rasd_read_feed(rasd_reader *r, const char *name, char *data, size_t n);

#endif
