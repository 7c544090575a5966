/* html.c - the main text and the metadata of an HTML page, through
 * libxml2's forgiving HTML parser.
 *
 * News pages are mostly chrome: menus, share bars, related links, scripts.
 * The text kept is what sits in headings, paragraphs, list items, quotes,
 * table cells and divs outside the dropped elements (script, style, nav,
 * footer, header, aside, form, ...), one paragraph per block separated by
 * a blank line, white space collapsed as a browser would.  The tree is
 * walked iteratively, never recursively, so a page of 100k nested divs
 * costs time linear in its size and no stack (libxml2 itself caps the
 * depth it builds).  Metadata comes from <title>, Open Graph and
 * article:* meta tags, JSON-LD datePublished, canonical links and
 * <time datetime> inside <article>.
 */
#include <limits.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/tree.h>

#include "rasd/utf8.h"
#include "read_int.h"

/* Elements whose whole subtree is chrome or code, never article text. */
static const char *const drop_tags[] = {
    "script", "style",  "nav",      "footer", "header", "aside",
    "form",   "noscript", "iframe", "svg",    "head",   "title",
    "template", "button", "select", "textarea", "object", "embed",
    "canvas", "video",  "audio",    "map",    "math",   "figure", NULL};

/* Elements that start and end a paragraph. */
static const char *const block_tags[] = {
    "p",       "h1",      "h2",     "h3",      "h4",         "h5",
    "h6",      "li",      "blockquote", "td",  "th",         "div",
    "section", "article", "main",   "tr",      "ul",         "ol",
    "dl",      "dt",      "dd",     "table",   "pre",        "figure",
    "figcaption", "caption", "address", "center", "body",    "html",
    "hr",      "summary", "details", "fieldset", "legend",   NULL};

static int in_list(const xmlChar *name, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (strcasecmp((const char *)name, list[i]) == 0)
            return 1;
    return 0;
}

/* The value of attribute name of n, borrowed from the tree, or NULL. */
static const char *attr(const xmlNode *n, const char *name)
{
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (a->name && strcasecmp((const char *)a->name, name) == 0) {
            if (a->children && a->children->type == XML_TEXT_NODE)
                return (const char *)a->children->content;
            return "";
        }
    }
    return NULL;
}


/* Class or id words that mark page chrome inside the article area: share
 * bars, bylines, kickers, cookie banners, related links, newsletter boxes,
 * ads (the usual readability heuristics).  Matched inside a word. */
static const char *const chrome_parts[] = {
    "cookie",    "consent",  "banner",     "share",     "sharing",
    "social",    "related",  "byline",     "kicker",    "newsletter",
    "subscribe", "signup",   "promo",      "advert",    "breadcrumb",
    "comment",   "popup",    "modal",      "sidebar",   "sponsor",
    "outbrain",  "taboola",  "recommend",  "most-read", "mostread",
    "read-more", "readmore", "paywall",    NULL};
/* ... and whole words too short to match inside others. */
static const char *const chrome_words[] = {
    "ad", "ads", "nav", "menu", "tags", "author", "caption", "credit",
    "credits", "footer", "header", "toolbar", NULL};

static int ci_contains(const char *z, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (strncasecmp(z + i, needle, k) == 0)
            return 1;
    return 0;
}

/* True when one word of the space-separated list z is chrome. */
static int chrome_value(const char *z)
{
    while (z && *z) {
        while (*z == ' ' || *z == '\t' || *z == '\n')
            z++;
        size_t n = 0;
        while (z[n] && z[n] != ' ' && z[n] != '\t' && z[n] != '\n')
            n++;
        if (n == 0)
            break;
        for (size_t i = 0; chrome_parts[i]; i++)
            if (ci_contains(z, n, chrome_parts[i]))
                return 1;
        for (size_t i = 0; chrome_words[i]; i++)
            if (strlen(chrome_words[i]) == n &&
                strncasecmp(z, chrome_words[i], n) == 0)
                return 1;
        z += n;
    }
    return 0;
}

/* True when element n is chrome by its class, id or ARIA role; the
 * containers (html, body, main, article) never are, since a page may well
 * call its body "has-sidebar". */
static int is_chrome(const xmlNode *n)
{
    static const char *const never[] = {"html", "body", "main", "article",
                                        NULL};
    if (in_list(n->name, never))
        return 0;
    const char *role = attr(n, "role");
    if (role && (strcasecmp(role, "navigation") == 0 ||
                 strcasecmp(role, "banner") == 0 ||
                 strcasecmp(role, "contentinfo") == 0 ||
                 strcasecmp(role, "complementary") == 0))
        return 1;
    return chrome_value(attr(n, "class")) || chrome_value(attr(n, "id"));
}

