/* reader.c - the front of the readers: paths, folders, stdin and buffers,
 * format detection, and the one place where an article is repaired and
 * delivered.
 *
 * Every format ends in rasd_read_emit so that all of them keep the promise
 * of article.h: the text is valid UTF-8 without NUL, repaired in place with
 * same-length substitutes so byte offsets stay true to the input, and each
 * repair is reported once.  A bad input never stops a batch: it is
 * reported, counted in n_errors, and reading goes on; only out of memory
 * (or the callback) stops a call.
 */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "rasd/utf8.h"
#include "read_int.h"

/* Folders deeper than this are not entered: a symlink loop must end. */
#define MAX_DEPTH 32

size_t rasd_read_max(const rasd_reader *r)
{
    return r->max_bytes ? r->max_bytes : RASD_READ_DEFAULT_MAX;
}

void rasd_read_error(rasd_reader *r, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    int len = vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (len < 0)
        snprintf(msg, sizeof msg, "unprintable reader error");
    /* A message cut in the middle of a UTF-8 sequence (a long path) keeps
     * its valid prefix only: the CLI prints it as is. */
    size_t n = strlen(msg);
    size_t ok = rasd_utf8_check(msg, n);
    if (ok < n && n == sizeof msg - 1)
        msg[ok] = '\0';
    r->n_errors++;
    if (r->on_error)
        r->on_error(msg, r->ud);
}

size_t rasd_read_repair(char *z, size_t n, rasd_read_bad *bad)
{
    size_t i = 0, fixed = 0;
    while (i < n) {
        i += rasd_utf8_check(z + i, n - i);
        if (i >= n)
            break;
        if (bad->count + fixed == 0)
            bad->first = i;
        if (z[i] == '\0') {
            z[i] = ' ';
            bad->nul++;
        } else {
            z[i] = '?';
        }
        fixed++;
        i++;
    }
    bad->count += fixed;
    return fixed;
}

/* True when no byte of z is above ASCII: after a repair, every non-ASCII
 * byte was invalid, which is what a legacy 8-bit encoding looks like. */
static int all_ascii(const char *z, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)z[i] >= 0x80)
            return 0;
    return 1;
}

static void report(rasd_reader *r, const char *where, const rasd_read_bad *bad,
                   int legacy)
{
    if (bad->count == 0)
        return;
    const char *s = bad->count == 1 ? "" : "s";
    if (bad->nul == bad->count)
        rasd_read_error(r, "%s: NUL byte at byte %zu (%zu byte%s replaced)",
                        where, bad->first, bad->count, s);
    else if (legacy)
        rasd_read_error(r,
                        "%s: invalid UTF-8 at byte %zu (%zu byte%s replaced;"
                        " not UTF-8, legacy encoding such as CP1256?)",
                        where, bad->first, bad->count, s);
    else
        rasd_read_error(r,
                        "%s: invalid UTF-8 at byte %zu (%zu byte%s replaced)",
                        where, bad->first, bad->count, s);
}

void rasd_read_report_bad(rasd_reader *r, const char *where,
                          const rasd_read_bad *bad)
{
    report(r, where, bad, 0);
}

/* rasd_read_repair for a text that can only hold NUL bytes as bad bytes
 * (a JSON parser's output: jansson rejects invalid UTF-8, overlongs,
 * surrogates and lone \u surrogates, but may decode \u0000): the same
 * replacements and counts, found by memchr instead of validating again. */
static size_t repair_nul(char *z, size_t n, rasd_read_bad *bad)
{
    size_t fixed = 0, i = 0;
    for (;;) {
        char *p = i < n ? memchr(z + i, '\0', n - i) : NULL;
        if (p == NULL)
            break;
        i = (size_t)(p - z);
        if (bad->count + fixed == 0)
            bad->first = i;
        z[i++] = ' ';
        bad->nul++;
        fixed++;
    }
    bad->count += fixed;
    return fixed;
}

static int emit(rasd_reader *r, rasd_article *a, char *text,
                const char *where, const rasd_read_bad *prior, int json)
{
    rasd_read_bad bad = {0, 0, 0};
    if (prior)
        bad = *prior;
    size_t fixed = json ? repair_nul(text, a->ntext, &bad)
                        : rasd_read_repair(text, a->ntext, &bad);
    /* Only a text with enough wrong bytes and no valid non-ASCII at all
     * gets the legacy-encoding hint; a stray bad byte does not. */
    int legacy = fixed - (bad.nul - (prior ? prior->nul : 0)) >= 4 &&
                 all_ascii(text, a->ntext);
    report(r, where, &bad, legacy);
    size_t i = 0;
    while (i < a->ntext && (text[i] == ' ' || text[i] == '\t' ||
                            text[i] == '\n' || text[i] == '\r'))
        i++;
    if (i == a->ntext) {
        /* An empty article is a bad input, not an article. */
        rasd_read_error(r, "%s: no text, skipped", where);
        return 0;
    }
    a->text = text;
    r->n_articles++;
    if (r->on_article == NULL)
        return 0;
    return r->on_article(a, r->ud);
}

