/* feed.c - one article per item of an RSS 2.0 (or RSS 1.0) feed or entry
 * of an Atom feed, through libxml2's XML parser.
 *
 * Feeds are untrusted XML: the parser never touches the network
 * (XML_PARSE_NONET), never loads a DTD or an external entity (no
 * XML_PARSE_DTDLOAD, no XML_PARSE_NOENT), and the tree walk does not
 * follow entity references, so an entity bomb expands nothing.  Broken or
 * truncated feeds are read in recovery mode: the items before the damage
 * are delivered and the damage is reported once.  Item bodies are often
 * escaped HTML (RSS description, content:encoded, Atom type="html") and
 * go through the HTML text extractor; Atom type="xhtml" is walked in
 * place.  The headline opens the article text, since feed bodies are
 * short and often do not repeat it.
 */
#include <limits.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "read_int.h"

#define XML_OPTS                                                             \
    (XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOERROR |               \
     XML_PARSE_NOWARNING | XML_PARSE_COMPACT)

static int is(const xmlNode *n, const char *local)
{
    return n->type == XML_ELEMENT_NODE && n->name &&
           strcasecmp((const char *)n->name, local) == 0;
}

static const char *prefix(const xmlNode *n)
{
    return n->ns && n->ns->prefix ? (const char *)n->ns->prefix : "";
}

/* Appends the text and CDATA children of n (not deeper, and no entity
 * references) to b. */
static void own_text(const xmlNode *n, rasd_buf *b)
{
    for (const xmlNode *c = n->children; c; c = c->next)
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) &&
            c->content)
            rasd_buf_puts(b, (const char *)c->content);
}

static int has_elements(const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            return 1;
    return 0;
}

static const char *attr(const xmlNode *n, const char *name)
{
    for (const xmlAttr *a = n->properties; a; a = a->next)
        if (a->name && strcmp((const char *)a->name, name) == 0)
            return a->children && a->children->content
                       ? (const char *)a->children->content
                       : "";
    return NULL;
}

/* The working buffers of one item. */
typedef struct item {
    rasd_buf raw;   /* scratch: raw text of an element */
    rasd_buf title; /* headline as text */
    rasd_buf link;
    rasd_buf id;
    rasd_buf date;
    rasd_buf body;  /* the best body as text */
    rasd_buf text;  /* headline + body: the article */
    int body_rank;  /* 1 full content, 2 summary/description */
} item;

static void item_reset(item *it)
{
    rasd_buf_reset(&it->raw);
    rasd_buf_reset(&it->title);
    rasd_buf_reset(&it->link);
    rasd_buf_reset(&it->id);
    rasd_buf_reset(&it->date);
    rasd_buf_reset(&it->body);
    rasd_buf_reset(&it->text);
    it->body_rank = 0;
}

static int item_rc(const item *it)
{
    const rasd_buf *b[] = {&it->raw, &it->title, &it->link, &it->id,
                           &it->date, &it->body, &it->text};
    for (size_t i = 0; i < sizeof b / sizeof b[0]; i++)
        if (b[i]->rc)
            return b[i]->rc;
    return 0;
}

/* The text of element n as plain text into out (reset first): XHTML
 * children are walked, escaped HTML is parsed, plain text is trimmed. */
static int element_text(item *it, xmlNode *n, rasd_buf *out)
{
    rasd_buf_reset(out);
    if (has_elements(n))
        return rasd_read_node_text(n, out);
    rasd_buf_reset(&it->raw);
    own_text(n, &it->raw);
    if (it->raw.rc)
        return it->raw.rc;
    if (it->raw.n == 0)
        return 0;
    return rasd_read_html_fragment(it->raw.p, it->raw.n, out);
}

/* Copies the trimmed own text of n into out. */
static void plain(const xmlNode *n, rasd_buf *out)
{
    rasd_buf_reset(out);
    own_text(n, out);
    if (out->rc || out->n == 0)
        return;
    size_t a = 0, e = out->n;
    while (a < e && (out->p[a] == ' ' || out->p[a] == '\n' ||
                     out->p[a] == '\r' || out->p[a] == '\t'))
        a++;
    while (e > a && (out->p[e - 1] == ' ' || out->p[e - 1] == '\n' ||
                     out->p[e - 1] == '\r' || out->p[e - 1] == '\t'))
        e--;
    memmove(out->p, out->p + a, e - a);
    out->n = e - a;
    out->p[out->n] = '\0';
}