/* Collects text: white space collapsed, breaks between blocks. */
typedef struct textout {
    rasd_buf *out;
    size_t start; /* out->n when this extraction began */
    int brk;      /* pending break: 0 none, 1 line, 2 paragraph */
    int space;    /* pending space */
} textout;

static void want_break(textout *t, int level)
{
    if (t->brk < level)
        t->brk = level;
}

/* Appends text z (UTF-8, NUL-terminated), collapsing white space runs
 * (ASCII and U+00A0) into one space and placing pending breaks. */
static void put_text(textout *t, const char *z)
{
    const unsigned char *s = (const unsigned char *)z;
    size_t i = 0;
    while (s[i]) {
        size_t run = i;
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ||
            s[i] == '\f' || s[i] == '\v') {
            t->space = 1;
            i++;
            continue;
        }
        if (s[i] == 0xC2 && s[i + 1] == 0xA0) {
            t->space = 1;
            i += 2;
            continue;
        }
        /* A run of ordinary bytes. */
        while (s[run] && s[run] != ' ' && s[run] != '\t' && s[run] != '\n' &&
               s[run] != '\r' && s[run] != '\f' && s[run] != '\v' &&
               !(s[run] == 0xC2 && s[run + 1] == 0xA0))
            run++;
        if (t->out->n > t->start) {
            if (t->brk == 2)
                rasd_buf_put(t->out, "\n\n", 2);
            else if (t->brk == 1)
                rasd_buf_putc(t->out, '\n');
            else if (t->space)
                rasd_buf_putc(t->out, ' ');
        }
        t->brk = 0;
        t->space = 0;
        rasd_buf_put(t->out, z + i, run - i);
        i = run;
    }
}

/* Moves past n in pre-order: into its children when descend, else to the
 * next sibling of n or of its nearest ancestor below top; taking the
 * paragraph break of every block left on the way.  NULL at the end. */
static xmlNode *next_node(xmlNode *n, xmlNode *top, textout *t, int descend)
{
    if (descend && n->children)
        return n->children;
    while (n != top) {
        if (n->type == XML_ELEMENT_NODE && in_list(n->name, block_tags))
            want_break(t, 2);
        if (n->next)
            return n->next;
        n = n->parent;
        if (n == NULL)
            return NULL;
    }
    return NULL;
}

/* The text below top; chrome != 0 also drops elements is_chrome finds. */
static int extract(xmlNode *top, rasd_buf *out, int chrome)
{
    textout t = {out, out->n, 0, 0};
    xmlNode *n = top;
    while (n && !out->rc) {
        int descend = 0;
        if (n->type == XML_ELEMENT_NODE) {
            if (n != top && (in_list(n->name, drop_tags) ||
                             (chrome && is_chrome(n)))) {
                descend = 0;
            } else if (strcasecmp((const char *)n->name, "br") == 0) {
                want_break(&t, 1);
            } else {
                if (in_list(n->name, block_tags))
                    want_break(&t, 2);
                descend = 1;
            }
        } else if (n->type == XML_TEXT_NODE ||
                   n->type == XML_CDATA_SECTION_NODE) {
            if (n->content)
                put_text(&t, (const char *)n->content);
        } else if (n->type == XML_DOCUMENT_NODE ||
                   n->type == XML_HTML_DOCUMENT_NODE) {
            descend = 1;
        }
        /* Entity references are not followed: entities a feed declares
         * are never expanded (billion laughs). */
        n = next_node(n, top, &t, descend);
    }
    return out->rc;
}

int rasd_read_node_text(void *node, rasd_buf *out)
{
    size_t start = out->n;
    int rc = extract(node, out, 1);
    if (rc == 0 && out->n == start)
        rc = extract(node, out, 0); /* everything looked like chrome */
    return rc;
}

/* --- metadata ---------------------------------------------------------- */

/* The candidates for each field, best rank kept (lower is better). */
typedef struct meta {
    const char *title;   /* og:title (rank 1) or <title> (rank 2) */
    int title_rank;
    const char *url;     /* canonical link (1) or og:url (2) */
    int url_rank;
    const char *site;    /* og:site_name */
    rasd_date_ymd pub;   /* see pub_rank in note_date */
    int pub_rank;
} meta;

static void note_date(meta *m, const char *z, int rank)
{
    rasd_date_ymd d;
    if (z == NULL || (m->pub_rank && m->pub_rank <= rank))
        return;
    if (rasd_read_date(z, &d) != 0 || d.d == 0)
        return;
    m->pub = d;
    m->pub_rank = rank;
}

