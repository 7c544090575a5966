/* jsonl.c - JSON Lines articles and the corpus's docs.jsonl, one line at a
 * time.
 *
 * A JSONL file can be far larger than memory and one of its lines can be
 * hundreds of megabytes, so lines are cut from fixed-size chunks and only
 * the current line is held, up to the reader's ceiling; past it the rest
 * of the line is skipped without being stored (curl dynbuf's "toobig").
 * Each line is parsed by jansson, whose allocations go through
 * rasd_malloc so that fault injection reaches them too -- unless it is a
 * line of the usual shape (one flat object of strings, nulls and
 * booleans), which fast_line() reads at a few instructions a byte: jansson
 * was three quarters of the reader's time.  fast_line() accepts a subset
 * of what jansson accepts and reads it the same way (later duplicate keys
 * win, \u escapes and surrogate pairs decoded alike); anything else, and
 * every error message, is jansson's.
 *
 *   line:   {"id": "a1", "text": "...", "url": ..., "source": ...,
 *            "published": "2024-07-16" | "2024-07-16T10:00:00Z", "title": ...}
 *   corpus: {"doc": "001_x", "url": ..., "source": ..., "published": ...}
 *           with the text in DIR/<doc>.txt (../shared/corpus/SCHEMA.md)
 */
#include <errno.h>
#include <jansson.h>
#include <string.h>

#include "rasd/utf8.h"
#include "read_int.h"

#define CHUNK (64u * 1024u) /* bytes read from the file at a time */

/* The line source: first pre[0..npre), then f until end of file. */
typedef struct lines {
    FILE *f;           /* or NULL */
    const char *pre;   /* bytes before f (sniffed head, or a buffer) */
    size_t npre, ipre;
    char *chunk;       /* CHUNK bytes read from f */
    size_t nchunk, ichunk;
    int eof;           /* f is exhausted */
    rasd_buf line;     /* the current line, without "\r\n" */
    size_t max;        /* ceiling of one line */
    size_t lineno;     /* 1-based number of the current line */
} lines;

enum { LINE_END = 0, LINE_OK = 1, LINE_TOOLONG = 2 };

/* Cuts the next line into l->line.  Returns LINE_OK, LINE_TOOLONG (the
 * line was skipped, l->line is empty), LINE_END, or a negative code:
 * RASD_ENOMEM, -errno for a read error. */
static int next_line(lines *l)
{
    int toolong = 0, any = 0;
    rasd_buf_reset(&l->line);
    for (;;) {
        const char *p;
        size_t avail;
        if (l->ipre < l->npre) {
            p = l->pre + l->ipre;
            avail = l->npre - l->ipre;
        } else if (l->ichunk < l->nchunk) {
            p = l->chunk + l->ichunk;
            avail = l->nchunk - l->ichunk;
        } else if (l->f && !l->eof) {
            l->nchunk = fread(l->chunk, 1, CHUNK, l->f);
            l->ichunk = 0;
            if (l->nchunk < CHUNK) {
                if (ferror(l->f))
                    return errno ? -errno : RASD_EIO;
                l->eof = 1;
            }
            continue;
        } else {
            if (!any)
                return LINE_END;
            l->lineno++;
            return toolong ? LINE_TOOLONG : LINE_OK;
        }
        any = 1;
        const char *nl = memchr(p, '\n', avail);
        size_t take = nl ? (size_t)(nl - p) : avail;
        if (!toolong) {
            if (take > l->max - l->line.n) {
                toolong = 1;
                rasd_buf_reset(&l->line);
            } else {
                rasd_buf_put(&l->line, p, take);
                if (l->line.rc)
                    return l->line.rc;
            }
        }
        take += nl ? 1 : 0;
        if (l->ipre < l->npre)
            l->ipre += take;
        else
            l->ichunk += take;
        if (nl) {
            l->lineno++;
            return toolong ? LINE_TOOLONG : LINE_OK;
        }
    }
}