/* Takes a body candidate of rank rank (lower is better; the longer wins
 * between equals). */
static int body(item *it, xmlNode *n, int rank)
{
    if (it->body_rank && it->body_rank < rank)
        return 0;
    rasd_buf_reset(&it->raw);
    rasd_buf tmp;
    rasd_buf_init(&tmp, 0);
    int rc = element_text(it, n, &tmp);
    if (rc == 0 && tmp.n > 0 &&
        (it->body_rank == 0 || it->body_rank > rank || tmp.n > it->body.n)) {
        rasd_buf_reset(&it->body);
        rasd_buf_put(&it->body, tmp.p, tmp.n);
        it->body_rank = rank;
        rc = it->body.rc;
    }
    rasd_buf_fini(&tmp);
    return rc;
}

/* WordPress ends every feed body with "The post <title> appeared first on
 * <site>." (Arabic sites: "ظهرت المقالة ... أولاً على ...").  It is
 * syndication chrome, not the article: the last paragraph is cut when it
 * is one. */
static void cut_wp_footer(rasd_buf *b)
{
    static const struct {
        const char *start, *has;
    } foot[] = {
        {"The post ", " appeared first on "},
        {"ظهرت المقالة ", " أولاً على "},
        {"ظهرت المقالة ", " أولا على "},
    };
    if (b->n == 0)
        return;
    size_t p = b->n;
    while (p >= 2 && !(b->p[p - 1] == '\n' && b->p[p - 2] == '\n'))
        p--;
    if (p < 2)
        p = 0;
    const char *last = b->p + p;
    for (size_t i = 0; i < sizeof foot / sizeof foot[0]; i++) {
        if (strncmp(last, foot[i].start, strlen(foot[i].start)) == 0 &&
            strstr(last, foot[i].has) != NULL) {
            b->n = p >= 2 ? p - 2 : 0;
            b->p[b->n] = '\0';
            return;
        }
    }
}

/* Reads the fields of one item/entry into it. */
static int read_item(item *it, xmlNode *e)
{
    int rc = 0;
    int date_rank = 0;
    for (xmlNode *c = e->children; c && rc == 0; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (is(c, "title")) {
            rc = element_text(it, c, &it->title);
        } else if (is(c, "link")) {
            const char *href = attr(c, "href");
            const char *rel = attr(c, "rel");
            if (href) { /* Atom */
                if ((rel == NULL || strcmp(rel, "alternate") == 0) &&
                    it->link.n == 0)
                    rasd_buf_puts(&it->link, href);
            } else if (it->link.n == 0) {
                plain(c, &it->link);
            }
        } else if (is(c, "guid") || (is(c, "id") && !*prefix(c))) {
            plain(c, &it->id);
        } else if (is(c, "pubDate") || is(c, "published") ||
                   (is(c, "date") && strcmp(prefix(c), "dc") == 0) ||
                   is(c, "updated")) {
            int rank = is(c, "updated") ? 2 : 1;
            if (date_rank == 0 || rank < date_rank) {
                plain(c, &it->date);
                date_rank = rank;
            }
        } else if (is(c, "encoded") || is(c, "content")) {
            rc = body(it, c, 1);
        } else if (is(c, "description") || is(c, "summary")) {
            rc = body(it, c, 2);
        }
    }
    if (rc == 0)
        rc = item_rc(it);
    if (rc == 0)
        cut_wp_footer(&it->body);
    return rc;
}