static void note(const char **field, int *rank, const char *z, int r)
{
    if (z == NULL || *z == '\0' || (*rank && *rank <= r))
        return;
    *field = z;
    *rank = r;
}

/* The rank of a <meta> name/property as a publication date, or 0.  Ranks:
 * 1 article:published_time, 2 og:published_time, 3 itemprop
 * datePublished, 4 JSON-LD datePublished, 5 other common date names,
 * 6 <time datetime> inside <article>. */
static int date_rank(const char *key)
{
    static const char *const other[] = {
        "date", "pubdate", "publishdate", "publish-date", "publish_date",
        "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
        "dcterms.issued", "article.published", "parsely-pub-date",
        "sailthru.date", "datepublished", NULL};
    if (strcasecmp(key, "article:published_time") == 0)
        return 1;
    if (strcasecmp(key, "og:published_time") == 0 ||
        strcasecmp(key, "og:article:published_time") == 0)
        return 2;
    for (size_t i = 0; other[i]; i++)
        if (strcasecmp(key, other[i]) == 0)
            return 5;
    return 0;
}

/* Finds "datePublished": "..." in a JSON-LD script; a plain scan, since
 * only this one value is wanted and the script may be invalid JSON. */
static void jsonld_date(meta *m, const char *z)
{
    const char *p = strstr(z, "\"datePublished\"");
    char val[64];
    if (p == NULL)
        return;
    p += 15;
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
    if (*p++ != ':')
        return;
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
    if (*p++ != '"')
        return;
    size_t n = 0;
    while (p[n] && p[n] != '"' && n < sizeof val - 1) {
        val[n] = p[n];
        n++;
    }
    val[n] = '\0';
    note_date(m, val, 4);
}

/* True when n has an <article> ancestor. */
static int in_article(const xmlNode *n)
{
    for (n = n->parent; n; n = n->parent)
        if (n->type == XML_ELEMENT_NODE && n->name &&
            strcasecmp((const char *)n->name, "article") == 0)
            return 1;
    return 0;
}

/* Visits every element of the tree (iteratively) for metadata. */
static void collect_meta(xmlNode *root, meta *m)
{
    xmlNode *n = root;
    while (n) {
        if (n->type == XML_ELEMENT_NODE && n->name) {
            const char *name = (const char *)n->name;
            if (strcasecmp(name, "meta") == 0) {
                const char *key = attr(n, "property");
                const char *content = attr(n, "content");
                if (key == NULL)
                    key = attr(n, "name");
                if (key == NULL)
                    key = attr(n, "itemprop");
                if (key && content) {
                    if (strcasecmp(key, "og:title") == 0)
                        note(&m->title, &m->title_rank, content, 1);
                    else if (strcasecmp(key, "og:url") == 0)
                        note(&m->url, &m->url_rank, content, 2);
                    else if (strcasecmp(key, "og:site_name") == 0)
                        m->site = m->site ? m->site : content;
                    else if (strcasecmp(key, "datePublished") == 0 &&
                             attr(n, "itemprop"))
                        note_date(m, content, 3);
                    else if (date_rank(key))
                        note_date(m, content, date_rank(key));
                }
            } else if (strcasecmp(name, "title") == 0 && n->children &&
                       n->children->type == XML_TEXT_NODE) {
                note(&m->title, &m->title_rank,
                     (const char *)n->children->content, 2);
            } else if (strcasecmp(name, "link") == 0) {
                const char *rel = attr(n, "rel");
                if (rel && strcasecmp(rel, "canonical") == 0)
                    note(&m->url, &m->url_rank, attr(n, "href"), 1);
            } else if (strcasecmp(name, "script") == 0) {
                const char *type = attr(n, "type");
                if (type && strcasecmp(type, "application/ld+json") == 0 &&
                    n->children && n->children->content)
                    jsonld_date(m, (const char *)n->children->content);
            } else if (strcasecmp(name, "time") == 0) {
                const char *dt = attr(n, "datetime");
                const char *ip = attr(n, "itemprop");
                if (dt && ip && strcasecmp(ip, "datePublished") == 0)
                    note_date(m, dt, 3);
                else if (dt && in_article(n))
                    note_date(m, dt, 6);
            }
        }
        /* pre-order, all nodes */
        if (n->type == XML_ELEMENT_NODE && n->children) {
            n = n->children;
            continue;
        }
        while (n && n != root && n->next == NULL)
            n = n->parent;
        if (n == NULL || n == root)
            break;
        n = n->next;
    }
}

