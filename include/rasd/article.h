/* article.h - the article model and the readers that produce it.
 *
 * Every input (plain text, JSON Lines, HTML, RSS/Atom, a corpus folder of
 * ../shared/corpus/SCHEMA.md, stdin) becomes a stream of rasd_article
 * handed to a callback.  A bad input never stops a batch: the reader calls
 * on_error with one message naming the input and the byte offset or line,
 * counts it, and goes on with the next article.
 */
#ifndef RASD_ARTICLE_H
#define RASD_ARTICLE_H

#include <stddef.h>

typedef struct rasd_date_ymd {
    int y, m, d; /* y == 0: no date; d == 0: month only */
} rasd_date_ymd;

/* All strings are NUL-terminated and owned by the reader: borrowed,
 * valid only during the on_article callback.  Absent fields are NULL. */
typedef struct rasd_article {
    const char *id;          /* doc id: JSONL id, corpus doc, file stem */
    const char *url;         /* or NULL */
    const char *source;      /* outlet name, or NULL */
    const char *title;       /* or NULL */
    const char *text;        /* the article text, valid UTF-8 */
    size_t ntext;            /* bytes in text */
    rasd_date_ymd published; /* y == 0 when unknown */
    const char *origin;      /* file path, or "-" for stdin */
    size_t origin_line;      /* 1-based line in origin (JSONL), else 0 */
} rasd_article;

enum rasd_format {
    RASD_FORMAT_AUTO = 0, /* by extension, then by content sniffing */
    RASD_FORMAT_TEXT,
    RASD_FORMAT_JSONL,
    RASD_FORMAT_HTML,
    RASD_FORMAT_FEED /* RSS 2.0 or Atom */
};

/* Return nonzero from on_article to stop reading (that value is returned
 * by the reader).  on_error gets a one-line message without newline, e.g.
 * "docs.jsonl:12: not JSON: unexpected '}' at byte 40". */
typedef struct rasd_reader {
    int (*on_article)(const rasd_article *a, void *ud);
    void (*on_error)(const char *message, void *ud);
    void *ud;
    int format;         /* enum rasd_format; AUTO by default */
    size_t max_bytes;   /* ceiling for one file/line; 0 = 256 MiB */
    size_t n_articles;  /* out: articles delivered */
    size_t n_errors;    /* out: inputs or parts skipped or repaired */
} rasd_reader;

/* Reads a file, every file below a folder (recursively, sorted, by type),
 * or stdin when path is "-".  Returns 0, or the nonzero value returned by
 * on_article, or a negative RASD_E* code for a failure that stopped the
 * whole call (out of memory).  Bad inputs are counted in n_errors.
 *
 * Types by extension: .txt .text text, .jsonl .ndjson JSON Lines, .html
 * .htm .xhtml HTML, .xml .rss .atom feed; other files and stdin by content
 * (leading "<?xml"/"<rss"/"<feed" feed, "<html"/"<!doctype" HTML, "{" JSON
 * Lines, else text).  Hidden files and folders are skipped; a folder met
 * again below itself (symlink loop) is reported and skipped; a folder
 * holding docs.jsonl is read as a corpus (rasd_read_corpus).  The id of a
 * text or HTML file is its name without extension ("stdin" for stdin); a
 * UTF-8 BOM is not part of the text.
 *
 * Messages (on_error, no "rasd: " prefix) name the input and the place:
 *   "a.txt: invalid UTF-8 at byte 12 (3 bytes replaced)"  (also for NUL:
 *       "NUL byte at ..."; the article is delivered, repaired in place)
 *   "a.txt: cannot read: No such file or directory"
 *   "a.txt: larger than N bytes, skipped"                 (max_bytes)
 *   "a.txt: no text, skipped"           (empty or white space only)
 *   "f.jsonl:3: not JSON: <jansson message> at byte N"
 *   "f.jsonl:4: no \"text\""   "f.jsonl:5: line longer than N bytes, skipped"
 *   "p.html:1: HTML nested deeper than 256 elements, ..."
 *   "f.rss:9: malformed XML: <libxml2 message> (items before it are read)"
 */
int rasd_read_path(rasd_reader *r, const char *path);

/* Reads DIR/docs.jsonl and DIR/<doc>.txt (SCHEMA.md layout), articles in
 * docs.jsonl order; origin is the .txt path.  A missing .txt is reported
 * and skipped. */
int rasd_read_corpus(rasd_reader *r, const char *dir);

/* Reads an in-memory buffer; name is used in messages and as the id of a
 * single plain-text article.  format AUTO sniffs the content. */
int rasd_read_buffer(rasd_reader *r, const char *name, const char *data,
                     size_t n, int format);

/* Parses "YYYY-MM-DD", "YYYY-MM" (d = 0), ISO 8601 timestamps, RFC 822
 * ("Tue, 16 Jul 2024 10:00:00 GMT") and "July 16, 2024" / "16 July 2024".
 * The date is taken as written; time and zone are ignored.  Returns 0 and
 * fills *out, or RASD_EPARSE. */
int rasd_date_parse(const char *z, rasd_date_ymd *out);

#endif