int rasd_read_feed(rasd_reader *r, const char *name, char *data, size_t n)
{
    int rc = 0;
    rasd_read_bad bad = {0, 0, 0};
    char enc[64];
    char where[1100];
    char idbuf[1100];
    xmlParserCtxtPtr ctxt = NULL;
    xmlDocPtr doc = NULL;
    item it;
    rasd_buf source;
    memset(&it, 0, sizeof it);
    rasd_buf_init(&it.raw, 0);
    rasd_buf_init(&it.title, 0);
    rasd_buf_init(&it.link, 0);
    rasd_buf_init(&it.id, 0);
    rasd_buf_init(&it.date, 0);
    rasd_buf_init(&it.body, 0);
    rasd_buf_init(&it.text, 0);
    rasd_buf_init(&source, 0);

    if (n > INT_MAX) {
        rasd_read_error(r, "%s: larger than %d bytes, skipped", name, INT_MAX);
        goto out;
    }
    xmlInitParser();
    const char *encoding = rasd_read_prepare(data, n, &bad, enc, sizeof enc);
    rasd_read_report_bad(r, name, &bad);
    ctxt = xmlNewParserCtxt();
    if (ctxt == NULL) {
        rc = RASD_ENOMEM;
        goto out;
    }
    doc = xmlCtxtReadMemory(ctxt, data, (int)n, NULL, encoding, XML_OPTS);
    if (!ctxt->wellFormed) {
        xmlErrorPtr e = xmlCtxtGetLastError(ctxt);
        char msg[200] = "";
        if (e && e->message) {
            snprintf(msg, sizeof msg, "%s", e->message);
            size_t k = strlen(msg);
            while (k > 0 && (msg[k - 1] == '\n' || msg[k - 1] == ' '))
                msg[--k] = '\0';
        }
        rasd_read_error(r, "%s:%d: malformed XML: %s%s", name,
                        e ? e->line : 0, msg[0] ? msg : "parse error",
                        doc ? " (items before it are read)" : "");
    }
    xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (root == NULL) {
        if (ctxt->wellFormed)
            rasd_read_error(r, "%s: no feed, skipped", name);
        goto out;
    }
    xmlNode *list = NULL; /* the element whose children are the items */
    const char *want = "item";
    if (is(root, "rss")) {
        for (xmlNode *c = root->children; c; c = c->next)
            if (is(c, "channel"))
                list = c;
    } else if (is(root, "RDF")) {
        list = root; /* RSS 1.0: items are siblings of the channel */
    } else if (is(root, "feed")) {
        list = root;
        want = "entry";
    }
    if (list == NULL) {
        rasd_read_error(r, "%s: not an RSS or Atom feed, skipped", name);
        goto out;
    }
    /* The feed's title names the outlet. */
    for (xmlNode *c = list->children; c; c = c->next) {
        if (is(c, "title")) {
            plain(c, &source);
            break;
        }
    }
    if (root != list && source.n == 0) {
        for (xmlNode *c = root->children; c; c = c->next)
            if (is(c, "channel"))
                for (xmlNode *t = c->children; t; t = t->next)
                    if (is(t, "title") && source.n == 0)
                        plain(t, &source);
    }
    if (source.rc) {
        rc = source.rc;
        goto out;
    }
    size_t nitem = 0;
    for (xmlNode *c = list->children; c; c = c->next) {
        if (!is(c, want))
            continue;
        nitem++;
        item_reset(&it);
        rc = read_item(&it, c);
        if (rc < 0)
            goto out;
        snprintf(where, sizeof where, "%s#%zu", name, nitem);
        rasd_article a = {0};
        if (it.id.n)
            a.id = it.id.p;
        else if (it.link.n)
            a.id = it.link.p;
        else {
            snprintf(idbuf, sizeof idbuf, "%s", where);
            a.id = idbuf;
        }
        a.url = it.link.n ? it.link.p : NULL;
        a.title = it.title.n ? it.title.p : NULL;
        a.source = source.n ? source.p : NULL;
        a.origin = name;
        if (it.date.n && rasd_read_date(it.date.p, &a.published) != 0) {
            rasd_read_error(r, "%s: date is not a date: \"%.40s\"", where,
                            it.date.p);
            a.published.y = 0;
        }
        /* headline, blank line, body */
        if (it.title.n) {
            rasd_buf_put(&it.text, it.title.p, it.title.n);
            if (it.body.n)
                rasd_buf_put(&it.text, "\n\n", 2);
        }
        rasd_buf_put(&it.text, it.body.p ? it.body.p : "", it.body.n);
        if (it.text.rc) {
            rc = it.text.rc;
            goto out;
        }
        a.ntext = it.text.n;
        rc = rasd_read_emit(r, &a, it.text.p ? it.text.p : (char *)"", where,
                            NULL);
        if (rc != 0)
            goto out;
    }
    if (nitem == 0 && ctxt->wellFormed)
        rasd_read_error(r, "%s: feed without items", name);
out:
    if (doc)
        xmlFreeDoc(doc);
    if (ctxt)
        xmlFreeParserCtxt(ctxt);
    rasd_buf_fini(&it.raw);
    rasd_buf_fini(&it.title);
    rasd_buf_fini(&it.link);
    rasd_buf_fini(&it.id);
    rasd_buf_fini(&it.date);
    rasd_buf_fini(&it.body);
    rasd_buf_fini(&it.text);
    rasd_buf_fini(&source);
    return rc;
}