/* --- the article area -------------------------------------------------- */

/* Candidates for the article area: <article> elements not inside another
 * one, and elements with itemprop="articleBody".  A page lists teasers as
 * articles too, so the one with the most text wins. */
#define MAX_FOCUS 64

static int is_focus(const xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE)
        return 0;
    if (strcasecmp((const char *)n->name, "article") == 0)
        return 1;
    const char *ip = attr(n, "itemprop");
    return ip && strcasecmp(ip, "articleBody") == 0;
}

/* Fills cand with up to MAX_FOCUS candidates (outermost only) and main
 * with the first <main>; returns the number of candidates. */
static size_t find_focus(xmlNode *root, xmlNode **cand, xmlNode **main_el)
{
    size_t nc = 0;
    xmlNode *n = root;
    *main_el = NULL;
    while (n) {
        int descend = n->type == XML_ELEMENT_NODE;
        if (descend && !in_list(n->name, drop_tags)) {
            if (is_focus(n)) {
                if (nc < MAX_FOCUS)
                    cand[nc++] = n;
                descend = 0; /* outermost only */
            } else if (*main_el == NULL &&
                       strcasecmp((const char *)n->name, "main") == 0) {
                *main_el = n;
            }
        } else {
            descend = 0;
        }
        if (descend && n->children) {
            n = n->children;
            continue;
        }
        while (n && n != root && n->next == NULL)
            n = n->parent;
        if (n == NULL || n == root)
            break;
        n = n->next;
    }
    return nc;
}

/* The main text of a page into out: the richest article area when there
 * is one, else <main>, else the whole page. */
static int page_text(xmlNode *root, rasd_buf *out)
{
    xmlNode *cand[MAX_FOCUS];
    xmlNode *main_el;
    size_t nc = find_focus(root, cand, &main_el);
    xmlNode *best = NULL;
    size_t best_n = 0;
    int rc = 0;
    for (size_t i = 0; i < nc && rc == 0; i++) {
        rasd_buf_reset(out);
        rc = rasd_read_node_text(cand[i], out);
        if (out->n > best_n) {
            best_n = out->n;
            best = cand[i];
        }
    }
    if (rc)
        return rc;
    if (best == NULL)
        best = main_el;
    rasd_buf_reset(out);
    if (best) {
        rc = rasd_read_node_text(best, out);
        if (rc || out->n > 0)
            return rc;
    }
    return rasd_read_node_text(root, out);
}

/* --- charset ----------------------------------------------------------- */

static int isalnumc(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z');
}

/* Copies a charset the page declares (meta charset, http-equiv content or
 * an XML declaration's encoding) from its first 2 KiB into out; returns 1
 * when one is found. */
int rasd_read_charset(const char *z, size_t n, char *out, size_t nout)
{
    static const char *const keys[] = {"charset", "encoding", NULL};
    if (n > 2048)
        n = 2048;
    for (size_t i = 0; i < n; i++) {
        for (size_t k = 0; keys[k]; k++) {
            size_t kl = strlen(keys[k]);
            if (i + kl > n || strncasecmp(z + i, keys[k], kl) != 0)
                continue;
            size_t j = i + kl;
            while (j < n && (z[j] == ' ' || z[j] == '\t'))
                j++;
            if (j >= n || z[j] != '=')
                continue;
            j++;
            while (j < n && (z[j] == ' ' || z[j] == '"' || z[j] == '\''))
                j++;
            size_t len = 0;
            while (j + len < n && len + 1 < nout &&
                   (isalnumc(z[j + len]) || z[j + len] == '-' ||
                    z[j + len] == '_' || z[j + len] == '.' ||
                    z[j + len] == ':'))
                len++;
            if (len == 0)
                continue;
            memcpy(out, z + j, len);
            out[len] = '\0';
            return 1;
        }
    }
    return 0;
}

const char *rasd_read_prepare(char *data, size_t n, rasd_read_bad *bad,
                              char *enc, size_t nenc)
{
    if (rasd_utf8_check(data, n) == n)
        return "UTF-8";
    if (rasd_read_charset(data, n, enc, nenc) &&
        strcasecmp(enc, "utf-8") != 0 && strcasecmp(enc, "utf8") != 0) {
        xmlCharEncodingHandlerPtr h = xmlFindCharEncodingHandler(enc);
        if (h) {
            xmlCharEncCloseFunc(h);
            /* libxml2 converts the bytes; only NULs would cut it short. */
            for (size_t i = 0; i < n; i++) {
                if (data[i] == '\0') {
                    if (bad->count == 0)
                        bad->first = i;
                    data[i] = ' ';
                    bad->count++;
                    bad->nul++;
                }
            }
            return enc;
        }
    }
    rasd_read_repair(data, n, bad);
    return "UTF-8";
}