int rasd_read_emit(rasd_reader *r, rasd_article *a, char *text,
                   const char *where, const rasd_read_bad *prior)
{
    return emit(r, a, text, where, prior, 0);
}

int rasd_read_emit_json(rasd_reader *r, rasd_article *a, char *text,
                        const char *where, const rasd_read_bad *prior)
{
    return emit(r, a, text, where, prior, 1);
}

/* Skips a UTF-8 BOM and white space at the start of z. */
static size_t skip_lead(const char *z, size_t n)
{
    size_t i = 0;
    if (n >= 3 && memcmp(z, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < n && (z[i] == ' ' || z[i] == '\t' || z[i] == '\r' ||
                     z[i] == '\n'))
        i++;
    return i;
}

static int starts_ci(const char *z, size_t n, const char *prefix)
{
    size_t k = strlen(prefix);
    return n >= k && strncasecmp(z, prefix, k) == 0;
}

/* True when needle occurs in z[0..n), ignoring ASCII case. */
static int contains_ci(const char *z, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (strncasecmp(z + i, needle, k) == 0)
            return 1;
    return 0;
}

int rasd_read_sniff(const char *z, size_t n)
{
    size_t i = skip_lead(z, n);
    z += i;
    n -= i;
    if (n > RASD_READ_SNIFF)
        n = RASD_READ_SNIFF;
    if (starts_ci(z, n, "<?xml")) {
        /* XHTML also starts with an XML declaration. */
        if (!contains_ci(z, n, "<rss") && !contains_ci(z, n, "<feed") &&
            !contains_ci(z, n, "<rdf:rdf") &&
            (contains_ci(z, n, "<html") ||
             contains_ci(z, n, "<!doctype html")))
            return RASD_FORMAT_HTML;
        return RASD_FORMAT_FEED;
    }
    if (starts_ci(z, n, "<rss") || starts_ci(z, n, "<feed") ||
        starts_ci(z, n, "<rdf:rdf"))
        return RASD_FORMAT_FEED;
    if (starts_ci(z, n, "<html") || starts_ci(z, n, "<!doctype") ||
        starts_ci(z, n, "<head") || starts_ci(z, n, "<body") ||
        starts_ci(z, n, "<!--"))
        return RASD_FORMAT_HTML;
    if (n > 0 && z[0] == '{')
        return RASD_FORMAT_JSONL;
    return RASD_FORMAT_TEXT;
}

int rasd_read_format_of(const char *path)
{
    static const struct {
        const char *ext;
        int format;
    } map[] = {
        {"txt", RASD_FORMAT_TEXT},   {"text", RASD_FORMAT_TEXT},
        {"jsonl", RASD_FORMAT_JSONL}, {"ndjson", RASD_FORMAT_JSONL},
        {"html", RASD_FORMAT_HTML},  {"htm", RASD_FORMAT_HTML},
        {"xhtml", RASD_FORMAT_HTML}, {"xml", RASD_FORMAT_FEED},
        {"rss", RASD_FORMAT_FEED},   {"atom", RASD_FORMAT_FEED},
    };
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    if (dot == NULL || dot == base)
        return RASD_FORMAT_AUTO;
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strcasecmp(dot + 1, map[i].ext) == 0)
            return map[i].format;
    return RASD_FORMAT_AUTO;
}

void rasd_read_stem(const char *path, char *out, size_t nout)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    if (n >= nout)
        n = nout - 1;
    memcpy(out, base, n);
    out[n] = '\0';
}

int rasd_read_slurp(FILE *f, const char *pre, size_t npre, size_t max,
                    rasd_buf *b)
{
    char chunk[16384];
    rasd_buf_reset(b);
    b->max = max;
    if (npre > max)
        return RASD_ETOOBIG;
    rasd_buf_put(b, pre, npre);
    if (b->rc)
        return b->rc;
    /* An empty input still gets a NUL-terminated buffer. */
    rasd_buf_put(b, "", 0);
    if (b->rc)
        return b->rc;
    while (f) {
        size_t got = fread(chunk, 1, sizeof chunk, f);
        if (got > 0) {
            rasd_buf_put(b, chunk, got);
            if (b->rc)
                return b->rc;
        }
        if (got < sizeof chunk) {
            if (ferror(f))
                return errno ? -errno : RASD_EIO;
            break;
        }
    }
    return 0;
}

/* Reports why a file could not be read; returns RASD_ENOMEM for out of
 * memory (which stops the call) and 0 otherwise (the batch goes on). */