/* The string value of key in o (NULL when absent, null or not a string). */
static const char *get_str(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* A doc name of the corpus must stay inside its folder. */
static int safe_doc(const char *z)
{
    return z[0] != '\0' && z[0] != '.' && strchr(z, '/') == NULL &&
           strchr(z, '\\') == NULL;
}

/* --- the usual line, without jansson --------------------------------- */

/* The members do_line reads; a line's value of each, as found. */
enum { F_ID, F_DOC, F_URL, F_SOURCE, F_TITLE, F_PUBLISHED, F_TEXT, NFIELDS };

static const char *const field_names[NFIELDS] = {
    "id", "doc", "url", "source", "title", "published", "text"};

typedef struct jval {
    const char *p;  /* string: the raw bytes between the quotes */
    size_t n;
    int kind;       /* 0 absent, 1 string, 2 null or boolean */
    int esc;        /* the raw string holds escapes */
    int nul;        /* it holds \u0000 */
} jval;

/* Eight bytes at a time: true when one of them is '"', '\\' or below
 * 0x20 (the bytes that end or interrupt a JSON string's plain run). */
static int has_special(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
    return ((((q - ones) & ~q) | ((b - ones) & ~b) |
             ((w - ones * 0x20) & ~w)) &
            high) != 0;
}

static int hexval(int c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The code unit of \uXXXX at z (4 bytes available), or -1. */
static long hex4(const char *z)
{
    long v = 0;
    for (int k = 0; k < 4; k++) {
        int d = hexval((unsigned char)z[k]);
        if (d < 0)
            return -1;
        v = v << 4 | d;
    }
    return v;
}

/* Scans the string whose opening quote is at z[*i]: on success sets v and
 * moves *i past the closing quote.  Returns 0 for what jansson must judge:
 * a raw control character, an unknown escape, a lone surrogate. */
static int scan_string(const char *z, size_t n, size_t *i, jval *v)
{
    size_t k = *i + 1;
    v->p = z + k;
    v->esc = v->nul = 0;
    for (;;) {
        while (k + 8 <= n) {
            uint64_t w;
            memcpy(&w, z + k, 8);
            if (has_special(w))
                break;
            k += 8;
        }
        if (k >= n)
            return 0;
        unsigned char c = (unsigned char)z[k];
        if (c == '"')
            break;
        if (c < 0x20)
            return 0;
        if (c != '\\') {
            k++;
            continue;
        }
        v->esc = 1;
        if (k + 1 >= n)
            return 0;
        c = (unsigned char)z[k + 1];
        if (c != 'u') {
            if (!strchr("\"\\/bfnrt", c) || c == '\0')
                return 0;
            k += 2;
            continue;
        }
        long u = k + 6 <= n ? hex4(z + k + 2) : -1;
        if (u < 0)
            return 0;
        k += 6;
        if (u >= 0xD800 && u < 0xDC00) { /* a pair, or jansson's error */
            long lo = k + 6 <= n && z[k] == '\\' && z[k + 1] == 'u'
                          ? hex4(z + k + 2)
                          : -1;
            if (lo < 0xDC00 || lo >= 0xE000)
                return 0;
            k += 6;
        } else if (u >= 0xDC00 && u < 0xE000) {
            return 0;
        } else if (u == 0) {
            v->nul = 1;
        }
    }
    v->n = (size_t)(z + k - v->p);
    v->kind = 1;
    *i = k + 1;
    return 1;
}

/* Appends the decoded string v to b, as jansson decodes it. */
static void unescape(const jval *v, rasd_buf *b)
{
    const char *z = v->p;
    size_t n = v->n, i = 0;
    if (!v->esc) {
        rasd_buf_put(b, z, n);
        return;
    }
    while (i < n) {
        const char *bs = memchr(z + i, '\\', n - i);
        size_t run = bs ? (size_t)(bs - z) - i : n - i;
        rasd_buf_put(b, z + i, run);
        i += run;
        if (i >= n)
            break;
        char c = z[i + 1];
        char out[4];
        size_t no = 1;
        i += 2;
        switch (c) {
        case 'b': out[0] = '\b'; break;
        case 'f': out[0] = '\f'; break;
        case 'n': out[0] = '\n'; break;
        case 'r': out[0] = '\r'; break;
        case 't': out[0] = '\t'; break;
        case 'u': {
            uint32_t cp = (uint32_t)hex4(z + i);
            i += 4;
            if (cp >= 0xD800 && cp < 0xDC00) { /* scan_string saw the pair */
                cp = 0x10000 + ((cp - 0xD800) << 10) +
                     ((uint32_t)hex4(z + i + 2) - 0xDC00);
                i += 6;
            }
            no = rasd_utf8_encode(cp, out);
            break;
        }
        default: out[0] = c; break; /* " \\ / */
        }
        rasd_buf_put(b, out, no);
    }
}

static size_t skip_ws(const char *z, size_t n, size_t i)
{
    while (i < n && (z[i] == ' ' || z[i] == '\t' || z[i] == '\n' ||
                     z[i] == '\r'))
        i++;
    return i;
}

/* Reads z[0..n) when it is one flat JSON object whose values are strings,
 * nulls and booleans, keys without escapes; fills f with the members
 * do_line reads (a later duplicate replaces an earlier one, as in
 * jansson).  Returns 0, changing nothing else, for any other line: jansson
 * reads it, and reports it when it is not JSON. */
static int fast_line(const char *z, size_t n, jval f[NFIELDS])
{
    size_t i = skip_ws(z, n, 0);
    memset(f, 0, NFIELDS * sizeof f[0]);
    if (i >= n || z[i] != '{')
        return 0;
    i = skip_ws(z, n, i + 1);
    if (i < n && z[i] == '}')
        return skip_ws(z, n, i + 1) == n;
    for (;;) {
        jval key, v;
        if (i >= n || z[i] != '"' || !scan_string(z, n, &i, &key) ||
            key.esc)
            return 0;
        i = skip_ws(z, n, i);
        if (i >= n || z[i] != ':')
            return 0;
        i = skip_ws(z, n, i + 1);
        if (i >= n)
            return 0;
        memset(&v, 0, sizeof v);
        if (z[i] == '"') {
            if (!scan_string(z, n, &i, &v))
                return 0;
        } else if (n - i >= 4 && (!memcmp(z + i, "null", 4) ||
                                  !memcmp(z + i, "true", 4))) {
            v.kind = 2;
            i += 4;
        } else if (n - i >= 5 && !memcmp(z + i, "false", 5)) {
            v.kind = 2;
            i += 5;
        } else {
            return 0; /* numbers, arrays, objects, errors: jansson's */
        }
        for (int k = 0; k < NFIELDS; k++)
            if (strlen(field_names[k]) == key.n &&
                !memcmp(field_names[k], key.p, key.n)) {
                /* A NUL would cut a name short: jansson's C strings do
                 * the same, but the text alone is known to allow it. */
                if (v.nul && k != F_TEXT)
                    return 0;
                f[k] = v;
            }
        i = skip_ws(z, n, i);
        if (i < n && z[i] == ',') {
            i = skip_ws(z, n, i + 1);
            continue;
        }
        if (i < n && z[i] == '}')
            return skip_ws(z, n, i + 1) == n;
        return 0;
    }
}

/* The working state of one JSONL input. */
typedef struct jctx {
    rasd_reader *r;
    const char *name;   /* input name for messages */
    const char *corpus; /* corpus folder, or NULL */
    rasd_buf text;      /* writable copy of the current text */
    rasd_buf path;      /* corpus/<doc>.txt */
    rasd_buf names;     /* decoded strings of a fast_line() line */
    char where[1100];   /* "name:line" */
} jctx;

/* What do_line reads of a line, from fast_line() or from jansson. */
typedef struct jline {
    const char *id;      /* "id" (or "doc"): a non-empty string, or NULL */
    const char *idnum;   /* or an integer, formatted, or NULL */
    const char *url, *source, *title, *published; /* strings, or NULL */
    jval text;           /* "text": kind 1 when it is a string */
} jline;

/* The rest of a line once it is read: the article, or the reason there is
 * none.  Returns 0, the callback's value or RASD_ENOMEM. */
static int use_line(jctx *c, const jline *L, size_t lineno,
                    const rasd_read_bad *bad)
{
    rasd_reader *r = c->r;
    int rc = 0;
    rasd_article a = {0};
    a.id = L->id ? L->id : L->idnum;
    if (a.id == NULL) {
        rasd_read_error(r, "%s: no \"%s\"", c->where,
                        c->corpus ? "doc" : "id");
        return 0;
    }
    a.url = L->url;
    a.source = L->source;
    a.title = L->title;
    const char *pub = L->published;
    if (pub && rasd_read_date(pub, &a.published) != 0) {
        rasd_read_error(r, "%s: \"published\" is not a date: \"%.40s\"",
                        c->where, pub);
        a.published.y = 0;
    }

    if (c->corpus) {
        if (!safe_doc(a.id)) {
            rasd_read_error(r, "%s: bad \"doc\" name", c->where);
            return 0;
        }
        rasd_buf_reset(&c->path);
        rasd_buf_printf(&c->path, "%s/%s.txt", c->corpus, a.id);
        if (c->path.rc)
            return c->path.rc;
        FILE *f = fopen(c->path.p, "rb");
        if (f == NULL) {
            rasd_read_error(r, "%s: cannot read: %s", c->path.p,
                            strerror(errno));
            return 0;
        }
        rc = rasd_read_slurp(f, NULL, 0, rasd_read_max(r), &c->text);
        fclose(f);
        if (rc == RASD_ENOMEM)
            return rc;
        if (rc == RASD_ETOOBIG) {
            rasd_read_error(r, "%s: larger than %zu bytes, skipped",
                            c->path.p, rasd_read_max(r));
            return 0;
        }
        if (rc < 0) {
            rasd_read_error(r, "%s: cannot read: %s", c->path.p,
                            rc > RASD__EBASE ? strerror(-rc)
                                             : rasd_strerror(rc));
            return 0;
        }
        size_t skip = c->text.n >= 3 &&
                              memcmp(c->text.p, "\xEF\xBB\xBF", 3) == 0
                          ? 3
                          : 0;
        a.origin = c->path.p;
        a.ntext = c->text.n - skip;
        return rasd_read_emit(r, &a, c->text.p + skip, c->path.p, NULL);
    }

    if (L->text.kind != 1) {
        rasd_read_error(r, "%s: no \"text\"", c->where);
        return 0;
    }
    /* A writable copy: the text may hold NULs from "\u0000" to repair. */
    rasd_buf_reset(&c->text);
    unescape(&L->text, &c->text);
    if (c->text.rc)
        return c->text.rc;
    a.origin = c->name;
    a.origin_line = lineno;
    a.ntext = c->text.n;
    return rasd_read_emit_json(r, &a, c->text.p, c->where, bad);
}

/* The strings of a fast_line() line, decoded into c->names, as jline. */
static int fast_strings(jctx *c, const jval *f, jline *L)
{
    size_t off[NFIELDS];
    rasd_buf_reset(&c->names);
    for (int k = 0; k < NFIELDS; k++) {
        off[k] = c->names.n;
        if (k != F_TEXT && f[k].kind == 1) {
            unescape(&f[k], &c->names);
            rasd_buf_putc(&c->names, '\0');
        }
    }
    if (c->names.rc)
        return c->names.rc;
    memset(L, 0, sizeof *L);
#define STR(k) (f[k].kind == 1 ? c->names.p + off[k] : NULL)
    const jval *vid = &f[c->corpus ? F_DOC : F_ID];
    int kid = c->corpus ? F_DOC : F_ID;
    if (vid->kind == 0 && !c->corpus) {
        vid = &f[F_DOC];
        kid = F_DOC;
    }
    if (vid->kind == 1 && c->names.p[off[kid]] != '\0')
        L->id = STR(kid); /* a non-empty string (no NUL inside: fast_line) */
    L->url = STR(F_URL);
    L->source = STR(F_SOURCE);
    L->title = STR(F_TITLE);
    L->published = STR(F_PUBLISHED);
#undef STR
    L->text = f[F_TEXT];
    return 0;
}

/* Handles one line (writable, NUL-terminated).  Returns 0, the callback's
 * value or RASD_ENOMEM. */
static int do_line(jctx *c, char *z, size_t n, size_t lineno)
{
    rasd_reader *r = c->r;
    int rc = 0;
    json_t *o = NULL;
    json_error_t je;
    rasd_read_bad bad = {0, 0, 0};
    char idbuf[32];
    size_t i = 0;
    jline L;
    jval f[NFIELDS];

    while (i < n && (z[i] == ' ' || z[i] == '\t' || z[i] == '\r'))
        i++;
    if (i == n)
        return 0; /* blank lines are allowed */
    snprintf(c->where, sizeof c->where, "%s:%zu", c->name, lineno);
    /* Repair first: jansson rejects a whole line for one bad byte, and the
     * same-length substitutes keep every other byte where it was. */
    rasd_read_repair(z, n, &bad);
    if (fast_line(z, n, f)) {
        rc = fast_strings(c, f, &L);
        return rc < 0 ? rc : use_line(c, &L, lineno, &bad);
    }
    memset(&je, 0, sizeof je);
    o = json_loadb(z, n, JSON_ALLOW_NUL, &je);
    if (o == NULL) {
        /* jansson sets no message when its lexer cannot even allocate. */
        if (json_error_code(&je) == json_error_out_of_memory ||
            je.text[0] == '\0')
            return RASD_ENOMEM;
        rasd_read_error(r, "%s: not JSON: %s at byte %d", c->where, je.text,
                        je.position);
        return 0;
    }
    if (!json_is_object(o)) {
        rasd_read_error(r, "%s: not a JSON object", c->where);
        goto out;
    }
    memset(&L, 0, sizeof L);
    json_t *vid = json_object_get(o, c->corpus ? "doc" : "id");
    if (vid == NULL && !c->corpus)
        vid = json_object_get(o, "doc");
    if (json_is_string(vid) && json_string_length(vid) > 0) {
        L.id = json_string_value(vid);
    } else if (json_is_integer(vid)) {
        snprintf(idbuf, sizeof idbuf, "%" JSON_INTEGER_FORMAT,
                 json_integer_value(vid));
        L.idnum = idbuf;
    }
    L.url = get_str(o, "url");
    L.source = get_str(o, "source");
    L.title = get_str(o, "title");
    L.published = get_str(o, "published");
    json_t *vtext = json_object_get(o, "text");
    if (json_is_string(vtext)) { /* copied as it is: jansson decoded it */
        L.text.kind = 1;
        L.text.p = json_string_value(vtext);
        L.text.n = json_string_length(vtext);
    }
    rc = use_line(c, &L, lineno, &bad);
out:
    json_decref(o);
    return rc;
}

int rasd_read_jsonl(rasd_reader *r, const char *name, FILE *f,
                    const char *pre, size_t npre, const char *corpus_dir)
{
    int rc = 0;
    lines l;
    jctx c;
    memset(&l, 0, sizeof l);
    memset(&c, 0, sizeof c);
    json_set_alloc_funcs(rasd_malloc, rasd_free);
    l.f = f;
    l.pre = pre;
    l.npre = npre;
    l.max = rasd_read_max(r);
    rasd_buf_init(&l.line, l.max + 1);
    c.r = r;
    c.name = name;
    c.corpus = corpus_dir;
    rasd_buf_init(&c.text, 0);
    rasd_buf_init(&c.path, 0);
    rasd_buf_init(&c.names, 0);
    if (f) {
        l.chunk = rasd_malloc(CHUNK);
        if (l.chunk == NULL) {
            rc = RASD_ENOMEM;
            goto out;
        }
    }
    for (;;) {
        int got = next_line(&l);
        if (got == LINE_END)
            break;
        if (got == RASD_ENOMEM) {
            rc = got;
            break;
        }
        if (got < 0) {
            rasd_read_error(r, "%s:%zu: cannot read: %s", name, l.lineno + 1,
                            got > RASD__EBASE ? strerror(-got)
                                              : rasd_strerror(got));
            break;
        }
        if (got == LINE_TOOLONG) {
            rasd_read_error(r, "%s:%zu: line longer than %zu bytes, skipped",
                            name, l.lineno, l.max);
            continue;
        }
        rc = do_line(&c, l.line.p ? l.line.p : (char *)"", l.line.n,
                     l.lineno);
        if (rc != 0)
            break;
    }
out:
    rasd_free(l.chunk);
    rasd_buf_fini(&l.line);
    rasd_buf_fini(&c.text);
    rasd_buf_fini(&c.path);
    rasd_buf_fini(&c.names);
    return rc;
}
