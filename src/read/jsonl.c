/* jsonl.c - JSON Lines articles and the corpus's docs.jsonl, one line at a
 * time.
 *
 * A JSONL file can be far larger than memory and one of its lines can be
 * hundreds of megabytes, so lines are cut from fixed-size chunks and only
 * the current line is held, up to the reader's ceiling; past it the rest
 * of the line is skipped without being stored (curl dynbuf's "toobig").
 * Each line is parsed by jansson, whose allocations go through
 * rasd_malloc so that fault injection reaches them too.
 *
 *   line:   {"id": "a1", "text": "...", "url": ..., "source": ...,
 *            "published": "2024-07-16" | "2024-07-16T10:00:00Z", "title": ...}
 *   corpus: {"doc": "001_x", "url": ..., "source": ..., "published": ...}
 *           with the text in DIR/<doc>.txt (../shared/corpus/SCHEMA.md)
 */
#include <errno.h>
#include <jansson.h>
#include <string.h>

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

/* The working state of one JSONL input. */
typedef struct jctx {
    rasd_reader *r;
    const char *name;   /* input name for messages */
    const char *corpus; /* corpus folder, or NULL */
    rasd_buf text;      /* writable copy of the current text */
    rasd_buf path;      /* corpus/<doc>.txt */
    char where[1100];   /* "name:line" */
} jctx;

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

    while (i < n && (z[i] == ' ' || z[i] == '\t' || z[i] == '\r'))
        i++;
    if (i == n)
        return 0; /* blank lines are allowed */
    snprintf(c->where, sizeof c->where, "%s:%zu", c->name, lineno);
    /* Repair first: jansson rejects a whole line for one bad byte, and the
     * same-length substitutes keep every other byte where it was. */
    rasd_read_repair(z, n, &bad);
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

    rasd_article a = {0};
    json_t *vid = json_object_get(o, c->corpus ? "doc" : "id");
    if (vid == NULL && !c->corpus)
        vid = json_object_get(o, "doc");
    if (json_is_string(vid) && json_string_length(vid) > 0) {
        a.id = json_string_value(vid);
    } else if (json_is_integer(vid)) {
        snprintf(idbuf, sizeof idbuf, "%" JSON_INTEGER_FORMAT,
                 json_integer_value(vid));
        a.id = idbuf;
    } else {
        rasd_read_error(r, "%s: no \"%s\"", c->where,
                        c->corpus ? "doc" : "id");
        goto out;
    }
    a.url = get_str(o, "url");
    a.source = get_str(o, "source");
    a.title = get_str(o, "title");
    const char *pub = get_str(o, "published");
    if (pub && rasd_read_date(pub, &a.published) != 0) {
        rasd_read_error(r, "%s: \"published\" is not a date: \"%.40s\"",
                        c->where, pub);
        a.published.y = 0;
    }

    if (c->corpus) {
        if (!safe_doc(a.id)) {
            rasd_read_error(r, "%s: bad \"doc\" name", c->where);
            goto out;
        }
        rasd_buf_reset(&c->path);
        rasd_buf_printf(&c->path, "%s/%s.txt", c->corpus, a.id);
        if (c->path.rc) {
            rc = c->path.rc;
            goto out;
        }
        FILE *f = fopen(c->path.p, "rb");
        if (f == NULL) {
            rasd_read_error(r, "%s: cannot read: %s", c->path.p,
                            strerror(errno));
            goto out;
        }
        rc = rasd_read_slurp(f, NULL, 0, rasd_read_max(r), &c->text);
        fclose(f);
        if (rc == RASD_ENOMEM)
            goto out;
        if (rc == RASD_ETOOBIG) {
            rasd_read_error(r, "%s: larger than %zu bytes, skipped",
                            c->path.p, rasd_read_max(r));
            rc = 0;
            goto out;
        }
        if (rc < 0) {
            rasd_read_error(r, "%s: cannot read: %s", c->path.p,
                            rc > RASD__EBASE ? strerror(-rc)
                                             : rasd_strerror(rc));
            rc = 0;
            goto out;
        }
        size_t skip = c->text.n >= 3 &&
                              memcmp(c->text.p, "\xEF\xBB\xBF", 3) == 0
                          ? 3
                          : 0;
        a.origin = c->path.p;
        a.ntext = c->text.n - skip;
        rc = rasd_read_emit(r, &a, c->text.p + skip, c->path.p, NULL);
        goto out;
    }

    json_t *vtext = json_object_get(o, "text");
    if (!json_is_string(vtext)) {
        rasd_read_error(r, "%s: no \"text\"", c->where);
        goto out;
    }
    /* A writable copy: the text may hold NULs from "\u0000" to repair. */
    rasd_buf_reset(&c->text);
    rasd_buf_put(&c->text, json_string_value(vtext),
                 json_string_length(vtext));
    if (c->text.rc) {
        rc = c->text.rc;
        goto out;
    }
    a.origin = c->name;
    a.origin_line = lineno;
    a.ntext = c->text.n;
    rc = rasd_read_emit(r, &a, c->text.p, c->where, &bad);
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
    return rc;
}