static int fail_file(rasd_reader *r, const char *name, int rc)
{
    if (rc == RASD_ENOMEM)
        return rc;
    if (rc == RASD_ETOOBIG)
        rasd_read_error(r, "%s: larger than %zu bytes, skipped", name,
                        rasd_read_max(r));
    else if (rc < 0 && rc > RASD__EBASE)
        rasd_read_error(r, "%s: cannot read: %s", name, strerror(-rc));
    else
        rasd_read_error(r, "%s: cannot read: %s", name, rasd_strerror(rc));
    return 0;
}

/* Delivers b (one whole input, NUL-terminated) in format fmt; name is used
 * in messages, origin in the articles. */
static int dispatch(rasd_reader *r, const char *name, const char *origin,
                    const char *id, rasd_buf *b, int fmt)
{
    switch (fmt) {
    case RASD_FORMAT_HTML:
        return rasd_read_html(r, name, id, b->p, b->n);
    case RASD_FORMAT_FEED:
        return rasd_read_feed(r, name, b->p, b->n);
    case RASD_FORMAT_JSONL:
        return rasd_read_jsonl(r, name, NULL, b->p, b->n, NULL);
    default: {
        /* A BOM is not part of the article: offsets count from after it. */
        size_t skip =
            b->n >= 3 && memcmp(b->p, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
        rasd_article a = {0};
        a.id = id;
        a.origin = origin;
        a.ntext = b->n - skip;
        return rasd_read_emit(r, &a, b->p + skip, name, NULL);
    }
    }
}

/* Reads one file (or stdin when path is "-") in format fmt (AUTO: by
 * extension, then by content). */
static int read_file(rasd_reader *r, const char *path, int fmt)
{
    int rc = 0;
    int is_stdin = strcmp(path, "-") == 0;
    const char *name = is_stdin ? "stdin" : path;
    char id[256];
    char head[RASD_READ_SNIFF];
    size_t nhead = 0;
    rasd_buf b;
    rasd_buf_init(&b, rasd_read_max(r));
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (f == NULL) {
        rc = fail_file(r, name, -errno);
        goto out;
    }
    if (is_stdin)
        snprintf(id, sizeof id, "stdin");
    else
        rasd_read_stem(path, id, sizeof id);
    if (fmt == RASD_FORMAT_AUTO)
        fmt = r->format;
    if (fmt == RASD_FORMAT_AUTO && !is_stdin)
        fmt = rasd_read_format_of(path);
    if (fmt == RASD_FORMAT_AUTO || fmt == RASD_FORMAT_JSONL) {
        nhead = fread(head, 1, sizeof head, f);
        if (nhead < sizeof head && ferror(f)) {
            rc = fail_file(r, name, errno ? -errno : RASD_EIO);
            goto out;
        }
        if (fmt == RASD_FORMAT_AUTO)
            fmt = rasd_read_sniff(head, nhead);
    }
    if (fmt == RASD_FORMAT_JSONL) {
        /* Streamed line by line: a JSONL file may be far larger than one
         * article's ceiling. */
        rc = rasd_read_jsonl(r, name, f, head, nhead, NULL);
        goto out;
    }
    rc = rasd_read_slurp(f, head, nhead, rasd_read_max(r), &b);
    if (rc < 0) {
        rc = fail_file(r, name, rc);
        goto out;
    }
    rc = dispatch(r, name, is_stdin ? "-" : path, id, &b, fmt);
out:
    if (f && !is_stdin)
        fclose(f);
    rasd_buf_fini(&b);
    return rc;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The folders being read, innermost first: a folder met again below
 * itself (a symlink loop) is not entered. */
typedef struct visit {
    dev_t dev;
    ino_t ino;
    const struct visit *up;
} visit;

static int read_any(rasd_reader *r, const char *path, const visit *up,
                    int depth);

/* Reads every file below dir, sorted by name, hidden files skipped.  A
 * folder holding docs.jsonl is a corpus (SCHEMA.md) and is read as one. */
static int read_dir(rasd_reader *r, const char *dir, const visit *me,
                    int depth)
{
    int rc = 0;
    char **names = NULL;
    size_t nnames = 0, cap = 0;
    rasd_buf path;
    rasd_buf_init(&path, 0);
    DIR *d = NULL;

    rasd_buf_printf(&path, "%s/docs.jsonl", dir);
    if (path.rc) {
        rc = path.rc;
        goto out;
    }
    struct stat st;
    if (stat(path.p, &st) == 0 && S_ISREG(st.st_mode)) {
        rc = rasd_read_corpus(r, dir);
        goto out;
    }
    if (depth >= MAX_DEPTH) {
        rasd_read_error(r, "%s: folders nested deeper than %d, skipped", dir,
                        MAX_DEPTH);
        goto out;
    }
    d = opendir(dir);
    if (d == NULL) {
        rc = fail_file(r, dir, -errno);
        goto out;
    }
    for (;;) {
        errno = 0;
        struct dirent *e = readdir(d);
        if (e == NULL) {
            if (errno)
                rc = fail_file(r, dir, -errno);
            break;
        }
        if (e->d_name[0] == '.')
            continue; /* hidden, "." and ".." */
        if (nnames == cap) {
            size_t ncap = cap ? 2 * cap : 32;
            char **p = rasd_realloc(names, ncap * sizeof *names);
            if (p == NULL) {
                rc = RASD_ENOMEM;
                goto out;
            }
            names = p;
            cap = ncap;
        }
        names[nnames] = rasd_strndup(e->d_name, strlen(e->d_name));
        if (names[nnames] == NULL) {
            rc = RASD_ENOMEM;
            goto out;
        }
        nnames++;
    }
    if (rc < 0)
        goto out;
    if (nnames)
        qsort(names, nnames, sizeof *names, cmp_names);
    size_t ndir = strlen(dir);
    while (ndir > 1 && dir[ndir - 1] == '/')
        ndir--; /* "dir/" and "dir" name files alike */
    for (size_t i = 0; i < nnames && rc == 0; i++) {
        rasd_buf_reset(&path);
        if (ndir == 1 && dir[0] == '/')
            rasd_buf_printf(&path, "/%s", names[i]);
        else
            rasd_buf_printf(&path, "%.*s/%s", (int)ndir, dir, names[i]);
        if (path.rc) {
            rc = path.rc;
            break;
        }
        rc = read_any(r, path.p, me, depth + 1);
    }
out:
    if (d)
        closedir(d);
    for (size_t i = 0; i < nnames; i++)
        rasd_free(names[i]);
    rasd_free(names);
    rasd_buf_fini(&path);
    return rc;
}

static int read_any(rasd_reader *r, const char *path, const visit *up,
                    int depth)
{
    struct stat st;
    if (strcmp(path, "-") == 0)
        return read_file(r, path, RASD_FORMAT_AUTO);
    if (stat(path, &st) != 0)
        return fail_file(r, path, -errno);
    if (S_ISDIR(st.st_mode)) {
        for (const visit *v = up; v; v = v->up) {
            if (v->dev == st.st_dev && v->ino == st.st_ino) {
                rasd_read_error(r, "%s: folder loop, skipped", path);
                return 0;
            }
        }
        visit me = {st.st_dev, st.st_ino, up};
        return read_dir(r, path, &me, depth);
    }
    return read_file(r, path, RASD_FORMAT_AUTO);
}

int rasd_read_path(rasd_reader *r, const char *path)
{
    if (r == NULL || path == NULL)
        return RASD_EINVAL;
    return read_any(r, path, NULL, 0);
}

int rasd_read_corpus(rasd_reader *r, const char *dir)
{
    int rc = 0;
    if (r == NULL || dir == NULL)
        return RASD_EINVAL;
    rasd_buf path, base;
    rasd_buf_init(&path, 0);
    rasd_buf_init(&base, 0);
    size_t ndir = strlen(dir);
    while (ndir > 1 && dir[ndir - 1] == '/')
        ndir--; /* messages say "dir/doc.txt", not "dir//doc.txt" */
    rasd_buf_put(&base, dir, ndir);
    rasd_buf_printf(&path, "%s/docs.jsonl", base.p ? base.p : "");
    if (path.rc || base.rc) {
        rc = path.rc ? path.rc : base.rc;
        goto out;
    }
    FILE *f = fopen(path.p, "rb");
    if (f == NULL) {
        rc = fail_file(r, path.p, -errno);
        goto out;
    }
    rc = rasd_read_jsonl(r, path.p, f, NULL, 0, base.p);
    fclose(f);
out:
    rasd_buf_fini(&path);
    rasd_buf_fini(&base);
    return rc;
}

int rasd_read_buffer(rasd_reader *r, const char *name, const char *data,
                     size_t n, int format)
{
    int rc;
    if (r == NULL || name == NULL || (data == NULL && n > 0))
        return RASD_EINVAL;
    if (data == NULL)
        data = "";
    if (format == RASD_FORMAT_AUTO)
        format = r->format;
    if (format == RASD_FORMAT_AUTO)
        format = rasd_read_sniff(data, n);
    if (format == RASD_FORMAT_JSONL)
        return rasd_read_jsonl(r, name, NULL, data, n, NULL);
    /* The other formats repair bytes in place: they get a copy. */
    rasd_buf b;
    rasd_buf_init(&b, rasd_read_max(r));
    rc = rasd_read_slurp(NULL, data, n, rasd_read_max(r), &b);
    if (rc < 0) {
        rc = fail_file(r, name, rc);
        goto out;
    }
    rc = dispatch(r, name, name, name, &b, format);
out:
    rasd_buf_fini(&b);
    return rc;
}