/* Options of every HTML parse: forgiving, silent, never on the network. */
#define HTML_OPTS                                                            \
    (HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |        \
     HTML_PARSE_NONET | HTML_PARSE_COMPACT)

/* Copies z into b with white space collapsed and trimmed; returns b->p
 * (NULL when z is NULL or collapses to nothing). */
static const char *clean_copy(rasd_buf *b, const char *z)
{
    if (z == NULL)
        return NULL;
    rasd_buf_reset(b);
    textout t = {b, 0, 0, 0};
    put_text(&t, z);
    if (b->rc || b->n == 0)
        return NULL;
    rasd_read_bad ignored = {0, 0, 0};
    rasd_read_repair(b->p, b->n, &ignored);
    return b->p;
}

/* True when z[0..n) holds nothing but ASCII white space. */
static int blank(const char *z, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (z[i] != ' ' && z[i] != '\t' && z[i] != '\n' && z[i] != '\r')
            return 0;
    return 1;
}

int rasd_read_html(rasd_reader *r, const char *name, const char *id,
                   char *data, size_t n)
{
    int rc = 0;
    rasd_read_bad bad = {0, 0, 0};
    char enc[64];
    htmlDocPtr doc = NULL;
    htmlParserCtxtPtr ctxt = NULL;
    rasd_buf text, title, url, site;
    rasd_buf_init(&text, 0);
    rasd_buf_init(&title, 0);
    rasd_buf_init(&url, 0);
    rasd_buf_init(&site, 0);
    meta m;
    memset(&m, 0, sizeof m);

    if (n > INT_MAX) {
        rasd_read_error(r, "%s: larger than %d bytes, skipped", name, INT_MAX);
        goto out;
    }
    if (blank(data, n)) {
        rasd_read_error(r, "%s: no text, skipped", name);
        goto out;
    }
    xmlInitParser();
    const char *encoding = rasd_read_prepare(data, n, &bad, enc, sizeof enc);
    ctxt = htmlNewParserCtxt();
    if (ctxt == NULL) {
        rc = RASD_ENOMEM;
        goto out;
    }
    doc = htmlCtxtReadMemory(ctxt, data, (int)n, NULL, encoding, HTML_OPTS);
    xmlErrorPtr e = xmlCtxtGetLastError(ctxt);
    if (e && e->message && strstr(e->message, "Excessive depth")) {
        /* libxml2 stops at 256 levels (xmlParserMaxDepth); what came
         * before is kept. */
        rasd_read_error(r, "%s:%d: HTML nested deeper than 256 elements, "
                        "the rest of the page is skipped", name, e->line);
    }
    xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (root == NULL) {
        rasd_read_error(r, "%s: not HTML, skipped", name);
        goto out;
    }
    collect_meta(root, &m);
    rc = page_text(root, &text);
    if (rc < 0)
        goto out;
    rasd_article a = {0};
    a.id = id;
    a.origin = name;
    a.title = clean_copy(&title, m.title);
    a.url = clean_copy(&url, m.url);
    a.source = clean_copy(&site, m.site);
    if (title.rc || url.rc || site.rc) {
        rc = RASD_ENOMEM;
        goto out;
    }
    a.published = m.pub;
    a.ntext = text.n;
    rc = rasd_read_emit(r, &a, text.p, name, &bad);
out:
    if (doc)
        xmlFreeDoc(doc);
    if (ctxt)
        htmlFreeParserCtxt(ctxt);
    rasd_buf_fini(&text);
    rasd_buf_fini(&title);
    rasd_buf_fini(&url);
    rasd_buf_fini(&site);
    return rc;
}

int rasd_read_html_fragment(const char *z, size_t n, rasd_buf *out)
{
    if (memchr(z, '<', n) == NULL) {
        /* Plain text: only white space to collapse.  z is NUL-terminated
         * at n (see the contract in read_int.h). */
        textout t = {out, out->n, 0, 0};
        put_text(&t, z);
        return out->rc;
    }
    if (n > INT_MAX)
        return RASD_ETOOBIG;
    xmlInitParser();
    htmlDocPtr doc = htmlReadMemory(z, (int)n, NULL, "UTF-8", HTML_OPTS);
    if (doc == NULL)
        return 0;
    xmlNode *root = xmlDocGetRootElement(doc);
    int rc = root ? rasd_read_node_text(root, out) : 0;
    xmlFreeDoc(doc);
    return rc;
}
